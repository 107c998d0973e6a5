import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../src/import/graphql-client';
import { formatSummary, runImport } from '../../src/import/run-import';
import type { ImportOptions, ImportSummary } from '../../src/import/run-import';
import { ADD_MEMBER, CHELTENHAM, CREATE_ORGANISATION, createCouncil } from '../support/fixtures';
import type { CreatedOrganisation } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { importOptions, reportedRow } from '../support/import-options';
import { createTestApp } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

// A file in the shape of the national files of public land: one row per site across several councils, the
// council's GSS code in ONS_CODE, OS grid references in OSGBGridRefEast/North, the site's reference in
// Unique_Reference_Number and its name in Property_Centre, and who holds it in Holder (blank: the area's
// council; a county council's code or name; a department).
const NATIONAL = 'tests/unit/fixtures/public-land-many-councils.csv';
const LIBRARIES = 'tests/unit/fixtures/cheltenham-libraries.csv';
const ASSETS_2023 = 'tests/unit/fixtures/cheltenham-land-and-assets-2023-layout.csv';
const TEWKESBURY = 'E07000083';
const GLOUCESTER = 'E07000081';
const GLOUCESTERSHIRE = 'E10000013';
const workDir = mkdtempSync(join(tmpdir(), 'mash-import-councils-'));

const national = (overrides: Partial<ImportOptions> = {}): ImportOptions =>
  importOptions(NATIONAL, { council: null, ...overrides });

async function registerCouncil(t: TestApp, gssCode: string, name: string, editor: string) {
  return (await createCouncil(t, gssCode, editor, name)).id;
}

interface ListedNode {
  name: string;
  assetReference: string;
  councilCode: string;
  ownerName: string | null;
  importSource: string | null;
  owner: { id: string } | null;
  location: { latitude: number; longitude: number } | null;
}

async function buildingsIn(t: TestApp, councilCode: string, caller: Caller): Promise<ListedNode[]> {
  const data = await t.ok<{ buildingsByCouncil: { edges: { node: ListedNode }[] } }>(
    `query ($c: String!) { buildingsByCouncil(councilCode: $c, first: 50) { edges { node {
       name assetReference councilCode ownerName importSource owner { id } location { latitude longitude } } } } }`,
    { c: councilCode },
    caller,
  );
  return data.buildingsByCouncil.edges.map((edge) => edge.node);
}

