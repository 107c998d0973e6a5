import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, buildingInput, createCouncil } from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const officer = { userId: 'idem-officer' };
const founder = { userId: 'idem-founder' };

const CREATE_BUILDING = /* GraphQL */ `
  mutation ($input: CreateBuildingInput!, $key: String) {
    createBuilding(input: $input, idempotencyKey: $key) {
      id
      name
      version
    }
  }
`;
const CREATE_ORGANISATION = /* GraphQL */ `
  mutation ($input: CreateOrganisationInput!, $key: String) {
    createOrganisation(input: $input, idempotencyKey: $key) {
      id
      name
    }
  }
`;
const ADD_MEMBER = /* GraphQL */ `
  mutation ($organisationId: ID!, $userId: String!, $key: String) {
    addMember(organisationId: $organisationId, userId: $userId, role: VIEWER, idempotencyKey: $key) {
      userId
      role
      version
    }
  }
`;
const INVITE = /* GraphQL */ `
  mutation ($organisationId: ID!, $email: String!, $key: String) {
    inviteMember(organisationId: $organisationId, email: $email, role: EDITOR, idempotencyKey: $key) {
      email
      createdAt
    }
  }
`;
const COUNCIL_BUILDINGS = /* GraphQL */ `
  query ($councilCode: String!) {
    buildingsByCouncil(councilCode: $councilCode, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;
const HISTORY = /* GraphQL */ `
  query ($id: ID!) {
    building(id: $id) {
      history(first: 10) {
        edges {
          node {
            action
          }
        }
      }
    }
  }
