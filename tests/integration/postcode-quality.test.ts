import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../src/import/graphql-client';
import { runImport } from '../../src/import/run-import';
import type { ImportSummary } from '../../src/import/run-import';
import { CHELTENHAM, buildingInput, createCouncil } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { importOptions } from '../support/import-options';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const officer = { userId: 'cheltenham-officer' };

interface Issue {
  code: string;
  field: string;
  message: string;
}
interface Checked {
  id: string;
  version: number;
  address: { postcode: string | null };
  dataQualityIssues: Issue[];
}

const CREATE = /* GraphQL */ `
  mutation ($input: CreateBuildingInput!) {
    createBuilding(input: $input) {
      id
      version
      address {
        postcode
      }
      dataQualityIssues {
        code
        field
        message
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateBuildingInput!) {
    updateBuilding(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
      address {
        postcode
      }
      dataQualityIssues {
        code
        field
        message
      }
    }
  }
`;
const BY_UPRN = /* GraphQL */ `
  query ($uprn: String!) {
    buildingByUprn(uprn: $uprn) {
      edges {
        node {
          name
          address {
            postcode
          }
          dataQualityIssues {
            code
            field
          }
        }
      }
    }
  }
`;

describe("a postcode far outside the building's council", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, officer.userId, 'Cheltenham Borough Council');
  });

  const create = async (overrides: Record<string, unknown>) =>
    (await t.ok<{ createBuilding: Checked }>(CREATE, { input: buildingInput(overrides) }, officer))
      .createBuilding;

  it('is recorded with a warning, not refused, and the warning goes when the postcode is put right', async () => {
    const created = await create({
      name: 'Storage Yard',
      address: { lines: ['Piccadilly'], postTown: 'Cheltenham', postcode: 'm1 1ae' },
      location: { latitude: 51.8994, longitude: -2.0783 },
    });

    expect(created.address.postcode).toBe('M1 1AE');
    expect(created.dataQualityIssues).toEqual([
      {
        code: 'POSTCODE_OUTSIDE_COUNCIL_AREA',
        field: 'address.postcode',
        message: expect.stringMatching(
          /^postcode district M1 lies 1[67]\d km outside Cheltenham \(E07000078\)/,
        ) as string,
      },
    ]);

    const { updateBuilding: fixed } = await t.ok<{ updateBuilding: Checked }>(
      UPDATE,
      {
        id: created.id,
        expectedVersion: created.version,
        input: { address: { lines: ['Imperial Square'], postTown: 'Cheltenham', postcode: 'GL50 1QA' } },
      },
      officer,
    );
    expect(fixed).toMatchObject({ version: created.version + 1, dataQualityIssues: [] });
  });

  it('leaves alone the districts that straddle the boundary, and an outward code alone', async () => {
    // GL52 holds postcodes of Cheltenham and of Tewkesbury borough; GL54 is mostly Cotswold's.
    for (const postcode of ['GL52 3JE', 'GL54 4AA', 'GL51']) {
      const building = await create({
        name: `Site at ${postcode}`,
        address: { lines: ['Somewhere'], postTown: 'Cheltenham', postcode },
      });
      expect(building.dataQualityIssues, postcode).toEqual([]);
    }
  });

  it('says so when the outward code is no postcode district at all', async () => {
    const building = await create({
      name: 'Depot',
      address: { lines: ['Swindon Road'], postTown: 'Cheltenham', postcode: 'GL99 1AA' },
    });

    expect(building.dataQualityIssues).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_POSTCODE_DISTRICT', field: 'address.postcode' }),
    ]);
  });
});

describe('npm run import: a Cheltenham file with a Manchester postcode', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let summary: ImportSummary;

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    await createCouncil(t, CHELTENHAM, officer.userId, 'Cheltenham Borough Council');
    const file = join(mkdtempSync(join(tmpdir(), 'mash-postcode-')), 'cheltenham.csv');
    // Cheltenham's 2021 column layout; every row lies in Cheltenham by its grid reference.
    writeFileSync(
      file,
      [
        'UPRN,AssetCode,PropertyName,StreetName,PostTown,PostCode,GeoX,GeoY,TenureType,TenureDetail,HoldingType',
        '100121228178,T/1,1 Berkeley Mews,High Street,Cheltenham,GL50 1DY,395265,222126,Freehold,Leasehold,Shop',
        '100121228179,T/2,Storage Yard,Piccadilly,Cheltenham,M1 1AE,395265,222126,Freehold,Vacant,Land',
        '100121228180,T/3,Garages,Hesters Way Road,Cheltenham,GL99 1AA,392500,222900,Freehold,Vacant,Land',
        '100121228181,T/4,Pavilion,Evesham Road,Cheltenham,GL52 3JE,395464,223627,Freehold,Leasehold,Land',
      ].join('\r\n'),
    );
    const api = createGraphQLClient({ endpoint: server.url, token: t.token(officer) });
    summary = await runImport(importOptions(file, { reportPath: `${file}.report.csv` }), api);
  }, 300_000);
  afterAll(() => server.stop());

  it('imports every row and flags the two postcodes that do not fit', () => {
    expect(summary).toMatchObject({ total: 4, created: 4, rejected: 0, flagged: 2 });
    const warnings = (line: number) => summary.rows.find((row) => row.line === line)?.warnings ?? [];
    expect(warnings(2)).toEqual([]);
    expect(warnings(3)).toEqual([
      expect.objectContaining({
        code: 'POSTCODE_OUTSIDE_COUNCIL_AREA',
        message: expect.stringContaining('postcode district M1') as string,
      }),
    ]);
    expect(warnings(4)).toEqual([expect.objectContaining({ code: 'UNKNOWN_POSTCODE_DISTRICT' })]);
    expect(warnings(5)).toEqual([]);
  });

  it('keeps the warning on the building, queryable as dataQualityIssues', async () => {
    const data = await t.ok<{
      buildingByUprn: { edges: { node: { name: string; dataQualityIssues: { code: string }[] } }[] };
    }>(BY_UPRN, { uprn: '100121228179' });

    expect(data.buildingByUprn.edges.map((edge) => edge.node)).toEqual([
      {
        name: 'Storage Yard',
        address: { postcode: 'M1 1AE' },
        dataQualityIssues: [{ code: 'POSTCODE_OUTSIDE_COUNCIL_AREA', field: 'address.postcode' }],
      },
    ]);
  });
});
