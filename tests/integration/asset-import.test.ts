import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../src/import/graphql-client';
import type { GraphQLTransport } from '../../src/import/graphql-client';
import { runImport } from '../../src/import/run-import';
import type { ImportOptions, ImportSummary } from '../../src/import/run-import';
import { CHELTENHAM, CREATE_ORGANISATION, createCouncil } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { importOptions, reportedRow } from '../support/import-options';
import { sharedDataFile } from '../support/shared-data';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const FIXTURES = 'tests/unit/fixtures';
const FILE_2021 = sharedDataFile('cheltenham-land-and-assets-2021.csv');
const FILE_2023 = `${FIXTURES}/cheltenham-land-and-assets-2023-layout.csv`;
const JOBCENTRES = sharedDataFile('gm-jobcentre-plus.csv');
const officer = { userId: 'cheltenham-officer' };
const workDir = mkdtempSync(join(tmpdir(), 'mash-import-'));

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions =>
  importOptions(overrides.file ?? FILE_2021, overrides);

const row = reportedRow;

async function countOwnerBuildings(t: TestApp, organisationId: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  do {
    const data: {
      buildingsByOwner: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await t.ok(
      'query ($id: ID!, $after: String) { buildingsByOwner(organisationId: $id, first: 100, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }',
      { id: organisationId, after },
    );
    count += data.buildingsByOwner.edges.length;
    after = data.buildingsByOwner.pageInfo.hasNextPage ? data.buildingsByOwner.pageInfo.endCursor : null;
  } while (after);
  return count;
}

describe('npm run import: Cheltenham Transparency Code files through the API', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let api: GraphQLTransport;
  let councilId: string;
  let first: ImportSummary;

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    councilId = (await createCouncil(t, CHELTENHAM, officer.userId, 'Cheltenham Borough Council')).id;
    api = createGraphQLClient({ endpoint: server.url, token: t.token(officer) });
    first = await runImport(options({}), api);
  }, 480_000);
  afterAll(() => server.stop());

  it('takes the 2021 file as it is: 491 created, 6 repeated rows merged, 1 rejected, 157 flagged', () => {
    expect(first).toMatchObject({
      encoding: 'windows-1252',
      total: 498,
      created: 491,
      updated: 0,
      unchanged: 0,
      duplicates: 6,
      rejected: 1,
      flagged: 157,
      fellToOther: 212,
      councils: [CHELTENHAM],
    });
  });

  it('says why a row was rejected and what each warning is, with line numbers', () => {
    expect(row(first, 2719)).toMatchObject({
      outcome: 'REJECTED',
      assetReference: '09/04840/Land and Building',
      problems: [{ field: 'name', message: 'must be at most 200 characters' }],
    });
    expect(row(first, 939)?.warnings).toEqual([
      expect.objectContaining({ code: 'PLACEHOLDER_NAME', field: 'name' }),
    ]);
    expect(row(first, 1927)).toMatchObject({
      outcome: 'DUPLICATE',
      warnings: [
        expect.objectContaining({
          code: 'DUPLICATE_ASSET_REFERENCE',
          message: expect.stringContaining('line 348') as string,
        }),
      ],
    });
    expect(row(first, 348)?.warnings).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_ASSET_REFERENCE',
        message: expect.stringContaining('1927') as string,
      }),
    ]);
    const report = parse<Record<string, string>>(readFileSync(first.reportPath), { columns: true });
    expect(report.filter((r) => r['code'] === 'REJECTED')).toEqual([
      expect.objectContaining({ line: '2719', field: 'name', reason: 'must be at most 200 characters' }),
    ]);
    expect(report.filter((r) => r['code'] === 'PLACEHOLDER_NAME')).toHaveLength(145);
  });

  it('keeps the assets that share a site UPRN apart: Pittville Recreation Centre holds 8 of them', async () => {
    const data = await t.ok<{ buildingByUprn: { edges: { node: { assetReference: string } }[] } }>(
      'query { buildingByUprn(uprn: "200002682129", first: 50) { edges { node { assetReference } } } }',
    );

    expect(data.buildingByUprn.edges).toHaveLength(8);
    expect(new Set(data.buildingByUprn.edges.map((e) => e.node.assetReference)).size).toBe(8);
  });

  it('records the warnings on the building, queryable as dataQualityIssues, and converts the grid reference', async () => {
    const data = await t.ok<{
      buildingByUprn: {
        edges: {
          node: {
            name: string;
            location: { latitude: number; longitude: number };
            dataQualityIssues: { code: string }[];
          };
        }[];
      };
    }>(
      'query { buildingByUprn(uprn: "010012808646") { edges { node { name location { latitude longitude } dataQualityIssues { code } } } } }',
    );
    const bandstand = data.buildingByUprn.edges[0]?.node;

    expect(bandstand?.name).toBe('N/A');
    expect(bandstand?.dataQualityIssues).toEqual([{ code: 'PLACEHOLDER_NAME' }]);
    // 395446, 223685 in the file (the projection itself is checked against Ordnance Survey's points in a unit test).
    expect(bandstand?.location).toEqual({ latitude: 51.911678, longitude: -2.067611 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await runImport(options({}), api);

    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 491, duplicates: 6, rejected: 1 });
    expect(again.missing).toEqual([]);
    expect(await countOwnerBuildings(t, councilId)).toBe(491);
  }, 300_000);

  it('reads its own export back unchanged: export then import is lossless', async () => {
    const url = `${server.origin}/open-data/${CHELTENHAM}/land-and-building-assets.csv`;
    const csv = await (await fetch(url)).text();
    const file = join(workDir, 'exported.csv');
    writeFileSync(file, csv);

    const reimported = await runImport(options({ file }), api);
    const reExported = await (await fetch(url)).text();

    // Every row of the export matches its building field for field. The only change: the export no longer
    // repeats asset references, so the 6 duplicate warnings the 2021 file earned are lifted.
    expect(reimported).toMatchObject({ total: 491, unchanged: 485, created: 0, updated: 6, rejected: 0 });
    expect(
      reimported.rows
        .filter((r) => r.outcome === 'UPDATED')
        .map((r) => r.assetReference)
        .sort(),
    ).toEqual(
      first.rows
        .filter(
          (r) => r.outcome !== 'DUPLICATE' && r.warnings.some((w) => w.code === 'DUPLICATE_ASSET_REFERENCE'),
        )
        .map((r) => r.assetReference)
        .sort(),
    );
    expect(reExported).toBe(csv);
    expect(parse(csv, { bom: true, columns: true })).toHaveLength(491);
  }, 300_000);

  it("takes next year's file in another layout as an update, and lists what left the file", async () => {
    const dryRun = await runImport(options({ file: FILE_2023, dryRun: true }), api);
    const real = await runImport(options({ file: FILE_2023 }), api);

    expect(dryRun).toMatchObject({
      encoding: 'utf-8',
      total: 9,
      created: 5,
      updated: 2,
      unchanged: 2,
      rejected: 0,
    });
    expect(dryRun.missing).toHaveLength(487);
    expect(dryRun.missing.every((m) => !m.archived)).toBe(true);
    // Line 11's postcode NOT KNOWN is no postcode: the garages are recorded without it, flagged.
    expect(real).toMatchObject({ total: 9, created: 5, updated: 2, unchanged: 2, rejected: 0, flagged: 3 });
    expect(real.missing).toHaveLength(487);
    expect(real.missing.map((m) => m.assetReference)).toContain('09/00040/Land and Building');
    expect(await countOwnerBuildings(t, councilId)).toBe(491 + 5);
    expect(row(real, 3)?.outcome).toBe('UPDATED'); // tenure detail Licence -> Leasehold
    expect(row(real, 4)?.outcome).toBe('UNCHANGED'); // UPRN 010012809147 now written 10012809147
    expect(row(real, 9)?.warnings).toEqual([
      expect.objectContaining({ code: 'LOCATION_OUTSIDE_COUNCIL_AREA' }),
      expect.objectContaining({ code: 'POSTCODE_OUTSIDE_COUNCIL_AREA' }), // M1 1AE
    ]);
    expect(row(real, 10)?.warnings).toEqual([expect.objectContaining({ code: 'PLACEHOLDER_NAME' })]);
    expect(row(real, 11)).toMatchObject({
      outcome: 'CREATED',
      problems: [],
      warnings: [expect.objectContaining({ code: 'POSTCODE_LEFT_OUT', field: 'address.postcode' })],
    });
  }, 300_000);

  it("records each imported change in the building's history", async () => {
    const data = await t.ok<{
      buildingByUprn: {
        edges: {
          node: {
            version: number;
            tenure: { detail: string };
            history: { edges: { node: { action: string } }[] };
          };
        }[];
      };
    }>(
      'query { buildingByUprn(uprn: "100121228137") { edges { node { version tenure { detail } history { edges { node { action } } } } } } }',
      {},
      officer,
    );
    const building = data.buildingByUprn.edges[0]?.node;

    expect(building?.version).toBe(2);
    expect(building?.tenure.detail).toBe('Leasehold');
    expect(building?.history.edges.map((e) => e.node.action)).toEqual(['IMPORTED', 'CREATED']);
  });
});

