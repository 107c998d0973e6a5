import { getDistance } from 'geolib';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  gridToOsgb36,
  gridToWgs84,
  isBritishNationalGrid,
  osgb36ToGrid,
  osgb36ToWgs84,
  wgs84ToGrid,
  wgs84ToOsgb36,
} from '../../../src/geo/british-national-grid';

// The independent reference: proj4 with EPSG:27700 as GDAL and the EPSG registry define it.
const OSGB36 = '+ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489';
const BRITISH_NATIONAL_GRID = `+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 ${OSGB36} +units=m +no_defs`;
const toWgs84 = proj4(BRITISH_NATIONAL_GRID, 'EPSG:4326');

const dms = (degrees: number, minutes: number, seconds: number) => degrees + minutes / 60 + seconds / 3600;
const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (value: number) => (value * Math.PI) / 180;
/** Metres per degree of latitude, and of longitude at `latitude`, near enough for tolerances. */
const metresNorth = (deltaDegrees: number) => deltaDegrees * 111_320;
const metresEast = (deltaDegrees: number, latitude: number) =>
  deltaDegrees * 111_320 * Math.cos(radians(latitude));

// Every 50 km over the grid's land and sea, from the Scillies to Shetland and across to Lowestoft.
const GRID_POINTS: { easting: number; northing: number }[] = [];
for (let easting = 0; easting <= 700_000; easting += 50_000) {
  for (let northing = 0; northing <= 1_250_000; northing += 50_000) GRID_POINTS.push({ easting, northing });
}

// Ordnance Survey, "A guide to coordinate systems in Great Britain", worked example: Caister water tower.
const CAISTER = { easting: 651409.903, northing: 313177.27 };

describe('British National Grid', () => {
  it("projects exactly as Ordnance Survey's worked example (to a few millimetres)", () => {
    const point = gridToOsgb36(CAISTER.easting, CAISTER.northing);

    // OSGB36 52°39′27.2531″N 1°43′4.5177″E, published to 0.0001″ (3e-8 degrees, about 3 mm).
    expect(Math.abs(degrees(point.latitude) - dms(52, 39, 27.2531))).toBeLessThan(5e-8);
    expect(Math.abs(degrees(point.longitude) - dms(1, 43, 4.5177))).toBeLessThan(5e-8);
  });

  it("projects Ordnance Survey's worked example back to its grid reference (to a millimetre)", () => {
    const grid = osgb36ToGrid({
      latitude: radians(dms(52, 39, 27.2531)),
      longitude: radians(dms(1, 43, 4.5177)),
    });

    // The published degrees are rounded to 0.0001″, about 3 mm.
    expect(Math.abs(grid.easting - CAISTER.easting)).toBeLessThan(0.005);
    expect(Math.abs(grid.northing - CAISTER.northing)).toBeLessThan(0.005);
  });

  it('agrees with proj4 on WGS84 latitude and longitude to the millimetre over the whole grid', () => {
    for (const { easting, northing } of GRID_POINTS) {
      const [longitude, latitude] = toWgs84.forward<[number, number]>([easting, northing]);
      const point = osgb36ToWgs84(gridToOsgb36(easting, northing));

      expect(Math.abs(metresNorth(degrees(point.latitude) - latitude))).toBeLessThan(0.001);
      expect(Math.abs(metresEast(degrees(point.longitude) - longitude, latitude))).toBeLessThan(0.001);
    }
  });

  it('agrees with proj4 on the grid reference of WGS84 degrees to the millimetre over the whole grid', () => {
    for (const { easting, northing } of GRID_POINTS) {
      const [longitude, latitude] = toWgs84.forward<[number, number]>([easting, northing]);
      const [expectedEasting, expectedNorthing] = toWgs84.inverse<[number, number]>([longitude, latitude]);
      const grid = osgb36ToGrid(
        wgs84ToOsgb36({ latitude: radians(latitude), longitude: radians(longitude) }),
      );

      expect(Math.abs(grid.easting - expectedEasting)).toBeLessThan(0.001);
      expect(Math.abs(grid.northing - expectedNorthing)).toBeLessThan(0.001);
    }
  });

  it('rounds WGS84 degrees to 6 decimals and grid references to whole metres', () => {
    const [longitude, latitude] = toWgs84.forward<[number, number]>([395265, 222126]);

    expect(gridToWgs84(395265, 222126)).toEqual({
      latitude: Math.round(latitude * 1e6) / 1e6,
      longitude: Math.round(longitude * 1e6) / 1e6,
    });
    expect(wgs84ToGrid({ latitude, longitude })).toEqual({ easting: 395265, northing: 222126 });
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
