import ngeohash from 'ngeohash';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeoPoint } from '../../src/kernel/domain/location';
import type { RegisterStores } from '../../src/registers/context';
import type { SpaceOffer } from '../../src/registers/colocation/domain/space-offer';
import { createRegisterStores } from '../../src/app/register-store';
import { createTestTable } from '../support/dynamo';
import { openOfferAt } from '../support/colocation-fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { referenceDistanceM } from '../support/karney';
import { pointAtDistance } from '../support/vincenty';
import { seededRandom } from '../support/seeded-random';

/**
 * The distance search against a brute-force filter over every offer by the WGS84 distance of a different
 * method (Karney's, tests/support/karney.ts; the register uses Vincenty's): nothing within the radius missed, nothing beyond it
 * returned, nearest first. Offers sit on and around geohash cell borders, near
 * Shetland and the Scilly Isles, in towns and scattered across the country.
 */

const rand = seededRandom(20261124);
const between = (low: number, high: number) => low + rand() * (high - low);

const SHETLAND = { latitude: 60.155, longitude: -1.145 }; // Lerwick
const SCILLY = { latitude: 49.914, longitude: -6.311 }; // St Mary's
const TOWNS = [
  { latitude: 51.5074, longitude: -0.1278 }, // London
  { latitude: 53.4808, longitude: -2.2426 }, // Manchester
  { latitude: 51.8994, longitude: -2.0783 }, // Cheltenham
  { latitude: 54.9783, longitude: -1.6178 }, // Newcastle
  { latitude: 50.266, longitude: -5.0527 }, // Truro
];

/** Points exactly on the corners and edges of geohash cells, and a hair either side of them. */
function pointsOnCellBorders(center: GeoPoint, precision: number): GeoPoint[] {
  const [south, west, north, east] = ngeohash.decode_bbox(
    ngeohash.encode(center.latitude, center.longitude, precision),
  );
  const points: GeoPoint[] = [];
  const epsilon = 1e-7;
  for (const latitude of [south, north, (south + north) / 2]) {
    for (const longitude of [west, east, (west + east) / 2]) {
      for (const d of [-epsilon, 0, epsilon])
        points.push({ latitude: latitude + d, longitude: longitude - d });
    }
  }
  return points;
}

function around(center: GeoPoint, count: number, spreadDegrees: number): GeoPoint[] {
  return Array.from({ length: count }, () => ({
    latitude: center.latitude + between(-spreadDegrees, spreadDegrees),
    longitude: center.longitude + between(-spreadDegrees, spreadDegrees) * 1.6,
  }));
}

const LOCATIONS: GeoPoint[] = [
  ...TOWNS.flatMap((town) => around(town, 40, 0.08)),
  ...TOWNS.flatMap((town) => [5, 6].flatMap((precision) => pointsOnCellBorders(town, precision))),
  ...pointsOnCellBorders(SHETLAND, 4),
  ...around(SHETLAND, 30, 0.4),
  ...around(SCILLY, 30, 0.15),
  ...Array.from({ length: 150 }, () => ({ latitude: between(50.0, 55.8), longitude: between(-5.7, 1.7) })),
];

const offerAt = (index: number, location: GeoPoint): SpaceOffer =>
  openOfferAt(`offer-${String(index).padStart(5, '0')}`, location);

const OFFERS = LOCATIONS.map((location, index) => offerAt(index, location));

/** The answer by brute force: every offer's WGS84 distance (Vincenty), kept when within the radius. */
function bruteForce(center: GeoPoint, radiusKm: number): string[] {
  return OFFERS.map((offer) => ({
    id: offer.id,
    km: referenceDistanceM(center, offer.building.location ?? center) / 1000,
  }))
    .filter((found) => found.km <= radiusKm)
    .sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1))
    .map((found) => found.id);
}

const CENTRES: { label: string; center: GeoPoint; radiusKm: number }[] = [
  ...[1, 5, 25, 60, 100].flatMap((radiusKm) => [
    ...TOWNS.map((center) => ({ label: 'a town', center, radiusKm })),
    { label: 'Lerwick, Shetland', center: SHETLAND, radiusKm },
    { label: "St Mary's, Scilly", center: SCILLY, radiusKm },
    {
      label: 'the corner of a cell near Shetland',
      center: pointsOnCellBorders(SHETLAND, 4)[0] ?? SHETLAND,
      radiusKm,
    },
  ]),
  ...Array.from({ length: 40 }, (_, i) => {
    const near = OFFERS[Math.floor(rand() * OFFERS.length)]?.building.location ?? SHETLAND;
    return {
      label: `random centre ${i}`,
      center: {
        latitude: near.latitude + between(-0.05, 0.05),
        longitude: near.longitude + between(-0.05, 0.05),
      },
      radiusKm: [1, 5, 25, between(0.2, 100)][i % 4] ?? 5,
    };
  }),
];

