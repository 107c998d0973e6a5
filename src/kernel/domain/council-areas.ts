import { COUNCIL_BOUNDING_BOXES } from './council-areas-data';
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

// Indexed on first use: ~2 ms of a Lambda cold start that a request without a council code never needs.
let areas: ReadonlyMap<string, CouncilArea> | undefined;

/** The council's box, or null for a code the reference data does not know (a new or renamed council). */
export function findCouncilArea(gssCode: string): CouncilArea | null {
  areas ??= new Map(
    COUNCIL_BOUNDING_BOXES.map(([code, name, west, south, east, north]) => [
      code,
      { gssCode: code, name, west, south, east, north },
    ]),
  );
  return areas.get(gssCode) ?? null;
}

/** Every English council's GSS code the reference data knows (see council-areas.md), in code order. */
export function knownCouncilCodes(): string[] {
  return COUNCIL_BOUNDING_BOXES.map(([code]) => code).sort();
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
