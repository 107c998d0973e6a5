import geodesic from 'geographiclib-geodesic';
import type { GeoPoint } from '../../src/kernel/domain/location';

/**
 * The brute-force reference of the distance tests: Karney's geodesic on WGS84 by his own library
 * (geographiclib-geodesic, a test-only dependency), a different method from the register's Vincenty
 * (src/geo/geodesic.ts), so a test comparing the two is not checking the code against itself.
 */
export function referenceDistanceM(from: GeoPoint, to: GeoPoint): number {
  const { WGS84, DISTANCE } = geodesic.Geodesic;
  return WGS84.Inverse(from.latitude, from.longitude, to.latitude, to.longitude, DISTANCE).s12 ?? Number.NaN;
}
