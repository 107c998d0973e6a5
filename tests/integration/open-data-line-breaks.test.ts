import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECIDE, NOMINATE, REMOVE, createAcvWorld, nominationInput, people } from '../support/acv-fixtures';
import type { AcvWorld, Entry } from '../support/acv-fixtures';
import { CHELTENHAM, createBuilding } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { parseStrictCsv } from '../support/strict-csv';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

// Every kind of line break, with the other characters CSV must quote or keep: quotes, commas, formula signs.
const BREAKS = ['\n', '\r', '\r\n'];
const awkward = (label: string, i: number) => {
  const lineBreak = BREAKS[i % BREAKS.length] ?? '\n';
  return `${i % 2 ? '=' : '+'}${label} ${i}${lineBreak}"second" line, with a comma${lineBreak}third`;
};

interface Feature {
  properties: Record<string, string>;
}

describe('open data files with line breaks in every text field', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let world: AcvWorld;
  const buildingNames: string[] = [];
  const get = (file: string) => fetch(`${server.origin}/open-data/${CHELTENHAM}/${file}`);

  async function nominate(i: number): Promise<Entry> {
    const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(
      NOMINATE,
      {
        input: nominationInput(world, {
          buildingId: null,
          councilCode: CHELTENHAM,
          site: {
            name: awkward('Site', i),
            description: awkward('Description', i + 1),
            address: { lines: [awkward('Line', i), awkward('Line', i + 2)], postTown: awkward('Town', i) },
          },
        }),
      },
      people.nominator,
    );
    return nominateAsset;
  }

  async function decide(entry: Entry, i: number, outcome: 'LISTED' | 'UNSUCCESSFUL'): Promise<Entry> {
    const input =
      outcome === 'LISTED'
        ? { outcome, reasons: awkward('Reasons', i) }
        : { outcome, reasons: awkward('Refused', i), unsuccessfulGround: 'NOT_OF_COMMUNITY_VALUE' };
    const { decideNomination } = await t.ok<{ decideNomination: Entry }>(
      DECIDE,
      { id: entry.id, expectedVersion: entry.version, input },
      people.officer,
    );
    return decideNomination;
  }

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    world = await createAcvWorld(t);
    for (let i = 0; i < 9; i++) {
      const building = await createBuilding(t, people.officer, {
        name: awkward('Name', i),
        ownerName: awkward('Owner', i),
        assetReference: awkward('Ref', i),
        address: { lines: [awkward('Line', i), awkward('Line', i + 1)], postTown: awkward('Town', i) },
        tenure: { type: 'LEASEHOLD', detail: awkward('Tenure', i) },
      });
      buildingNames.push(building.name);
    }
    for (let i = 0; i < 4; i++) await decide(await nominate(i), i, 'LISTED');
    for (let i = 4; i < 7; i++) await decide(await nominate(i), i, 'UNSUCCESSFUL');
    // A removed listing: its removal details go into notes, but it is no longer on the list.
    const removed = await decide(await nominate(7), 7, 'LISTED');
    await t.ok(
      REMOVE,
      {
        id: removed.id,
        expectedVersion: removed.version,
        input: { reason: 'NO_LONGER_OF_COMMUNITY_VALUE', details: awkward('Removed', 7) },
      },
      people.officer,
    );
  });
  afterAll(() => server.stop());

  it('has one land-and-building-assets.csv record per public building, text kept whole', async () => {
    const records = parseStrictCsv(await (await get('land-and-building-assets.csv')).text());
    const geojson = (await (await get('buildings.geojson')).json()) as { features: Feature[] };
    // The ACV world's owner holds the Pittville Arms, public too.
    const expected = [...buildingNames, 'The Pittville Arms'].sort();

    expect(records.map((record) => record['Property Name']).sort()).toEqual(expected);
    expect(geojson.features.map((feature) => feature.properties['name']).sort()).toEqual(expected);
    expect(records.find((record) => record['Property Name'] === awkward('Name', 2))).toMatchObject({
      Organisation: awkward('Owner', 2),
      'Asset Reference': awkward('Ref', 2),
      'Street Name': `${awkward('Line', 2)}\n${awkward('Line', 3)}`,
      'Post Town': awkward('Town', 2),
      'Tenure Detail': awkward('Tenure', 2),
    });
  });

  it('has one assets-of-community-value.csv record per listed entry, as many as its GeoJSON', async () => {
    const records = parseStrictCsv(await (await get('assets-of-community-value.csv')).text());
    const geojson = (await (await get('assets-of-community-value.geojson')).json()) as {
      features: Feature[];
    };
    const expected = [0, 1, 2, 3].map((i) => awkward('Site', i)).sort();

    expect(records.map((record) => record['name']).sort()).toEqual(expected);
    expect(geojson.features.map((feature) => feature.properties['name']).sort()).toEqual(expected);
    expect(records.find((record) => record['name'] === awkward('Site', 1))).toMatchObject({
      description: awkward('Description', 2),
      notes: awkward('Reasons', 1),
    });
  });

  it('has one unsuccessful-nominations.csv record per refusal, reasons and ground in notes', async () => {
    const records = parseStrictCsv(await (await get('unsuccessful-nominations.csv')).text());

    expect(records.map((record) => record['name']).sort()).toEqual(
      [4, 5, 6].map((i) => awkward('Site', i)).sort(),
    );
    expect(records.find((record) => record['name'] === awkward('Site', 5))?.['notes']).toBe(
      `${awkward('Refused', 5)}\nGround: not of community value.`,
    );
  });
});
