import type { GeoBox } from './geohash';

/** The sphere the box is drawn on: radius a of WGS84, as geolib's (src/kernel/domain/geo-search.ts pads for the ellipsoid). */
const EARTH_RADIUS_M = 6_378_137;

/**
 * The latitude and longitude box holding every point within `distanceM` of `center` on a sphere of radius
 * 6,378,137 m, by J. P. Matuschek's bounding coordinates ("Finding points within a distance of a
 * latitude/longitude using bounding coordinates", 2010): the latitude range is the angular distance either
 * side; the longitude range is widest at the latitude where the circle's meridians touch it,
 * asin(sin d / cos latitude). A box reaching a pole takes every longitude. Written here rather than taken
 * from geolib for the Lambda bundle (src/geo/geohash.ts says why); tests/unit/geo/geohash.test.ts holds it to
 * geolib's getBoundsOfDistance.
 */
export function boxAround(center: { latitude: number; longitude: number }, distanceM: number): GeoBox {
  const angle = distanceM / EARTH_RADIUS_M;
  const latitude = radians(center.latitude);
  const longitude = radians(center.longitude);
  let south = latitude - angle;
  let north = latitude + angle;
  let west: number;
  let east: number;
  if (south > -Math.PI / 2 && north < Math.PI / 2) {
    const halfWidth = Math.asin(Math.sin(angle) / Math.cos(latitude));
    west = longitude - halfWidth;
    if (west < -Math.PI) west += 2 * Math.PI;
    east = longitude + halfWidth;
    if (east > Math.PI) east -= 2 * Math.PI;
  } else {
    south = Math.max(south, -Math.PI / 2);
    north = Math.min(north, Math.PI / 2);
    west = -Math.PI;
    east = Math.PI;
  }
  return { south: degrees(south), west: degrees(west), north: degrees(north), east: degrees(east) };
}

function radians(value: number): number {
  return (value * Math.PI) / 180;
}

function degrees(value: number): number {
  return (value * 180) / Math.PI;
}
