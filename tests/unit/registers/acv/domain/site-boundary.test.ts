import { describe, expect, it } from 'vitest';
import {
  boundaryToWkt,
  MAX_BOUNDARY_POSITIONS,
  parseBoundary,
} from '../../../../../src/registers/acv/domain/site-boundary';

// A square of Cheltenham's Montpellier Gardens, by hand.
const SQUARE = 'POLYGON((-2.08 51.895, -2.079 51.895, -2.079 51.896, -2.08 51.896, -2.08 51.895))';

describe('site boundaries as WKT', () => {
  it('reads a polygon as GeoJSON coordinates, longitude first', () => {
    expect(parseBoundary(SQUARE)).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [-2.08, 51.895],
          [-2.079, 51.895],
          [-2.079, 51.896],
          [-2.08, 51.896],
          [-2.08, 51.895],
        ],
      ],
    });
  });

  it('reads a multipolygon with a hole, in any spacing and case, and writes it back canonically', () => {
    const wkt =
      'multipolygon (((0 0,4 0,4 4,0 4,0 0),( 1 1, 2 1, 2 2, 1 2, 1 1 )),\n((10 10, 11 10, 11 11, 10 10)))';
    const parsed = parseBoundary(wkt);
    expect(typeof parsed === 'string' ? parsed : parsed.coordinates.map((p) => p.length)).toEqual([2, 1]);
    expect(typeof parsed === 'string' ? parsed : boundaryToWkt(parsed)).toBe(
      'MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1)), ((10 10, 11 10, 11 11, 10 10)))',
    );
  });

  it.each([
    ['a point', 'POINT(-2.08 51.895)', 'must be a WKT POLYGON'],
    ['an open ring', 'POLYGON((0 0, 1 0, 1 1, 0 1))', 'does not end where it starts'],
    ['a ring of three positions', 'POLYGON((0 0, 1 0, 0 0))', 'fewer than 4'],
    ['latitude out of range', 'POLYGON((0 0, 1 0, 1 91, 0 0))', 'outside WGS84'],
    ['a missing bracket', 'POLYGON((0 0, 1 0, 1 1, 0 0)', 'not well-formed'],
    ['text after it', `${SQUARE} x`, 'not well-formed'],
    ['a coordinate with Z', 'POLYGON((0 0 1, 1 0 1, 1 1 1, 0 0 1))', 'not well-formed'],
  ])('refuses %s', (_name, wkt, message) => {
    expect(parseBoundary(wkt)).toContain(message);
  });

  it(`refuses more than ${MAX_BOUNDARY_POSITIONS} positions`, () => {
    const ring = Array.from({ length: MAX_BOUNDARY_POSITIONS }, (_, i) => `${i / 1e4} 0`);
    expect(parseBoundary(`POLYGON((${[...ring, '0 1', '0 0'].join(', ')}))`)).toContain('at most');
  });
});
