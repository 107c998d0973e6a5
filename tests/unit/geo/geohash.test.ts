import fc from 'fast-check';
import { getBoundsOfDistance } from 'geolib';
import ngeohash from 'ngeohash';
import { describe, expect, it } from 'vitest';
import { boxAround } from '../../../src/geo/bounding-box';
import { encodeGeohash, geohashBox, geohashesCovering } from '../../../src/geo/geohash';

// The independent references are the libraries these functions replace in the bundle: ngeohash and geolib.
const latitude = fc.double({ min: -89.999, max: 89.999, noNaN: true });
const longitude = fc.double({ min: -179.999, max: 179.999, noNaN: true });
const precision = fc.integer({ min: 1, max: 9 });
const england = fc.record({
  latitude: fc.double({ min: 49.9, max: 55.8, noNaN: true }),
  longitude: fc.double({ min: -6.4, max: 1.8, noNaN: true }),
});

describe('geohashes', () => {
  it('encodes every point as ngeohash does, at every precision', () => {
    fc.assert(
      fc.property(latitude, longitude, precision, (lat, lon, chars) => {
        expect(encodeGeohash(lat, lon, chars)).toBe(ngeohash.encode(lat, lon, chars));
      }),
      { numRuns: 2000 },
    );
  });

  it('encodes a point on a halving line as ngeohash does (into the lower half)', () => {
    for (const [lat, lon] of [
      [0, 0],
      [45, 90],
      [-45, -90],
      [51.5, -0.125],
      [90, 180],
      [-90, -180],
    ] as const) {
      expect(encodeGeohash(lat, lon, 9)).toBe(ngeohash.encode(lat, lon, 9));
    }
  });

  it("gives a cell's extent as ngeohash's decode_bbox does", () => {
    fc.assert(
      fc.property(latitude, longitude, precision, (lat, lon, chars) => {
        const cell = ngeohash.encode(lat, lon, chars);
        const [south, west, north, east] = ngeohash.decode_bbox(cell);

        expect(geohashBox(cell)).toEqual({ south, west, north, east });
      }),
      { numRuns: 2000 },
    );
  });

  it("covers a box with the cells ngeohash's bboxes gives", () => {
    fc.assert(
      fc.property(
        england,
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.double({ min: 0.001, max: 0.8, noNaN: true }),
        fc.integer({ min: 3, max: 7 }),
        (corner, height, width, chars) => {
          const box = {
            south: corner.latitude,
            west: corner.longitude,
            north: corner.latitude + height,
            east: corner.longitude + width,
          };
          const expected = ngeohash.bboxes(box.south, box.west, box.north, box.east, chars);
          fc.pre(expected.length <= 5000);

          expect(geohashesCovering(box, chars).sort()).toEqual([...expected].sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a string that is not a geohash', () => {
    expect(() => geohashBox('gcpa')).toThrow('Not a geohash: gcpa');
  });
});

describe('the box around a circle', () => {
  it("is geolib's getBoundsOfDistance, to the nanodegree", () => {
    fc.assert(
      fc.property(
        fc.record({ latitude: fc.double({ min: -85, max: 85, noNaN: true }), longitude }),
        fc.double({ min: 1, max: 200_000, noNaN: true }),
        (center, distanceM) => {
          const [southWest, northEast] = getBoundsOfDistance(center, distanceM);
          const box = boxAround(center, distanceM);

          expect(box.south).toBeCloseTo(southWest?.latitude ?? Number.NaN, 9);
          expect(box.west).toBeCloseTo(southWest?.longitude ?? Number.NaN, 9);
          expect(box.north).toBeCloseTo(northEast?.latitude ?? Number.NaN, 9);
          expect(box.east).toBeCloseTo(northEast?.longitude ?? Number.NaN, 9);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes every longitude when it reaches a pole', () => {
    const box = boxAround({ latitude: 89.9, longitude: 10 }, 50_000);

    expect(box).toMatchObject({ north: 90, west: -180, east: 180 });
    expect(box.south).toBeCloseTo(89.9 - 50_000 / 6_378_137 / (Math.PI / 180), 9);
  });
});
