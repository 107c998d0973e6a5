import type { GeoPoint } from '../../src/kernel/domain/location';

/**
 * A reference for the distance tests, written apart from the code under test (src/geo/geodesic.ts, itself
 * held to Karney's method by geographiclib-geodesic): Vincenty's inverse formula on the WGS84 ellipsoid, written from T. Vincenty,
 * "Direct and inverse solutions of geodesics on the ellipsoid with application of nested equations",
 * Survey Review 23 (176), 1975, pp. 88-93. It iterates on the longitude on the auxiliary sphere and is
 * accurate to about half a millimetre; it fails to converge only for nearly antipodal points, which these
 * tests never use (it throws then). Checked against published values in tests/unit/registers/colocation/domain/geo-distance.test.ts.
 */
const A = 6_378_137;
const F = 1 / 298.257_223_563;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The geodesic distance in metres between two points on an ellipsoid (WGS84 unless given), by Vincenty's inverse. */
export function vincentyDistanceM(from: GeoPoint, to: GeoPoint, a = A, f = F): number {
  const b = a * (1 - f);
  const L = radians(to.longitude - from.longitude);
  const U1 = Math.atan((1 - f) * Math.tan(radians(from.latitude)));
  const U2 = Math.atan((1 - f) * Math.tan(radians(to.latitude)));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  for (let iteration = 0; iteration < 200; iteration++) {
    const sinLambda = Math.sin(lambda);
    const cosLambda = Math.cos(lambda);
    const sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
    if (sinSigma === 0) return 0; // the same point
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    const cosSqAlpha = 1 - sinAlpha * sinAlpha;
    // On the equator cos^2(alpha) is 0 and the term vanishes (Vincenty's note).
    const cos2SigmaM = cosSqAlpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cosSqAlpha;
    const C = (f / 16) * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) *
        f *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - previous) < 1e-13) {
      const uSq = (cosSqAlpha * (a * a - b * b)) / (b * b);
      const bigA = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
      const bigB = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
      const deltaSigma =
        bigB *
        sinSigma *
        (cos2SigmaM +
          (bigB / 4) *
            (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
              (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
      return b * bigA * (sigma - deltaSigma);
    }
  }
  throw new Error('Vincenty inverse did not converge (nearly antipodal points)');
}

/**
 * The point `distanceM` from `center` along `bearingDegrees` (clockwise from north), found by bisection
 * on the Vincenty distance along a straight line in degrees: not a geodesic direct solution, but its
 * distance is exact to a millimetre by construction, which is all a boundary test needs.
 */
export function pointAtDistance(center: GeoPoint, bearingDegrees: number, distanceM: number): GeoPoint {
  const theta = radians(bearingDegrees);
  const along = (t: number): GeoPoint => ({
    latitude: center.latitude + t * Math.cos(theta),
    longitude: center.longitude + (t * Math.sin(theta)) / Math.cos(radians(center.latitude)),
  });
  let low = 0;
  let high = (distanceM / 100_000) * 2; // degrees: surely beyond
  for (let step = 0; step < 100; step++) {
    const mid = (low + high) / 2;
    if (vincentyDistanceM(center, along(mid)) < distanceM) low = mid;
    else high = mid;
  }
  return along((low + high) / 2);
}
