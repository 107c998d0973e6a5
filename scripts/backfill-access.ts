// `npm run backfill -- --table NAME [--endpoint URL] [--region R] [--dry-run]`: rebuilds every member's access
// item (USER#<userId> / ACCESS) from their membership records, then rewrites every building's items as the
// current code writes them (index keys, public and restricted copies), then every surplus listing and request
// (their index entries: gsi5 of the distance search, gsi3 of allocations). For data written before these existed
// (docs/data-model.md, "Data written before issue 7"); safe to run again, and beside live traffic.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailableError } from '../src/kernel/domain/errors';
import { rebuildUserAccess } from '../src/registers/organisations/store/access-backfill';
import { rewriteBuildingItems } from '../src/registers/buildings/store/building-backfill';
import { rewriteSurplusItem } from '../src/registers/surplus/store/surplus-backfill';
import { CursorCodec } from '../src/kernel/store/cursor';
import { dataLevelItem } from '../src/kernel/store/data-level';
import { createDocumentClient, createDynamoClient } from '../src/kernel/store/dynamo-client';
import { classifyServiceFault } from '../src/kernel/store/service-faults';
import { Table } from '../src/kernel/store/table';

export const BACKFILL_USAGE = `Usage: npm run backfill -- --table NAME [options]

  --table NAME      the register's table (default $TABLE_NAME)
  --endpoint URL    DynamoDB's endpoint, for DynamoDB Local (default $DYNAMODB_ENDPOINT, else AWS)
  --region R        AWS region (default $AWS_REGION or eu-west-2)
  --dry-run         read everything and say what would be written, write nothing

1. Access items. Reads every membership once (a paginated Scan, filtered to memberships: an admin tool,
   never on a request path), then for each member reads their access item, their memberships and
   organisations (strongly consistent) and writes the item only when it differs, on condition that no
   membership change landed meanwhile.
2. Buildings. Scans the building records, and for each reads it and its copies (strongly consistent) and
   rewrites them only when they differ from what the record gives, on condition that the building's version
   is still the one read. This includes each asset reference stem's marker.
3. Surplus listings and requests. Scans their records, and for each reads it (strongly consistent) and
   rewrites it only when its item differs from what the record gives (an OPEN listing's geohash entry, an
   ALLOCATED request's entry in its council's allocations), on condition that its version is still the
   one read.
4. Marks the table as holding every derived item the current code writes (its data level), so imports
   trust the stem markers. Run it once after a deployment has finished.
Throttled requests are retried with backoff. Exit codes: 0 done, 1 failed, 2 usage.`;

export class UsageError extends Error {}

export interface BackfillOptions {
  readonly tableName: string;
  readonly endpoint: string | null;
  readonly region: string;
  readonly dryRun: boolean;
}

export function parseBackfillArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): BackfillOptions | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        table: { type: 'string' },
        endpoint: { type: 'string' },
        region: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return null;
  const tableName = values.table ?? env['TABLE_NAME'];
  if (!tableName) throw new UsageError('--table (or TABLE_NAME) is required');
  return {
    tableName,
    endpoint: values.endpoint ?? env['DYNAMODB_ENDPOINT'] ?? null,
    region: values.region ?? env['AWS_REGION'] ?? 'eu-west-2',
    dryRun: values['dry-run'],
  };
}

export interface BackfillSummary {
  /** Membership records read. */
  readonly memberships: number;
  /** Distinct members among them. */
  readonly users: number;
  /** Access items written (or, in a dry run, that would be). */
  readonly written: number;
  /** Access items that already said what the memberships say. */
  readonly unchanged: number;
  /** Buildings found, rewritten (or, in a dry run, that would be) and already up to date. */
  readonly buildings: RewriteCounts;
  /** Surplus listings and requests found, rewritten (or, in a dry run, that would be) and already up to date. */
  readonly surplus: RewriteCounts;
}

export interface RewriteCounts {
  readonly scanned: number;
  readonly written: number;
  readonly unchanged: number;
}

// Past the SDK's own retries (6 attempts within about a second), a throttled table is waited for longer:
// a backfill of a large register may run into a table's provisioned capacity for a while.
const THROTTLE_ATTEMPTS = 8;
const THROTTLE_BASE_MS = 250;

async function retryThrottled<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const throttled =
        (error instanceof ServiceUnavailableError && error.faultCause === 'THROTTLED') ||
        classifyServiceFault(error) === 'THROTTLED';
      if (!throttled || attempt >= THROTTLE_ATTEMPTS) throw error;
      const wait = Math.random() * THROTTLE_BASE_MS * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Every item of one kind (`entity`), with the attributes named, from a paginated Scan. */
