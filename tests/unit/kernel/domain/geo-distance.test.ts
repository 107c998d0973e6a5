import { getDistance } from 'geolib';
import ngeohash from 'ngeohash';
import { describe, expect, it } from 'vitest';
import { distanceKm, nearestWithin, planGeoSearch } from '../../../../src/kernel/domain/geo-search';
import type { GeoPoint } from '../../../../src/kernel/domain/location';
import { pointAtDistance, vincentyDistanceM } from '../../../support/vincenty';
import { seededRandom } from '../../../support/seeded-random';

/**
 * Distances on the WGS84 ellipsoid, checked against Vincenty's inverse formula as written separately in
 * tests/support/vincenty.ts, which is itself checked against published values first. The code's own
 * Vincenty (src/geo/geodesic.ts) is held to a different method, Karney's, in tests/unit/geo/geodesic.test.ts.
 */

const dms = (degrees: number, minutes: number, seconds: number) =>
  Math.sign(degrees) * (Math.abs(degrees) + minutes / 60 + seconds / 3600);

const rand = seededRandom(15_2026);
const between = (low: number, high: number) => low + rand() * (high - low);

// Pairs across Great Britain from a metre to 1,000 km apart (and two far beyond it).
const PAIRS: [GeoPoint, GeoPoint][] = [
  ...Array.from({ length: 300 }, (): [GeoPoint, GeoPoint] => {
    const from = { latitude: between(49.9, 60.9), longitude: between(-8, 1.8) };
    const spread = [0.00001, 0.01, 0.1, 0.5, 1, 5][Math.floor(rand() * 6)] ?? 1;
    return [
      from,
      {
        latitude: from.latitude + between(-spread, spread),
        longitude: from.longitude + between(-spread, spread) * 1.7,
      },
    ];
  }),
  [
    { latitude: 50.0663, longitude: -5.7147 }, // Land's End
    { latitude: 58.6373, longitude: -3.0689 }, // John o' Groats
  ],
  [
    { latitude: 51.4775, longitude: -0.4614 }, // Heathrow
    { latitude: -33.9461, longitude: 151.1772 }, // Sydney airport
  ],
];

describe('the reference (Vincenty inverse), against published values', () => {
  it('gives Flinders Peak to Buninyong as 54,972.271 m on GRS80 (Geoscience Australia, Vincenty 1975)', () => {
    const flindersPeak = { latitude: dms(-37, 57, 3.7203), longitude: dms(144, 25, 29.5244) };
    const buninyong = { latitude: dms(-37, 39, 10.1561), longitude: dms(143, 55, 35.3839) };

    const metres = vincentyDistanceM(flindersPeak, buninyong, 6_378_137, 1 / 298.257_222_101);

    expect(metres).toBeCloseTo(54_972.271, 3);
  });

  it('gives the quarter meridian of WGS84 as 10,001,965.729 m', () => {
    expect(vincentyDistanceM({ latitude: 0, longitude: 0 }, { latitude: 90, longitude: 0 })).toBeCloseTo(
      10_001_965.729,
      2,
    );
  });

  it('gives a degree of longitude on the equator as a / 57.2958 (the equator is a circle of radius a)', () => {
    expect(vincentyDistanceM({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(
      (6_378_137 * Math.PI) / 180,
      3,
    );
  });
});

describe('distanceKm', () => {
  it('is the WGS84 distance within a millimetre (a thousandth of the 1 m the schema promises)', () => {
    for (const [from, to] of PAIRS) {
      expect(Math.abs(distanceKm(from, to) * 1000 - vincentyDistanceM(from, to))).toBeLessThan(0.001);
    }
  });

  it('is not the 6,378,137 m sphere the search once used, which is tens of metres off at 25 km', () => {
    const center = { latitude: 51.8994, longitude: -2.0783 };
    const errorsM = Array.from({ length: 24 }, (_, i) => {
      const point = pointAtDistance(center, i * 15, 25_000);
      expect(distanceKm(center, point) * 1000).toBeCloseTo(25_000, 2);
      return Math.abs(getDistance(center, point, 0.001) - 25_000);
    });

    expect(Math.max(...errorsM)).toBeGreaterThan(20);
  });

  it('keeps a point 24.990 km away within 25 km and leaves out one 25.001 km away, in every direction', () => {
    const center = { latitude: 53.4808, longitude: -2.2426 };
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const inside = { id: 'inside', at: pointAtDistance(center, bearing, 24_990) };
      const justInside = { id: 'just-inside', at: pointAtDistance(center, bearing, 24_999.5) };
      const outside = { id: 'outside', at: pointAtDistance(center, bearing, 25_001) };

      const found = nearestWithin(center, 25, [outside, justInside, inside], (item) => item.at);

      expect(found.map((f) => f.item.id)).toEqual(['inside', 'just-inside']);
    }
  });
});

describe('planGeoSearch on the ellipsoid', () => {
  const inPlan = (plan: ReturnType<typeof planGeoSearch>, point: GeoPoint) => {
    const cell = ngeohash.encode(point.latitude, point.longitude, 9).slice(0, plan.precision);
    return plan.ranges.some((range) => cell >= range.fromCell && cell <= range.toCell);
  };

  it.each([
    { label: 'the Scilly Isles', center: { latitude: 49.914, longitude: -6.311 } },
    { label: 'Cheltenham', center: { latitude: 51.8994, longitude: -2.0783 } },
    { label: 'Lerwick', center: { latitude: 60.155, longitude: -1.145 } },
    { label: 'the equator', center: { latitude: 0.5, longitude: 10 } },
  ])('covers every point a metre inside the radius around $label', ({ center }) => {
    for (const radiusKm of [0.3, 1, 5, 25, 60, 100]) {
      const plan = planGeoSearch(center, radiusKm);
      for (let bearing = 0; bearing < 360; bearing += 5) {
        const point = pointAtDistance(center, bearing, radiusKm * 1000 - 1);
        expect(inPlan(plan, point), `${radiusKm} km at ${bearing} degrees`).toBe(true);
      }
    }
  });

  it('covers every point of a ring beyond its hole, and reads no more than the whole circle', () => {
    const center = { latitude: 51.5074, longitude: -0.1278 };
    const area = (plan: ReturnType<typeof planGeoSearch>) => plan.cellsRead / 32 ** plan.precision;
    let ringsRead = 0;
    let circlesRead = 0;
    for (const [beyondKm, radiusKm] of [
      [1, 5],
      [6.25, 25],
      [25, 100],
      [24.9, 25],
    ] as const) {
      const ring = planGeoSearch(center, radiusKm, beyondKm);
      for (let bearing = 0; bearing < 360; bearing += 5) {
        for (const km of [beyondKm + 0.001, (beyondKm + radiusKm) / 2, radiusKm - 0.001]) {
          const point = pointAtDistance(center, bearing, km * 1000);
          expect(inPlan(ring, point), `${km} km at ${bearing} degrees`).toBe(true);
        }
      }
      const circle = planGeoSearch(center, radiusKm);
      expect(area(ring)).toBeLessThanOrEqual(area(circle));
      ringsRead += area(ring);
      circlesRead += area(circle);
    }
    expect(ringsRead).toBeLessThan(circlesRead * 0.8);
  });
});
