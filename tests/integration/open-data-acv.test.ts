import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECIDE, NOMINATE, createAcvWorld, nominationInput, people } from '../support/acv-fixtures';
import type { AcvWorld, Entry } from '../support/acv-fixtures';
import { CHELTENHAM } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const SITE_NAME = 'The "Pittville" Arms, Cheltenham';
// What the nomination holds that the public lists never show.
const PRIVATE = ['Jo Bloggs', 'lives above the pub', '1 High St, Cheltenham', 'Registered charity 1123456'];

describe('ACV open data downloads', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let world: AcvWorld;
  let listedId: string;
  let refusedId: string;
  const get = (path: string) => fetch(`${server.origin}${path}`);

  async function nominateAndDecide(siteName: string, decision: Record<string, unknown>): Promise<string> {
    const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(
      NOMINATE,
      {
        input: nominationInput(world, {
          buildingId: null,
          councilCode: CHELTENHAM,
          site: {
            name: siteName,
            description: 'Pub, beer garden and car park',
            address: { lines: ['Albert Road'], postTown: 'Cheltenham', postcode: 'GL52 3JE' },
            location: { latitude: 51.9112, longitude: -2.0611 },
          },
        }),
      },
      people.nominator,
    );
    await t.ok(
      DECIDE,
      { id: nominateAsset.id, expectedVersion: nominateAsset.version, input: decision },
      people.officer,
    );
    return nominateAsset.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    world = await createAcvWorld(t);
    listedId = await nominateAndDecide(SITE_NAME, {
      outcome: 'LISTED',
      reasons: 'The last pub, with its clubs',
    });
    refusedId = await nominateAndDecide('Rose Cottage', {
      outcome: 'UNSUCCESSFUL',
      reasons: 'A private house, "Rose Cottage"',
      unsuccessfulGround: 'RESIDENCE',
    });
  });
  afterAll(() => server.stop());

  it('publishes the listed entry as CSV in the planning.data.gov.uk fields, quoted correctly', async () => {
    const response = await get(`/open-data/${CHELTENHAM}/assets-of-community-value.csv`);
    const text = await response.text();
    const rows = parse<Record<string, string>>(text, { bom: true, columns: true });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(text).toContain('"The ""Pittville"" Arms, Cheltenham"');
    expect(rows).toEqual([
      {
        reference: listedId,
        name: SITE_NAME,
        'address-text': 'Albert Road, Cheltenham, GL52 3JE',
        description: 'Pub, beer garden and car park',
        point: 'POINT(-2.0611 51.9112)',
        geometry: '',
        organisation: CHELTENHAM,
        'nomination-date': '2026-11-23',
        'nominating-group': 'Friends of the Pittville Arms',
        decision: 'LISTED',
        'decision-date': '2026-11-23',
        'expiry-date': '2031-11-22',
        'notification-to-sell-date': '',
        'interested-group': '',
        'protected-period-start-date': '',
        notes: 'The last pub, with its clubs',
        'entry-date': '2026-11-23',
        'start-date': '2026-11-23',
        'end-date': '',
      },
    ]);
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
  });

  it('publishes the same entry as GeoJSON', async () => {
    const response = await get(`/open-data/${CHELTENHAM}/assets-of-community-value.geojson`);
    const text = await response.text();
    const geojson = JSON.parse(text) as {
      features: { id: string; geometry: unknown; properties: Record<string, string> }[];
    };

    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(geojson.features).toHaveLength(1);
    expect(geojson.features[0]).toMatchObject({
      id: listedId,
      geometry: { type: 'Point', coordinates: [-2.0611, 51.9112] },
      properties: { name: SITE_NAME, decision: 'LISTED', 'expiry-date': '2031-11-22' },
    });
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
  });

  it('publishes the unsuccessful nominations with their reasons', async () => {
    const response = await get(`/open-data/${CHELTENHAM}/unsuccessful-nominations.csv`);
    const text = await response.text();
    const rows = parse<Record<string, string>>(text, { bom: true, columns: true });

    expect(response.status).toBe(200);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reference: refusedId,
      name: 'Rose Cottage',
      decision: 'UNSUCCESSFUL',
      'decision-date': '2026-11-23',
      'expiry-date': '',
      // The specification's start-date is the day the asset was nominated, listed or not.
      'start-date': '2026-11-23',
      notes: 'A private house, "Rose Cottage"\nGround: a residence (Schedule 1 para 1).',
    });
    expect(text).toContain('"A private house, ""Rose Cottage""');
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
  });

  it('says 404 for an unknown council and an empty file for a council with no list yet', async () => {
    const unknown = await get('/open-data/E07999999/assets-of-community-value.csv');
    const empty = await get('/open-data/E08000027/unsuccessful-nominations.csv');

    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('UNKNOWN_COUNCIL');
    expect(empty.status).toBe(200);
    expect(parse(await empty.text(), { bom: true, columns: true })).toEqual([]);
  });
});
