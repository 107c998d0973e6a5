import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../src/kernel/store/dynamo-client';
import { generateSigningKey } from '../../src/local/signing-key';
import { RegisterNotEmptyError, seedRegister } from '../../scripts/seed/seed-register';
import type { SeedSummary } from '../../scripts/seed/seed-register';
import { createTestTable } from '../support/dynamo';
import type { TestTable } from '../support/dynamo';
import { createTestApp, PLATFORM_ADMIN } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const TODAY = '2026-11-23';
const CHELTENHAM = 'E07000078';
/**
 * Cheltenham's extent, written out here rather than read from the register's reference data, from the
 * ONS ward boundaries (council-areas.md): west, south, east, north.
 */
const CHELTENHAM_BOX = { west: -2.143, south: 51.858, east: -2.01, north: 51.939 };
/** Cheltenham's postcode districts (Royal Mail's post town): GL50 to GL53. */
const CHELTENHAM_DISTRICTS = ['GL50', 'GL51', 'GL52', 'GL53'];

const signingKey = generateSigningKey();

async function seedInto(table: TestTable, seed: number): Promise<SeedSummary> {
  return seedRegister(
    { client: table.client, tableName: table.tableName, endpoint: table.endpoint, signingKey },
    { seed, buildings: 30, today: TODAY },
  );
}

/** `npm run seed` itself, pointed at the test's DynamoDB Local and table. */
async function runSeedCli(table: TestTable): Promise<{ code: number | null; stderr: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'seed-cli-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed/seed-cli.ts', '--buildings', '30', '--data-dir', dataDir],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, DYNAMODB_ENDPOINT: table.endpoint, TABLE_NAME: table.tableName },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  rmSync(dataDir, { recursive: true, force: true });
  return { code, stderr };
}

/** Every item of a table, as stored. */
async function scanAll(table: TestTable): Promise<Record<string, unknown>[]> {
  const client = createDocumentClient(table.client);
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table.tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The values of a GraphQL enum, read from the schema itself. */
async function enumValues(t: TestApp, name: string): Promise<string[]> {
  const data = await t.ok<{ __type: { enumValues: { name: string }[] } }>(
    `query ($name: String!) { __type(name: $name) { enumValues { name } } }`,
    { name },
  );
  return data.__type.enumValues.map((value) => value.name).sort();
}

async function allPages<T>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  field: string,
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<
      string,
      { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }
    > = await t.ok(query, { ...variables, after }, { userId: PLATFORM_ADMIN });
    const page = data[field];
    if (!page) throw new Error(`no ${field}`);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

// --- An independent reading of the ACV timetable (DOMAIN.md), for checking the states the register gives. ---

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => iso(day(date) + days * 86_400_000);
/** The last day of a period of `months` beginning with `date` (that day counts): the day before the same date. */
function lastDayOfMonths(date: string, months: number): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
  const target = new Date(Date.UTC(y, m + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return plusDays(iso(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastOfMonth))), -1);
}

interface EntryDates {
  id: string;
  state: string;
  withdrawnOn: string | null;
  decision: { outcome: string; decidedOn: string } | null;
  removal: { removedOn: string } | null;
  review: { requestedOn: string; decidedOn: string | null; outcome: string | null } | null;
  appeal: { lodgedOn: string; outcome: string | null } | null;
  moratoria: { noticeReceivedOn: string; bidRequests: { requestedOn: string }[] }[];
}

