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

/** Every council of the reference data, decoded (council-areas-data.ts describes the encoding), in code order. */
function councilAreas(): ReadonlyMap<string, CouncilArea> {
  areas ??= new Map(
    COUNCIL_AREAS.split('|').map((row) => {
      const gssCode = row.slice(0, 9);
      const area: CouncilArea = {
        gssCode,
        name: row.slice(21),
        west: edge(row, 9, -9000),
        south: edge(row, 12, 49000),
        east: edge(row, 15, -9000),
        north: edge(row, 18, 49000),
      };
      return [gssCode, area];
    }),
  );
  return areas;
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