async function scanEntity(
  client: DynamoDBClient,
  tableName: string,
  entity: string,
  attributes: readonly string[],
): Promise<Record<string, unknown>[]> {
  const documents = createDocumentClient(client);
  const names = Object.fromEntries(attributes.map((name, index) => [`#a${index}`, name]));
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await retryThrottled(() =>
      documents.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: '#entity = :entity',
          ProjectionExpression: Object.keys(names).join(', '),
          ExpressionAttributeNames: { '#entity': 'entity', ...names },
          ExpressionAttributeValues: { ':entity': entity },
          ExclusiveStartKey: start,
        }),
      ),
    );
    items.push(...((page.Items ?? []) as Record<string, unknown>[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The keys of every record of one kind (`entity`). */
async function scanKeys(
  client: DynamoDBClient,
  tableName: string,
  entity: string,
): Promise<{ pk: string; sk: string }[]> {
  return (await scanEntity(client, tableName, entity, ['pk', 'sk'])).flatMap(({ pk, sk }) =>
    typeof pk === 'string' && typeof sk === 'string' ? [{ pk, sk }] : [],
  );
}

/** Every user with their organisations, from one paginated Scan of the membership records. */
async function scanMemberships(
  client: DynamoDBClient,
  tableName: string,
): Promise<{ memberships: number; byUser: Map<string, string[]> }> {
  const byUser = new Map<string, string[]>();
  let memberships = 0;
  for (const { userId, organisationId } of await scanEntity(client, tableName, 'Membership', [
    'organisationId',
    'userId',
  ])) {
    if (typeof userId !== 'string' || typeof organisationId !== 'string') continue;
    memberships++;
    byUser.set(userId, [...(byUser.get(userId) ?? []), organisationId]);
  }
  return { memberships, byUser };
}

/** The whole run: Scan the memberships, then rebuild each member's access item in turn. */
export async function runAccessBackfill(
  client: DynamoDBClient,
  options: Pick<BackfillOptions, 'tableName' | 'dryRun'>,
): Promise<BackfillSummary> {
  // The gateway's cursor codec is unused here (no lists are paged); it needs a secret all the same.
  const table = new Table(
    createDocumentClient(client),
    options.tableName,
    new CursorCodec(randomUUID() + randomUUID()),
  );
  const { memberships, byUser } = await scanMemberships(client, options.tableName);
  let written = 0;
  let unchanged = 0;
  for (const [userId, organisationIds] of [...byUser].sort(([a], [b]) => a.localeCompare(b))) {
    const result = await retryThrottled(() =>
      rebuildUserAccess(table, userId, organisationIds, { dryRun: options.dryRun }),
    );
    if (result === 'written') written++;
    else unchanged++;
  }
  const buildings = { scanned: 0, written: 0, unchanged: 0 };
  for (const key of await scanKeys(client, options.tableName, 'Building')) {
    const result = await retryThrottled(() => rewriteBuildingItems(table, key, { dryRun: options.dryRun }));
    buildings.scanned++;
    if (result === 'written') buildings.written++;
    else if (result === 'unchanged') buildings.unchanged++;
  }
  const surplus = { scanned: 0, written: 0, unchanged: 0 };
  for (const entity of ['SurplusListing', 'SurplusRequest']) {
    for (const key of await scanKeys(client, options.tableName, entity)) {
      const result = await retryThrottled(() => rewriteSurplusItem(table, key, { dryRun: options.dryRun }));
      surplus.scanned++;
      if (result === 'written') surplus.written++;
      else if (result === 'unchanged') surplus.unchanged++;
    }
  }
  // Every record now has the derived items the current code writes: say so, so that reads relying on them
  // (data-level.ts) start to trust them. Run after a deployment has finished, so no older code is writing.
  if (!options.dryRun) {
    await retryThrottled(() =>
      table.transact([{ write: { Put: { TableName: options.tableName, Item: dataLevelItem() } } }]),
    );
  }
  return { memberships, users: byUser.size, written, unchanged, buildings, surplus };
}

export function formatBackfillSummary(summary: BackfillSummary, dryRun: boolean): string {
  return [
    `${dryRun ? 'Dry run: nothing written. ' : ''}Memberships read: ${summary.memberships}`,
    `Users scanned: ${summary.users}`,
    `Access items ${dryRun ? 'that would be written' : 'written'}: ${summary.written}`,
    `Unchanged: ${summary.unchanged}`,
    `Buildings scanned: ${summary.buildings.scanned}`,
    `Buildings ${dryRun ? 'that would be rewritten' : 'rewritten'}: ${summary.buildings.written}`,
    `Buildings unchanged: ${summary.buildings.unchanged}`,
    `Surplus listings and requests scanned: ${summary.surplus.scanned}`,
    `Surplus listings and requests ${dryRun ? 'that would be rewritten' : 'rewritten'}: ${summary.surplus.written}`,
    `Surplus listings and requests unchanged: ${summary.surplus.unchanged}`,
  ].join('\n');
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseBackfillArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${BACKFILL_USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(BACKFILL_USAGE);
    return 0;
  }
  const client = createDynamoClient({ region: options.region, endpoint: options.endpoint });
  try {
    const summary = await runAccessBackfill(client, options);
    console.log(formatBackfillSummary(summary, options.dryRun));
    return 0;
  } catch (error) {
    console.error('Backfill stopped:', error);
    return 1;
  } finally {
    client.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
