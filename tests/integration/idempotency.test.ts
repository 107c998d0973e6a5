import { beforeAll, describe, expect, it } from 'vitest';
import { NOMINATE } from '../support/acv-fixtures';
import { OFFER_SPACE, offerInput, offerSpace } from '../support/colocation-fixtures';
import {
  ADD_MEMBER as FIXTURE_ADD_MEMBER,
  CHELTENHAM,
  UPDATE_ORGANISATION,
  buildingInput,
  createBuilding,
  createCharity,
  createCouncil,
} from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

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

const CHANGE_ROLE = /* GraphQL */ `
  mutation ($organisationId: ID!, $userId: String!, $v: Int!, $role: MemberRole!) {
    changeMemberRole(organisationId: $organisationId, userId: $userId, expectedVersion: $v, role: $role) {
      role
    }
  }
`;
const ARCHIVE_BUILDING = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    archiveBuilding(id: $id, expectedVersion: $v) {
      id
    }
  }
`;
const POST_NEED = /* GraphQL */ `
  mutation ($input: PostSpaceNeedInput!, $key: String) {
    postSpaceNeed(input: $input, idempotencyKey: $key) {
      id
    }
  }
`;
const EXPRESS = /* GraphQL */ `
  mutation ($input: ExpressInterestInput!, $key: String) {
    expressInterest(input: $input, idempotencyKey: $key) {
      id
    }
  }
