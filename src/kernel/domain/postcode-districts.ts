import { CODE_POINT_OPEN_VERSION, POSTCODE_DISTRICT_BOXES } from './postcode-districts-data';
import type { GeoPoint } from './location';

/**
 * Where each postcode district of Great Britain (the outward code: GL50, M1, SW1A) lies, as the WGS84 box
 * around all its postcodes, from Ordnance Survey's Code-Point Open (see postcode-districts.md for source,
 * licence and encoding). Enough to tell a Manchester postcode from a Cheltenham one, and small enough to ship.
 */

/** A WGS84 box in degrees. */
export interface GeoBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export type PostcodeDistrict =
  /** A district Code-Point Open lists; `box` is null when none of its postcodes has coordinates. */
  | { readonly known: true; readonly outwardCode: string; readonly box: GeoBox | null }
  /** An outward code of the right form that is no district of Great Britain (GL99, or BT1 in Northern Ireland). */
  | { readonly known: false; readonly outwardCode: string };

/** The Code-Point Open release the districts come from (e.g. 2025.4.0). */
export const POSTCODE_DISTRICTS_VERSION = CODE_POINT_OPEN_VERSION;

// The encoding: 0.01 degree steps from 9 W, 49 N (all of Great Britain lies between 8.7 W-1.8 E and
// 49.8-60.9 N), each step count as two base-36 digits (up to 1295), in the order west, south, east, north.
const ORIGIN_LONGITUDE = -9;
const ORIGIN_LATITUDE = 49;
const STEPS_PER_DEGREE = 100;
const BOX_LENGTH = 8;

/** A box as the 8 characters the data file holds, rounded outwards to 0.01 degrees. */
export function encodeDistrictBox(box: GeoBox): string {
  const steps = (degrees: number, origin: number, up: boolean): string => {
    const exact = (degrees - origin) * STEPS_PER_DEGREE;
    const count = up ? Math.ceil(exact) : Math.floor(exact);
    if (count < 0 || count > 1295) throw new RangeError(`${degrees} is outside Great Britain`);
    return count.toString(36).padStart(2, '0');
  };
  return (
    steps(box.west, ORIGIN_LONGITUDE, false) +
    steps(box.south, ORIGIN_LATITUDE, false) +
    steps(box.east, ORIGIN_LONGITUDE, true) +
    steps(box.north, ORIGIN_LATITUDE, true)
  );
}

/** The box 8 characters of the data file stand for. */
export function decodeDistrictBox(text: string): GeoBox {
  const at = (index: number, origin: number): number =>
    origin + parseInt(text.slice(index * 2, index * 2 + 2), 36) / STEPS_PER_DEGREE;
  return {
    west: at(0, ORIGIN_LONGITUDE),
    south: at(1, ORIGIN_LATITUDE),
    east: at(2, ORIGIN_LONGITUDE),
    north: at(3, ORIGIN_LATITUDE),
  };
}

// Parsed on the first postcode checked, not when the module loads: most requests never look at one.
let districts: ReadonlyMap<string, string | null> | null = null;

function loadDistricts(): ReadonlyMap<string, string | null> {
  if (districts) return districts;
  const parsed = new Map<string, string | null>();
  for (const entry of POSTCODE_DISTRICT_BOXES.split(' ')) {
    // An outward code is letters then a digit; a box is exactly 8 characters after it.
    const outward = /^[A-Z]{1,2}[0-9][0-9A-Z]?/.exec(entry)?.[0] ?? entry;
    const box = entry.slice(outward.length);
    parsed.set(outward, box.length === BOX_LENGTH ? box : null);
  }
  districts = parsed;
  return parsed;
}

/** The outward code of a postcode as the register stores it ("GL50 1DY" or the partial "GL50"). */
export function outwardCodeOf(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  const spaced = postcode.trim().toUpperCase().split(/\s+/);
  if (spaced.length === 2 && spaced[0]) return spaced[0];
  return compact.length > 4 ? compact.slice(0, -3) : compact;
}

/** The district a postcode belongs to, known or not. */
export function findPostcodeDistrict(postcode: string): PostcodeDistrict {
  const outwardCode = outwardCodeOf(postcode);
  const all = loadDistricts();
  if (!all.has(outwardCode)) return { known: false, outwardCode };
  const box = all.get(outwardCode) ?? null;
  return { known: true, outwardCode, box: box ? decodeDistrictBox(box) : null };
}

const KM_PER_DEGREE_LATITUDE = 111.2;

/** The shortest distance in kilometres between two boxes (0 when they touch or overlap). */
export function distanceBetweenBoxesKm(a: GeoBox, b: GeoBox): number {
  const dLat = Math.max(a.south - b.north, 0, b.south - a.north);
  const dLon = Math.max(a.west - b.east, 0, b.west - a.east);
  const latitude = (Math.max(a.south, b.south) + Math.min(a.north, b.north)) / 2;
  const kmPerDegreeLongitude = KM_PER_DEGREE_LATITUDE * Math.cos((latitude * Math.PI) / 180);
  return Math.hypot(dLat * KM_PER_DEGREE_LATITUDE, dLon * kmPerDegreeLongitude);
}

/** How far in kilometres a point lies outside a box (0 inside). */
export function distanceOutsideBoxKm(box: GeoBox, point: GeoPoint): number {
  return distanceBetweenBoxesKm(box, {
    west: point.longitude,
    south: point.latitude,
    east: point.longitude,
    north: point.latitude,
  });
}
