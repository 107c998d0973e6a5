/**
 * British National Grid (EPSG:27700) to and from WGS84 (EPSG:4326), written here rather than taken from
 * proj4 because proj4 was 48 KB of the Lambda bundle for these two functions (issue 17's 1 MB budget).
 *
 * Grid to WGS84 is three steps, and WGS84 to grid the same three undone:
 * 1. The grid is a transverse Mercator projection of the Airy 1830 ellipsoid (the OSGB36 datum): true origin
 *    49°N 2°W, scale 0.9996012717 on the central meridian, false origin 400 km west and 100 km north of it.
 *    The projection is Krüger's series in the third flattening n to sixth order, as in C. F. F. Karney,
 *    "Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85 (2011), equations 6-11 and
 *    35-36: well under a millimetre anywhere on the grid (Redfearn's series that Ordnance Survey publish is
 *    good to about a millimetre there, and proj4's `tmerc` is Krüger's too).
 * 2. OSGB36 latitude and longitude (height 0) to earth-centred x, y, z on Airy 1830.
 * 3. The 7-parameter Helmert transformation to WGS84 (EPSG transformation 1314, the `towgs84` proj4 and
 *    GDAL use for EPSG:27700; position vector convention), good to a few metres, which is the precision of
 *    a council's map reference anyway. Then x, y, z back to latitude and longitude on WGS84.
 *
 * tests/unit/geo/british-national-grid.test.ts holds this to proj4 (kept as a devDependency for that test
 * only) to the millimetre across the grid, and to Ordnance Survey's worked example.
 */

interface Ellipsoid {
  /** Semi-major axis in metres. */
  readonly a: number;
  /** First eccentricity squared. */
  readonly e2: number;
}

const ellipsoid = (a: number, b: number): Ellipsoid => ({ a, e2: 1 - (b * b) / (a * a) });

/**
 * Airy 1830, the OSGB36 ellipsoid: semi-axes as proj4 has them (Ordnance Survey print b as 6,356,256.909; the
 * millimetre moves no point by as much as a millimetre, and with proj4's figure the two agree to nanometres).
 */
const AIRY_1830 = ellipsoid(6_377_563.396, 6_356_256.91);
/** WGS84: a and flattening 1/298.257223563. */
const WGS84 = ellipsoid(6_378_137, 6_378_137 * (1 - 1 / 298.257_223_563));

/** The National Grid's projection (Ordnance Survey, "A guide to coordinate systems in Great Britain"). */
const GRID = {
  scale: 0.999_601_271_7,
  originLatitude: radians(49),
  centralMeridian: radians(-2),
  falseEasting: 400_000,
  falseNorthing: -100_000,
};

const ARC_SECOND = Math.PI / (180 * 3600);
/**
 * OSGB36 to WGS84 (EPSG:1314): translations in metres, rotations in arc seconds, scale in parts per million,
 * as in proj4's `+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489`.
 */
const OSGB36_TO_WGS84 = {
  tx: 446.448,
  ty: -125.157,
  tz: 542.06,
  rx: 0.15 * ARC_SECOND,
  ry: 0.247 * ARC_SECOND,
  rz: 0.842 * ARC_SECOND,
  scale: 1 + -20.489e-6,
};

/** Grid references inside Great Britain's grid (0-700 km east, 0-1,300 km north). */
export function isBritishNationalGrid(easting: number, northing: number): boolean {
  return easting > 0 && easting < 700_000 && northing > 0 && northing < 1_300_000;
}

/** WGS84 degrees of a grid reference, rounded to 6 decimals (about 0.1 m). */
export function gridToWgs84(easting: number, northing: number): { latitude: number; longitude: number } {
  const { latitude, longitude } = osgb36ToWgs84(gridToOsgb36(easting, northing));
  return { latitude: round(degrees(latitude), 6), longitude: round(degrees(longitude), 6) };
}

/** The grid reference of a WGS84 point, in whole metres. */
export function wgs84ToGrid(point: { latitude: number; longitude: number }): {
  easting: number;
  northing: number;
} {
  const { easting, northing } = osgb36ToGrid(
    wgs84ToOsgb36({ latitude: radians(point.latitude), longitude: radians(point.longitude) }),
  );
  return { easting: Math.round(easting), northing: Math.round(northing) };
}

