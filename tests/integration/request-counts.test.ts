import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_MEMBER, CHELTENHAM, createBuilding, createCharity, buildingInput } from '../support/fixtures';
import { PLATFORM_ADMIN, createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * Every operation at its data model's minimum number of DynamoDB requests (docs/data-model.md lists each
 * with what it sends). Requests are counted by middleware on the real SDK client, items read from each
 * response's ScannedCount. Signed-in callers reading public data pay what anonymous callers pay.
 */
describe('DynamoDB requests per operation', () => {
  let t: TestApp;
  let itemsRead = 0;
  const owners: { id: string; admin: { userId: string } }[] = [];
  const buildingIds: string[] = [];
  let partnersOnlyId = '';

  /** Requests and items read by one operation, after it has run. */
  async function measure(
    operation: () => Promise<unknown>,
  ): Promise<{ requests: string[]; itemsRead: number }> {
    t.requests.length = 0;
    itemsRead = 0;
    await operation();
    return { requests: [...t.requests], itemsRead };
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.table.client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const output = result.output as { ScannedCount?: number; Item?: unknown };
        itemsRead += output.ScannedCount ?? (output.Item ? 1 : 0);
        return result;
      },
      { step: 'initialize', name: 'countItemsRead' },
    );
    for (let o = 0; o < 5; o++) {
      const admin = { userId: `admin-${o}` };
      const org = await createCharity(t, admin, `Owner ${o}`);
      owners.push({ id: org.id, admin });
      for (let b = 0; b < 5; b++) {
        const building = await createBuilding(t, admin, {
          name: `Hall ${o}-${b}`,
          ownerOrganisationId: org.id,
          category: b === 0 ? 'LIBRARY' : 'HALL',
        });
        buildingIds.push(building.id);
      }
    }
    partnersOnlyId = (
      await createBuilding(t, owners[0]!.admin, {
        name: 'Partners Depot',
        ownerOrganisationId: owners[0]!.id,
        visibility: 'PARTNERS',
      })
    ).id;
    // A caller whose own organisation owns none of the buildings, so no owner is already cached.
    await createCharity(t, { userId: 'member-elsewhere' }, 'Elsewhere Trust', ['E08000027']);
  });

  it('reads a public building in one GetItem, anonymous or signed in', async () => {
    const query = 'query ($id: ID!) { building(id: $id) { name } }';

    const anonymous = await measure(() => t.ok(query, { id: buildingIds[0] }));
    const signedIn = await measure(() => t.ok(query, { id: buildingIds[0] }, { userId: 'member-elsewhere' }));

    expect(anonymous.requests).toEqual(['GetItemCommand']);
    expect(signedIn.requests).toEqual(['GetItemCommand']);
  });

  it("reads a partners-only building and, to decide, the caller's access item: two GetItems", async () => {
    const { requests } = await measure(() =>
      t.ok('query ($id: ID!) { building(id: $id) { name } }', { id: partnersOnlyId }, owners[0]!.admin),
    );

    expect(requests).toEqual(['GetItemCommand', 'GetItemCommand']);
  });

  it('lists 25 buildings with their owners in one Query and one BatchGetItem', async () => {
    const { requests } = await measure(async () => {
      const data = await t.ok<{ buildingsByCouncil: { edges: { node: { owner: { name: string } } }[] } }>(
        '{ buildingsByCouncil(councilCode: "E07000078", first: 25) { edges { node { name ownerName owner { name councilAreas } } } } }',
      );
      expect(data.buildingsByCouncil.edges).toHaveLength(25);
      expect(new Set(data.buildingsByCouncil.edges.map((edge) => edge.node.owner.name)).size).toBe(5);
    });

    expect(requests).toEqual(['QueryCommand', 'BatchGetItemCommand']);
  });

  it("adds one GetItem for a signed-in caller's memberships, whatever the page size", async () => {
    const counts: string[][] = [];
    for (const first of [5, 25]) {
      const { requests } = await measure(() =>
        t.ok(
          'query ($first: Int) { buildingsByCouncil(councilCode: "E07000078", first: $first) { edges { node { owner { name } } } } }',
          { first },
          { userId: 'member-elsewhere' },
        ),
      );
      counts.push(requests.sort());
    }

    // The caller's only organisation is unverified: what they see beyond the public copies is their
    // organisation's own buildings, one Query of its restricted copies beside the public copies' Query.
    const expected = ['BatchGetItemCommand', 'GetItemCommand', 'QueryCommand', 'QueryCommand'];
    expect(counts).toEqual([expected, expected]);
  });

  it('lists the organisations of an area in one Query', async () => {
    const { requests } = await measure(async () => {
      const data = await t.ok<{ organisationsByCouncilArea: { edges: unknown[] } }>(
        `{ organisationsByCouncilArea(councilCode: "${CHELTENHAM}", first: 20) { edges { node { name councilAreas } } } }`,
      );
      expect(data.organisationsByCouncilArea.edges).toHaveLength(5);
    });

    expect(requests).toEqual(['QueryCommand']);
  });

  it("finds a council by its GSS code with two GetItems (the code's claim, then the council)", async () => {
    const { createOrganisation } = await t.ok<{ createOrganisation: { id: string } }>(
      'mutation { createOrganisation(input: {kind: COUNCIL, name: "Dudley Council", gssCode: "E08000027", councilAreas: []}) { id } }',
      {},
      { userId: PLATFORM_ADMIN },
    );
    const { requests } = await measure(async () => {
      const data = await t.ok<{ found: { id: string } | null; none: null }>(
        '{ found: councilByGssCode(gssCode: "E08000027") { id } none: councilByGssCode(gssCode: "E07000083") { id } }',
      );
      expect(data).toEqual({ found: { id: createOrganisation.id }, none: null });
    });

    // Two lookups: the one found reads the claim and the council; the one not found, its claim only.
    expect(requests.sort()).toEqual(['GetItemCommand', 'GetItemCommand', 'GetItemCommand']);
  });

  it('filters by status and category with a key condition, reading only what it returns', async () => {
    const { requests, itemsRead: read } = await measure(async () => {
      const data = await t.ok<{
        buildingsByCouncil: { edges: unknown[]; pageInfo: { hasNextPage: boolean } };
      }>(
        '{ buildingsByCouncil(councilCode: "E07000078", status: OPERATIONAL, category: HALL, first: 10) { edges { node { name } } pageInfo { hasNextPage } } }',
      );
      expect(data.buildingsByCouncil.edges).toHaveLength(10);
      expect(data.buildingsByCouncil.pageInfo.hasNextPage).toBe(true);
    });

    expect(requests).toEqual(['QueryCommand']);
    expect(read).toBe(11);
  });

  it('filters by category alone with a key condition too, anonymous or signed in', async () => {
    const query =
      '{ buildingsByCouncil(councilCode: "E07000078", category: LIBRARY, first: 10) { edges { node { category } } pageInfo { hasNextPage } } }';
    for (const caller of [null, ELSEWHERE, owners[0]!.admin]) {
      let returned = 0;
      const { requests, itemsRead: read } = await measure(async () => {
        const data = await t.ok<{
          buildingsByCouncil: { edges: { node: { category: string } }[]; pageInfo: { hasNextPage: boolean } };
        }>(query, {}, caller);
        returned = data.buildingsByCouncil.edges.length;
        expect(data.buildingsByCouncil.edges.every((edge) => edge.node.category === 'LIBRARY')).toBe(true);
        expect(data.buildingsByCouncil.pageInfo.hasNextPage).toBe(false);
      });

      expect(returned).toBe(5);
      // One Query of the list's key range. Members of unverified organisations (every caller here but the
      // anonymous one) also see their organisation's own buildings: one more Query, of its restricted copies
      // in the council, with the same key condition (empty for Elsewhere Trust and for Owner 0's libraries).
      expect(requests.filter((name) => name === 'QueryCommand')).toHaveLength(caller ? 2 : 1);
      expect(read - (caller ? 1 : 0)).toBe(returned); // the access item is the one other item read
    }
  });

  it('reads an organisation with its members and the caller’s membership in one Query', async () => {
    const { requests } = await measure(async () => {
      const data = await t.ok<{ organisation: { name: string; members: { edges: unknown[] } } }>(
        'query ($id: ID!) { organisation(id: $id) { name members { edges { node { userId role } } } } }',
        { id: owners[2]!.id },
        owners[2]!.admin,
      );
      expect(data.organisation.members.edges).toHaveLength(1);
    });

    expect(requests).toEqual(['QueryCommand']);
  });

  it('creates a building in one TransactWriteItems that checks the owner and the caller’s role', async () => {
    const { requests } = await measure(() =>
      t.ok(
        'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }',
        { input: buildingInput({ name: 'New Hall', ownerOrganisationId: owners[3]!.id }) },
        owners[3]!.admin,
      ),
    );

    // The council's changes feed counter (its number is the transaction's condition), then the transaction.
    expect(requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
  });

  it('updates and archives a building with one GetItem and one TransactWriteItems', async () => {
    const id = buildingIds[20]!;
    const editor = owners[4]!.admin;

    const update = await measure(() =>
      t.ok(
        'mutation ($id: ID!) { updateBuilding(id: $id, expectedVersion: 1, input: { floorAreaSqm: 120 }) { version } }',
        { id },
        editor,
      ),
    );
    const archive = await measure(() =>
      t.ok(
        'mutation ($id: ID!) { archiveBuilding(id: $id, expectedVersion: 2) { version } }',
        { id },
        editor,
      ),
    );

    // The building, the council's changes feed counter, the transaction.
    expect(update.requests).toEqual(['GetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
    // Archiving also closes the building's open offers in its transaction: one strongly consistent Query
    // of its offer entries finds none here (with offers: colocation-request-counts.test.ts); beside it, one
    // Query of its open surplus listings (refused while any is open, unless they are to be closed too).
    expect(archive.requests).toEqual([
      'GetItemCommand',
      'QueryCommand',
      'QueryCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
  });

  it("changes an organisation and its members with the organisation read first, then one transaction checking the caller's role", async () => {
    const admin = owners[2]!.admin;
    const rename = await measure(() =>
      t.ok(
        'mutation ($id: ID!) { updateOrganisation(id: $id, expectedVersion: 1, input: { website: "https://owner2.example.org" }) { version } }',
        { id: owners[2]!.id },
        admin,
      ),
    );
    const add = await measure(() =>
      t.ok(ADD_MEMBER, { organisationId: owners[2]!.id, userId: 'added-editor', role: 'EDITOR' }, admin),
    );
    const invite = await measure(() =>
      t.ok(
        'mutation ($org: ID!) { inviteMember(organisationId: $org, email: "new@example.org", role: VIEWER) { email } }',
        { org: owners[2]!.id },
        admin,
      ),
    );

    expect(rename.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(add.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    // The invitation it replaces, if any, is read with the organisation for the audit event.
    expect(invite.requests).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand']);
  });

  it('changes a role, removes a member and revokes an invitation with one BatchGetItem and one transaction', async () => {
    const admin = owners[3]!.admin;
    const org = owners[3]!.id;
    await t.ok(ADD_MEMBER, { organisationId: org, userId: 'counted-member', role: 'VIEWER' }, admin);
    await t.ok(
      'mutation ($org: ID!) { inviteMember(organisationId: $org, email: "revoked@example.org", role: VIEWER) { email } }',
      { org },
      admin,
    );

    const role = await measure(() =>
      t.ok(
        'mutation ($org: ID!) { changeMemberRole(organisationId: $org, userId: "counted-member", role: EDITOR, expectedVersion: 1) { version } }',
        { org },
        admin,
      ),
    );
    const remove = await measure(() =>
      t.ok(
        'mutation ($org: ID!) { removeMember(organisationId: $org, userId: "counted-member", expectedVersion: 2) }',
        { org },
        admin,
      ),
    );
    const revoke = await measure(() =>
      t.ok(
        'mutation ($org: ID!) { revokeInvite(organisationId: $org, email: "revoked@example.org") }',
        { org },
        admin,
      ),
    );

    // The membership's old role is needed (audit event, admin count): read with the organisation.
    for (const { requests } of [role, remove, revoke]) {
      expect(requests).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand']);
    }
  });

  it('claims an invitation with one BatchGetItem (invitation and organisation) and one transaction', async () => {
    const org = owners[4]!.id;
    const invitee = { userId: 'counted-invitee', email: 'counted@example.org', emailVerified: true };
    await t.ok(
      'mutation ($org: ID!) { inviteMember(organisationId: $org, email: "counted@example.org", role: EDITOR) { email } }',
      { org },
      owners[4]!.admin,
    );

    const { requests } = await measure(() =>
      t.ok('mutation ($org: ID!) { claimInvite(organisationId: $org) { role } }', { org }, invitee),
    );

    expect(requests).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand']);
  });

  it('verifies an organisation with one Query of its partition and one transaction', async () => {
    const org = owners[1]!.id;
    const { requests } = await measure(() =>
      t.ok(
        'mutation ($id: ID!) { setOrganisationVerified(id: $id, verified: true, expectedVersion: 1) { verified } }',
        { id: org },
        PLATFORM_ADMIN_CALLER,
      ),
    );

    expect(requests).toEqual(['QueryCommand', 'TransactWriteItemsCommand']);
  });

  it('lets a platform admin add a member with the organisation read first, then one transaction', async () => {
    const { requests } = await measure(() =>
      t.ok(
        ADD_MEMBER,
        { organisationId: owners[1]!.id, userId: 'new-viewer', role: 'VIEWER' },
        PLATFORM_ADMIN_CALLER,
      ),
    );

    expect(requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
  });
});

const PLATFORM_ADMIN_CALLER = { userId: PLATFORM_ADMIN };
const ELSEWHERE = { userId: 'member-elsewhere' };
