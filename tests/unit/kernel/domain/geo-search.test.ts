import ngeohash from 'ngeohash';
import { describe, expect, it } from 'vitest';
import {
  GEO_PARTITION_PRECISION,
  MAX_RANGES,
  distanceKm,
  nearestWithin,
  planGeoSearch,
  planNearest,
  unreadFrontierKm,
} from '../../../../src/kernel/domain/geo-search';
import type { GeoRange } from '../../../../src/kernel/domain/geo-search';
import { referenceDistanceM } from '../../../support/karney';

const CHELTENHAM = { latitude: 51.8994, longitude: -2.0783 };
const LERWICK = { latitude: 60.155, longitude: -1.145 };

describe('planGeoSearch', () => {
  it.each([0.5, 1, 5, 25, 60, 100])(
    'reads a %s km circle in at most %s ranges of one partition each',
    (radiusKm) => {
      const plan = planGeoSearch(CHELTENHAM, radiusKm);

      expect(plan.ranges.length).toBeLessThanOrEqual(MAX_RANGES);
      for (const range of plan.ranges) {
        expect(range.fromCell.length).toBe(plan.precision);
        expect(range.toCell.length).toBe(plan.precision);
        expect(range.fromCell <= range.toCell).toBe(true);
        expect(range.fromCell.startsWith(range.partitionCell)).toBe(true);
        expect(range.toCell.startsWith(range.partitionCell)).toBe(true);
        expect(range.partitionCell).toHaveLength(GEO_PARTITION_PRECISION);
      }
    },
  );

  it('chooses finer cells for smaller circles', () => {
    expect(planGeoSearch(CHELTENHAM, 1).precision).toBeGreaterThan(planGeoSearch(CHELTENHAM, 25).precision);
    expect(planGeoSearch(CHELTENHAM, 25).precision).toBeGreaterThanOrEqual(
      planGeoSearch(CHELTENHAM, 100).precision,
    );
  });

  it('reads an area of the same order as the circle, not the whole bounding box of cells', () => {
    for (const radiusKm of [1, 5, 25]) {
      const plan = planGeoSearch(CHELTENHAM, radiusKm);
      const [south, west, north, east] = ngeohash.decode_bbox(plan.ranges[0]?.fromCell ?? '');
      const cellKm2 =
        distanceKm({ latitude: south, longitude: west }, { latitude: north, longitude: west }) *
        distanceKm({ latitude: south, longitude: west }, { latitude: south, longitude: east });
      const readKm2 = plan.cellsRead * cellKm2;

      expect(readKm2 / (Math.PI * radiusKm ** 2)).toBeLessThan(6);
    }
  });

  it('covers every cell that holds a point within the radius, far north too', () => {
    const plan = planGeoSearch(LERWICK, 5);
    const inRange = (hash: string) =>
      plan.ranges.some((range) => {
        const cell = hash.slice(0, plan.precision);
        return cell >= range.fromCell && cell <= range.toCell;
      });
    for (let bearing = 0; bearing < 360; bearing += 10) {
      const radians = (bearing * Math.PI) / 180;
      // Points just inside the circle, in every direction (checked with the library's distance).
      const point = {
        latitude: LERWICK.latitude + (4.99 / 111.2) * Math.cos(radians),
        longitude:
          LERWICK.longitude +
          (4.99 / (111.2 * Math.cos((LERWICK.latitude * Math.PI) / 180))) * Math.sin(radians),
      };
      if (distanceKm(LERWICK, point) > 5) continue;
      expect(inRange(ngeohash.encode(point.latitude, point.longitude, 9))).toBe(true);
    }
  });
});

describe('nearestWithin', () => {
  it('keeps the points within the radius, nearest first, ties by id', () => {
    const items = [
      { id: 'b', at: { latitude: 51.9, longitude: -2.08 } },
      { id: 'a', at: { latitude: 51.9, longitude: -2.08 } },
      { id: 'far', at: { latitude: 52.5, longitude: -2.0 } },
      { id: 'nowhere', at: null },
      { id: 'near', at: CHELTENHAM },
    ];

    const found = nearestWithin(CHELTENHAM, 10, items, (item) => item.at);

    expect(found.map((f) => f.item.id)).toEqual(['near', 'a', 'b']);
    expect(found[0]?.distanceKm).toBe(0);
  });
});

