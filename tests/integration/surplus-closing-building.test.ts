import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../src/kernel/domain/outbox';
import { ADD_MEMBER, createBuilding } from '../support/fixtures';
import { LISTING_FIELDS, listingInput, surplusRegister } from '../support/surplus-fixtures';
import { PLATFORM_ADMIN, createTestApp, errorCodes } from '../support/test-app';
import type { Caller, GraphQLResult, TestApp } from '../support/test-app';

/**
 * Issue 20, "Closing a building": listBuildingSurplus lists several kinds of items from one building and
 * sets it to SURPLUS or VACANT in the same step, through the real server and DynamoDB Local. All or
 * nothing: every refusal is checked against what is stored afterwards (the building's version, its
 * listings), not against the answer alone.
 */
const LIST_BUILDING_SURPLUS = /* GraphQL */ `
  mutation ($input: ListBuildingSurplusInput!, $key: String) {
    listBuildingSurplus(input: $input, idempotencyKey: $key) {
      building {
        id
        version
        status
      }
      listings {
        ${LISTING_FIELDS}
        condition
        dimensions
        availableFrom
        availableUntil
        mustCollect
      }
    }
  }
`;

const BUILDING_NOW = /* GraphQL */ `
  query ($id: ID!) {
    building(id: $id) {
      version
      status
      history {
        edges {
          node {
            action
            version
          }
        }
      }
    }
    surplusListingsByBuilding(buildingId: $id) {
      edges {
        node {
          id
          category
          quantity
          state
          history {
            edges {
              node {
                action
                version
              }
            }
          }
        }
      }
    }
  }
`;

interface Payload {
  building: { id: string; version: number; status: string };
  listings: {
    id: string;
    version: number;
    category: string;
    description: string;
    quantity: number;
    state: string;
    buildingName: string;
    condition: string;
    dimensions: string | null;
    availableUntil: string | null;
    mustCollect: boolean;
    collection: { accessTimes: string | null } | null;
  }[];
}

interface Stored {
  building: {
    version: number;
    status: string;
    history: { edges: { node: { action: string; version: number } }[] };
  };
  surplusListingsByBuilding: {
    edges: {
      node: {
        id: string;
        category: string;
        quantity: number;
        state: string;
        history: { edges: { node: { action: string; version: number } }[] };
      };
    }[];
  };
}

const KINDS = [
  { category: 'SEATING', description: 'Stacking chairs, blue', quantity: 40, condition: 'GOOD' },
  {
    category: 'DESKS_AND_TABLES',
    description: 'Reading tables',
    quantity: 6,
    condition: 'FAIR',
    dimensions: '150 x 80 cm',
  },
  { category: 'KITCHEN_AND_CATERING', description: 'Urn and crockery', quantity: 1, condition: 'AS_NEW' },
];

/** The step's input: listingInput's shared terms, the building's new status, and `items`. */
function stepInput(
  buildingId: string,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const { availableFrom, availableUntil, collection, mustCollect } = listingInput(buildingId, organisationId);
  return {
    buildingId,
    organisationId,
    buildingStatus: 'SURPLUS',
    buildingExpectedVersion: 1,
    availableFrom,
    availableUntil,
    collection,
    mustCollect,
    items: KINDS,
    ...overrides,
  };
}