/** The state on `today` from the dates alone: 6 weeks, 6 months, 18 months and 5 years, each beginning with its day. */
function expectedState(entry: EntryDates, today: string): string {
  if (entry.withdrawnOn) return 'WITHDRAWN';
  if (!entry.decision) return 'NOMINATED';
  if (entry.decision.outcome === 'UNSUCCESSFUL') return 'UNSUCCESSFUL';
  if (entry.removal && entry.removal.removedOn <= today) return 'REMOVED';
  if (today > lastDayOfMonths(entry.decision.decidedOn, 60)) return 'EXPIRED';
  const latest = [...entry.moratoria].sort((a, b) => (a.noticeReceivedOn < b.noticeReceivedOn ? 1 : -1))[0];
  if (latest && today <= lastDayOfMonths(latest.noticeReceivedOn, 18)) {
    const interimEnds = plusDays(latest.noticeReceivedOn, 6 * 7 - 1);
    const bid = latest.bidRequests.some((request) => request.requestedOn <= interimEnds);
    if (bid && today <= lastDayOfMonths(latest.noticeReceivedOn, 6)) return 'IN_FULL_MORATORIUM';
    if (!bid && today <= interimEnds) return 'IN_INTERIM_MORATORIUM';
    return 'IN_PROTECTED_PERIOD';
  }
  return 'LISTED';
}

const ENTRY = /* GraphQL */ `
  query ($id: ID!) {
    assetOfCommunityValue(id: $id) {
      id
      state
      withdrawnOn
      councilCode
      decision {
        outcome
        decidedOn
      }
      removal {
        removedOn
      }
      review {
        requestedOn
        decidedOn
        outcome
      }
      appeal {
        lodgedOn
        outcome
      }
      moratoria {
        noticeReceivedOn
        bidRequests {
          requestedOn
        }
      }
    }
  }
`;

describe('npm run seed: the demo council', () => {
  let t: TestApp;
  let table: TestTable;
  let summary: SeedSummary;

  beforeAll(async () => {
    table = await createTestTable();
    summary = await seedInto(table, 7);
    // A second app over the seeded table, with its own key and a clock on the seed's today (09:00 UTC).
    t = await createTestApp({ tableName: table.tableName });
  });

  it('registers an organisation of every kind the schema has, verified and unverified, with members', async () => {
    const organisations = await allPages<{ kind: string; verified: boolean; publicBodyType: string | null }>(
      t,
      `query ($after: String) { organisationsByCouncilArea(councilCode: "${CHELTENHAM}", first: 100, after: $after) {
        edges { node { kind verified publicBodyType } } pageInfo { hasNextPage endCursor } } }`,
      {},
      'organisationsByCouncilArea',
    );

    expect([...new Set(organisations.map((o) => o.kind))].sort()).toEqual(
      await enumValues(t, 'OrganisationKind'),
    );
    expect([...new Set(organisations.map((o) => o.publicBodyType).filter(Boolean))].sort()).toEqual(
      await enumValues(t, 'PublicBodyType'),
    );
    expect(organisations.some((o) => o.verified)).toBe(true);
    expect(organisations.some((o) => !o.verified)).toBe(true);
    const council = await t.ok<{ organisation: { members: { edges: { node: { role: string } }[] } } }>(
      `query ($id: ID!) { organisation(id: $id) { members(first: 100) { edges { node { role } } } } }`,
      { id: summary.councilId },
      { userId: PLATFORM_ADMIN },
    );
    expect(new Set(council.organisation.members.edges.map((e) => e.node.role))).toEqual(
      new Set(['ADMIN', 'EDITOR', 'VIEWER']),
    );
  });

  it('records the buildings inside the council area, with postcodes of its districts and no warnings', async () => {
    const buildings = await allPages<{
      location: { latitude: number; longitude: number };
      address: { postcode: string };
      dataQualityIssues: unknown[];
    }>(
      t,
      `query ($after: String) { buildingsByCouncil(councilCode: "${CHELTENHAM}", first: 100, after: $after) {
        edges { node { location { latitude longitude } address { postcode } dataQualityIssues { code } } }
        pageInfo { hasNextPage endCursor } } }`,
      {},
      'buildingsByCouncil',
    );

    expect(buildings).toHaveLength(30);
    for (const { location, address, dataQualityIssues } of buildings) {
      expect(location.longitude).toBeGreaterThanOrEqual(CHELTENHAM_BOX.west);
      expect(location.longitude).toBeLessThanOrEqual(CHELTENHAM_BOX.east);
      expect(location.latitude).toBeGreaterThanOrEqual(CHELTENHAM_BOX.south);
      expect(location.latitude).toBeLessThanOrEqual(CHELTENHAM_BOX.north);
      expect(address.postcode).toMatch(/^GL5\d \d[ABD-HJLNP-UW-Z]{2}$/);
      expect(CHELTENHAM_DISTRICTS).toContain(address.postcode.split(' ')[0]);
      expect(dataQualityIssues).toEqual([]);
    }
  });

  it('has ACV entries in every state, each the state its dates give, and a pending review and appeal', async () => {
    const entries: EntryDates[] = [];
    for (const { id } of summary.acvEntries) {
      const data = await t.ok<{ assetOfCommunityValue: EntryDates }>(
        ENTRY,
        { id },
        { userId: PLATFORM_ADMIN },
      );
      entries.push(data.assetOfCommunityValue);
    }

    for (const entry of entries)
      expect({ id: entry.id, state: expectedState(entry, TODAY) }).toEqual({
        id: entry.id,
        state: entry.state,
      });
    expect([...new Set(entries.map((entry) => entry.state))].sort()).toEqual(await enumValues(t, 'AcvState'));
    expect(entries.some((e) => e.state === 'LISTED' && e.review && !e.review.decidedOn)).toBe(true);
    expect(entries.some((e) => e.state === 'LISTED' && e.appeal && !e.appeal.outcome)).toBe(true);
  });

  it('leaves an interest thread: expressed, replied to both ways, accepted, and the offer under offer', async () => {
    const accepted = summary.ids.get('interest:accepted');
    const data = await t.ok<{
      spaceInterest: {
        status: string;
        thread: { event: string; organisation: { id: string } }[];
        offer: { status: string; organisation: { id: string } };
      };
    }>(
      `query ($id: ID!) { spaceInterest(id: $id) { status thread { event organisation { id } }
        offer { status organisation { id } } } }`,
      { id: accepted },
      { userId: 'demo-cic-1-editor' },
    );

    const { status, thread, offer } = data.spaceInterest;
    expect(status).toBe('ACCEPTED');
    expect(thread.map((message) => message.event)).toEqual(['EXPRESSED', 'MESSAGE', 'MESSAGE', 'ACCEPTED']);
    // The two messages come from either side.
    expect(new Set(thread.slice(1, 3).map((message) => message.organisation.id)).size).toBe(2);
    expect(offer.status).toBe('UNDER_OFFER');
  });

  it('refuses a register that already holds data, and writes nothing', async () => {
    const before = await scanAll(table);

    await expect(seedInto(table, 8)).rejects.toThrow(RegisterNotEmptyError);
    const cli = await runSeedCli(table);

    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('already holds data');
    expect(await scanAll(table)).toEqual(before);
  });
});

