import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createBuilding, createCharity, createCouncil } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const officer = { userId: 'officer-od' };
const charityAdmin = { userId: 'charity-od' };

describe('open data downloads', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let hiddenId: string;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}${path}`, { headers });

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    await createCouncil(t, CHELTENHAM, officer.userId, 'Cheltenham Borough Council');
    const charity = await createCharity(t, charityAdmin, 'Friends of "Pittville", Cheltenham');
    await createBuilding(t, officer, {
      name: 'Hall, with "quotes"',
      ownerName: 'Cheltenham Trust',
      uprn: '010012809302',
      assetReference: 'CT/1',
      address: { lines: ['1 Berkeley Mews', 'High Street'], postTown: 'Cheltenham', postcode: 'GL50 1DY' },
      location: { latitude: 51.8993, longitude: -2.0684 },
      tenure: { type: 'FREEHOLD', detail: 'Leasehold, 25 years' },
    });
    await createBuilding(t, charityAdmin, {
      name: 'Open Pavilion',
      ownerOrganisationId: charity.id,
      category: 'LAND',
    });
    hiddenId = (
      await createBuilding(t, charityAdmin, {
        name: 'Partners Only Store',
        ownerOrganisationId: charity.id,
        visibility: 'PARTNERS',
      })
    ).id;
  });
  afterAll(() => server.stop());

  it('publishes the Transparency Code CSV with correct quoting, public buildings only', async () => {
    const response = await get(`/open-data/${CHELTENHAM}/land-and-building-assets.csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const rows = parse<Record<string, string>>(text, { bom: true, columns: true });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    // A byte-order mark, so that Excel opens the UTF-8 file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('"Hall, with ""quotes"""');
    expect(text).not.toContain('Partners Only Store');
    expect(text).not.toContain(hiddenId);
    expect(rows.map((r) => r['Property Name']).sort()).toEqual(['Hall, with "quotes"', 'Open Pavilion']);
    expect(rows.find((r) => r['Asset Reference'] === 'CT/1')).toMatchObject({
      Organisation: 'Cheltenham Trust',
      'GSS Code': CHELTENHAM,
      UPRN: '010012809302',
      'Street Name': '1 Berkeley Mews\nHigh Street',
      Postcode: 'GL50 1DY',
      Latitude: '51.8993',
      Longitude: '-2.0684',
      'Tenure Type': 'Freehold',
      'Tenure Detail': 'Leasehold, 25 years',
      'Holding Type': 'Land and Building',
      Category: 'HALL',
    });
    expect(rows.find((r) => r['Property Name'] === 'Open Pavilion')?.['Organisation']).toBe(
      'Friends of "Pittville", Cheltenham',
    );
  });

  it('publishes GeoJSON for maps, public buildings only', async () => {
    const response = await get(`/open-data/${CHELTENHAM}/buildings.geojson`);
    const geojson = (await response.json()) as {
      type: string;
      features: { geometry: { type: string; coordinates: number[] } | null; properties: { name: string } }[];
    };

    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(2);
    expect(geojson.features.find((f) => f.properties.name === 'Hall, with "quotes"')?.geometry).toEqual({
      type: 'Point',
      coordinates: [-2.0684, 51.8993],
    });
    expect(geojson.features.find((f) => f.properties.name === 'Open Pavilion')?.geometry).toBeNull();
  });

  it('answers 304 to a client that already has this version', async () => {
    const first = await get(`/open-data/${CHELTENHAM}/buildings.geojson`);
    const again = await get(`/open-data/${CHELTENHAM}/buildings.geojson`, {
      'if-none-match': first.headers.get('etag') ?? '',
    });

    expect(again.status).toBe(304);
  });

  it.each([
    ['a code that is no English council', '/open-data/E07999999/buildings.geojson', 'UNKNOWN_COUNCIL'],
    ['something that is not a code', '/open-data/cheltenham/land-and-building-assets.csv', 'UNKNOWN_COUNCIL'],
    ['a file that does not exist', `/open-data/${CHELTENHAM}/everything.xml`, 'NOT_FOUND'],
  ])('says 404 in JSON for %s', async (_, path, code) => {
    const response = await get(path);
    const body = (await response.json()) as { error: { code: string; message: string } };

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(body.error.code).toBe(code);
  });

  it('publishes an empty file for a real council with nothing registered yet', async () => {
    const response = await get('/open-data/E08000027/land-and-building-assets.csv');
    const rows = parse(await response.text(), { bom: true, columns: true });

    expect(response.status).toBe(200);
    expect(rows).toEqual([]);
  });
});