describe('listing a closing building’s surplus in one step', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof surplusRegister>>;
  const viewer: Caller = { userId: 'council-viewer' };
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp();
    reg = await surplusRegister(t, 1);
    await t.ok(
      ADD_MEMBER,
      { organisationId: reg.council.id, userId: viewer.userId, role: 'VIEWER' },
      { userId: PLATFORM_ADMIN },
    );
  });

  /** A fresh council building in use (version 1), with a UPRN, so every case starts from nothing listed. */
  const freshBuilding = () =>
    createBuilding(t, reg.officer, {
      name: `Branch library ${++n}`,
      category: 'LIBRARY',
      ownerOrganisationId: reg.council.id,
      status: 'OPERATIONAL',
      uprn: String(100_120_000_000 + n),
    });

  const stored = async (id: string) => await t.ok<Stored>(BUILDING_NOW, { id }, reg.officer);

  const listStep = (input: Record<string, unknown>, caller: Caller | null = reg.officer, key?: string) =>
    t.run(LIST_BUILDING_SURPLUS, { input, ...(key ? { key } : {}) }, caller);

  const fields = (result: GraphQLResult) =>
    (result.errors ?? []).flatMap((error) => {
      const refused = error.extensions?.['fields'];
      return Array.isArray(refused) ? refused.map((field: { field: string }) => field.field) : [];
    });

  /** Nothing was written: the building is as it was and has no listings. */
  async function expectNothingWritten(buildingId: string) {
    const after = await stored(buildingId);
    expect([after.building.version, after.building.status]).toEqual([1, 'OPERATIONAL']);
    expect(after.building.history.edges.map((edge) => edge.node.action)).toEqual(['CREATED']);
    expect(after.surplusListingsByBuilding.edges).toEqual([]);
  }

  it('sets the building to SURPLUS and lists three kinds of items, each a listing with its audit and message', async () => {
    const building = await freshBuilding();
    t.requests.length = 0;
    const { listBuildingSurplus: step } = await t.ok<{ listBuildingSurplus: Payload }>(
      LIST_BUILDING_SURPLUS,
      { input: stepInput(building.id, reg.council.id) },
      reg.officer,
    );
    // One transaction holds the building's change and the three listings.
    expect(t.requests.filter((name) => name === 'TransactWriteItemsCommand')).toHaveLength(1);

    expect(step.building).toEqual({ id: building.id, version: 2, status: 'SURPLUS' });
    expect(
      step.listings.map((l) => [l.category, l.description, l.quantity, l.condition, l.dimensions, l.version]),
    ).toEqual([
      ['SEATING', 'Stacking chairs, blue', 40, 'GOOD', null, 1],
      ['DESKS_AND_TABLES', 'Reading tables', 6, 'FAIR', '150 x 80 cm', 1],
      ['KITCHEN_AND_CATERING', 'Urn and crockery', 1, 'AS_NEW', null, 1],
    ]);
    for (const listing of step.listings) {
      expect(listing).toMatchObject({
        state: 'AVAILABLE',
        buildingName: building.name,
        availableUntil: '2026-12-18',
        mustCollect: true,
        collection: { accessTimes: 'Weekdays 9:00 to 16:00' },
      });
    }
    expect(new Set(step.listings.map((l) => l.id)).size).toBe(3);

    const after = await stored(building.id);
    expect([after.building.version, after.building.status]).toEqual([2, 'SURPLUS']);
    expect(after.building.history.edges.map((e) => `${e.node.version} ${e.node.action}`)).toEqual([
      '2 UPDATED',
      '1 CREATED',
    ]);
    const listed = after.surplusListingsByBuilding.edges.map((edge) => edge.node);
    expect(listed.map((l) => l.id).sort()).toEqual(step.listings.map((l) => l.id).sort());
    for (const listing of listed) {
      expect(listing.history.edges.map((e) => `${e.node.version} ${e.node.action}`)).toEqual(['1 CREATED']);
    }
    for (const listing of step.listings) {
      const { Item } = await t.table.client.send(
        new GetItemCommand({
          TableName: t.table.tableName,
          Key: { pk: { S: `NOTIFICATION#surplus#listing#${listing.id}#v1` }, sk: { S: 'NOTIFICATION' } },
          ConsistentRead: true,
        }),
      );
      const message = Item ? (unmarshall(Item) as OutboxMessage) : null;
      expect(message?.eventType).toBe('surplus.listing.created');
    }
  });

  it('sets VACANT, or leaves the status when none is given (no version needed)', async () => {
    const vacant = await freshBuilding();
    const set = await t.ok<{ listBuildingSurplus: Payload }>(
      LIST_BUILDING_SURPLUS,
      { input: stepInput(vacant.id, reg.council.id, { buildingStatus: 'VACANT', items: KINDS.slice(0, 1) }) },
      reg.officer,
    );
    expect(set.listBuildingSurplus.building).toMatchObject({ version: 2, status: 'VACANT' });

    const kept = await freshBuilding();
    const listed = await t.ok<{ listBuildingSurplus: Payload }>(
      LIST_BUILDING_SURPLUS,
      {
        input: stepInput(kept.id, reg.council.id, {
          buildingStatus: null,
          buildingExpectedVersion: null,
          items: KINDS.slice(1),
        }),
      },
      reg.officer,
    );
    expect(listed.listBuildingSurplus.building).toMatchObject({ version: 1, status: 'OPERATIONAL' });
    expect(listed.listBuildingSurplus.listings).toHaveLength(2);
    expect((await stored(kept.id)).surplusListingsByBuilding.edges).toHaveLength(2);
  });

  it('refuses the whole step for one bad item, naming it, and writes nothing', async () => {
    const building = await freshBuilding();
    const items = [...KINDS.slice(0, 2), { ...KINDS[2], quantity: 0 }];
    const result = await listStep(stepInput(building.id, reg.council.id, { items }));
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toEqual(['input.items.2.quantity']);
    await expectNothingWritten(building.id);
  });

  it('refuses a stale building version with CONFLICT and writes nothing', async () => {
    const building = await freshBuilding();
    const result = await listStep(stepInput(building.id, reg.council.id, { buildingExpectedVersion: 7 }));
    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      field: 'input.buildingExpectedVersion',
      currentVersion: 1,
    });
    await expectNothingWritten(building.id);
  });

  it('sets only a closing status, and needs the building’s version with it', async () => {
    const building = await freshBuilding();
    const disposed = await listStep(stepInput(building.id, reg.council.id, { buildingStatus: 'DISPOSED' }));
    expect(errorCodes(disposed)).toEqual(['BAD_USER_INPUT']);
    expect(fields(disposed)).toEqual(['input.buildingStatus']);
    const noVersion = await listStep(
      stepInput(building.id, reg.council.id, { buildingExpectedVersion: null }),
    );
    expect(fields(noVersion)).toEqual(['input.buildingExpectedVersion']);
    await expectNothingWritten(building.id);
  });

  it('refuses a council viewer, a group that does not own the building, and an anonymous caller', async () => {
    const building = await freshBuilding();
    const asViewer = await listStep(stepInput(building.id, reg.council.id), viewer);
    expect(errorCodes(asViewer)).toEqual(['FORBIDDEN']);
    // A verified group's editor lists for its own organisation in a building it does not own.
    const asGroup = await listStep(stepInput(building.id, reg.groupIds[0]!), reg.editors[0]);
    expect(errorCodes(asGroup)).toEqual(['FORBIDDEN']);
    const asGroupForCouncil = await listStep(stepInput(building.id, reg.council.id), reg.editors[0]);
    expect(errorCodes(asGroupForCouncil)).toEqual(['FORBIDDEN']);
    const anonymous = await listStep(stepInput(building.id, reg.council.id), null);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    await expectNothingWritten(building.id);
  });

  it('lists 21 kinds with the status in one transaction, and refuses 22 on input.items', async () => {
    const building = await freshBuilding();
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        ...KINDS[0],
        description: `Chairs, batch ${index + 1}`,
      }));
    const tooMany = await listStep(stepInput(building.id, reg.council.id, { items: many(22) }));
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(fields(tooMany)).toEqual(['input.items']);
    const none = await listStep(stepInput(building.id, reg.council.id, { items: [] }));
    expect(fields(none)).toEqual(['input.items']);
    await expectNothingWritten(building.id);

    t.requests.length = 0;
    const { listBuildingSurplus: step } = await t.ok<{ listBuildingSurplus: Payload }>(
      LIST_BUILDING_SURPLUS,
      { input: stepInput(building.id, reg.council.id, { items: many(21) }) },
      reg.officer,
    );
    expect(t.requests.filter((name) => name === 'TransactWriteItemsCommand')).toHaveLength(1);
    expect(step.listings).toHaveLength(21);
    expect(step.building).toMatchObject({ version: 2, status: 'SURPLUS' });
  });

  it('closes a branch library end to end: VACANT and listed in one step, then archived with its listings closed', async () => {
    const building = await freshBuilding();
    const { listBuildingSurplus: step } = await t.ok<{ listBuildingSurplus: Payload }>(
      LIST_BUILDING_SURPLUS,
      { input: stepInput(building.id, reg.council.id, { buildingStatus: 'VACANT' }) },
      reg.officer,
    );
    const ARCHIVE =
      'mutation ($id: ID!, $v: Int!, $close: Boolean) { archiveBuilding(id: $id, expectedVersion: $v, closeSurplusListings: $close) { id version } }';
    const refused = await t.run(
      ARCHIVE,
      { id: building.id, v: step.building.version, close: false },
      reg.officer,
    );
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.['openSurplusListings']).toBe(3);
    await t.ok(ARCHIVE, { id: building.id, v: step.building.version, close: true }, reg.officer);
    const { surplusListing: closed } = await t.ok<{ surplusListing: { state: string } }>(
      'query ($id: ID!) { surplusListing(id: $id) { state } }',
      { id: step.listings[1]!.id },
      reg.officer,
    );
    expect(closed.state).toBe('CLOSED');
  });

  it('answers a retry with the same key with the same building and listings, listing nothing more', async () => {
    const building = await freshBuilding();
    const input = stepInput(building.id, reg.council.id);
    const first = await listStep(input, reg.officer, 'closing-branch-0001');
    const again = await listStep(input, reg.officer, 'closing-branch-0001');
    expect(first.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    const after = await stored(building.id);
    expect(after.building.version).toBe(2);
    expect(after.surplusListingsByBuilding.edges).toHaveLength(3);

    const other = await listStep({ ...input, items: KINDS.slice(0, 1) }, reg.officer, 'closing-branch-0001');
    expect(errorCodes(other)).toEqual(['CONFLICT']);
  });
});
