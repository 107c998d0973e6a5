import { COUNCIL_AREAS } from './council-areas-data';
import type { GeoPoint } from './location';

/** An English council's extent as a WGS84 box (see council-areas.md for source and licence). */
export interface CouncilArea {
  readonly gssCode: string;
  readonly name: string;
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

// Decoded and indexed on first use: ~2 ms of a Lambda cold start that a request without a council code never needs.
let areas: ReadonlyMap<string, CouncilArea> | undefined;

/** A box edge of council-areas-data.ts: 3 base-36 digits of thousandths of a degree from `origin` (integers, so exact). */
function edge(row: string, at: number, originThousandths: number): number {
  return (parseInt(row.slice(at, at + 3), 36) + originThousandths) / 1000;
}

/** The GSS code after `code` (E06000001 after E06000000). */
function nextCode(code: string): string {
  return code.slice(0, 3) + String(Number(code.slice(3)) + 1).padStart(6, '0');
}

/** Every council of the reference data, decoded (council-areas-data.ts describes the encoding), in code order. */
function councilAreas(): ReadonlyMap<string, CouncilArea> {
  if (areas) return areas;
  const decoded = new Map<string, CouncilArea>();
  let gssCode = '';
  for (const text of COUNCIL_AREAS.split('|')) {
    // A row without its code is the council with the code after the previous row's.
    const written = /^E\d{8}/.exec(text)?.[0];
    gssCode = written ?? nextCode(gssCode);
    const row = written ? text.slice(9) : text;
    decoded.set(gssCode, {
      gssCode,
      name: row.slice(12),
      west: edge(row, 0, -9000),
      south: edge(row, 3, 49000),
      east: edge(row, 6, -9000),
      north: edge(row, 9, 49000),
    });
  }
  areas = decoded;
  return decoded;
}

/** The council's box, or null for a code the reference data does not know (a new or renamed council). */
export function findCouncilArea(gssCode: string): CouncilArea | null {
  return councilAreas().get(gssCode) ?? null;
}

/** Every English council's GSS code the reference data knows (see council-areas.md), in code order. */
export function knownCouncilCodes(): string[] {
  return [...councilAreas().keys()].sort();
}

/** True for the GSS code of an English council the reference data knows (see council-areas.md). */
export function isKnownCouncilCode(gssCode: string): boolean {
  return findCouncilArea(gssCode) !== null;
}

const KM_PER_DEGREE_LATITUDE = 111.2;

/** How far, in kilometres, `point` lies outside `area`'s box (0 when inside). */
export function distanceOutsideKm(area: CouncilArea, point: GeoPoint): number {
  const kmPerDegreeLongitude = KM_PER_DEGREE_LATITUDE * Math.cos((point.latitude * Math.PI) / 180);
  const dLat = Math.max(area.south - point.latitude, 0, point.latitude - area.north);
  const dLon = Math.max(area.west - point.longitude, 0, point.longitude - area.east);
  return Math.hypot(dLat * KM_PER_DEGREE_LATITUDE, dLon * kmPerDegreeLongitude);
}
