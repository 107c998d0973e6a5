import { beforeAll, describe, expect, it } from 'vitest';
import { createCharity } from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

const INVITE = /* GraphQL */ `
  mutation ($org: ID!, $email: String!) {
    inviteMember(organisationId: $org, email: $email, role: EDITOR) {
      email
    }
  }
`;
const CLAIM = /* GraphQL */ `
  mutation ($org: ID!) {
    claimInvite(organisationId: $org) {
      userId
      role
      createdAt
      version
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  query ($org: ID!) {
    organisation(id: $org) {
      members {
        edges {
          node {
            userId
          }
        }
      }
    }
  }
`;

describe('claiming an invitation again', () => {
  let t: TestApp;
  let n = 0;
  const admin = { userId: 'claims-admin' };

  beforeAll(async () => {
    t = await createTestApp();
  });

  async function invite(): Promise<{ org: string; invitee: Caller }> {
    n++;
    const org = (await createCharity(t, admin, `Claims Trust ${n}`)).id;
    const invitee = { userId: `invitee-${n}`, email: `invitee-${n}@example.org`, emailVerified: true };
    await t.ok(INVITE, { org, email: invitee.email }, admin);
    return { org, invitee };
  }

  it('answers a retried claim with the membership the first one created', async () => {
    const { org, invitee } = await invite();

    const first = await t.ok<{ claimInvite: unknown }>(CLAIM, { org }, invitee);
    const retry = await t.run(CLAIM, { org }, invitee);

    expect(errorCodes(retry)).toEqual([]);
    expect(retry.data?.['claimInvite']).toEqual(first.claimInvite);
    expect(first.claimInvite).toMatchObject({ userId: invitee.userId, role: 'EDITOR', version: 1 });
  });

  it('answers two copies of a claim sent at once alike, and adds the member once', async () => {
    const { org, invitee } = await invite();

    const results = await Promise.all([t.run(CLAIM, { org }, invitee), t.run(CLAIM, { org }, invitee)]);

    expect(results.flatMap(errorCodes)).toEqual([]);
    expect(results[0]?.data).toEqual(results[1]?.data);
    const members = await t.ok<{
      organisation: { members: { edges: { node: { userId: string } }[] } };
    }>(MEMBERS, { org }, admin);
    expect(members.organisation.members.edges.map((edge) => edge.node.userId).sort()).toEqual(
      [admin.userId, invitee.userId].sort(),
    );
  });

  it('still lets only one person claim an invitation', async () => {
    const { org, invitee } = await invite();
    const sameEmailOtherUser = { ...invitee, userId: `${invitee.userId}-other` };
    await t.ok(CLAIM, { org }, invitee);

    const other = await t.run(CLAIM, { org }, sameEmailOtherUser);

    expect(errorCodes(other)).toEqual(['NOT_FOUND']);
  });

  it('is NOT_FOUND for a member who never had an invitation', async () => {
    const org = (await createCharity(t, admin, `Claims Trust no invite`)).id;

    const result = await t.run(
      CLAIM,
      { org },
      { ...admin, email: 'claims-admin@example.org', emailVerified: true },
    );

    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });

  it('is NOT_FOUND once the claimed membership has been removed', async () => {
    const { org, invitee } = await invite();
    const claimed = await t.ok<{ claimInvite: { version: number } }>(CLAIM, { org }, invitee);
    await t.ok(
      'mutation ($org: ID!, $user: String!, $v: Int!) { removeMember(organisationId: $org, userId: $user, expectedVersion: $v) }',
      { org, user: invitee.userId, v: claimed.claimInvite.version },
      invitee,
    );

    const retry = await t.run(CLAIM, { org }, invitee);

    expect(errorCodes(retry)).toEqual(['NOT_FOUND']);
  });
});
