import { getDistance } from 'geolib';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  BRITISH_NATIONAL_GRID,
  OSGB36,
  gridToWgs84,
  isBritishNationalGrid,
  wgs84ToGrid,
} from '../../../src/geo/british-national-grid';

const dms = (degrees: number, minutes: number, seconds: number) => degrees + minutes / 60 + seconds / 3600;

// Ordnance Survey, "A guide to coordinate systems in Great Britain", worked example: Caister water tower.
const CAISTER = { easting: 651409.903, northing: 313177.27 };

describe('British National Grid', () => {
  it("projects exactly as Ordnance Survey's worked example (to a few millimetres)", () => {
    const [longitude, latitude] = proj4(BRITISH_NATIONAL_GRID, `+proj=longlat ${OSGB36} +no_defs`).forward<
      [number, number]
    >([CAISTER.easting, CAISTER.northing]);

    // OSGB36 52°39′27.2531″N 1°43′4.5177″E, published to 0.0001″ (3e-8 degrees, about 3 mm).
    expect(Math.abs(latitude - dms(52, 39, 27.2531))).toBeLessThan(5e-8);
    expect(Math.abs(longitude - dms(1, 43, 4.5177))).toBeLessThan(5e-8);
  });

  it('converts to WGS84 within a few metres of the published position', () => {
    // The Helmert transformation (EPSG 1314) is good to about 5 m; OS publish 52°39′28.723″N 1°42′57.787″E.
    const point = gridToWgs84(CAISTER.easting, CAISTER.northing);

    expect(
      getDistance(point, { latitude: dms(52, 39, 28.723), longitude: dms(1, 42, 57.787) }, 0.01),
    ).toBeLessThan(5);
  });

  it('puts a Cheltenham grid reference in Cheltenham and comes back to within a metre', () => {
    const point = gridToWgs84(395265, 222126);
    const back = wgs84ToGrid(point);

    // Berkeley Mews, High Street, Cheltenham (GL50 1DY).
    expect(getDistance(point, { latitude: 51.8993, longitude: -2.0684 }, 1)).toBeLessThan(300);
    expect(Math.abs(back.easting - 395265)).toBeLessThanOrEqual(1);
    expect(Math.abs(back.northing - 222126)).toBeLessThanOrEqual(1);
  });

  it('tells grid references from degrees', () => {
    expect(isBritishNationalGrid(395265, 222126)).toBe(true);
    expect(isBritishNationalGrid(-2.07, 51.9)).toBe(false);
    expect(isBritishNationalGrid(800000, 222126)).toBe(false);
  });
});