describe('npm run seed --seed N', () => {
  it('writes the same records for the same seed, apart from the ids the register mints', async () => {
    const [first, second] = await Promise.all([createTestTable(), createTestTable()]);
    const a = await seedInto(first, 11);
    const b = await seedInto(second, 11);

    const [one, other] = [await normalised(first, a), await normalised(second, b)];

    expect(one.length).toBeGreaterThan(500);
    expect(one).toEqual(other);
  });
});

/** The table's items with every id replaced by its label in the run, or by `<id>` for ids nobody was told. */
async function normalised(table: TestTable, summary: SeedSummary): Promise<string[]> {
  const labels = new Map([...summary.ids].map(([label, id]) => [id, `<${label}>`]));
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  return (await scanAll(table))
    .map((item) =>
      JSON.stringify(sortKeys(item))
        .replace(uuid, (id) => labels.get(id) ?? '<id>')
        // When the changes feed lets a change go (DynamoDB's TTL): 90 days from the real time of writing.
        .replace(/"expiresAtEpoch":\d+/, '"expiresAtEpoch":<ttl>')
        // The feed numbers changes in commit order, and the seed writes buildings several at a time.
        .replace(/"sequence":\d+/, '"sequence":<n>')
        .replace(/SEQ#\d+/g, 'SEQ#<n>'),
    )
    .sort();
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Set) return [...(value as Set<unknown>)].map(sortKeys).sort();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}
