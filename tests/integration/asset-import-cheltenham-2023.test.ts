import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../src/import/graphql-client';
import type { GraphQLTransport } from '../../src/import/graphql-client';
import { runImport } from '../../src/import/run-import';
import type { ImportOptions, ImportSummary } from '../../src/import/run-import';
import { CHELTENHAM, createCouncil } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { importOptions, reportedRow } from '../support/import-options';
import { sharedDataFile } from '../support/shared-data';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

// Cheltenham's real 2021 and 2023 files, unchanged (see ../shared/data/README.md for their source).
const FILE_2021 = sharedDataFile('cheltenham-land-and-assets-2021.csv');
const FILE_2023 = sharedDataFile('cheltenham-land-and-assets-2023.csv');
const officer = { userId: 'cheltenham-officer' };

const options = (file: string): ImportOptions => importOptions(file);

const row = reportedRow;

describe("npm run import: Cheltenham's real 2023 file over its 2021 file", () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let api: GraphQLTransport;
  let first: ImportSummary;
  let second: ImportSummary;

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    await createCouncil(t, CHELTENHAM, officer.userId, 'Cheltenham Borough Council');
    api = createGraphQLClient({ endpoint: server.url, token: t.token(officer) });
    first = await runImport(options(FILE_2021), api);
    second = await runImport(options(FILE_2023), api);
  }, 480_000);
  afterAll(() => server.stop());

  it('reads the 2023 layout (one Site Address column, no name column) and updates what it matches', () => {
    expect(first).toMatchObject({ total: 498, created: 491, rejected: 1 });
    // 461 records, of which 2 are empty lines at the end: 459 rows, as the council counts them.
    expect(second).toMatchObject({
      encoding: 'utf-8',
      total: 459,
      created: 95,
      updated: 364,
      unchanged: 0,
      duplicates: 0,
      rejected: 0,
      flagged: 0,
      fellToOther: 215,
    });
    // 235 of the 364 updates are rows whose asset reference 2021 already had (compared case-insensitively:
    // 09/00865/Site became 09/00865/SITE). The other 129 are references the council recoded between the
    // files (09/00025/Land and Building became 09/00025/BLDG), found by the same UPRN and the same reference
    // before its last part; the 3 recoded references whose UPRN changed too are new rows.
    expect(row(second, 11)).toMatchObject({
      outcome: 'UPDATED',
      assetReference: '09/00865/SITE',
      name: 'Church Piece Shopping Precinct Church Piece Charlton Kings Cheltenham Gloucestershire',
    });
    expect(row(second, 294)).toMatchObject({ outcome: 'UPDATED', assetReference: '09/00025/BLDG' });
  });

  it('moves a recoded building to its new reference, keeping its name (the 2023 file has only addresses)', async () => {
    const data = await t.ok<{
      buildingByUprn: {
        edges: { node: { name: string; assetReference: string; address: { lines: string[] } } }[];
      };
    }>(
      'query { buildingByUprn(uprn: "100121228178") { edges { node { name assetReference address { lines } } } } }',
    );

    expect(data.buildingByUprn.edges.map((e) => e.node)).toEqual([
      {
        name: '1 Berkeley Mews',
        assetReference: '09/00025/BLDG',
        address: { lines: ['1 Berkeley Mews High Street Cheltenham Gloucestershire'] },
      },
    ]);
  });

  it('takes the address from the Site Address and the postcode from its end; a named building keeps its name', async () => {
    const data = await t.ok<{
      buildingByUprn: {
        edges: { node: { name: string; address: { lines: string[]; postcode: string | null } } }[];
      };
    }>(
      'query { buildingByUprn(uprn: "010000481773") { edges { node { name address { lines postcode } } } } }',
    );

    expect(data.buildingByUprn.edges.map((e) => e.node)).toEqual([
      {
        name: 'Church Piece Car Park, Stanton Rooms, Land',
        address: {
          lines: ['Church Piece Shopping Precinct Church Piece Charlton Kings Cheltenham Gloucestershire'],
          postcode: 'GL53 8JN',
        },
      },
    ]);
  });

  it('lists the 2021 assets the 2023 file no longer has, and archives nothing without --archive-missing', () => {
    expect(second.missing).toHaveLength(491 - 364);
    const references = second.missing.map((m) => m.assetReference);
    expect(references).not.toContain('09/00025/Land and Building');
    expect(references).not.toContain('09/00025/BLDG');
    expect(second.missing.every((m) => !m.archived)).toBe(true);
  });

  it('changes nothing when the 2023 file is imported again', async () => {
    const again = await runImport(options(FILE_2023), api);

    expect(again).toMatchObject({ total: 459, created: 0, updated: 0, unchanged: 459, rejected: 0 });
  }, 300_000);
});
