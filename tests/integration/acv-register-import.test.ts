import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../src/import/graphql-client';
import { runImport } from '../../src/import/run-import';
import type { ImportOptions, ImportSummary } from '../../src/import/run-import';
import {
  DECIDE,
  DISPOSAL_NOTICE,
  NOMINATE,
  REQUEST_TO_BID,
  TEWKESBURY,
  createAcvWorld,
  expectRefusedWithoutWrites,
  nominationInput,
  people,
  tableFingerprint,
} from '../support/acv-fixtures';
import type { AcvWorld, Entry } from '../support/acv-fixtures';
import { CHELTENHAM, createCouncil } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { importOptions, reportedRow } from '../support/import-options';
import { createTestApp } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

const FILE = 'tests/unit/fixtures/acv-register-cheltenham.csv';
const workDir = mkdtempSync(join(tmpdir(), 'mash-acv-import-'));
const tewkesburyOfficer: Caller = { userId: 'tewkesbury-officer' };

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions =>
  importOptions(overrides.file ?? FILE, { format: 'acv-register', ...overrides });

const row = reportedRow;

const IMPORT = /* GraphQL */ `
  mutation ($input: ImportAcvEntriesInput!) {
    importAcvEntries(input: $input) {
      created
      rejected
      rows {
        line
        outcome
        entryId
        state
        problems {
          field
          message
        }
      }
    }
  }
`;

interface EntryView {
  id: string;
  version: number;
  state: string;
  registerReference: string | null;
  site: { name: string };
  nominator: { organisationId: string | null; name: string };
  listingExpiresOn: string | null;
  decision: { outcome: string; decidedOn: string; listingExpiryConvention: string | null } | null;
  moratoria: { noticeReceivedOn: string; bidRequests: { requestedOn: string; bidder: { name: string } }[] }[];
  removal: { removedOn: string; reason: string } | null;
  history: { edges: { node: { action: string } }[] };
}

