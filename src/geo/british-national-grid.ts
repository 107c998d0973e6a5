import proj4 from 'proj4';

/**
 * British National Grid (EPSG:27700) to and from WGS84 (EPSG:4326), by proj4 with the OSGB36 datum shift
 * as published in the EPSG registry (a 7-parameter Helmert transformation, good to a few metres, which is
 * the precision of a council's map reference anyway).
 */
/** The OSGB36 datum: Airy 1830 and its shift to WGS84 (EPSG transformation 1314). */
export const OSGB36 = '+ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489';
/** EPSG:27700 as a proj4 definition. */
export const BRITISH_NATIONAL_GRID = `+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 ${OSGB36} +units=m +no_defs`;
const converter = proj4(BRITISH_NATIONAL_GRID, 'EPSG:4326');

/** Grid references inside Great Britain's grid (0-700 km east, 0-1,300 km north). */
export function isBritishNationalGrid(easting: number, northing: number): boolean {
  return easting > 0 && easting < 700_000 && northing > 0 && northing < 1_300_000;
}

/** WGS84 degrees of a grid reference, rounded to 6 decimals (about 0.1 m). */
export function gridToWgs84(easting: number, northing: number): { latitude: number; longitude: number } {
  const [longitude, latitude] = converter.forward<[number, number]>([easting, northing]);
  return { latitude: round(latitude, 6), longitude: round(longitude, 6) };
}

/** The grid reference of a WGS84 point, in whole metres. */
export function wgs84ToGrid(point: { latitude: number; longitude: number }): {
  easting: number;
  northing: number;
} {
  const [easting, northing] = converter.inverse<[number, number]>([point.longitude, point.latitude]);
  return { easting: Math.round(easting), northing: Math.round(northing) };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
