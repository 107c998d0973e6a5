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

/**
 * The data file's table (postcode-districts.md, "Encoding"): groups separated by spaces, one per postcode area,
 * each the area's letters then its districts. A district is its suffix and `:` (left out when the suffix is the
 * number after the previous district's, or 1 for the first of the group), then `.` when it has no box, `!` and
 * the 8 characters of its box, or 6 characters: the box's west and south pairs, then how many 0.01 degree steps
 * east lies beyond west and north beyond south, one base-36 digit each (the box of most districts).
 */
const TABLE_DISTRICT = /(?:([0-9]{1,2}[A-Z]?):)?(\.|![0-9a-z]{8}|[0-9a-z]{6})/y;
const pair = (count: number): string => count.toString(36).padStart(2, '0');

/** The districts of the data file's table, as outward codes with their 8-character boxes (null for none). */
export function decodeDistrictTable(table: string): Map<string, string | null> {
  const parsed = new Map<string, string | null>();
  for (const group of table.split(' ')) {
    const area = /^[A-Z]+/.exec(group)?.[0] ?? '';
    let number = 0;
    TABLE_DISTRICT.lastIndex = area.length;
    while (TABLE_DISTRICT.lastIndex < group.length) {
      const at = TABLE_DISTRICT.lastIndex;
      const [, explicit, box = ''] = TABLE_DISTRICT.exec(group) ?? [];
      if (!box)
        throw new Error(`postcode district table: cannot read ${group.slice(at, at + 12)} in ${area}`);
      const suffix = explicit ?? String(number + 1);
      number = parseInt(suffix, 10);
      parsed.set(
        area + suffix,
        box === '.'
          ? null
          : box.startsWith('!')
            ? box.slice(1)
            : box.slice(0, 4) +
              pair(parseInt(box.slice(0, 2), 36) + parseInt(box.charAt(4), 36)) +
              pair(parseInt(box.slice(2, 4), 36) + parseInt(box.charAt(5), 36)),
      );
    }
  }
  return parsed;
}

/** The data file's table for districts in table order (area by area), each with its 8-character box or null. */
export function encodeDistrictTable(districts: readonly (readonly [string, string | null])[]): string {
  const groups: string[] = [];
  let area = '';
  let number = 0;
  for (const [outwardCode, box] of districts) {
    const [, districtArea = '', suffix = ''] = /^([A-Z]+)([0-9]{1,2}[A-Z]?)$/.exec(outwardCode) ?? [];
    if (!districtArea) throw new Error(`${outwardCode} is not an outward code`);
    if (box !== null && !/^[0-9a-z]{8}$/.test(box)) throw new Error(`${outwardCode}: ${box} is not a box`);
    if (districtArea !== area) {
      groups.push(districtArea);
      area = districtArea;
      number = 0;
    }
    let text = suffix === String(number + 1) ? '' : `${suffix}:`;
    number = parseInt(suffix, 10);
    if (box === null) text += '.';
    else {
      const width = parseInt(box.slice(4, 6), 36) - parseInt(box.slice(0, 2), 36);
      const height = parseInt(box.slice(6, 8), 36) - parseInt(box.slice(2, 4), 36);
      text +=
        width >= 0 && width < 36 && height >= 0 && height < 36
          ? box.slice(0, 4) + width.toString(36) + height.toString(36)
          : `!${box}`;
    }
    groups[groups.length - 1] += text;
  }
  return groups.join(' ');
}

// Parsed on the first postcode checked, not when the module loads: most requests never look at one.
let districts: ReadonlyMap<string, string | null> | null = null;

function loadDistricts(): ReadonlyMap<string, string | null> {
  districts ??= decodeDistrictTable(POSTCODE_DISTRICT_BOXES);
  return districts;
}

/** Every outward code of the data file's table, in table order (area by area). */
export function knownOutwardCodes(): string[] {
  return [...loadDistricts().keys()];
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
