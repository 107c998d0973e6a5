import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  POSTCODE_DISTRICTS_VERSION,
  decodeDistrictBox,
  decodeDistrictTable,
  distanceBetweenBoxesKm,
  encodeDistrictBox,
  encodeDistrictTable,
  findPostcodeDistrict,
  knownOutwardCodes,
  outwardCodeOf,
} from '../../../../src/kernel/domain/postcode-districts';
import { createHash } from 'node:crypto';
import { POSTCODE_DISTRICT_BOXES } from '../../../../src/kernel/domain/postcode-districts-data';

describe('the postcode district table', () => {
  it('holds every district of Great Britain from Code-Point Open, in a few tens of kilobytes', () => {
    const entries = knownOutwardCodes();

    expect(POSTCODE_DISTRICTS_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(entries.length).toBeGreaterThan(2800);
    expect(new Set(entries.map(outwardCodeOf)).size).toBe(entries.length);
    expect(POSTCODE_DISTRICT_BOXES.length).toBeLessThan(20_000);
  });

  // The table as the register read it before its compact encoding (issue 17), with the Outer Hebrides mended:
  // 2,873 outward codes, 9 without a box, entries copied from the old file ('AB10j0mjj7mo', 'HS177pk7dpn': the
  // code then 8 characters), and the digest of JSON.stringify of the whole map of outward code to 8-character
  // box (or null), in the old file's order.
  it('decodes to the table of the previous encoding, HS1 to HS9 read with their boxes', () => {
    const table = decodeDistrictTable(POSTCODE_DISTRICT_BOXES);

    expect(table.size).toBe(2873);
    expect([...table.values()].filter((box) => box === null)).toHaveLength(9);
    expect(table.get('AB10')).toBe('j0mjj7mo');
    expect(table.get('AB30')).toBe('hollimm2');
    expect(table.get('B1')).toBe('jn9njr9q');
    expect(table.get('YO90')).toBe('lydrm0dt');
    expect(table.get('ZE3')).toBe('lcu6lgua');
    expect(table.get('S94')).toBeNull();
    // The old reading ran a box that starts with a digit into a one-digit code (HS1 read as HS17, no box).
    expect(table.get('HS1')).toBe('77pk7dpn');
    expect(table.get('HS3')).toBe('5aoc6gp1');
    expect(table.get('HS9')).toBe('41lz4gmd');
    expect(table.has('HS17')).toBe(false);
    expect(
      createHash('sha256')
        .update(JSON.stringify([...table]))
        .digest('hex'),
    ).toBe('09f0826fed69518f67058e9e0402512c372a6e3eac4752053577ae0cca275447');
  });

  it('places Stornoway in HS1 and Castlebay, Barra, in HS9 (their coordinates from the Ordnance Survey map)', () => {
    const inside = (code: string, latitude: number, longitude: number) => {
      const district = findPostcodeDistrict(`${code} 1AA`);
      if (!district.known || !district.box) return false;
      const { west, south, east, north } = district.box;
      return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
    };

    expect(inside('HS1', 58.209, -6.387)).toBe(true);
    expect(inside('HS9', 56.955, -7.487)).toBe(true);
    expect(inside('HS9', 58.209, -6.387)).toBe(false);
  });

  it('encodes any table of districts so that it decodes to the same districts and boxes', () => {
    const pair = fc.integer({ min: 0, max: 1295 }).map((n) => n.toString(36).padStart(2, '0'));
    const box = fc.oneof(
      fc.constant(null),
      fc.tuple(pair, pair, pair, pair).map((parts) => parts.join('')),
    );
    const district = fc.tuple(
      fc.constantFrom('B', 'AB', 'HS', 'SW', 'W'),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom('', 'A', 'W', 'Y'),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(district, box), { selector: ([d]) => d.join('') }), (entries) => {
        const sorted = [...entries]
          .sort(([a], [b]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .map(([[area, number, letter], districtBox]): [string, string | null] => [
            `${area}${number}${letter}`,
            districtBox,
          ]);
        expect([...decodeDistrictTable(encodeDistrictTable(sorted))]).toEqual(sorted);
      }),
    );
    // A near box in 6 characters, a wide one in 9, none in 1: the box may start with a digit.
    expect(
      encodeDistrictTable([
        ['HS1', '77pk7dpn'],
        ['HS2', null],
        ['HS3', '77pk8dpn'],
      ]),
    ).toBe('HS77pk63.!77pk8dpn');
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
