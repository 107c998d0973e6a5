import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_MEMBER,
  CHELTENHAM,
  CREATE_ORGANISATION,
  DUDLEY,
  createCharity,
  createCouncil,
} from '../support/fixtures';
import { PLATFORM_ADMIN, createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const founder = { userId: 'founder', email: 'founder@example.org' };

const ME = /* GraphQL */ `
  {
    me {
      userId
      isPlatformAdmin
      memberships {
        role
        organisation {
          id
          name
        }
      }
      invites {
        email
        role
        organisation {
          id
        }
      }
    }
  }
`;
const BY_AREA = /* GraphQL */ `
  query ($code: String!, $first: Int, $after: String) {
    organisationsByCouncilArea(councilCode: $code, first: $first, after: $after) {
      edges {
        cursor
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const CHANGE_ROLE = /* GraphQL */ `
  mutation ($org: ID!, $user: String!, $v: Int!, $role: MemberRole!) {
    changeMemberRole(organisationId: $org, userId: $user, expectedVersion: $v, role: $role) {
      role
      version
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation ($org: ID!, $user: String!, $v: Int!) {
    removeMember(organisationId: $org, userId: $user, expectedVersion: $v)
  }
`;

interface Connection {
  edges: { cursor: string; node: { name: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('organisations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('makes the creator of a voluntary organisation its first admin', async () => {
    const organisation = await createCharity(t, founder, 'Leckhampton Community Larder');

    const { me } = await t.ok<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(
      ME,
      {},
      founder,
    );

    expect(me.memberships).toContainEqual({
      role: 'ADMIN',
      organisation: { id: organisation.id, name: 'Leckhampton Community Larder' },
    });
  });

  it('asks each kind of organisation for the identifier it must have, naming the field', async () => {
    const cases = [
      [{ kind: 'CHARITY' }, 'input.charityNumber'],
      [{ kind: 'UNINCORPORATED_GROUP' }, 'input.memberCount'],
      [{ kind: 'COMMUNITY_INTEREST_COMPANY' }, 'input.companyNumber'],
      [{ kind: 'PUBLIC_BODY' }, 'input.publicBodyType'],
      [{ kind: 'BUSINESS', gssCode: 'E07000078' }, 'input.gssCode'],
      [{ kind: 'BUSINESS', councilAreas: ['W06000015'] }, 'input.councilAreas.0'],
    ] as const;

    const fields = await Promise.all(
      cases.map(async ([input]) => {
        const result = await t.run(
          CREATE_ORGANISATION,
          { input: { name: 'Some group', councilAreas: [CHELTENHAM], ...input } },
          founder,
        );
        expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
        return result.errors?.[0]?.extensions?.['field'];
      }),
    );

    expect(fields).toEqual(cases.map(([, field]) => field));
  });

  it('registers one council per GSS code, verified, with its own area, and refuses a second', async () => {
    const council = await createCouncil(t, DUDLEY, 'dudley-officer', 'Dudley Metropolitan Borough Council');

    const again = await t.run(
      CREATE_ORGANISATION,
      { input: { kind: 'COUNCIL', name: 'Dudley again', gssCode: DUDLEY, councilAreas: [] } },
      { userId: PLATFORM_ADMIN },
    );
    const stored = await t.ok<{ organisation: { verified: boolean; councilAreas: string[] } }>(
      'query ($id: ID!) { organisation(id: $id) { verified councilAreas } }',
      { id: council.id },
    );

    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.extensions?.['existingOrganisationId']).toBe(council.id);
    expect(stored.organisation).toEqual({ verified: true, councilAreas: [DUDLEY] });
  });

  it('pages through the organisations of a council area with opaque cursors, in name order', async () => {
    const area = 'E07000079';
    const names = ['Alpha Trust', 'Bravo Group', 'Charlie Care', 'Delta Foodbank', 'Echo Youth'];
    for (const name of [...names].reverse()) await createCharity(t, founder, name, [area]);

    const first = await t.ok<{ organisationsByCouncilArea: Connection }>(BY_AREA, { code: area, first: 2 });
    const second = await t.ok<{ organisationsByCouncilArea: Connection }>(BY_AREA, {
      code: area,
      first: 2,
      after: first.organisationsByCouncilArea.pageInfo.endCursor,
    });
    const last = await t.ok<{ organisationsByCouncilArea: Connection }>(BY_AREA, {
      code: area,
      first: 2,
      after: second.organisationsByCouncilArea.pageInfo.endCursor,
    });

    const pages = [first, second, last].map((page) => page.organisationsByCouncilArea);
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.node.name))).toEqual(names);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
  });

  it('refuses an edited cursor and a cursor from another list', async () => {
    await createCharity(t, founder, 'Foxtrot Arts', ['E07000080']);
    await createCharity(t, founder, 'Golf Club Heritage', ['E07000080']);
    const page = await t.ok<{ organisationsByCouncilArea: Connection }>(BY_AREA, {
      code: 'E07000080',
      first: 1,
    });
    const cursor = page.organisationsByCouncilArea.pageInfo.endCursor ?? '';
    // Flip one bit of the sealed position: authenticated encryption refuses any change.
    const bytes = Buffer.from(cursor, 'base64url');
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0x01;

    const edited = await t.run(BY_AREA, { code: 'E07000080', first: 1, after: bytes.toString('base64url') });
    const foreign = await t.run(BY_AREA, { code: CHELTENHAM, first: 1, after: cursor });
    const garbage = await t.run(BY_AREA, { code: 'E07000080', first: 1, after: 'not-a-cursor' });

    for (const result of [edited, foreign, garbage]) {
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.['field']).toBe('after');
    }
  });

  it('caps a page at 100 and says which argument is wrong', async () => {
    const result = await t.run(BY_AREA, { code: CHELTENHAM, first: 101 });

    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('first');
  });

  it('finds organisations by name prefix, ignoring case and accents', async () => {
    await createCharity(t, founder, 'Café Ravel Community Kitchen');
    await createCharity(t, founder, 'Cafe Society');
    await createCharity(t, founder, 'Cadbury Heritage');

    const data = await t.ok<{ organisationsByName: Connection }>(
      '{ organisationsByName(prefix: "CAFÉ", first: 10) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }',
    );

    expect(data.organisationsByName.edges.map((edge) => edge.node.name)).toEqual([
      'Café Ravel Community Kitchen',
      'Cafe Society',
    ]);
  });

  it('keeps at least one admin: the last one can be neither demoted nor removed', async () => {
    const organisation = await createCharity(t, { userId: 'solo-admin' }, 'Solo Trust');
    await t.ok(
      ADD_MEMBER,
      { organisationId: organisation.id, userId: 'helper', role: 'EDITOR' },
      { userId: 'solo-admin' },
    );

    const demote = await t.run(
      CHANGE_ROLE,
      { org: organisation.id, user: 'solo-admin', v: 1, role: 'EDITOR' },
      { userId: 'solo-admin' },
    );
    const leave = await t.run(
      REMOVE,
      { org: organisation.id, user: 'solo-admin', v: 1 },
      { userId: 'solo-admin' },
    );
    const promoted = await t.ok<{ changeMemberRole: { role: string; version: number } }>(
      CHANGE_ROLE,
      { org: organisation.id, user: 'helper', v: 1, role: 'ADMIN' },
      { userId: 'solo-admin' },
    );
    const leaveNow = await t.ok<{ removeMember: boolean }>(
      REMOVE,
      { org: organisation.id, user: 'solo-admin', v: 1 },
      { userId: 'solo-admin' },
    );

    expect(errorCodes(demote)).toEqual(['CONFLICT']);
    expect(errorCodes(leave)).toEqual(['CONFLICT']);
    expect(promoted.changeMemberRole).toEqual({ role: 'ADMIN', version: 2 });
    expect(leaveNow.removeMember).toBe(true);
  });

  it('lets the person an invitation was sent to claim it, with their verified email; a retry answers alike', async () => {
    const organisation = await createCharity(t, founder, 'Invite Trust');
    await t.ok(
      'mutation ($org: ID!) { inviteMember(organisationId: $org, email: "New.Volunteer@Example.org", role: EDITOR) { email } }',
      { org: organisation.id },
      founder,
    );
    const invitee = { userId: 'new-volunteer', email: 'new.volunteer@example.org', emailVerified: true };
    const unverified = { userId: 'someone', email: 'new.volunteer@example.org', emailVerified: false };

    const pending = await t.ok<{ me: { invites: { email: string; role: string }[] } }>(ME, {}, invitee);
    const refused = await t.run(
      'mutation ($org: ID!) { claimInvite(organisationId: $org) { role } }',
      { org: organisation.id },
      unverified,
    );
    const claimed = await t.ok<{ claimInvite: { role: string } }>(
      'mutation ($org: ID!) { claimInvite(organisationId: $org) { role } }',
      { org: organisation.id },
      invitee,
    );
    const twice = await t.run(
      'mutation ($org: ID!) { claimInvite(organisationId: $org) { role } }',
      { org: organisation.id },
      invitee,
    );

    expect(pending.me.invites).toEqual([
      { email: 'new.volunteer@example.org', role: 'EDITOR', organisation: { id: organisation.id } },
    ]);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(claimed.claimInvite.role).toBe('EDITOR');
    // A retried claim (tests/integration/claim-invite-retry.test.ts) answers as the first one did.
    expect(twice.data).toEqual(claimed);
  });

  it('lets an invitation lapse after 30 days', async () => {
    const organisation = await createCharity(t, founder, 'Lapse Trust');
    await t.ok(
      'mutation ($org: ID!) { inviteMember(organisationId: $org, email: "late@example.org", role: VIEWER) { email } }',
      { org: organisation.id },
      founder,
    );
    const late = { userId: 'late', email: 'late@example.org', emailVerified: true };
    const saved = t.clock.at;
    t.clock.at = new Date(saved.getTime() + 31 * 24 * 60 * 60 * 1000);

    const result = await t.run(
      'mutation ($org: ID!) { claimInvite(organisationId: $org) { role } }',
      { org: organisation.id },
      late,
    );
    t.clock.at = saved;

    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });

  it('updates an organisation with its version, records the change, and refuses a stale version', async () => {
    const organisation = await createCharity(t, founder, 'Versioned Trust');
    const update =
      'mutation ($id: ID!, $v: Int!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, expectedVersion: $v, input: $input) { name version councilAreas } }';

    const updated = await t.ok<{ updateOrganisation: unknown }>(
      update,
      {
        id: organisation.id,
        v: 1,
        input: { name: 'Versioned Trust CIO', councilAreas: [CHELTENHAM, DUDLEY] },
      },
      founder,
    );
    const stale = await t.run(update, { id: organisation.id, v: 1, input: { name: 'Lost update' } }, founder);
    const history = await t.ok<{
      organisation: {
        name: string;
        history: { edges: { node: { action: string; changes: { field: string }[] } }[] };
      };
    }>(
      'query ($id: ID!) { organisation(id: $id) { name history { edges { node { action changes { field } } } } } }',
      { id: organisation.id },
      founder,
    );
    const dudleyList = await t.ok<{ organisationsByCouncilArea: Connection }>(BY_AREA, {
      code: DUDLEY,
      first: 50,
    });

    expect(updated.updateOrganisation).toEqual({
      name: 'Versioned Trust CIO',
      version: 2,
      councilAreas: [CHELTENHAM, DUDLEY],
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(history.organisation.name).toBe('Versioned Trust CIO');
    expect(history.organisation.history.edges[0]?.node).toEqual({
      action: 'UPDATED',
      changes: [{ field: 'councilAreas' }, { field: 'name' }],
    });
    expect(dudleyList.organisationsByCouncilArea.edges.map((edge) => edge.node.name)).toContain(
      'Versioned Trust CIO',
    );
  });
});