/** Latitude and longitude in radians. */
export interface Radians {
  readonly latitude: number;
  readonly longitude: number;
}

/** OSGB36 latitude and longitude (radians) of a grid reference, unrounded: step 1 undone. */
export function gridToOsgb36(easting: number, northing: number): Radians {
  const { a, beta, xi0 } = KRUGER;
  const xi = (northing - GRID.falseNorthing) / (GRID.scale * a) + xi0;
  const eta = (easting - GRID.falseEasting) / (GRID.scale * a);
  let xiPrime = xi;
  let etaPrime = eta;
  for (let j = 1; j <= beta.length; j++) {
    const b = beta[j - 1] ?? 0;
    xiPrime -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaPrime -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const tauPrime = Math.sin(xiPrime) / Math.hypot(Math.sinh(etaPrime), Math.cos(xiPrime));
  const lambda = Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
  return { latitude: Math.atan(tauFromConformal(tauPrime)), longitude: GRID.centralMeridian + lambda };
}

/** The grid reference of an OSGB36 latitude and longitude (radians), unrounded: step 1. */
export function osgb36ToGrid(point: Radians): { easting: number; northing: number } {
  const { a, alpha, xi0 } = KRUGER;
  const lambda = point.longitude - GRID.centralMeridian;
  const tauPrime = conformalTau(Math.tan(point.latitude));
  const xiPrime = Math.atan2(tauPrime, Math.cos(lambda));
  const etaPrime = Math.asinh(Math.sin(lambda) / Math.hypot(tauPrime, Math.cos(lambda)));
  let xi = xiPrime;
  let eta = etaPrime;
  for (let j = 1; j <= alpha.length; j++) {
    const c = alpha[j - 1] ?? 0;
    xi += c * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
    eta += c * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
  }
  return {
    easting: GRID.falseEasting + GRID.scale * a * eta,
    northing: GRID.falseNorthing + GRID.scale * a * (xi - xi0),
  };
}

/** Steps 2 and 3: OSGB36 (height 0) to WGS84, through earth-centred coordinates. */
export function osgb36ToWgs84(point: Radians): Radians {
  const { x, y, z } = toCartesian(point, AIRY_1830);
  const { tx, ty, tz, rx, ry, rz, scale } = OSGB36_TO_WGS84;
  return fromCartesian(
    {
      x: scale * (x - rz * y + ry * z) + tx,
      y: scale * (rz * x + y - rx * z) + ty,
      z: scale * (-ry * x + rx * y + z) + tz,
    },
    WGS84,
  );
}

/** Steps 3 and 2 undone: WGS84 (height 0) to OSGB36. The inverse rotation is the transpose (to 1e-11). */
export function wgs84ToOsgb36(point: Radians): Radians {
  const cartesian = toCartesian(point, WGS84);
  const { tx, ty, tz, rx, ry, rz, scale } = OSGB36_TO_WGS84;
  const x = (cartesian.x - tx) / scale;
  const y = (cartesian.y - ty) / scale;
  const z = (cartesian.z - tz) / scale;
  return fromCartesian(
    { x: x + rz * y - ry * z, y: -rz * x + y + rx * z, z: ry * x - rx * y + z },
    AIRY_1830,
  );
}

interface Cartesian {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

function toCartesian({ latitude, longitude }: Radians, { a, e2 }: Ellipsoid): Cartesian {
  const sinLatitude = Math.sin(latitude);
  const primeVertical = a / Math.sqrt(1 - e2 * sinLatitude * sinLatitude);
  return {
    x: primeVertical * Math.cos(latitude) * Math.cos(longitude),
    y: primeVertical * Math.cos(latitude) * Math.sin(longitude),
    z: primeVertical * (1 - e2) * sinLatitude,
  };
}

/** Latitude and longitude of a point near the surface, by fixed-point iteration on the latitude. */
function fromCartesian({ x, y, z }: Cartesian, { a, e2 }: Ellipsoid): Radians {
  const p = Math.hypot(x, y);
  let latitude = Math.atan2(z, p * (1 - e2));
  for (let iteration = 0; iteration < 10; iteration++) {
    const sinLatitude = Math.sin(latitude);
    const primeVertical = a / Math.sqrt(1 - e2 * sinLatitude * sinLatitude);
    const next = Math.atan2(z + e2 * primeVertical * sinLatitude, p);
    const settled = Math.abs(next - latitude) < 1e-13;
    latitude = next;
    if (settled) break;
  }
  return { latitude, longitude: Math.atan2(y, x) };
}

/** Karney (2011) equations 7-9: tan of the conformal latitude from tan of the geodetic one. */
function conformalTau(tau: number): number {
  const e = Math.sqrt(AIRY_1830.e2);
  const sigma = Math.sinh(e * Math.atanh((e * tau) / Math.sqrt(1 + tau * tau)));
  return tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau);
}

/** conformalTau undone by Newton's method (Karney 2011, equations 19-21); converges in 2-3 steps. */
function tauFromConformal(tauPrime: number): number {
  const e2 = AIRY_1830.e2;
  let tau = tauPrime;
  for (let iteration = 0; iteration < 10; iteration++) {
    const tauPrimeAt = conformalTau(tau);
    const step =
      ((tauPrime - tauPrimeAt) / Math.sqrt(1 + tauPrimeAt * tauPrimeAt)) *
      ((1 + (1 - e2) * tau * tau) / ((1 - e2) * Math.sqrt(1 + tau * tau)));
    tau += step;
    if (Math.abs(step) < 1e-14 * Math.max(1, Math.abs(tau))) break;
  }
  return tau;
}

/** The series' constants for Airy 1830 (Karney 2011, equations 14, 35 and 36), computed once. */
const KRUGER = ((): { a: number; alpha: number[]; beta: number[]; xi0: number } => {
  const f = 1 - Math.sqrt(1 - AIRY_1830.e2);
  const n = f / (2 - f);
  const [n2, n3, n4, n5, n6] = [n ** 2, n ** 3, n ** 4, n ** 5, n ** 6];
  // The rectifying radius: the meridian's length is 2 pi times it.
  const a = (AIRY_1830.a / (1 + n)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
  const alpha = [
    n / 2 - (2 * n2) / 3 + (5 * n3) / 16 + (41 * n4) / 180 - (127 * n5) / 288 + (7891 * n6) / 37800,
    (13 * n2) / 48 - (3 * n3) / 5 + (557 * n4) / 1440 + (281 * n5) / 630 - (1983433 * n6) / 1935360,
    (61 * n3) / 240 - (103 * n4) / 140 + (15061 * n5) / 26880 + (167603 * n6) / 181440,
    (49561 * n4) / 161280 - (179 * n5) / 168 + (6601661 * n6) / 7257600,
    (34729 * n5) / 80640 - (3418889 * n6) / 1995840,
    (212378941 * n6) / 319334400,
  ];
  const beta = [
    n / 2 - (2 * n2) / 3 + (37 * n3) / 96 - n4 / 360 - (81 * n5) / 512 + (96199 * n6) / 604800,
    n2 / 48 + n3 / 15 - (437 * n4) / 1440 + (46 * n5) / 105 - (1118711 * n6) / 3870720,
    (17 * n3) / 480 - (37 * n4) / 840 - (209 * n5) / 4480 + (5569 * n6) / 90720,
    (4397 * n4) / 161280 - (11 * n5) / 504 - (830251 * n6) / 7257600,
    (4583 * n5) / 161280 - (108847 * n6) / 3991680,
    (20648693 * n6) / 638668800,
  ];
  // The true origin's latitude in the projection's units: its xi on the central meridian (eta = 0).
  const xiPrime0 = Math.atan(conformalTau(Math.tan(GRID.originLatitude)));
  let xi0 = xiPrime0;
  alpha.forEach((c, index) => (xi0 += c * Math.sin(2 * (index + 1) * xiPrime0)));
  return { a, alpha, beta, xi0 };
})();

function radians(value: number): number {
  return (value * Math.PI) / 180;
}

function degrees(value: number): number {
  return (value * 180) / Math.PI;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