describe('npm run import: a national file naming councils per row, with a holder column', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  const estates = { userId: 'one-public-estate' };
  const ids: Record<string, string> = {};
  let first: ImportSummary;

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    ids['cheltenham'] = await registerCouncil(t, CHELTENHAM, 'Cheltenham Borough Council', estates.userId);
    ids['tewkesbury'] = await registerCouncil(t, TEWKESBURY, 'Tewkesbury Borough Council', estates.userId);
    ids['gloucester'] = await registerCouncil(t, GLOUCESTER, 'Gloucester City Council', estates.userId);
    ids['county'] = await registerCouncil(
      t,
      GLOUCESTERSHIRE,
      'Gloucestershire County Council',
      estates.userId,
    );
    const dwp = await t.ok<{ createOrganisation: CreatedOrganisation }>(
      CREATE_ORGANISATION,
      {
        input: {
          kind: 'PUBLIC_BODY',
          publicBodyType: 'DWP',
          name: 'Department for Work and Pensions',
          councilAreas: [CHELTENHAM],
        },
      },
      { userId: 'dwp-admin' },
    );
    ids['dwp'] = dwp.createOrganisation.id;
    await t.ok(
      ADD_MEMBER,
      { organisationId: ids['dwp'], userId: estates.userId, role: 'EDITOR' },
      { userId: 'dwp-admin' },
    );
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(estates) });
    first = await runImport(national(), api);
  }, 480_000);
  afterAll(() => server.stop());

  it('imports every row in one run with no --map, with a summary per council', () => {
    expect(first).toMatchObject({ total: 9, created: 9, rejected: 0, skipped: 0 });
    expect(first.councils).toEqual([CHELTENHAM, TEWKESBURY, GLOUCESTER]);
    expect(first.perCouncil).toEqual([
      expect.objectContaining({ councilCode: CHELTENHAM, created: 4, refused: 0 }),
      expect.objectContaining({ councilCode: TEWKESBURY, created: 2, refused: 0 }),
      expect.objectContaining({ councilCode: GLOUCESTER, created: 3, refused: 0 }),
    ]);
    expect(formatSummary(first, false)).toContain('E07000083  created 2, updated 0, unchanged 0, rejected 0');
  });

  it('puts each site under the council it lies in and the holder that holds it', async () => {
    const cheltenham = await buildingsIn(t, CHELTENHAM, estates);
    const tewkesbury = await buildingsIn(t, TEWKESBURY, estates);
    const gloucester = await buildingsIn(t, GLOUCESTER, estates);
    const owned = (list: ListedNode[], name: string) => {
      const found = list.find((b) => b.name === name);
      return { council: found?.councilCode, owner: found?.owner?.id ?? null, ownerName: found?.ownerName };
    };

    // A county library in a district: under the district's area, owned by the county (by code and by name).
    expect(owned(cheltenham, 'Cheltenham Library')).toMatchObject({
      council: CHELTENHAM,
      owner: ids['county'],
    });
    expect(owned(tewkesbury, 'Tewkesbury Library')).toMatchObject({
      council: TEWKESBURY,
      owner: ids['county'],
    });
    expect(owned(gloucester, 'Shire Hall')).toMatchObject({ council: GLOUCESTER, owner: ids['county'] });
    // A department's office: the department's, not the district's.
    expect(owned(cheltenham, 'Cheltenham Jobcentre')).toMatchObject({ owner: ids['dwp'] });
    // A holder that is not registered: its name, no organisation (the area's officers manage it).
    expect(owned(gloucester, 'Gloucester Crown Court')).toEqual({
      council: GLOUCESTER,
      owner: null,
      ownerName: 'Ministry of Justice',
    });
    // No holder, or the council itself by name: the area's council.
    expect(owned(cheltenham, 'Pittville Pump Room')).toMatchObject({ owner: ids['cheltenham'] });
    expect(owned(cheltenham, 'Municipal Offices')).toMatchObject({ owner: ids['cheltenham'] });
    expect(owned(tewkesbury, 'Tewkesbury Borough Council Offices')).toMatchObject({
      owner: ids['tewkesbury'],
    });
    expect(cheltenham.every((b) => b.importSource === 'transparency-code')).toBe(true);
    // OSGBGridRefEast/North read as a grid reference: Cheltenham lies about 51.90 N, 2.08 W.
    const pumpRoom = cheltenham.find((b) => b.name === 'Pittville Pump Room');
    expect(pumpRoom?.location?.latitude).toBeCloseTo(51.91, 1);
    expect(pumpRoom?.location?.longitude).toBeCloseTo(-2.06, 1);
  });

  it('reports once what each holder was matched to, in the summary and the report', () => {
    expect(first.owners?.map((o) => [o.value, o.outcome, o.organisationId])).toEqual([
      ['Cheltenham Borough Council', 'MATCHED_NAME', ids['cheltenham']],
      [GLOUCESTERSHIRE, 'MATCHED_CODE', ids['county']],
      ['Department for Work and Pensions', 'MATCHED_NAME', ids['dwp']],
      ['Gloucestershire County Council', 'MATCHED_NAME', ids['county']],
      ['Ministry of Justice', 'NOT_REGISTERED', null],
    ]);
    const report = parse<Record<string, string>>(readFileSync(first.reportPath), { columns: true });
    expect(report.filter((r) => r['code'] === 'OWNER').map((r) => r['outcome'])).toEqual([
      'MATCHED_NAME',
      'MATCHED_CODE',
      'MATCHED_NAME',
      'MATCHED_NAME',
      'NOT_REGISTERED',
    ]);
  });

  it('changes nothing the second time, and misses nothing although the county holds in three councils', async () => {
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(estates) });
    const again = await runImport(national(), api);

    expect(again).toMatchObject({ total: 9, unchanged: 9, created: 0, updated: 0, rejected: 0 });
    expect(again.missing).toEqual([]);
  });

  it('imports only the rows of --council, leaving the other councils out instead of rejecting them', async () => {
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(estates) });
    const one = await runImport(national({ council: TEWKESBURY }), api);

    expect(one).toMatchObject({ total: 2, unchanged: 2, rejected: 0, skipped: 7 });
    expect(one.councils).toEqual([TEWKESBURY]);
    expect(formatSummary(one, false)).toContain('skipped   7');
  });
});