describe('distance search compared with a brute-force filter on the WGS84 ellipsoid', () => {
  let store: RegisterStores;

  beforeAll(async () => {
    const table = await createTestTable();
    store = createRegisterStores({
      client: table.client,
      tableName: table.tableName,
      cursorSecret: 'x'.repeat(40),
      // DynamoDB Local's timeouts, not AWS's: seeding 50 writes at once on a busy machine takes seconds.
      endpoint: table.endpoint,
    });
    const change = { actorId: 'seed', at: '2026-11-23T09:00:00.000Z' };
    for (let start = 0; start < OFFERS.length; start += 50) {
      await Promise.all(
        OFFERS.slice(start, start + 50).map((offer) =>
          store.colocation.saveColocationChanges(
            [{ kind: 'SPACE_OFFER', before: null, after: offer, action: 'CREATED' }],
            change,
          ),
        ),
      );
    }
  });

  it('has offers both within and beyond the radius for most searches, so the comparison means something', () => {
    const informative = CENTRES.filter(({ center, radiusKm }) => {
      const within = bruteForce(center, radiusKm).length;
      return within > 0 && within < OFFERS.length;
    });
    expect(informative.length).toBeGreaterThan(CENTRES.length * 0.8);
  });

  it.each(CENTRES)(
    'finds exactly the offers within $radiusKm km of $label, nearest first',
    async ({ center, radiusKm }) => {
      const result = await store.colocation.findSpaceOffersNear(center, radiusKm);

      expect(result.found.map((found) => found.item.id)).toEqual(bruteForce(center, radiusKm));
      for (const found of result.found) expect(found.distanceKm).toBeLessThanOrEqual(radiusKm);
    },
  );

  it('finds an offer a millimetre inside the circle and not one a metre beyond it', async () => {
    const center = TOWNS[2] ?? SHETLAND;
    const target = OFFERS[0]?.building.location ?? center;
    const exact = referenceDistanceM(center, target) / 1000;

    const on = await store.colocation.findSpaceOffersNear(center, exact + 0.000_001);
    const short = await store.colocation.findSpaceOffersNear(center, exact - 0.001);

    expect(on.found.map((f) => f.item.id)).toContain(OFFERS[0]?.id);
    expect(short.found.map((f) => f.item.id)).not.toContain(OFFERS[0]?.id);
  });

  it('finds an offer 24.990 km away on the ground within 25 km, and not one 25.001 km away', async () => {
    // On geolib's 6,378,137 m sphere the first (due south) is 25.001 km away and was left out, and the
    // second (due east) 24.949 km away and was let in.
    const center = { latitude: 52.2053, longitude: 0.1218 }; // Cambridge
    const inside = { ...offerAt(90_001, pointAtDistance(center, 180, 24_990)), id: 'offer-inside' };
    const outside = { ...offerAt(90_002, pointAtDistance(center, 90, 25_001)), id: 'offer-outside' };
    await store.colocation.saveColocationChanges(
      [
        { kind: 'SPACE_OFFER', before: null, after: inside, action: 'CREATED' },
        { kind: 'SPACE_OFFER', before: null, after: outside, action: 'CREATED' },
      ],
      { actorId: 'seed', at: '2026-11-23T09:00:00.000Z' },
    );

    const result = await store.colocation.findSpaceOffersNear(center, 25);
    const ids = result.found.map((found) => found.item.id);

    expect(ids).toContain('offer-inside');
    expect(ids).not.toContain('offer-outside');
    const distance = result.found.find((found) => found.item.id === 'offer-inside')?.distanceKm;
    expect(distance).toBeCloseTo(24.99, 5);
  });
});

describe('distance search pages through the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const store = createRegisterStores({
      client: t.table.client,
      tableName: t.table.tableName,
      cursorSecret: 'y'.repeat(40),
      endpoint: t.table.endpoint,
    });
    const change = { actorId: 'seed', at: '2026-11-23T09:00:00.000Z' };
    await Promise.all(
      OFFERS.slice(0, 40).map((offer) =>
        store.colocation.saveColocationChanges(
          [{ kind: 'SPACE_OFFER', before: null, after: offer, action: 'CREATED' }],
          change,
        ),
      ),
    );
  });

  it('returns every page nearest first with no offer repeated or skipped', async () => {
    const center = TOWNS[0] ?? SHETLAND; // London: the first 40 offers are around it
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: {
        spaceOffersNear: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await t.ok(
        `query ($after: String) { spaceOffersNear(latitude: ${center.latitude}, longitude: ${center.longitude}, radiusKm: 25, first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...data.spaceOffersNear.edges.map((edge) => edge.node.id));
      after = data.spaceOffersNear.pageInfo.hasNextPage ? data.spaceOffersNear.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 20);

    const expected = bruteForce(center, 25).filter((id) => Number(id.slice(6)) < 40);
    expect(expected.length).toBeGreaterThan(30);
    expect(ids).toEqual(expected);
  });
});