`;

/** The id a create answered with, failing the test on any error. */
async function createdId(query: string, variables: Record<string, unknown>, caller: Caller): Promise<string> {
  const data = await t.ok<Record<string, { id: string }>>(query, variables, caller);
  const [created] = Object.values(data);
  if (!created) throw new Error('no record in the answer');
  return created.id;
}

/** A charity run by `admin`, with `editor` as an EDITOR (so the editor can later be demoted). */
async function charityWithEditor(name: string, admin: Caller, editor: Caller): Promise<string> {
  const { id } = await createCharity(t, admin, name);
  await t.ok(FIXTURE_ADD_MEMBER, { organisationId: id, userId: editor.userId, role: 'EDITOR' }, admin);
  return id;
}

async function demote(organisationId: string, member: Caller, admin: Caller): Promise<void> {
  await t.ok(CHANGE_ROLE, { organisationId, userId: member.userId, v: 1, role: 'VIEWER' }, admin);
}

describe('a retried create after the state changed, so the rules would now refuse it', () => {
  it('createBuilding answers with the first building though the caller may no longer create', async () => {
    const admin = { userId: 'replay-b-admin' };
    const editor = { userId: 'replay-b-editor' };
    const orgId = await charityWithEditor('Replay Buildings Trust', admin, editor);
    const variables = {
      input: buildingInput({ name: 'Replayed Hall', ownerOrganisationId: orgId }),
      key: 'replay-building-1',
    };
    const first = await createdId(CREATE_BUILDING, variables, editor);
    await demote(orgId, editor, admin);
    const fresh = await t.run(CREATE_BUILDING, { ...variables, key: 'replay-building-2' }, editor);
    expect(errorCodes(fresh)).toEqual(['FORBIDDEN']);

    const again = await t.run(CREATE_BUILDING, variables, editor);

    expect(again.errors).toBeUndefined();
    expect((again.data?.['createBuilding'] as { id: string }).id).toBe(first);
  });

  it('createOrganisation answers with the first council though its GSS code is now taken', async () => {
    const variables = {
      input: { kind: 'COUNCIL', name: 'Tewkesbury Borough Council', gssCode: 'E07000083', councilAreas: [] },
      key: 'replay-council-1',
    };
    const first = await createdId(CREATE_ORGANISATION, variables, { userId: 'platform-admin' });
    const fresh = await t.run(
      CREATE_ORGANISATION,
      { ...variables, key: 'replay-council-2' },
      { userId: 'platform-admin' },
    );
    expect(errorCodes(fresh)).toEqual(['CONFLICT']);

    const again = await t.run(CREATE_ORGANISATION, variables, { userId: 'platform-admin' });

    expect(again.errors).toBeUndefined();
    expect((again.data?.['createOrganisation'] as { id: string }).id).toBe(first);
  });

  it('addMember and inviteMember answer with the first result though the caller is no longer an admin', async () => {
    const admin = { userId: 'replay-m-admin' };
    const second = { userId: 'replay-m-second' };
    const { id: orgId } = await createCharity(t, admin, 'Replay Members Trust');
    await t.ok(FIXTURE_ADD_MEMBER, { organisationId: orgId, userId: second.userId, role: 'ADMIN' }, admin);
    const member = { organisationId: orgId, userId: 'replay-m-new', key: 'replay-member-1' };
    const invite = { organisationId: orgId, email: 'replay@example.org', key: 'replay-invite-1' };
    const firstMember = await t.ok<{ addMember: unknown }>(ADD_MEMBER, member, second);
    const firstInvite = await t.ok<{ inviteMember: unknown }>(INVITE, invite, second);
    await demote(orgId, second, admin);
    const fresh = await t.run(
      ADD_MEMBER,
      { ...member, userId: 'replay-m-other', key: 'replay-member-2' },
      second,
    );
    expect(errorCodes(fresh)).toEqual(['FORBIDDEN']);

    const memberAgain = await t.ok<{ addMember: unknown }>(ADD_MEMBER, member, second);
    const inviteAgain = await t.ok<{ inviteMember: unknown }>(INVITE, invite, second);

    expect(memberAgain.addMember).toEqual(firstMember.addMember);
    expect(inviteAgain.inviteMember).toEqual(firstInvite.inviteMember);
  });

  it('nominateAsset answers with the first entry though the building is nominated and the nominator not local', async () => {
    const nominatorAdmin = { userId: 'replay-n-admin' };
    const { id: nominatorId, version } = await createCharity(t, nominatorAdmin, 'Replay Pub Friends');
    const building = await createBuilding(t, officer, { name: 'The Replay Arms', category: 'PUB' });
    const variables = {
      input: {
        nominatorOrganisationId: nominatorId,
        buildingId: building.id,
        boundaryDescription: 'The pub and its garden',
        communityValueReasons: 'The only pub in the village: the quiz, the darts league.',
        eligibilityEvidence: 'Registered charity 1234567.',
      },
      key: 'replay-nomination-1',
    };
    const first = await createdId(NOMINATE, variables, nominatorAdmin);
    await t.ok(
      UPDATE_ORGANISATION,
      { id: nominatorId, v: version, input: { councilAreas: ['E08000027'] } },
      nominatorAdmin,
    );
    const fresh = await t.run(NOMINATE, { ...variables, key: 'replay-nomination-2' }, nominatorAdmin);
    expect(errorCodes(fresh)).toEqual(['NOT_ELIGIBLE']);

    const again = await t.run(NOMINATE, variables, nominatorAdmin);

    expect(again.errors).toBeUndefined();
    expect((again.data?.['nominateAsset'] as { id: string }).id).toBe(first);
  });

  it('offerSpace answers with the first offer though the building is archived', async () => {
    const admin = { userId: 'replay-o-admin' };
    const { id: orgId } = await createCharity(t, admin, 'Replay Offers Trust');
    const building = await createBuilding(t, admin, { name: 'Replay Hub', ownerOrganisationId: orgId });
    const variables = { input: offerInput(building.id, orgId), key: 'replay-offer-1' };
    const first = await createdId(OFFER_SPACE, variables, admin);
    await t.ok(ARCHIVE_BUILDING, { id: building.id, v: building.version }, admin);
    const fresh = await t.run(OFFER_SPACE, { ...variables, key: 'replay-offer-2' }, admin);
    expect(fresh.errors?.length).toBeGreaterThan(0);

    const again = await t.run(OFFER_SPACE, variables, admin);

    expect(again.errors).toBeUndefined();
    expect((again.data?.['offerSpace'] as { id: string }).id).toBe(first);
  });

  it('postSpaceNeed answers with the first need though the caller may no longer post', async () => {
    const admin = { userId: 'replay-p-admin' };
    const editor = { userId: 'replay-p-editor' };
    const orgId = await charityWithEditor('Replay Needs Trust', admin, editor);
    const input = {
      organisationId: orgId,
      purpose: 'A weekly advice session',
      fromDate: '2026-12-01',
      councilCode: CHELTENHAM,
    };
    const variables = { input, key: 'replay-need-1' };
    const first = await createdId(POST_NEED, variables, editor);
    await demote(orgId, editor, admin);
    const fresh = await t.run(POST_NEED, { ...variables, key: 'replay-need-2' }, editor);
    expect(errorCodes(fresh)).toEqual(['FORBIDDEN']);

    const again = await t.run(POST_NEED, variables, editor);

    expect(again.errors).toBeUndefined();
    expect((again.data?.['postSpaceNeed'] as { id: string }).id).toBe(first);
  });

  it('expressInterest answers with the first interest, not CONFLICT for the open interest it made', async () => {
    const hubAdmin = { userId: 'replay-e-hub' };
    const groupAdmin = { userId: 'replay-e-group' };
    const { id: hubId } = await createCharity(t, hubAdmin, 'Replay Hub Trust');
    const { id: groupId } = await createCharity(t, groupAdmin, 'Replay Youth Group');
    const building = await createBuilding(t, hubAdmin, { name: 'Replay Centre', ownerOrganisationId: hubId });
    const offer = await offerSpace(t, hubAdmin, offerInput(building.id, hubId));
    const variables = {
      input: { offerId: offer.id, organisationId: groupId, message: 'Could we use it on Mondays?' },
      key: 'replay-interest-1',
    };
    const first = await createdId(EXPRESS, variables, groupAdmin);
    const fresh = await t.run(EXPRESS, { ...variables, key: 'replay-interest-2' }, groupAdmin);
    expect(errorCodes(fresh)).toEqual(['CONFLICT']);

    const again = await t.run(EXPRESS, variables, groupAdmin);

    expect(again.errors).toBeUndefined();
    expect((again.data?.['expressInterest'] as { id: string }).id).toBe(first);
  });
});
