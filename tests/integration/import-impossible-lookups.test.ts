// Issue 17: an import looks a reference up by UPRN (a recoded reference?) only when some building of the
// owner holds the reference's stem. The counts are the real requests sent to DynamoDB Local.
import { DeleteItemCommand, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAccessBackfill } from '../../scripts/backfill-access';
import { CHELTENHAM, createCouncil } from '../support/fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const officer = { userId: 'stem-officer' };
const IMPORT = /* GraphQL */ `
  mutation ($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      created
      updated
      rows {
        line
        outcome
        buildingId
      }
    }
  }
`;
type Result = {
  importAssets: {
    created: number;
    updated: number;
    rows: { line: number; outcome: string; buildingId: string | null }[];
  };
};

// Each asset on its own site (its own UPRN), so every lookup by UPRN is a Query of its own.
const row = (n: number, holding: string) => ({
  line: n + 1,
  name: `Asset ${n}`,
  assetReference: `09/${String(n).padStart(5, '0')}/${holding}`,
  uprn: String(100120000000 + n),
  address: { lines: [`${n} High Street`], postTown: 'Cheltenham', postcode: 'GL50 1DY' },
  category: 'OTHER',
});
const rows = (from: number, to: number, holding: string) =>
  Array.from({ length: to - from }, (_, i) => row(from + i, holding));

const queries = (t: TestApp) => t.requests.filter((name) => name === 'QueryCommand').length;

async function importRows(t: TestApp, batch: ReturnType<typeof row>[]) {
  t.requests.length = 0;
  t.roundTrips.length = 0;
  const result = await t.ok<Result>(IMPORT, { input: { councilCode: CHELTENHAM, rows: batch } }, officer);
  return result.importAssets;
}

describe('imports skip lookups that cannot match', () => {
  let t: TestApp;
  let firstIds: Map<number, string>;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, officer.userId);
  });

  it('a first import of 40 stemmed references into an empty register sends no Query at all', async () => {
    const result = await importRows(t, rows(0, 40, 'BLDG'));
    expect(result.created).toBe(40);
    expect(queries(t)).toBe(0);
    // The claims and the stems' markers go out together: one round trip of two BatchGetItem, then the writes.
    const lookups = t.roundTrips.filter((trip) => trip.includes('BatchGetItemCommand'));
    expect(lookups).toEqual([['BatchGetItemCommand', 'BatchGetItemCommand']]);
    firstIds = new Map(result.rows.map((one) => [one.line, String(one.buildingId)]));
  });

  it('recoded references are still found by UPRN and stem, one Query a row; new stems beside them cost none', async () => {
    // Rows 0-9 come back with their holding type recoded; rows 40-59 are new assets with new stems.
    const result = await importRows(t, [...rows(0, 10, 'Land and Building'), ...rows(40, 60, 'BLDG')]);
    expect(result.updated).toBe(10);
    expect(result.created).toBe(20);
    for (const one of result.rows.filter((r) => r.line <= 10)) {
      expect(one.buildingId).toBe(firstIds.get(one.line));
    }
    expect(queries(t)).toBe(10);
  });

  it('a table written before the stem markers (below data level 1) looks every stem up, and still matches', async () => {
    const raw = t.table.client;
    const tableName = t.table.tableName;
    const scope = await markerScope(t, String(firstIds.get(11)));
    // What a table written by earlier code holds: no level item, no markers.
    await raw.send(
      new DeleteItemCommand({ TableName: tableName, Key: marshall({ pk: 'TABLE#DATA', sk: 'LEVEL' }) }),
    );
    for (let n = 10; n < 20; n++) {
      const stem = `09/${String(n).padStart(5, '0')}`;
      const found = await raw.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: marshall({ ':pk': `ASSETSTEM#${scope}#${stem}` }),
        }),
      );
      // The marker exists under the scope the code uses: the test removes the real item, not a guess.
      expect(found.Count).toBe(1);
      await raw.send(
        new DeleteItemCommand({
          TableName: tableName,
          Key: marshall({ pk: `ASSETSTEM#${scope}#${stem}`, sk: 'ASSETSTEM' }),
        }),
      );
    }
    const old = await createTestApp({ tableName });
    old.requests.length = 0;
    const result = await old.ok<Result>(
      IMPORT,
      { input: { councilCode: CHELTENHAM, rows: rows(10, 20, 'Land and Building') } },
      officer,
    );
    expect(result.importAssets.updated).toBe(10);
    for (const one of result.importAssets.rows) expect(one.buildingId).toBe(firstIds.get(one.line));
    expect(old.requests.filter((name) => name === 'QueryCommand')).toHaveLength(10);
  });

  it('after the backfill the table is at level 1 again and the markers are back: no Query for new stems', async () => {
    await runAccessBackfill(t.table.client, { tableName: t.table.tableName, dryRun: false });
    const fresh = await createTestApp({ tableName: t.table.tableName });
    fresh.requests.length = 0;
    const result = await fresh.ok<Result>(
      IMPORT,
      { input: { councilCode: CHELTENHAM, rows: [...rows(10, 15, 'LAND'), ...rows(60, 70, 'BLDG')] } },
      officer,
    );
    // Rows 10-14 hold stems whose markers the backfill wrote back (the buildings now say "Land and
    // Building"): looked up and matched; rows 60-69 are new stems: no Query.
    expect(result.importAssets.updated).toBe(5);
    expect(result.importAssets.created).toBe(10);
    expect(fresh.requests.filter((name) => name === 'QueryCommand')).toHaveLength(5);
  });
});

/** The asset reference scope of an imported building, as its stored record says (identifiers.ts's rule). */
async function markerScope(t: TestApp, buildingId: string): Promise<string> {
  const found = await t.table.client.send(
    new GetItemCommand({
      TableName: t.table.tableName,
      Key: marshall({ pk: `BLDG#${buildingId}`, sk: 'BLDG' }),
    }),
  );
  const item = found.Item ? unmarshall(found.Item) : {};
  expect(item['councilCode']).toBe(CHELTENHAM);
  return item['ownerOrganisationId'] ? `org:${String(item['ownerOrganisationId'])}` : `area:${CHELTENHAM}`;
}
