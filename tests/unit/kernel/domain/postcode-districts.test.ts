import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  POSTCODE_DISTRICTS_VERSION,
  decodeDistrictBox,
  distanceBetweenBoxesKm,
  encodeDistrictBox,
  findPostcodeDistrict,
  outwardCodeOf,
} from '../../../../src/kernel/domain/postcode-districts';
import { POSTCODE_DISTRICT_BOXES } from '../../../../src/kernel/domain/postcode-districts-data';

describe('the postcode district table', () => {
  it('holds every district of Great Britain from Code-Point Open, in a few tens of kilobytes', () => {
    const entries = POSTCODE_DISTRICT_BOXES.split(' ');

    expect(POSTCODE_DISTRICTS_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(entries.length).toBeGreaterThan(2800);
    expect(new Set(entries.map(outwardCodeOf)).size).toBe(entries.length);
    expect(POSTCODE_DISTRICT_BOXES.length).toBeLessThan(40_000);
  });

  it('puts Cheltenham, Manchester and London districts where they are', () => {
    const gl50 = findPostcodeDistrict('GL50 1DY');
    const m1 = findPostcodeDistrict('M1 1AE');
    const sw1a = findPostcodeDistrict('SW1A');

    // The Promenade, Piccadilly Gardens and Westminster each lie in their district's box.
    for (const [district, latitude, longitude] of [
      [gl50, 51.8994, -2.0783],
      [m1, 53.4808, -2.2366],
      [sw1a, 51.501, -0.1246],
    ] as const) {
      expect(district.known).toBe(true);
      if (!district.known || !district.box) throw new Error('expected a district with a box');
      expect(latitude).toBeGreaterThanOrEqual(district.box.south);
      expect(latitude).toBeLessThanOrEqual(district.box.north);
      expect(longitude).toBeGreaterThanOrEqual(district.box.west);
      expect(longitude).toBeLessThanOrEqual(district.box.east);
    }
  });

  it('knows the districts that have postcodes but no coordinates, and no districts that do not exist', () => {
    expect(findPostcodeDistrict('S94 1AA')).toEqual({ known: true, outwardCode: 'S94', box: null });
    expect(findPostcodeDistrict('GL99 1AA')).toEqual({ known: false, outwardCode: 'GL99' });
    // Northern Ireland, the Channel Islands and the Isle of Man are not in Code-Point Open.
    expect(findPostcodeDistrict('BT1 1AA')).toEqual({ known: false, outwardCode: 'BT1' });
  });

  it.each([
    ['GL50 1DY', 'GL50'],
    ['GL50', 'GL50'],
    ['gl501dy', 'GL50'],
    ['M1 1AE', 'M1'],
    ['SW1A 2AA', 'SW1A'],
    ['EC1A1BB', 'EC1A'],
  ])('takes the outward code of %j as %s', (postcode, outward) => {
    expect(outwardCodeOf(postcode)).toBe(outward);
  });

  it('encodes a box outwards to 0.01 degree and decodes it to a box that holds the original', () => {
    const lon = fc.double({ min: -8.9, max: 2.9, noNaN: true });
    const lat = fc.double({ min: 49.1, max: 61.9, noNaN: true });
    fc.assert(
      fc.property(lon, lon, lat, lat, (a, b, c, d) => {
        const box = {
          west: Math.min(a, b),
          east: Math.max(a, b),
          south: Math.min(c, d),
          north: Math.max(c, d),
        };
        const decoded = decodeDistrictBox(encodeDistrictBox(box));
        // Within floating-point error (1e-9 degree is 0.1 mm).
        expect(decoded.west).toBeLessThanOrEqual(box.west + 1e-9);
        expect(decoded.south).toBeLessThanOrEqual(box.south + 1e-9);
        expect(decoded.east).toBeGreaterThanOrEqual(box.east - 1e-9);
        expect(decoded.north).toBeGreaterThanOrEqual(box.north - 1e-9);
        expect(box.west - decoded.west).toBeLessThan(0.0101);
        expect(decoded.north - box.north).toBeLessThan(0.0101);
      }),
    );
  });

  it('measures the gap between boxes: none when they overlap, kilometres when apart', () => {
    const cheltenham = { west: -2.143, south: 51.858, east: -2.01, north: 51.939 };

    expect(distanceBetweenBoxesKm(cheltenham, { west: -2.1, south: 51.9, east: -2.0, north: 52 })).toBe(0);
    // One degree of latitude north of it.
    expect(
      distanceBetweenBoxesKm(cheltenham, { west: -2.1, south: 52.939, east: -2.0, north: 53 }),
    ).toBeCloseTo(111.2, 1);
  });
});
