import ngeohash from 'ngeohash';
import { describe, expect, it } from 'vitest';
import {
  GEO_PARTITION_PRECISION,
  MAX_RANGES,
  distanceKm,
  firstSearchRadius,
  nextSearchRadius,
  nearestWithin,
  planGeoSearch,
} from '../../../../src/kernel/domain/geo-search';

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

describe('the growing circles of a nearest-first page', () => {
  it('starts small for a wide search, and just beyond the cursor for a later page', () => {
    expect(firstSearchRadius(1, null)).toBe(1);
    expect(firstSearchRadius(32, null)).toBe(2);
    expect(firstSearchRadius(32, 8)).toBeCloseTo(10.1, 5);
    expect(firstSearchRadius(32, 30)).toBe(32);
  });

  it('widens by the density seen, reads the rest at once when little is left, and never passes the radius', () => {
    expect(nextSearchRadius(2, 5, 21, 100)).toBeCloseTo(2 * Math.sqrt(21 / 5) * 1.3, 5);
    expect(nextSearchRadius(2, 0, 21, 100)).toBe(8);
    expect(nextSearchRadius(5, 1, 21, 25)).toBe(25);
    expect(nextSearchRadius(60, 20, 21, 100)).toBe(100);
  });
});