describe('npm run import: a points file covering many councils', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let dwpId: string;
  const dwpEditor = { userId: 'dwp-estates' };

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    const created = await t.ok<{ createOrganisation: { id: string } }>(
      CREATE_ORGANISATION,
      {
        input: {
          kind: 'PUBLIC_BODY',
          publicBodyType: 'DWP',
          name: 'Department for Work and Pensions',
          councilAreas: ['E08000003'],
        },
      },
      dwpEditor,
    );
    dwpId = created.createOrganisation.id;
  });
  afterAll(() => server.stop());

  it("splits the file by each row's GSS code and records every office, flagged nowhere", async () => {
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(dwpEditor) });
    const summary = await runImport(
      options({
        file: JOBCENTRES,
        format: 'points',
        council: null,
        ownerOrganisationId: dwpId,
        defaultCategory: 'OFFICE',
      }),
      api,
    );
    const data = await t.ok<{
      buildingsByCouncil: {
        edges: {
          node: {
            name: string;
            address: { lines: string[]; postcode: string };
            location: { latitude: number };
          };
        }[];
      };
    }>(
      'query { buildingsByCouncil(councilCode: "E08000003", first: 50) { edges { node { name address { lines postcode } location { latitude } } } } }',
    );

    expect(summary).toMatchObject({ encoding: 'utf-8', total: 26, created: 26, rejected: 0, flagged: 0 });
    expect(summary.councils).toHaveLength(10);
    expect(data.buildingsByCouncil.edges.map((e) => e.node.name)).toContain('Alexandra Park');
    expect(data.buildingsByCouncil.edges.find((e) => e.node.name === 'Alexandra Park')?.node).toMatchObject({
      address: { lines: ['91 Moss Lane East', 'Moss Side', 'Manchester'], postcode: 'M15 5JB' },
      location: { latitude: 53.460392 },
    });
  });

  it('archives, with --archive-missing, the offices a later file no longer lists', async () => {
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(dwpEditor) });
    const lines = readFileSync(JOBCENTRES, 'utf8').trimEnd().split('\n');
    const shorter = join(workDir, 'fewer-jobcentres.csv');
    writeFileSync(shorter, lines.slice(0, 21).join('\n')); // the header and the first 20 offices
    const pointsOptions = { file: shorter, format: 'points', council: null, ownerOrganisationId: dwpId };

    const listed = await runImport(options({ ...pointsOptions, dryRun: true }), api);
    // More than 10% of the offices in those councils: archived only with --yes.
    const archived = await runImport(options({ ...pointsOptions, archiveMissing: true, yes: true }), api);

    // Only the councils the file covers are compared: Stockport, absent from the shorter file, is left alone.
    const areaOf = (line: string) => line.split(',').at(-3);
    const covered = new Set(lines.slice(1, 21).map(areaOf));
    const gone = lines.slice(21).filter((line) => covered.has(areaOf(line)));
    expect(listed.missing.map((m) => m.name).sort()).toEqual(gone.map((line) => line.split(',')[0]).sort());
    expect(gone.length).toBeGreaterThan(0);
    expect(listed.missing.every((m) => !m.archived)).toBe(true);
    expect(archived).toMatchObject({ unchanged: 20, created: 0 });
    expect(archived.missing).toHaveLength(gone.length);
    expect(archived.missing.every((m) => m.archived)).toBe(true);
    expect(await countOwnerBuildings(t, dwpId)).toBe(26 - gone.length);
  });

  it('finishes an interrupted run without doubling anything, and survives a lost response', async () => {
    let fetches = 0;
    let importCalls = 0;
    // Loses the response of the second batch after the server has written it, like a dropped connection.
    const flaky: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (++fetches === 2) throw new TypeError('fetch failed');
      return response;
    };
    const fresh = await createTestApp();
    const freshServer = await serveOverHttp(fresh);
    const created = await fresh.ok<{ createOrganisation: { id: string } }>(
      CREATE_ORGANISATION,
      { input: { kind: 'PUBLIC_BODY', publicBodyType: 'DWP', name: 'DWP', councilAreas: ['E08000003'] } },
      dwpEditor,
    );
    const token = fresh.token(dwpEditor);
    const stopping: GraphQLTransport = async (query, variables) => {
      // The run is killed before its fourth batch.
      if (query.includes('importAssets') && ++importCalls > 3) throw new Error('killed');
      return createGraphQLClient({ endpoint: freshServer.url, token, fetch: flaky, backoffMs: 1 })(
        query,
        variables,
      );
    };
    const pointsOptions = options({
      file: JOBCENTRES,
      format: 'points',
      council: 'E08000003',
      ownerOrganisationId: created.createOrganisation.id,
      batchSize: 1,
    });

    await expect(runImport(pointsOptions, stopping)).rejects.toThrow('killed');
    const resumed = await runImport(
      pointsOptions,
      createGraphQLClient({ endpoint: freshServer.url, token, backoffMs: 1 }),
    );
    await freshServer.stop();

    // Manchester has 7 offices in the file (the other 19 rows are for other councils, left out by --council);
    // the first run wrote 3, one of them behind a lost response that the client retried.
    expect(resumed).toMatchObject({ created: 4, unchanged: 3, rejected: 0, skipped: 19 });
    expect(await countOwnerBuildings(fresh, created.createOrganisation.id)).toBe(7);
  });
});