describe('npm run import: a council officer importing a national file', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  const officer = { userId: 'cheltenham-officer' };
  let summary: ImportSummary;
  let cheltenhamId: string;

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    // Gloucester is not registered; the county and Tewkesbury are, with other officers.
    cheltenhamId = await registerCouncil(t, CHELTENHAM, 'Cheltenham Borough Council', officer.userId);
    await registerCouncil(t, TEWKESBURY, 'Tewkesbury Borough Council', 'tewkesbury-officer');
    await registerCouncil(t, GLOUCESTERSHIRE, 'Gloucestershire County Council', 'county-officer');
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(officer) });
    summary = await runImport(national(), api);
  }, 480_000);
  afterAll(() => server.stop());

  it('imports what the officer may and reports each refused council, naming it, instead of stopping', () => {
    expect(summary).toMatchObject({ total: 9, created: 3, rejected: 6 });
    expect(summary.perCouncil).toEqual([
      expect.objectContaining({ councilCode: CHELTENHAM, created: 3, refused: 1 }),
      expect.objectContaining({ councilCode: TEWKESBURY, created: 0, refused: 2 }),
      expect.objectContaining({ councilCode: GLOUCESTER, created: 0, refused: 3 }),
    ]);
    // The county's library in Cheltenham: only the county's editors may record the county's land.
    expect(reportedRow(summary, 4)).toMatchObject({
      outcome: 'REJECTED',
      councilCode: CHELTENHAM,
      problems: [
        {
          message: expect.stringMatching(
            /^E07000078 \(owner E10000013\): FORBIDDEN: Only editors of the building's owner/,
          ) as string,
        },
      ],
    });
    expect(reportedRow(summary, 6)?.problems[0]?.message).toMatch(/^E07000083: FORBIDDEN: /);
    // Gloucester's own rows: no council is registered for it, said with its code.
    expect(reportedRow(summary, 10)?.problems[0]).toMatchObject({
      field: 'councilCode',
      message: expect.stringContaining('no council is registered for E07000081') as string,
    });
    const text = formatSummary(summary, false);
    expect(text).toContain('E07000081  created 0, updated 0, unchanged 0, rejected 0, refused 3');
    expect(text).toContain('refused: E07000083: FORBIDDEN');
  });

  it("records an unregistered department's office under its name, managed by the area's officers", async () => {
    const cheltenham = await buildingsIn(t, CHELTENHAM, officer);

    expect(cheltenham.map((b) => [b.name, b.owner?.id ?? b.ownerName]).sort()).toEqual([
      ['Cheltenham Jobcentre', 'Department for Work and Pensions'],
      ['Municipal Offices', cheltenhamId],
      ['Pittville Pump Room', cheltenhamId],
    ]);
  });

  it('says once, before sending anything, which column holds the council codes', async () => {
    const file = join(workDir, 'unknown-code-column.csv');
    writeFileSync(
      file,
      readFileSync(NATIONAL, 'utf8').replace('ONS_CODE', 'LAD23_Area').replace('Local_Authority', 'Place'),
    );
    let calls = 0;
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(officer) });
    const counting: typeof api = (query, variables) => {
      calls++;
      return api(query, variables);
    };

    await expect(runImport(importOptions(file, { council: null }), counting)).rejects.toThrow(
      'no council: column "LAD23_Area" holds GSS codes; give --map "LAD23_Area=councilCode"',
    );
    expect(calls).toBe(0);
  });
});

describe('npm run import: missing buildings are judged per source', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  const officer = { userId: 'cheltenham-officer' };
  const libraries = (overrides: Partial<ImportOptions> = {}) =>
    importOptions(LIBRARIES, { format: 'points', council: null, defaultCategory: 'LIBRARY', ...overrides });

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    await createCouncil(t, CHELTENHAM, officer.userId, 'Cheltenham Borough Council');
  }, 480_000);
  afterAll(() => server.stop());

  it('lists none of the asset file as missing from a list of libraries, nor the libraries from the asset file', async () => {
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(officer) });
    const assets = await runImport(importOptions(ASSETS_2023), api);
    const libraryList = await runImport(libraries(), api);
    const assetsAgain = await runImport(
      importOptions(ASSETS_2023, { dryRun: true, archiveMissing: true }),
      api,
    );

    expect(assets.created).toBeGreaterThan(0);
    expect(libraryList).toMatchObject({ created: 3, source: 'points', missing: [] });
    expect(assetsAgain).toMatchObject({ source: 'transparency-code', missing: [], archiveRefused: null });
  });

  it('lists a library the next list leaves out, and archives it only with --yes, being more than 10%', async () => {
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(officer) });
    const shorter = join(workDir, 'two-libraries.csv');
    writeFileSync(shorter, readFileSync(LIBRARIES, 'utf8').trimEnd().split('\n').slice(0, 3).join('\n'));
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);

    const dryRun = await runImport(
      libraries({ file: shorter, dryRun: true, archiveMissing: true, log }),
      api,
    );
    const refused = await runImport(libraries({ file: shorter, archiveMissing: true }), api);
    const stillThere = await buildingsIn(t, CHELTENHAM, officer);
    const confirmed = await runImport(libraries({ file: shorter, archiveMissing: true, yes: true }), api);
    const after = await buildingsIn(t, CHELTENHAM, officer);

    expect(dryRun.missing.map((m) => m.name)).toEqual(['Up Hatherley Library']);
    expect(logged[0]).toBe('Would archive 1 of 3 current buildings of source "points" not in the file:');
    expect(logged[1]).toMatch(/^ {2}E07000078 - Up Hatherley Library \(/);
    expect(refused.archiveRefused).toBe(
      '--archive-missing archived nothing: 1 of the 3 current buildings of source "points" in these councils are not in the file, more than 10%; check the list in the report and run again with --yes to archive them',
    );
    expect(refused.missing).toEqual([
      expect.objectContaining({ name: 'Up Hatherley Library', archived: false }),
    ]);
    expect(stillThere.map((b) => b.name)).toContain('Up Hatherley Library');
    expect(confirmed.missing).toEqual([
      expect.objectContaining({ name: 'Up Hatherley Library', archived: true }),
    ]);
    expect(after.map((b) => b.name)).not.toContain('Up Hatherley Library');
    expect(after.map((b) => b.name)).toContain('Hesters Way Library');
  });
});
