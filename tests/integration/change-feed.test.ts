import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createBuilding, createCharity, DUDLEY } from '../support/fixtures';
import { ALLOCATE, createListing, listingInput, requestItems } from '../support/surplus-fixtures';
import { createTestApp, errorCodes, PLATFORM_ADMIN } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

const CHANGES = /* GraphQL */ `
  query ($council: String!, $after: String, $first: Int) {
    changes(councilCode: $council, after: $after, first: $first) {
      edges {
        node {
          sequence
          kind
          recordType
          recordId
          version
          building {
            name
            visibility
          }
        }
      }
      pageInfo {
        hasNextPage
      }
      resumeCursor
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $input: UpdateBuildingInput!) {
    updateBuilding(id: $id, expectedVersion: $v, input: $input) {
      version
    }
  }
`;

interface Node {
  sequence: number;
  kind: string;
  recordType: string;
  recordId: string;
  version: number;
  building: { name: string; visibility: string } | null;
}
interface ChangesPage {
  changes: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean }; resumeCursor: string };
}

/** Follows the feed from `after` to its end, `first` at a time: the changes shown, and where it stopped. */
async function follow(
  t: TestApp,
  caller: Caller | null,
  first: number,
  after: string | null = null,
): Promise<{ nodes: Node[]; cursor: string | null }> {
  const nodes: Node[] = [];
  let cursor = after;
  for (;;) {
    const { changes } = await t.ok<ChangesPage>(
      CHANGES,
      { council: CHELTENHAM, after: cursor, first },
      caller,
    );
    nodes.push(...changes.edges.map((edge) => edge.node));
    cursor = changes.resumeCursor;
    if (!changes.pageInfo.hasNextPage) return { nodes, cursor };
  }
}

describe('the changes feed', () => {
  let t: TestApp;
  const owner = { userId: 'feed-owner' };
  let ownerId = '';
  let publicId = '';
  let partnersId = '';

  beforeAll(async () => {
    t = await createTestApp();
    ownerId = (await createCharity(t, owner, 'Feed Trust')).id;
    publicId = (await createBuilding(t, owner, { name: 'Hall One', ownerOrganisationId: ownerId })).id;
    partnersId = (
      await createBuilding(t, owner, {
        name: 'Quiet Store',
        ownerOrganisationId: ownerId,
        visibility: 'PARTNERS',
      })
    ).id;
    await t.ok(UPDATE, { id: publicId, v: 1, input: { name: 'Hall One Renamed' } }, owner);
    await t.ok(UPDATE, { id: publicId, v: 2, input: { visibility: 'PARTNERS' } }, owner);
  });

  it('shows an anonymous follower the public changes and a tombstone when a building is made PARTNERS-only', async () => {
    const { nodes } = await follow(t, null, 100);

    expect(nodes.map((n) => [n.sequence, n.kind, n.recordId, n.version, n.building?.name ?? null])).toEqual([
      [1, 'UPSERTED', publicId, 1, 'Hall One'],
      [3, 'UPSERTED', publicId, 2, 'Hall One Renamed'],
      [4, 'REMOVED', publicId, 3, null],
    ]);
  });

  it('never names a record the caller could see neither before nor after the change', async () => {
    const { nodes } = await follow(t, null, 100);

    expect(nodes.map((n) => n.recordId)).not.toContain(partnersId);
  });

  it('shows the owner every change of its own buildings, PARTNERS-only ones too', async () => {
    const { nodes } = await follow(t, owner, 100);

    expect(nodes.map((n) => [n.sequence, n.kind, n.recordId, n.building?.visibility ?? null])).toEqual([
      [1, 'UPSERTED', publicId, 'PUBLIC'],
      [2, 'UPSERTED', partnersId, 'PARTNERS'],
      [3, 'UPSERTED', publicId, 'PUBLIC'],
      [4, 'UPSERTED', publicId, 'PARTNERS'],
    ]);
  });

  it('resumes exactly where it stopped, one change a page or all at once, and from a cursor kept aside', async () => {
    const all = await follow(t, owner, 100);
    const oneByOne = await follow(t, owner, 1);
    const firstTwo = await t.ok<ChangesPage>(CHANGES, { council: CHELTENHAM, first: 2 }, owner);
    await t.ok(UPDATE, { id: partnersId, v: 1, input: { name: 'Quiet Store Two' } }, owner);
    const rest = await follow(t, owner, 100, firstTwo.changes.resumeCursor);
    const caughtUp = await t.ok<ChangesPage>(CHANGES, { council: CHELTENHAM, after: rest.cursor }, owner);

    expect(oneByOne.nodes).toEqual(all.nodes);
    expect(rest.nodes.map((n) => n.sequence)).toEqual([3, 4, 5]);
    expect(rest.nodes.at(-1)?.building?.name).toBe('Quiet Store Two');
    expect(caughtUp.changes.edges).toEqual([]);
    expect(caughtUp.changes.resumeCursor).toEqual(expect.any(String));
  });

  it("refuses a cursor of another council's feed, or one edited, as BAD_USER_INPUT on after", async () => {
    const { cursor } = await follow(t, owner, 100);
    const otherCouncil = await t.run(CHANGES, { council: DUDLEY, after: cursor }, owner);
    const edited = await t.run(CHANGES, { council: CHELTENHAM, after: `${cursor ?? ''}x` }, owner);

    expect(errorCodes(otherCouncil)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(edited)).toEqual(['BAD_USER_INPUT']);
  });

  it('tells a follower whose changes were deleted after the retention period to read the register again', async () => {
    const { cursor } = await follow(t, owner, 100);
    await t.ok(UPDATE, { id: partnersId, v: 2, input: { name: 'Quiet Store Three' } }, owner);
    await t.ok(UPDATE, { id: partnersId, v: 3, input: { name: 'Quiet Store Four' } }, owner);
    // What 90 days do to changes 1 to 6: their TTL passes, and DynamoDB deletes them lazily, 6 before 5.
    for (let sequence = 1; sequence <= 6; sequence++) await ageChange(t, sequence);
    await t.table.client.send(new DeleteItemCommand({ TableName: t.table.tableName, Key: changeKey(6) }));
    const expired = await t.run(CHANGES, { council: CHELTENHAM, after: cursor }, owner);
    const fromStart = await t.run(CHANGES, { council: CHELTENHAM }, owner);

    expect(errorCodes(expired)).toEqual(['CURSOR_EXPIRED']);
    // The first five are still there, so a follower from the start reads them, then meets the gap.
    expect(errorCodes(fromStart)).toEqual(['CURSOR_EXPIRED']);
  });
});

