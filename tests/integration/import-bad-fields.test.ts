import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../src/import/graphql-client';
import { runImport } from '../../src/import/run-import';
import type { ImportSummary } from '../../src/import/run-import';
import { createCouncil } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { importOptions } from '../support/import-options';
import { parseStrictCsv } from '../support/strict-csv';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const TRAFFORD = 'E08000009';
const officer = { userId: 'trafford-officer' };

interface Stored {
  address: { postcode: string | null; postcodeIsPartial: boolean };
  location: { latitude: number; longitude: number } | null;
  dataQualityIssues: { code: string; field: string; message: string }[];
}
const BY_UPRN = /* GraphQL */ `
  query ($uprn: String!) {
    buildingByUprn(uprn: $uprn) {
      edges {
        node {
          address {
            postcode
            postcodeIsPartial
          }
          location {
            latitude
            longitude
          }
          dataQualityIssues {
            code
            field
            message
          }
        }
      }
    }
  }
`;
const IMPORT = /* GraphQL */ `
  mutation ($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      created
      rejected
      rows {
        line
        outcome
        warnings {
          code
          field
          message
        }
      }
    }
  }
`;

// Trafford's offices, each with one field a council's file gets wrong. Longitude comes before latitude, as in
// Trafford Data Lab's files. Every location and postcode is in Trafford, so nothing else is flagged.
const FILE = [
  'UPRN,AssetCode,PropertyName,StreetName,PostTown,PostCode,Longitude,Latitude,GeoX,GeoY,HoldingType',
  '100001,TR/1,Stretford Office,Chester Road,Stretford,M32 OXZ,-2.3090,53.4460,,,Office',
  '100002,TR/2,Sale Depot,Washway Road,Sale,M33,-2.3220,53.4250,,,Depot',
  '100003,TR/3,Stretford Hall,Chester Road,Stretford,M32 0XZ,53.4460,-2.3090,,,Hall',
  '100004,TR/4,Altrincham Store,Manchester Road,Altrincham,WA14 4PU,,,812345,388000,Land',
  '100005,TR/5,Urmston Library,Golden Way,Urmston,not known,-2.3540,53.4480,,,Library',
  '100006,TR/6,Partington Site,Central Road,Partington,M31 4FL,west,north,,,Land',
].join('\r\n');