describe('planGeoSearch leaving out what was read (readRanges)', () => {
  // Every stored geohash in a range, at precision 8, as the index's sort-key bounds select it.
  const covers = (ranges: readonly { fromCell: string; toCell: string }[], cell: string) =>
    ranges.some(({ fromCell, toCell }) => cell >= fromCell && cell.slice(0, toCell.length) <= toCell);

  it.each([
    [0.8, 2],
    [1.5, 4],
    [5, 9],
  ])(
    'a ring beyond a %s km circle out to %s km leaves nothing out and reads little twice',
    (innerKm, outerKm) => {
      const inner = planGeoSearch(CHELTENHAM, innerKm, 0, { maxRanges: 4 });
      const ring = planGeoSearch(CHELTENHAM, outerKm, innerKm, { readRanges: inner.ranges, maxRanges: 7 });
      // The same ring leaving out only the cells wholly within the inner circle, as before readRanges.
      const loose = planGeoSearch(CHELTENHAM, outerKm, innerKm, { maxRanges: 7 });
      let bothLoose = 0;
      expect(ring.ranges.length).toBeLessThanOrEqual(7);
      // Points on a grid over the outer circle, each by ngeohash (an independent encoder): every point
      // within the outer circle is in the inner plan or the ring, and few in both (gaps joined across read cells).
      let both = 0;
      let points = 0;
      for (let dLat = -outerKm; dLat <= outerKm; dLat += outerKm / 40) {
        for (let dLon = -outerKm; dLon <= outerKm; dLon += outerKm / 40) {
          const point = {
            latitude: CHELTENHAM.latitude + dLat / 111.2,
            longitude:
              CHELTENHAM.longitude + dLon / (111.2 * Math.cos((CHELTENHAM.latitude * Math.PI) / 180)),
          };
          const cell = ngeohash.encode(point.latitude, point.longitude, 8);
          const inInner = covers(inner.ranges, cell);
          const inRing = covers(ring.ranges, cell);
          if (distanceKm(CHELTENHAM, point) <= outerKm) {
            points++;
            expect(inInner || inRing).toBe(true);
          }
          if (inInner && inRing) both++;
          if (inInner && covers(loose.ranges, cell)) bothLoose++;
        }
      }
      expect(points).toBeGreaterThan(4000);
      // Only gaps joined across read cells are read twice: a small share.
      expect(both / points).toBeLessThan(0.2);
      // Leaving out only what lies wholly within reads 26 to 62% of these points twice; exactly, 3 to 10%.
      expect(both).toBeLessThan(bothLoose / 2);
    },
  );
});

describe('planNearest and unreadFrontierKm (the paged search, nearest first)', () => {
  // Seeded points around a centre, out to 1.3 times the radius; distances by Karney's method (geographiclib).
  function pointsAround(center: { latitude: number; longitude: number }, radiusKm: number, count: number) {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const degrees = (radiusKm * 1.3) / 111;
    return Array.from({ length: count }, () => {
      const point = {
        latitude: center.latitude + (rand() * 2 - 1) * degrees,
        longitude:
          center.longitude + ((rand() * 2 - 1) * degrees) / Math.cos((center.latitude * Math.PI) / 180),
      };
      return {
        point,
        km: referenceDistanceM(center, point) / 1000,
        hash: ngeohash.encode(point.latitude, point.longitude, 9),
      };
    });
  }
  const inRanges = (hash: string, ranges: readonly GeoRange[]) =>
    ranges.some((range) => {
      const cell = hash.slice(0, range.fromCell.length);
      return hash.startsWith(range.partitionCell) && cell >= range.fromCell && cell <= range.toCell;
    });

  it.each([
    [CHELTENHAM, 1, 8],
    [CHELTENHAM, 5, 4],
    [CHELTENHAM, 25, 7],
    [LERWICK, 5, 8],
  ])(
    'covers every point within the circle, and little beyond (%o, %s km, %s ranges)',
    (center, radiusKm, maxRanges) => {
      const plan = planNearest(center, radiusKm, radiusKm, -1, [], maxRanges);
      const points = pointsAround(center, radiusKm, 3000);

      expect(plan.ranges.length).toBeLessThanOrEqual(maxRanges);
      for (const { km, hash } of points) if (km <= radiusKm) expect(inRanges(hash, plan.ranges)).toBe(true);
      const read = points.filter(({ hash }) => inRanges(hash, plan.ranges)).length;
      const within = points.filter(({ km }) => km <= radiusKm).length;
      // A disc in 8 Z-order ranges reads about 1.5 times its area (about 1.8 in 4).
      expect(read / within).toBeLessThan(maxRanges >= 7 ? 1.75 : 2.4);
    },
  );

  it('leaves out what was read, and the frontier is nearer than every point not read', () => {
    const radiusKm = 10;
    const first = planNearest(CHELTENHAM, 3, radiusKm, -1, [], 6);
    const frontier = unreadFrontierKm(CHELTENHAM, radiusKm, -1, first.ranges);
    const ring = planNearest(CHELTENHAM, 6, radiusKm, frontier, first.ranges, 6);
    const after = unreadFrontierKm(CHELTENHAM, radiusKm, frontier, [...first.ranges, ...ring.ranges]);
    const points = pointsAround(CHELTENHAM, radiusKm, 4000);

    expect(frontier).toBeGreaterThanOrEqual(2.99);
    expect(after).toBeGreaterThan(frontier);
    for (const { km, hash } of points) {
      const readFirst = inRanges(hash, first.ranges);
      const readRing = inRanges(hash, ring.ranges);
      if (km <= radiusKm && !readFirst) expect(km).toBeGreaterThanOrEqual(frontier);
      if (km <= radiusKm && !readFirst && !readRing) expect(km).toBeGreaterThanOrEqual(after);
      if (km <= 6 && !readFirst) expect(readRing).toBe(true);
    }
    expect(unreadFrontierKm(CHELTENHAM, radiusKm, radiusKm, [])).toBe(Infinity);
  });
});