describe('a change still committing while the feed is read', () => {
  let t: TestApp;
  const owner = { userId: 'feed-committing' };

  beforeAll(async () => {
    t = await createTestApp();
    const ownerId = (await createCharity(t, owner, 'Committing Trust')).id;
    for (const name of ['Hall One', 'Hall Two', 'Hall Three']) {
      await createBuilding(t, owner, { name, ownerOrganisationId: ownerId });
    }
  });

  it('ends the page before a missing number that is inside the retention period, and reads on once it commits', async () => {
    // Query's read-committed isolation can show change 3 without change 2 of a transaction still applying:
    // hold change 2 aside as if it had not been applied yet.
    const held = await t.table.client.send(
      new GetItemCommand({ TableName: t.table.tableName, Key: changeKey(2), ConsistentRead: true }),
    );
    await t.table.client.send(new DeleteItemCommand({ TableName: t.table.tableName, Key: changeKey(2) }));
    const during = await t.ok<ChangesPage>(CHANGES, { council: CHELTENHAM }, owner);
    await t.table.client.send(new PutItemCommand({ TableName: t.table.tableName, Item: held.Item ?? {} }));
    const after = await t.ok<ChangesPage>(
      CHANGES,
      { council: CHELTENHAM, after: during.changes.resumeCursor },
      owner,
    );

    expect(during.changes.edges.map((edge) => edge.node.sequence)).toEqual([1]);
    expect(during.changes.pageInfo.hasNextPage).toBe(false);
    expect(after.changes.edges.map((edge) => edge.node.sequence)).toEqual([2, 3]);
  });

  it('answers a caught-up follower an empty page, not CURSOR_EXPIRED, while the head has moved on', async () => {
    const { changes } = await t.ok<ChangesPage>(CHANGES, { council: CHELTENHAM }, owner);
    // A transaction whose counter is applied and whose change is not yet: the head is ahead of the items.
    await setCounter(t, 4);
    const caughtUp = await t.ok<ChangesPage>(
      CHANGES,
      { council: CHELTENHAM, after: changes.resumeCursor },
      owner,
    );
    await setCounter(t, 3);
    const ownerId = (await createCharity(t, owner, 'Later Trust')).id;
    await createBuilding(t, owner, { name: 'Hall Four', ownerOrganisationId: ownerId });
    const next = await t.ok<ChangesPage>(
      CHANGES,
      { council: CHELTENHAM, after: caughtUp.changes.resumeCursor },
      owner,
    );

    expect(changes.edges.map((edge) => edge.node.sequence)).toEqual([1, 2, 3]);
    expect(caughtUp.changes.edges).toEqual([]);
    expect(caughtUp.changes.pageInfo.hasNextPage).toBe(false);
    // The empty page's cursor is still after change 3.
    expect(next.changes.edges.map((edge) => [edge.node.sequence, edge.node.building?.name])).toEqual([
      [4, 'Hall Four'],
    ]);
  });
});

function changeKey(sequence: number) {
  return {
    pk: { S: `COUNCIL-FEED#${CHELTENHAM}` },
    sk: { S: `SEQ#${String(sequence).padStart(15, '0')}` },
  };
}

async function setCounter(t: TestApp, sequence: number): Promise<void> {
  await t.table.client.send(
    new UpdateItemCommand({
      TableName: t.table.tableName,
      Key: { pk: { S: `COUNCIL-FEED#${CHELTENHAM}` }, sk: { S: 'COUNTER' } },
      UpdateExpression: 'SET #sequence = :next',
      ExpressionAttributeNames: { '#sequence': 'sequence' },
      ExpressionAttributeValues: { ':next': { N: String(sequence) } },
    }),
  );
}

