/**
 * The distance on the ground between two points: the geodesic on the WGS84 ellipsoid, by Vincenty's inverse
 * method (T. Vincenty, "Direct and inverse solutions of geodesics on the ellipsoid with application of
 * nested equations", Survey Review 23 (176), 1975): iterate on the longitude difference on the auxiliary
 * sphere until it settles, then the distance from the series in u². It is good to a fraction of a
 * millimetre, a million times finer than the search's metre of slack.
 *
 * Why not geographiclib-geodesic (Karney's method, which the project used before): it was 24 KB of the
 * Lambda bundle for this one function, and issue 17 caps the bundle at 1 MB. Vincenty's one weakness is
 * nearly antipodal points, where the iteration may not settle: there the distance is taken on the sphere of
 * the mean radius (0.5% at worst), which no search in England ever asks for (its points are within a few
 * hundred kilometres). tests/unit/geo/geodesic.test.ts holds this to geographiclib-geodesic, kept as a
 * devDependency for that test.
 */
const A = 6_378_137;
const F = 1 / 298.257_223_563;
const B = A * (1 - F);
const MEAN_RADIUS_M = 6_371_008.8;

/** Metres between two points on the WGS84 ellipsoid (degrees in). */
export function geodesicDistanceM(
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
): number {
  const L = radians(to.longitude - from.longitude);
  const U1 = Math.atan((1 - F) * Math.tan(radians(from.latitude)));
  const U2 = Math.atan((1 - F) * Math.tan(radians(to.latitude)));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L;
  for (let iteration = 0; iteration < 100; iteration++) {
    const sinLambda = Math.sin(lambda);
    const cosLambda = Math.cos(lambda);
    const sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
    if (sinSigma === 0) return 0; // the same point
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    // On the equator cos²α is 0 and the term has no meaning (and no weight).
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) *
        F *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - previous) < 1e-12) {
      const u2 = (cos2Alpha * (A * A - B * B)) / (B * B);
      const bigA = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const bigB = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const deltaSigma =
        bigB *
        sinSigma *
        (cos2SigmaM +
          (bigB / 4) *
            (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
              (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
      return B * bigA * (sigma - deltaSigma);
    }
  }
  return sphereDistanceM(from, to);
}

function sphereDistanceM(
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
): number {
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

function radians(value: number): number {
  return (value * Math.PI) / 180;
}