const ENTRY_VIEW = /* GraphQL */ `
  query ($id: ID!) {
    assetOfCommunityValue(id: $id) {
      id
      version
      state
      registerReference
      site {
        name
      }
      nominator {
        organisationId
        name
      }
      listingExpiresOn
      decision {
        outcome
        decidedOn
        listingExpiryConvention
      }
      moratoria {
        noticeReceivedOn
        bidRequests {
          requestedOn
          bidder {
            name
          }
        }
      }
      removal {
        removedOn
        reason
      }
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

describe('npm run import --format acv-register: a council loads its existing ACV list', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let first: ImportSummary;
  const entry = async (id: string | null) =>
    (await t.ok<{ assetOfCommunityValue: EntryView }>(ENTRY_VIEW, { id }, people.officer))
      .assetOfCommunityValue;

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    await createAcvWorld(t);
    first = await runImport(
      options({}),
      createGraphQLClient({ endpoint: server.url, token: t.token(people.officer) }),
    );
  }, 300_000);
  afterAll(() => server.stop());

  it('takes the file as it is: 16 created, 9 rejected, 1 repeated reference, 6 flagged', () => {
    expect(first).toMatchObject({
      format: 'acv-register',
      encoding: 'windows-1252',
      total: 26,
      created: 16,
      updated: 0,
      unchanged: 0,
      rejected: 9,
      duplicates: 1,
      flagged: 6,
      councils: [CHELTENHAM],
    });
  });

  it('says why a row was rejected, naming the field, with line numbers', () => {
    const problem = (line: number) => row(first, line)?.problems[0];
    expect(row(first, 19)).toMatchObject({ outcome: 'REJECTED', assetReference: 'ACV/2024/09' });
    expect(problem(19)).toEqual({
      field: 'decision-date',
      message: 'the decision 2024-01-10 is before the nomination date 2024-02-01',
    });
    expect(problem(20)).toEqual({
      field: 'expiry-date',
      message: 'the expiry 2023-01-01 is not after the listing 2024-03-01',
    });
    expect(problem(21)).toMatchObject({
      field: 'decision',
      message: expect.stringContaining('"deferred"') as string,
    });
    expect(problem(22)).toMatchObject({
      field: 'decision-date',
      message: expect.stringContaining('31/02/2024') as string,
    });
    expect(problem(23)).toMatchObject({ field: 'reference' });
    expect(problem(24)).toMatchObject({ field: 'point' });
    expect(row(first, 25)).toMatchObject({
      outcome: 'DUPLICATE',
      warnings: [
        expect.objectContaining({
          code: 'DUPLICATE_REFERENCE',
          message: expect.stringContaining('line 2') as string,
        }),
      ],
    });
    expect(problem(26)).toMatchObject({ field: 'expiry-date' });
    expect(problem(27)).toMatchObject({ field: 'interested-group' });
    expect(problem(28)).toEqual({
      field: 'organisation',
      message: `the row is for ${TEWKESBURY}, not --council ${CHELTENHAM}`,
    });
    const report = parse<Record<string, string>>(readFileSync(first.reportPath), { columns: true });
    expect(report.filter((r) => r['code'] === 'REJECTED').map((r) => r['line'])).toEqual([
      '19',
      '20',
      '21',
      '22',
      '23',
      '24',
      '26',
      '27',
      '28',
    ]);
    expect(report.filter((r) => r['code'] === 'EXPIRY_NOT_FIVE_YEARS')).toEqual([
      expect.objectContaining({ line: '18', reference: 'ACV/2025/04' }),
    ]);
  });

  it('gives an imported entry the state, dates and history a workflow entry would have', async () => {
    const id = (line: number) => row(first, line)?.buildingId ?? null;
    const anniversary = await entry(id(3));
    expect(anniversary).toMatchObject({
      state: 'LISTED',
      registerReference: 'ACV/2022/02',
      listingExpiresOn: '2027-05-27',
      decision: { outcome: 'LISTED', decidedOn: '2022-05-27', listingExpiryConvention: 'ANNIVERSARY' },
      nominator: { organisationId: null, name: 'Hesters Way Partnership' },
      history: { edges: [{ node: { action: 'IMPORTED' } }] },
    });
    expect((await entry(id(4))).state).toBe('EXPIRED');
    expect(await entry(id(5))).toMatchObject({
      state: 'REMOVED',
      removal: { removedOn: '2025-06-20', reason: 'LISTING_EXPIRED' },
    });
    expect((await entry(id(6))).state).toBe('UNSUCCESSFUL');
    expect((await entry(id(9))).state).toBe('IN_INTERIM_MORATORIUM');
    expect(await entry(id(10))).toMatchObject({
      state: 'IN_FULL_MORATORIUM',
      moratoria: [
        {
          noticeReceivedOn: '2026-10-05',
          bidRequests: [{ requestedOn: '2026-10-05', bidder: { name: "St Mark's Community Trust" } }],
        },
      ],
    });
    expect((await entry(id(11))).state).toBe('LISTED');
    expect((await entry(id(12))).state).toBe('IN_PROTECTED_PERIOD');
    expect(await entry(id(13))).toMatchObject({
      state: 'REMOVED',
      removal: { removedOn: '2024-04-30', reason: 'NO_LONGER_OF_COMMUNITY_VALUE' },
    });
    expect((await entry(id(14))).state).toBe('NOMINATED');
    expect((await entry(id(15))).state).toBe('WITHDRAWN');
    expect(await entry(id(16))).toMatchObject({ state: 'LISTED', listingExpiresOn: '2030-09-14' });
    expect(await entry(id(18))).toMatchObject({ state: 'LISTED', listingExpiresOn: '2031-02-28' });
  });

  it('puts the entries on the public lists and in the work queue like workflow entries', async () => {
    const lists = await t.ok<{
      assetsOfCommunityValue: { edges: { node: { registerReference: string } }[] };
      unsuccessfulNominations: { edges: { node: { registerReference: string } }[] };
    }>(
      `query ($c: String!) {
        assetsOfCommunityValue(councilCode: $c, first: 50) { edges { node { registerReference } } }
        unsuccessfulNominations(councilCode: $c, first: 50) { edges { node { registerReference } } }
      }`,
      { c: CHELTENHAM },
    );
    // Expired (ACV/2021/03) and removed (ACV/2020/01, ACV/2022/03) listings are not on the public list.
    expect(lists.assetsOfCommunityValue.edges.map((e) => e.node.registerReference).sort()).toEqual([
      'ACV/2022/01',
      'ACV/2022/02',
      'ACV/2023/03',
      'ACV/2024/01',
      'ACV/2024/02',
      'ACV/2024/03',
      'ACV/2025/02',
      'ACV/2025/03',
      'ACV/2025/04',
    ]);
    expect(lists.unsuccessfulNominations.edges.map((e) => e.node.registerReference).sort()).toEqual([
      'ACV/2023/01',
      'ACV/2023/02',
    ]);
    const queue = await t.ok<{ acvWorkQueue: { edges: { node: { kind: string; siteName: string } }[] } }>(
      `query ($c: String!) { acvWorkQueue(councilCode: $c, withinDays: 30, first: 50) { edges { node { kind siteName } } } }`,
      { c: CHELTENHAM },
      people.officer,
    );
    expect(queue.acvWorkQueue.edges.map((e) => `${e.node.kind} ${e.node.siteName}`).sort()).toEqual([
      'LISTING_EXPIRY The Sudeley Arms',
      'MORATORIUM_END The Royal Oak, Prestbury',
      'NOMINATION_DECISION Pittville Pump Room Gardens',
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await tableFingerprint(t);
    const again = await runImport(
      options({}),
      createGraphQLClient({ endpoint: server.url, token: t.token(people.officer) }),
    );

    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 16, rejected: 9, duplicates: 1 });
    expect(await tableFingerprint(t)).toEqual(before);
  });

  it('updates from a later file: the pending nomination decided, a new notice, audited as IMPORTED', async () => {
    const later = readFileSync(FILE, 'latin1')
      .replace('Friends of Pittville,pending,,', 'Friends of Pittville,listed,2026-11-20,')
      .replace(
        'Friends of the Kemble,listed,2022-03-14,2027-03-13,,',
        'Friends of the Kemble,listed,2022-03-14,2027-03-13,2026-11-16,',
      );
    const laterFile = join(workDir, 'later.csv');
    writeFileSync(laterFile, later, 'latin1');

    const summary = await runImport(
      options({ file: laterFile }),
      createGraphQLClient({ endpoint: server.url, token: t.token(people.officer) }),
    );

    expect(summary).toMatchObject({ created: 0, updated: 2, unchanged: 14, rejected: 9 });
    const decided = await entry(row(summary, 14)?.buildingId ?? null);
    expect(decided).toMatchObject({
      version: 2,
      state: 'LISTED',
      listingExpiresOn: '2031-11-19',
      history: { edges: [{ node: { action: 'IMPORTED' } }, { node: { action: 'IMPORTED' } }] },
    });
    expect((await entry(row(summary, 2)?.buildingId ?? null)).state).toBe('IN_INTERIM_MORATORIUM');
  });

  it("lists the council's entries a file no longer has, and changes none of them", async () => {
    const lines = readFileSync(FILE, 'latin1').split('\n');
    const shorter = lines
      .filter((line) => !line.startsWith('ACV/2025/03,') && !line.startsWith('ACV/2023/02,'))
      .join('\n')
      // The unsuccessful nomination's notes run over two lines: drop the second with the first.
      .replace(/\nGround: a residence \(Schedule 1 para 1\)\.",2023-05-02,,/, '');
    const file = join(workDir, 'shorter.csv');
    writeFileSync(file, shorter, 'latin1');
    const library = row(first, 17)?.buildingId ?? null; // ACV/2025/03, Bath Road Library
    const before = await entry(library);
    expect(before.state).toBe('LISTED');

    const summary = await runImport(
      options({ file }),
      createGraphQLClient({ endpoint: server.url, token: t.token(people.officer) }),
    );

    expect(summary.missing.map((m) => [m.assetReference, m.name]).sort()).toEqual([
      ['ACV/2023/02', '1 Rose Cottages'],
      ['ACV/2025/03', 'Bath Road Library'],
    ]);
    expect(await entry(library)).toEqual(before);
    const report = readFileSync(summary.reportPath, 'utf8');
    expect(report).toContain('MISSING,ACV/2025/03,Bath Road Library');
    expect(report).toContain('an import never removes an entry');
  });

  it('costs 4 requests for rows already imported, and one transaction more per entry it writes', async () => {
    const kemble = {
      line: 2,
      reference: 'ACV/2022/01',
      name: 'The Kemble Brewery Inn',
      addressText: '27 Fairview Street, Cheltenham, GL52 2JF',
      description: 'Public house with skittle alley',
      point: 'POINT(-2.0705 51.9021)',
      nominationDate: '2022-01-20',
      nominatingGroup: 'Friends of the Kemble',
      decision: 'listed',
      decisionDate: '2022-03-14',
      expiryDate: '2027-03-13',
      notificationToSellDate: '2026-11-16',
      notes: 'The only pub in Fairview with a skittle alley',
    };
    const fresh = { line: 3, reference: 'ACV/2026/50', name: 'Cox’s Meadow', nominationDate: '2026-11-02' };

    t.requests.length = 0;
    const unchanged = await t.ok<{ importAcvEntries: { unchanged: number } }>(
      IMPORT.replace('created', 'created unchanged'),
      { input: { councilCode: CHELTENHAM, rows: [kemble] } },
      people.officer,
    );
    const readOnly = [...t.requests];
    t.requests.length = 0;
    await t.ok(IMPORT, { input: { councilCode: CHELTENHAM, rows: [kemble, fresh] } }, people.officer);

    expect(unchanged.importAcvEntries.unchanged).toBe(1);
    // The access item, the council's ACV settings, the reference claims, the entries they name.
    expect(readOnly.sort()).toEqual([
      'BatchGetItemCommand',
      'BatchGetItemCommand',
      'GetItemCommand',
      'GetItemCommand',
    ]);
    expect(t.requests.filter((r) => r === 'TransactWriteItemsCommand')).toHaveLength(1);
    // The four reads, the council's changes feed counter (change-feed.ts), the entry's transaction.
    expect(t.requests).toHaveLength(6);
  });

  it('refuses a voluntary group member and another council’s officer, writing nothing', async () => {
    const input = {
      councilCode: CHELTENHAM,
      rows: [
        {
          line: 2,
          reference: 'X/1',
          name: 'The Pittville Arms',
          decision: 'pending',
          nominationDate: '2026-11-01',
        },
      ],
    };
    await createCouncil(t, TEWKESBURY, tewkesburyOfficer.userId);
    for (const caller of [people.nominator, tewkesburyOfficer]) {
      const refusal = await expectRefusedWithoutWrites(t, () => t.run(IMPORT, { input }, caller));
      expect(refusal.code).toBe('FORBIDDEN');
    }
    const anonymous = await expectRefusedWithoutWrites(t, () => t.run(IMPORT, { input }, null));
    expect(anonymous.code).toBe('UNAUTHENTICATED');
  });

  it('rejects rows whose dates do not fit together, or whose reference is too long, writing nothing', async () => {
    const before = await tableFingerprint(t);
    const result = await t.ok<{ importAcvEntries: { rejected: number; rows: { problems: unknown[] }[] } }>(
      IMPORT,
      {
        input: {
          councilCode: CHELTENHAM,
          rows: [
            {
              line: 7,
              reference: 'ACV/2026/99',
              name: 'Cox’s Meadow',
              nominationDate: '2026-01-05',
              decision: 'listed',
              decisionDate: '2026-02-02',
              notificationToSellDate: '2026-01-20',
            },
            // Longer than any DynamoDB key may be: refused as the row's problem, not a failed lookup.
            { line: 8, reference: 'R'.repeat(3000), name: 'Long Reference Green', decision: 'pending' },
          ],
        },
      },
      people.officer,
    );

    expect(result.importAcvEntries.rows[0]?.problems).toEqual([
      { field: 'notification-to-sell-date', message: '2026-01-20 is before the listing on 2026-02-02' },
    ]);
    expect(result.importAcvEntries.rows[1]?.problems).toEqual([
      { field: 'reference', message: 'must be at most 100 characters' },
    ]);
    expect(await tableFingerprint(t)).toEqual(before);
  });
});

describe('ACV open data round trip: export, import into another council, export again', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let world: AcvWorld;
  const download = async (gss: string, file: string) =>
    (await fetch(`${server.origin}/open-data/${gss}/${file}`)).text();
  const records = (text: string) =>
    parse<Record<string, string>>(text, { bom: true, columns: true }).sort((a, b) =>
      (a['reference'] ?? '').localeCompare(b['reference'] ?? ''),
    );

  async function nominate(name: string, receivedOn: string): Promise<Entry> {
    const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(
      NOMINATE,
      {
        input: nominationInput(world, {
          buildingId: null,
          councilCode: CHELTENHAM,
          receivedOn,
          site: {
            name,
            description: 'Pub, beer garden\nand car park',
            address: { lines: ['Albert Road'], postTown: 'Cheltenham', postcode: 'GL52 3JE' },
            location: { latitude: 51.9112, longitude: -2.0611 },
          },
        }),
      },
      people.nominator,
    );
    return nominateAsset;
  }
  async function decide(entry: Entry, input: Record<string, unknown>): Promise<Entry> {
    return (
      await t.ok<{ decideNomination: Entry }>(
        DECIDE,
        { id: entry.id, expectedVersion: entry.version, input },
        people.officer,
      )
    ).decideNomination;
  }

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    world = await createAcvWorld(t);
    await createCouncil(t, TEWKESBURY, tewkesburyOfficer.userId, 'Tewkesbury Borough Council');
    await decide(await nominate('The "Pittville" Arms, Cheltenham', '2026-08-03'), {
      outcome: 'LISTED',
      decidedOn: '2026-09-14',
      reasons: 'The last pub, with its clubs',
    });
    await decide(await nominate('Rose Cottage', '2026-09-01'), {
      outcome: 'UNSUCCESSFUL',
      decidedOn: '2026-10-01',
      reasons: 'A private house, "Rose Cottage"',
      unsuccessfulGround: 'RESIDENCE',
    });
    const sold = await decide(await nominate('The Jolly Brewmaster', '2026-06-01'), {
      outcome: 'LISTED',
      decidedOn: '2026-07-06',
      reasons: null,
    });
    const noticed = (
      await t.ok<{ recordDisposalNotice: Entry }>(
        DISPOSAL_NOTICE,
        { id: sold.id, expectedVersion: sold.version, input: { receivedOn: '2026-11-02' } },
        people.officer,
      )
    ).recordDisposalNotice;
    await t.ok(
      REQUEST_TO_BID,
      {
        id: noticed.id,
        expectedVersion: noticed.version,
        input: { bidderOrganisationId: world.bidderId, requestedOn: '2026-11-10' },
      },
      people.bidder,
    );
  }, 300_000);
  afterAll(() => server.stop());

  it('publishes the same records from the other council, apart from the organisation', async () => {
    const listed = await download(CHELTENHAM, 'assets-of-community-value.csv');
    const unsuccessful = await download(CHELTENHAM, 'unsuccessful-nominations.csv');
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(tewkesburyOfficer) });
    const imports: ImportSummary[] = [];
    for (const [name, text] of [
      ['listed.csv', listed],
      ['unsuccessful.csv', unsuccessful],
    ] as const) {
      // The organisation column names the council whose list a row is on: the copy for Tewkesbury says so.
      const file = join(workDir, name);
      writeFileSync(file, text.replaceAll(`,${CHELTENHAM},`, `,${TEWKESBURY},`));
      imports.push(await runImport(options({ file, council: TEWKESBURY }), api));
    }

    expect(imports.map((s) => [s.created, s.rejected, s.flagged])).toEqual([
      // The file has no date for the request to bid: recorded on the notice's day, with a warning.
      [2, 0, 1],
      [1, 0, 0],
    ]);
    const asCheltenhamPublished = (text: string) =>
      records(text).map((record) => ({ ...record, organisation: TEWKESBURY }));
    expect(records(await download(TEWKESBURY, 'assets-of-community-value.csv'))).toEqual(
      asCheltenhamPublished(listed),
    );
    expect(records(await download(TEWKESBURY, 'unsuccessful-nominations.csv'))).toEqual(
      asCheltenhamPublished(unsuccessful),
    );
    expect(records(listed).map((r) => r['interested-group'])).toContain('Pittville Community Pub Society');

    // Cheltenham's own export imported into Cheltenham finds its entries by id: nothing changes.
    const before = await tableFingerprint(t);
    const ownFile = join(workDir, 'own.csv');
    writeFileSync(ownFile, listed);
    const own = await runImport(
      options({ file: ownFile, council: CHELTENHAM }),
      createGraphQLClient({ endpoint: server.url, token: t.token(people.officer) }),
    );
    expect(own).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await tableFingerprint(t)).toEqual(before);
  });
});