/** Moves a change's TTL (expiresAtEpoch) to yesterday, as if its 90 days had passed. */
async function ageChange(t: TestApp, sequence: number): Promise<void> {
  const yesterday = Math.floor(Date.now() / 1000) - 86_400;
  await t.table.client.send(
    new UpdateItemCommand({
      TableName: t.table.tableName,
      Key: changeKey(sequence),
      UpdateExpression: 'SET expiresAtEpoch = :when',
      ExpressionAttributeValues: { ':when': { N: String(yesterday) } },
    }),
  );
}

describe('surplus listings in the changes feed', () => {
  let t: TestApp;
  const owner = { userId: 'feed-lister' };
  const group = { userId: 'feed-group' };
  let ownerId = '';
  let groupId = '';
  let publicHall = '';
  let partnersStore = '';

  const LISTING_CHANGES = /* GraphQL */ `
    query ($council: String!) {
      changes(councilCode: $council) {
        edges {
          node {
            sequence
            kind
            recordType
            recordId
            version
            surplusListing {
              quantityLeft
              state
            }
          }
        }
      }
    }
  `;
  interface ListingNode {
    sequence: number;
    kind: string;
    recordType: string;
    recordId: string;
    version: number;
    surplusListing: { quantityLeft: number; state: string } | null;
  }
  const listingChanges = async (caller: Caller | null) =>
    (
      await t.ok<{ changes: { edges: { node: ListingNode }[] } }>(
        LISTING_CHANGES,
        { council: CHELTENHAM },
        caller,
      )
    ).changes.edges
      .map((edge) => edge.node)
      .filter((node) => node.recordType === 'SURPLUS_LISTING');

  beforeAll(async () => {
    t = await createTestApp();
    ownerId = (await createCharity(t, owner, 'Feed Lister')).id;
    groupId = (await createCharity(t, group, 'Feed Group')).id;
    await t.ok(
      'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { id } }',
      { id: groupId },
      { userId: PLATFORM_ADMIN },
    );
    publicHall = (await createBuilding(t, owner, { name: 'Feed Hall', ownerOrganisationId: ownerId })).id;
    partnersStore = (
      await createBuilding(t, owner, {
        name: 'Feed Store',
        ownerOrganisationId: ownerId,
        visibility: 'PARTNERS',
      })
    ).id;
  });

  it('follows a listing through its request, allocation and closing, to whoever may see its building', async () => {
    const chairs = await createListing(t, owner, listingInput(publicHall, ownerId, { quantity: 10 }));
    const hidden = await createListing(t, owner, listingInput(partnersStore, ownerId, { quantity: 3 }));
    const asked = await requestItems(t, group, {
      listingId: chairs.id,
      organisationId: groupId,
      quantity: 4,
      intendedUse: 'Our hall',
    });
    await t.ok(ALLOCATE, { id: asked.id, v: asked.version }, owner);
    await t.ok(
      'mutation ($id: ID!, $v: Int!) { closeSurplusListing(id: $id, expectedVersion: $v) { id } }',
      { id: chairs.id, v: chairs.version + 1 },
      owner,
    );

    const anonymous = await listingChanges(null);
    const lister = await listingChanges(owner);

    // A request alone does not change the listing; the allocation and the closing do.
    expect(anonymous.map((n) => [n.kind, n.recordId, n.version, n.surplusListing])).toEqual([
      ['UPSERTED', chairs.id, 1, { quantityLeft: 10, state: 'AVAILABLE' }],
      ['UPSERTED', chairs.id, 2, { quantityLeft: 6, state: 'AVAILABLE' }],
      ['UPSERTED', chairs.id, 3, { quantityLeft: 6, state: 'CLOSED' }],
    ]);
    // The listing in a PARTNERS-only building: never named to the anonymous follower, shown to its lister.
    expect(anonymous.map((n) => n.recordId)).not.toContain(hidden.id);
    expect(lister.map((n) => [n.recordId, n.version])).toEqual([
      [chairs.id, 1],
      [hidden.id, 1],
      [chairs.id, 2],
      [chairs.id, 3],
    ]);
    // Numbered in the council's one sequence with the buildings.
    expect(lister.map((n) => n.sequence)).toEqual([3, 4, 5, 6]);
  });

  it('carries the closing of a listing with its archived building', async () => {
    const hall = (await createBuilding(t, owner, { name: 'Feed Annexe', ownerOrganisationId: ownerId })).id;
    const desks = await createListing(
      t,
      owner,
      listingInput(hall, ownerId, { category: 'DESKS_AND_TABLES' }),
    );
    await t.ok(
      'mutation ($id: ID!, $v: Int!) { archiveBuilding(id: $id, expectedVersion: $v, closeSurplusListings: true) { id } }',
      { id: hall, v: 1 },
      owner,
    );

    const shown = (await listingChanges(owner)).filter((n) => n.recordId === desks.id);

    expect(shown.map((n) => [n.kind, n.version, n.surplusListing?.state])).toEqual([
      ['UPSERTED', 1, 'AVAILABLE'],
      ['UPSERTED', 2, 'CLOSED'],
    ]);
  });
});