`;

let t: TestApp;
let councilId: string;

beforeAll(async () => {
  t = await createTestApp();
  councilId = (await createCouncil(t, CHELTENHAM, officer.userId)).id;
});

async function buildingNamesInCheltenham(): Promise<string[]> {
  const data = await t.ok<{ buildingsByCouncil: { edges: { node: { name: string } }[] } }>(
    COUNCIL_BUILDINGS,
    {
      councilCode: CHELTENHAM,
    },
  );
  return data.buildingsByCouncil.edges.map((edge) => edge.node.name);
}

describe('idempotent creates', () => {
  it('makes one building from ten concurrent creates with one key, and every one answers with it', async () => {
    const input = buildingInput({ name: 'Concurrent Community Hall' });
    const key = 'a3f1c2d4-0000-4000-8000-000000000001';
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.run(CREATE_BUILDING, { input, key }, officer)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = new Set(results.map((r) => (r.data?.['createBuilding'] as { id: string }).id));
    expect(ids.size).toBe(1);
    expect((await buildingNamesInCheltenham()).filter((n) => n === 'Concurrent Community Hall')).toHaveLength(
      1,
    );
    const [id] = [...ids];
    const history = await t.ok<{ building: { history: { edges: unknown[] } } }>(HISTORY, { id }, officer);
    expect(history.building.history.edges).toHaveLength(1);
  });

  it('answers a retry after the first create has finished with the same record', async () => {
    const input = buildingInput({ name: 'Retried Hall' });
    const key = 'retry-key-0001';
    const first = await t.ok<{ createBuilding: { id: string } }>(CREATE_BUILDING, { input, key }, officer);
    const again = await t.ok<{ createBuilding: { id: string } }>(CREATE_BUILDING, { input, key }, officer);
    expect(again.createBuilding.id).toBe(first.createBuilding.id);
    expect((await buildingNamesInCheltenham()).filter((n) => n === 'Retried Hall')).toHaveLength(1);
  });

  it('treats the same arguments in another key order as the same request', async () => {
    const key = 'order-key-0001';
    const input = buildingInput({ name: 'Key Order Hall' });
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    const first = await t.ok<{ createBuilding: { id: string } }>(CREATE_BUILDING, { input, key }, officer);
    const again = await t.ok<{ createBuilding: { id: string } }>(
      CREATE_BUILDING,
      { input: reordered, key },
      officer,
    );
    expect(again.createBuilding.id).toBe(first.createBuilding.id);
  });

  it('refuses the same key with other arguments as CONFLICT on idempotencyKey, writing nothing', async () => {
    const key = 'reused-key-0001';
    await t.ok(CREATE_BUILDING, { input: buildingInput({ name: 'First Use Hall' }), key }, officer);
    const result = await t.run(
      CREATE_BUILDING,
      { input: buildingInput({ name: 'Second Use Hall' }), key },
      officer,
    );
    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('idempotencyKey');
    expect(await buildingNamesInCheltenham()).not.toContain('Second Use Hall');
  });

  it('keeps one caller’s key apart from another caller’s', async () => {
    const other = { userId: 'idem-other-officer' };
    await t.ok(
      /* GraphQL */ `
        mutation ($organisationId: ID!, $userId: String!) {
          addMember(organisationId: $organisationId, userId: $userId, role: EDITOR) {
            userId
          }
        }
      `,
      { organisationId: councilId, userId: other.userId },
      { userId: 'platform-admin' },
    );
    const key = 'shared-key-0001';
    const input = buildingInput({ name: 'Two Callers Hall' });
    const a = await t.ok<{ createBuilding: { id: string } }>(CREATE_BUILDING, { input, key }, officer);
    const b = await t.ok<{ createBuilding: { id: string } }>(CREATE_BUILDING, { input, key }, other);
    expect(a.createBuilding.id).not.toBe(b.createBuilding.id);
  });

  it('does not remember a create that failed: the corrected retry with the key creates', async () => {
    const key = 'failed-first-0001';
    const bad = await t.run(
      CREATE_BUILDING,
      {
        input: buildingInput({
          name: 'Nobody Owns This',
          ownerOrganisationId: '00000000-0000-4000-8000-000000000000',
        }),
        key,
      },
      officer,
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const input = buildingInput({ name: 'Nobody Owns This' });
    const good = await t.run(CREATE_BUILDING, { input, key }, officer);
    expect(good.errors).toBeUndefined();
  });

  it('refuses a malformed key with BAD_USER_INPUT on idempotencyKey', async () => {
    const result = await t.run(
      CREATE_BUILDING,
      { input: buildingInput({ name: 'Short Key' }), key: 'x' },
      officer,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('idempotencyKey');
  });

  it('makes one organisation from ten concurrent creates with one key', async () => {
    const input = {
      kind: 'CHARITY',
      name: 'Friends of Idempotency',
      charityNumber: '1112223',
      councilAreas: [CHELTENHAM],
    };
    const key = 'org-key-000000001';
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.run(CREATE_ORGANISATION, { input, key }, founder)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = new Set(results.map((r) => (r.data?.['createOrganisation'] as { id: string }).id));
    expect(ids.size).toBe(1);
    const byName = await t.ok<{ organisationsByName: { edges: unknown[] } }>(
      `query { organisationsByName(prefix: "Friends of Idempotency") { edges { node { id } } } }`,
    );
    expect(byName.organisationsByName.edges).toHaveLength(1);
  });

  it('answers a retried addMember or inviteMember with the first result instead of CONFLICT', async () => {
    const admin = { userId: 'platform-admin' };
    const member = await t.ok<{ addMember: { userId: string; version: number } }>(
      ADD_MEMBER,
      { organisationId: councilId, userId: 'idem-new-member', key: 'member-key-0001' },
      admin,
    );
    const again = await t.ok<{ addMember: { userId: string; version: number } }>(
      ADD_MEMBER,
      { organisationId: councilId, userId: 'idem-new-member', key: 'member-key-0001' },
      admin,
    );
    expect(again.addMember).toEqual(member.addMember);
    const withoutKey = await t.run(
      ADD_MEMBER,
      { organisationId: councilId, userId: 'idem-new-member' },
      admin,
    );
    expect(errorCodes(withoutKey)).toEqual(['CONFLICT']);

    const invite = await t.ok<{ inviteMember: { createdAt: string } }>(
      INVITE,
      { organisationId: councilId, email: 'new.officer@example.org', key: 'invite-key-0001' },
      admin,
    );
    t.clock.at = new Date(t.clock.at.getTime() + 60_000);
    const inviteAgain = await t.ok<{ inviteMember: { createdAt: string } }>(
      INVITE,
      { organisationId: councilId, email: 'new.officer@example.org', key: 'invite-key-0001' },
      admin,
    );
    expect(inviteAgain.inviteMember.createdAt).toBe(invite.inviteMember.createdAt);
  });

  it('forgets a key after its day: the same key then creates again', async () => {
    const key = 'day-old-key-0001';
    const input = buildingInput({ name: 'Yesterday Hall' });
    const first = await t.ok<{ createBuilding: { id: string } }>(CREATE_BUILDING, { input, key }, officer);
    t.clock.at = new Date(t.clock.at.getTime() + 24 * 60 * 60 * 1000 + 1000);
    const later = await t.ok<{ createBuilding: { id: string } }>(CREATE_BUILDING, { input, key }, officer);
    expect(later.createBuilding.id).not.toBe(first.createBuilding.id);
  });
});
