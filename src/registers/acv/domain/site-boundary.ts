/**
 * An ACV site's boundary as planning.data.gov.uk publishes it (`geometry`): WKT `POLYGON` or `MULTIPOLYGON`
 * in WGS84, longitude before latitude. A nomination may give it; the open-data files carry it (as WKT in the
 * CSV, as the GeoJSON geometry). The boundary is parsed once, checked (numbers in range, every ring closed
 * with at least 4 positions, at most MAX_BOUNDARY_POSITIONS in all so an entry stays well inside a DynamoDB
 * item), and stored written out again in one canonical form.
 *
 * Why not a library: the register needs two geometry types and no operations on them; the WKT packages on
 * npm (wellknown, wkx) parse a dozen types with Buffers and return loosely typed objects. This grammar is
 * the OGC simple-features one for these two types, without Z or M coordinates.
 */
import { badInput } from '../../../kernel/domain/errors';

/** Positions in all rings together: a detailed field boundary has a few hundred. */
export const MAX_BOUNDARY_POSITIONS = 5000;

type Position = [number, number];
type Ring = Position[];
export type BoundaryGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: Ring[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: Ring[][] };

/** The reason `wkt` is not a boundary, or the boundary as GeoJSON (RFC 7946) coordinates. */
export function parseBoundary(wkt: string): BoundaryGeometry | string {
  const text = wkt.trim().replace(/\s+/g, ' ');
  const head = /^(MULTIPOLYGON|POLYGON) ?\(/i.exec(text);
  if (!head?.[1]) return 'must be a WKT POLYGON((lon lat, ...)) or MULTIPOLYGON(((lon lat, ...)))';
  const multi = head[1].toUpperCase() === 'MULTIPOLYGON';
  let at = head[0].length - 1;
  let positions = 0;
  let problem: string | null = null;

  const expect = (char: string): boolean => {
    while (text[at] === ' ') at += 1;
    if (text[at] !== char) return false;
    at += 1;
    return true;
  };
  const list = <T>(item: () => T | null): T[] | null => {
    if (!expect('(')) return null;
    const items: T[] = [];
    do {
      const next = item();
      if (next === null) return null;
      items.push(next);
    } while (expect(','));
    return expect(')') ? items : null;
  };
  const position = (): Position | null => {
    const match = /^ ?(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?) (-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(
      text.slice(at),
    );
    if (!match) return null;
    at += match[0].length;
    const lon = Number(match[1]);
    const lat = Number(match[2]);
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) problem ??= 'has a position outside WGS84 (lon, lat)';
    positions += 1;
    return [lon, lat];
  };
  const ring = (): Ring | null => {
    const points = list(position);
    if (!points) return null;
    const first = points[0];
    const last = points.at(-1);
    if (points.length < 4) problem ??= 'has a ring of fewer than 4 positions';
    else if (!first || !last || first[0] !== last[0] || first[1] !== last[1])
      problem ??= 'has a ring that does not end where it starts';
    return points;
  };
  const polygon = () => list(ring);
  const coordinates = multi ? list(polygon) : polygon();
  if (!coordinates || text.slice(at).trim() !== '')
    return 'is not well-formed WKT: rings are lists of "lon lat" pairs in brackets, separated by commas';
  if (problem) return problem;
  if (positions > MAX_BOUNDARY_POSITIONS)
    return `has ${positions} positions; at most ${MAX_BOUNDARY_POSITIONS} are kept (simplify it)`;
  return multi
    ? { type: 'MultiPolygon', coordinates: coordinates as Ring[][] }
    : { type: 'Polygon', coordinates: coordinates as Ring[] };
}

/** The boundary checked and written in canonical WKT; BAD_USER_INPUT naming `field` otherwise. */
export function normaliseBoundary(wkt: string, field: string): string {
  const parsed = parseBoundary(wkt);
  if (typeof parsed === 'string') throw badInput(field, parsed);
  return boundaryToWkt(parsed);
}

const ringText = (ring: Ring) => `(${ring.map(([lon, lat]) => `${lon} ${lat}`).join(', ')})`;
const polygonText = (rings: Ring[]) => `(${rings.map(ringText).join(', ')})`;

/** WKT of a boundary, as planning.data writes it (`POLYGON ((lon lat, ...))`). */
export function boundaryToWkt(geometry: BoundaryGeometry): string {
  return geometry.type === 'Polygon'
    ? `POLYGON ${polygonText(geometry.coordinates)}`
    : `MULTIPOLYGON (${geometry.coordinates.map(polygonText).join(', ')})`;
}