describe('an asset file with one bad field in otherwise good rows', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let summary: ImportSummary;
  let reportPath: string;
  const stored = async (uprn: string) =>
    (await t.ok<{ buildingByUprn: { edges: { node: Stored }[] } }>(BY_UPRN, { uprn })).buildingByUprn.edges[0]
      ?.node;
  const codes = (line: number) => summary.rows.find((row) => row.line === line)?.warnings.map((w) => w.code);

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    await createCouncil(t, TRAFFORD, officer.userId, 'Trafford Council');
    const file = join(mkdtempSync(join(tmpdir(), 'mash-bad-fields-')), 'trafford.csv');
    writeFileSync(file, FILE);
    reportPath = `${file}.report.csv`;
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(officer) });
    summary = await runImport(importOptions(file, { council: TRAFFORD, reportPath }), api);
  }, 300_000);
  afterAll(() => server.stop());

  it('imports every row, each flagged for its one bad field', () => {
    expect(summary).toMatchObject({ total: 6, created: 6, rejected: 0, flagged: 6 });
    expect([2, 3, 4, 5, 6, 7].map(codes)).toEqual([
      ['POSTCODE_CORRECTED'],
      ['PARTIAL_POSTCODE'],
      ['FILE_FIELD_REPAIRED'],
      ['FILE_FIELD_REPAIRED'],
      ['POSTCODE_LEFT_OUT'],
      ['FILE_FIELD_REPAIRED'],
    ]);
  });

  it('records the unambiguous correction of a postcode typed with the letter O for zero', async () => {
    expect(await stored('100001')).toMatchObject({
      address: { postcode: 'M32 0XZ' },
      dataQualityIssues: [
        {
          code: 'POSTCODE_CORRECTED',
          field: 'address.postcode',
          message: `the file's postcode "M32 OXZ" is not a postcode; recorded as M32 0XZ (letter O read as zero); check it`,
        },
      ],
    });
  });

  it('keeps an outward code alone as the district, flagged', async () => {
    expect(await stored('100002')).toMatchObject({
      address: { postcode: 'M33', postcodeIsPartial: true },
      location: { latitude: 53.425, longitude: -2.322 },
      dataQualityIssues: [{ code: 'PARTIAL_POSTCODE', field: 'address.postcode' }],
    });
  });

  it("reads swapped coordinates the right way round and says so in the file's order", async () => {
    expect(await stored('100003')).toMatchObject({
      location: { latitude: 53.446, longitude: -2.309 },
      dataQualityIssues: [
        {
          code: 'FILE_FIELD_REPAIRED',
          field: 'location',
          message:
            'longitude and latitude appear swapped: the file gives longitude 53.446, latitude -2.309; read as longitude -2.309, latitude 53.446; check the coordinates',
        },
      ],
    });
  });

  it('drops a grid reference outside Great Britain and keeps the rest of the row', async () => {
    const building = await stored('100004');

    expect(building).toMatchObject({ address: { postcode: 'WA14 4PU' }, location: null });
    expect(building?.dataQualityIssues[0]?.message).toMatch(
      /easting 812345 \/ northing 388000 is not a British/,
    );
  });

  it('drops a postcode that is no postcode, and coordinates that are no numbers, keeping the rows', async () => {
    expect(await stored('100005')).toMatchObject({
      address: { postcode: null },
      location: { latitude: 53.448, longitude: -2.354 },
      dataQualityIssues: [{ code: 'POSTCODE_LEFT_OUT', field: 'address.postcode' }],
    });
    expect(await stored('100006')).toMatchObject({ address: { postcode: 'M31 4FL' }, location: null });
  });

  it('lists every flag in the report with its line, for the officer', () => {
    const report = parseStrictCsv(readFileSync(reportPath, 'utf8'));

    expect(report).toHaveLength(6);
    expect(report.map((row) => Object.values(row).slice(0, 1)[0])).toEqual(['2', '3', '4', '5', '6', '7']);
    expect(JSON.stringify(report)).toContain('recorded as M32 0XZ (letter O read as zero)');
  });

  it('corrects or leaves out what any client sends: swapped WGS84 and a point abroad', async () => {
    const row = (line: number, uprn: string, location: { latitude: number; longitude: number }) => ({
      line,
      name: `Office ${line}`,
      uprn,
      assetReference: `API/${line}`,
      address: { lines: ['Chester Road'], postcode: 'M32 0XZ' },
      location,
      category: 'OFFICE',
    });

    const { importAssets } = await t.ok<{
      importAssets: {
        created: number;
        rejected: number;
        rows: { warnings: { code: string; message: string }[] }[];
      };
    }>(
      IMPORT,
      {
        input: {
          councilCode: TRAFFORD,
          rows: [
            row(2, '200001', { latitude: -2.309, longitude: 53.446 }),
            row(3, '200002', { latitude: 48.8566, longitude: 2.3522 }),
          ],
        },
      },
      officer,
    );

    expect(importAssets).toMatchObject({ created: 2, rejected: 0 });
    expect(importAssets.rows[0]?.warnings).toEqual([
      {
        code: 'LOCATION_SWAPPED',
        field: 'location',
        message:
          'latitude and longitude appear swapped: the row gives latitude -2.309, longitude 53.446; read as latitude 53.446, longitude -2.309; check the coordinates',
      },
    ]);
    expect(importAssets.rows[1]?.warnings.map((warning) => warning.code)).toEqual(['LOCATION_LEFT_OUT']);
    expect((await stored('200002'))?.location).toBeNull();
  });
});
