/**
 * Distance search planning: which geohash cells cover a circle, and how they are read as few key ranges of
 * one DynamoDB index. Pure: no AWS. Geohashing is src/geo/geohash.ts (held to ngeohash); distances are on the
 * ground, on the WGS84 ellipsoid, by Vincenty's inverse geodesic (src/geo/geodesic.ts, held to Karney's
 * geographiclib to the millimetre; src/geo is the Lambda bundle's budget at work). A 6,378,137 m sphere
 * (src/geo/bounding-box.ts, held to geolib) only sizes the bounding box.
 *
 * The sphere and the ellipsoid: a distance on that sphere is up to 0.22% off the ellipsoid's (0.11%
 * long in England), so the bounding box it gives for a radius is padded by ELLIPSOID_BOX_PADDING: a degree
 * of latitude is shortest on the ellipsoid at the equator, a(1 - e^2) = 6,335,439 m of radius against the
 * sphere's 6,378,137 m, 0.674% less, and a degree of longitude is never shorter on the ellipsoid than on
 * that sphere (the prime vertical radius is at least a). Every cell is then kept or dropped by its
 * ellipsoidal distance, so nothing within the radius on the ellipsoid falls outside the plan.
 *
 * How items are indexed: every searchable item stores its geohash at GEO_STORED_PRECISION (9 characters,
 * about 5 m) in the index sort key, partitioned by the first GEO_PARTITION_PRECISION characters (a cell of
 * about 156 x 90 km in England). Because a geohash's prefixes are the cells containing it, one index can be
 * read at any precision from 3 to 9: the sort-key range `[cellA, cellB~]` within a partition returns every
 * item whose cell at that precision lies between cellA and cellB in geohash (Z-order) order.
 *
 * How a search is planned (planGeoSearch): for each precision, the cells that intersect the circle (from
 * the circle's bounding box, less the cells whose nearest point is beyond the radius); consecutive cells
 * become one range; while there are more than MAX_RANGES ranges, the two ranges separated by the fewest
 * cells are joined; further joins are tried down to one range per partition. The plan with the least
 * cost wins, cost being the area read (as a multiple of the circle's) plus REQUEST_COST per query: a search
 * reads little more than the circle and sends few queries (at most MAX_RANGES, in parallel).
 *
 * A ring (planGeoSearch with `beyondKm`): the cells wholly within `beyondKm` are left out as well, so a
 * search that widens its circle, or a later page, reads only what lies beyond what it has read. A cell is
 * wholly within when its farthest corner is: distance from a point has no maximum inside a cell or along
 * its edges (a meridian or a parallel), so the farthest point of a cell is one of its corners.
 */
import { boxAround } from '../../geo/bounding-box';
import { geodesicDistanceM } from '../../geo/geodesic';
import { encodeGeohash, geohashBox, geohashesCovering } from '../../geo/geohash';
import type { GeoPoint } from './location';

export const GEO_PARTITION_PRECISION = 3;
export const GEO_STORED_PRECISION = 9;
/** At most this many queries per search (more only when the circle spans more partitions than this). */
export const MAX_RANGES = 8;
/**
 * At most this many per ring: a ring's hole can only be left out in more ranges, and what a later page
 * reads must not grow with what earlier pages read (or a dense centre would stop every page at its edge).
 */
export const MAX_RING_RANGES = 48;
// What one more query is worth, as a share of the circle's area read for nothing: a Query costs at least
// half a read unit however little it returns, about what reading a sixth of a 20-offer circle costs.
const REQUEST_COST = 0.15;
// A ring is read because what lies within it was too much to read again: a query is worth less there.
const RING_REQUEST_COST = 0.02;
// Precisions finer than 8 (19 x 38 m cells) never pay: the circle would need thousands of cells.
const FINEST_PLANNED_PRECISION = 8;
// A precision whose bounding box alone needs more cells than this is not considered.
const MAX_CELLS_CONSIDERED = 1500;
const GEOHASH_ALPHABET = '0123456789bcdefghjkmnpqrstuvwxyz';
/** e^2 / (1 - e^2) of WGS84 (0.674%), and a little more: see the header. */
const ELLIPSOID_BOX_PADDING = 1.007;

/** Distance on the ground in kilometres: the WGS84 ellipsoid's geodesic (Vincenty's method, to the millimetre). */
export function distanceKm(from: GeoPoint, to: GeoPoint): number {
  return distanceM(from, to) / 1000;
}

// The cell tests below decide most cells by a cheap spherical distance, within which the ellipsoid's
// lies (it differs from a sphere of the mean radius by well under 1%); only cells near the edge pay for
// the geodesic.
const MEAN_RADIUS_M = 6_371_008.8;
const SPHERE_MARGIN = 0.01;

function sphereDistanceM(from: GeoPoint, to: GeoPoint): number {
  const toRadians = Math.PI / 180;
  const dLat = (to.latitude - from.latitude) * toRadians;
  const dLon = (to.longitude - from.longitude) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.latitude * toRadians) * Math.cos(to.latitude * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether the ellipsoidal distance is at most `limitM`, by the sphere when it is far from the limit. */
function isWithinM(from: GeoPoint, to: GeoPoint, limitM: number): boolean {
  const rough = sphereDistanceM(from, to);
  if (rough <= limitM * (1 - SPHERE_MARGIN)) return true;
  if (rough >= limitM * (1 + SPHERE_MARGIN)) return false;
  return distanceM(from, to) <= limitM;
}

function distanceM(from: GeoPoint, to: GeoPoint): number {
  return geodesicDistanceM(from, to);
}

/** The point's geohash at the stored precision. */
export function geohashOf(point: GeoPoint, precision = GEO_STORED_PRECISION): string {
  return encodeGeohash(point.latitude, point.longitude, precision);
}

/** One query: the index partition (a cell at GEO_PARTITION_PRECISION) and an inclusive range of cells in it. */
export interface GeoRange {
  readonly partitionCell: string;
  readonly fromCell: string;
  readonly toCell: string;
}

/** How a plan may be made: what was read already (left out exactly), how many ranges, what a query costs. */
export interface GeoPlanOptions {
  /**
   * Key ranges of the index read already (earlier rings and pages): left out exactly, so a cell that was
   * read in part is read only in its other parts, at the finest planned precision.
   */
  readonly readRanges?: readonly GeoRange[];
  /** At most this many ranges (default MAX_RANGES, or MAX_RING_RANGES for a ring). */
  readonly maxRanges?: number;
  /** What one more query is worth, as a share of the circle's area read for nothing. */
  readonly requestCost?: number;
}

export interface GeoSearchPlan {
  readonly center: GeoPoint;
  readonly radiusKm: number;
  /** The geohash precision of the cells the ranges are made of. */
  readonly precision: number;
  /** The cells that intersect the circle. */
  readonly cellCount: number;
  /** Cells read in all: the covering cells plus those between them inside joined ranges. */
  readonly cellsRead: number;
  readonly ranges: readonly GeoRange[];
}

/**
 * Plans the queries that read every indexed item within `radiusKm` of `center` (and few beyond); with
 * `beyondKm`, only those farther than `beyondKm` need be read (the ring; nearer ones may come too).
 */
export function planGeoSearch(
  center: GeoPoint,
  radiusKm: number,
  beyondKm = 0,
  options: GeoPlanOptions = {},
): GeoSearchPlan {
  const read = options.readRanges?.length ? toKeyIntervals(options.readRanges) : [];
  const radiusM = radiusKm * 1000;
  // A metre and a millionth more than the radius, so an item exactly on the circle is never left outside.
  const box = boxAround(center, (radiusM * (1 + 1e-6) + 1) * ELLIPSOID_BOX_PADDING);
  // The circle's area in square degrees (a quarter of pi of its bounding box), to weigh reads against it.
  const circleArea = ((box.north - box.south) * (box.east - box.west) * Math.PI) / 4;
  let best: { plan: GeoSearchPlan; cost: number } | null = null;
  for (let precision = FINEST_PLANNED_PRECISION; precision >= GEO_PARTITION_PRECISION; precision--) {
    const [cellLat, cellLon] = cellSizeDegrees(precision);
    const estimate =
      (Math.ceil((box.north - box.south) / cellLat) + 1) * (Math.ceil((box.east - box.west) / cellLon) + 1);
    if (estimate > MAX_CELLS_CONSIDERED) continue;
    const cells = geohashesCovering(box, precision)
      .filter((cell) => cellIntersectsCircle(cell, center, radiusM))
      .filter((cell) => beyondKm <= 0 || !isCellWithin(cell, center, beyondKm * 1000));
    const unit = FINE_CELLS ** (FINEST_PLANNED_PRECISION - precision);
    const limit = options.maxRanges ?? (beyondKm > 0 ? MAX_RING_RANGES : MAX_RANGES);
    const requestCost = options.requestCost ?? (beyondKm > 0 ? RING_REQUEST_COST : REQUEST_COST);
    const startRanges = read.length ? withoutRead(toRanges(cells), unit, read) : toRanges(cells);
    // Every way of joining down from the limit to as few ranges as the partitions allow is a candidate.
    for (const ranges of joinings(startRanges, limit)) {
      const cellsRead = ranges.reduce((sum, range) => sum + range.length, 0) / (read.length ? unit : 1);
      const cost = (cellsRead * cellLat * cellLon) / circleArea + requestCost * ranges.length;
      if (!best || cost < best.cost) {
        best = {
          cost,
          plan: {
            center,
            radiusKm,
            precision,
            cellCount: cells.length,
            cellsRead,
            ranges: ranges.map(({ partitionCell, fromCell, toCell }) => ({
              partitionCell,
              fromCell,
              toCell,
            })),
          },
        };
      }
    }
  }
  if (!best) throw new Error(`No geohash plan for a radius of ${radiusKm} km`);
  return best.plan;
}

/** Height and width of a geohash cell in degrees: 5 bits a character, longitude first. */
function cellSizeDegrees(precision: number): [number, number] {
  const bits = precision * 5;
  const lonBits = Math.ceil(bits / 2);
  const latBits = bits - lonBits;
  return [180 / 2 ** latBits, 360 / 2 ** lonBits];
}

// The nearest point of a cell is found by clamping the centre into the cell's latitude and longitude
// ranges. Off to the east or west the true nearest point of a meridian edge lies a little poleward, so the
// clamped distance can exceed the true one by a few metres at 100 km; the slack keeps such a cell.
function cellIntersectsCircle(cell: string, center: GeoPoint, radiusM: number): boolean {
  const { south, west, north, east } = geohashBox(cell);
  const nearest = {
    latitude: Math.min(Math.max(center.latitude, south), north),
    longitude: Math.min(Math.max(center.longitude, west), east),
  };
  return isWithinM(center, nearest, radiusM * 1.002 + 10);
}

// A metre of slack the other way: a cell is left out of a ring only when it is surely inside the hole.
function isCellWithin(cell: string, center: GeoPoint, radiusM: number): boolean {
  const { south, west, north, east } = geohashBox(cell);
  return [
    { latitude: south, longitude: west },
    { latitude: south, longitude: east },
    { latitude: north, longitude: west },
    { latitude: north, longitude: east },
  ].every((corner) => isWithinM(center, corner, radiusM - 1));
}

interface CellRange extends GeoRange {
  readonly from: number;
  readonly to: number;
  /** Cells in the range, counting those between covering cells. */
  readonly length: number;
}

function cellNumber(cell: string): number {
  let value = 0;
  for (const char of cell) value = value * 32 + GEOHASH_ALPHABET.indexOf(char);
  return value;
}

/** Consecutive cells (in geohash order, within one partition) as ranges. */
function toRanges(cells: readonly string[]): CellRange[] {
  const sorted = [...new Set(cells)].sort();
  const ranges: CellRange[] = [];
  for (const cell of sorted) {
    const partitionCell = cell.slice(0, GEO_PARTITION_PRECISION);
    const number = cellNumber(cell);
    const last = ranges.at(-1);
    if (last && last.partitionCell === partitionCell && last.to + 1 === number) {
      ranges[ranges.length - 1] = { ...last, toCell: cell, to: number, length: last.length + 1 };
    } else {
      ranges.push({ partitionCell, fromCell: cell, toCell: cell, from: number, to: number, length: 1 });
    }
  }
  return ranges;
}

// Read ranges are compared as intervals of cells at FINEST_PLANNED_PRECISION (40 bits: exact in a double).
const FINE_CELLS = 32;

/** A range's cells as an interval of finest cells (its cells may be of any precision up to the finest). */
function fineInterval(range: GeoRange): [number, number] {
  const unit = FINE_CELLS ** (FINEST_PLANNED_PRECISION - range.fromCell.length);
  return [cellNumber(range.fromCell) * unit, (cellNumber(range.toCell) + 1) * unit - 1];
}

/** The ranges' finest-cell intervals, sorted and merged. */
export function toKeyIntervals(ranges: readonly GeoRange[]): [number, number][] {
  const intervals = ranges.map(fineInterval).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of intervals) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** The finest cell of a number, as a geohash of FINEST_PLANNED_PRECISION characters. */
function fineCell(value: number): string {
  let cell = '';
  let rest = value;
  for (let i = 0; i < FINEST_PLANNED_PRECISION; i++) {
    cell = GEOHASH_ALPHABET.charAt(rest % FINE_CELLS) + cell;
    rest = Math.floor(rest / FINE_CELLS);
  }
  return cell;
}

/** Ranges of finest cells as GeoRanges (each within one partition, as the ranges they were cut from). */
export function fromKeyIntervals(intervals: readonly (readonly [number, number])[]): GeoRange[] {
  return intervals.map(([from, to]) => {
    const fromCell = fineCell(from);
    return { partitionCell: fromCell.slice(0, GEO_PARTITION_PRECISION), fromCell, toCell: fineCell(to) };
  });
}

/**
 * The ranges less what was read (`read`: sorted, merged finest-cell intervals), in finest cells (`unit`
 * finest cells a cell of the ranges): what is left of each range, each part a range of its own.
 */
function withoutRead(
  ranges: readonly CellRange[],
  unit: number,
  read: readonly [number, number][],
): CellRange[] {
  const left: CellRange[] = [];
  for (const range of ranges) {
    let from = range.from * unit;
    const to = (range.to + 1) * unit - 1;
    // The first read interval that could overlap: binary search for the last one starting at or before `to`.
    let low = 0;
    let high = read.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((read[middle]?.[1] ?? Infinity) < from) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < read.length && from <= to; i++) {
      const [readFrom, readTo] = read[i] ?? [Infinity, Infinity];
      if (readFrom > to) break;
      if (readFrom > from) left.push(fineRange(range.partitionCell, from, readFrom - 1));
      from = Math.max(from, readTo + 1);
    }
    if (from <= to) left.push(fineRange(range.partitionCell, from, to));
  }
  return left;
}

function fineRange(partitionCell: string, from: number, to: number): CellRange {
  return { partitionCell, fromCell: fineCell(from), toCell: fineCell(to), from, to, length: to - from + 1 };
}

/**
 * The ranges joined step by step, each step joining the two neighbouring ranges of one partition with the
 * fewest cells between them: every result with at most `limit` ranges, down to one range per partition.
 * The cells in a joined gap are read for nothing; planGeoSearch weighs that against the requests saved.
 */
function joinings(input: CellRange[], limit: number): CellRange[][] {
  const ranges = [...input];
  const results: CellRange[][] = ranges.length <= limit ? [[...ranges]] : [];
  for (;;) {
    let bestIndex = -1;
    let bestGap = Infinity;
    for (let i = 0; i + 1 < ranges.length; i++) {
      const left = ranges[i];
      const right = ranges[i + 1];
      if (!left || !right || left.partitionCell !== right.partitionCell) continue;
      const gap = right.from - left.to - 1;
      if (gap < bestGap) {
        bestGap = gap;
        bestIndex = i;
      }
    }
    const left = ranges[bestIndex];
    const right = ranges[bestIndex + 1];
    if (!left || !right) break;
    ranges.splice(bestIndex, 2, {
      ...left,
      toCell: right.toCell,
      to: right.to,
      length: left.length + bestGap + right.length,
    });
    if (ranges.length <= limit) results.push([...ranges]);
  }
  if (results.length === 0) results.push(ranges);
  return results;
}

/** Items with a location, nearest first (ties by id), keeping only those within `radiusKm`. */
export function nearestWithin<T extends { readonly id: string }>(
  center: GeoPoint,
  radiusKm: number,
  items: readonly T[],
  locate: (item: T) => GeoPoint | null,
): { item: T; distanceKm: number }[] {
  const found: { item: T; distanceKm: number }[] = [];
  for (const item of items) {
    const location = locate(item);
    if (!location) continue;
    const distance = distanceKm(center, location);
    if (distance <= radiusKm) found.push({ item, distanceKm: distance });
  }
  return found.sort(
    (a, b) => a.distanceKm - b.distanceKm || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
  );
}

/**
 * Nearest-first reading (the paged distance search): the cells not read yet, nearest first, at mixed
 * precision. A cell is whole when it lies wholly within the circle wanted and outside the hole read; a
 * cell across an edge (the circle's, the hole's, the search radius') is split into its 32 children, down to
 * a precision whose cells are small beside the circle (at most about NEAREST_EDGE_CELLS along its edges), so
 * what is read beyond the circle is a thin rim. Cells that follow each other in geohash order are one key
 * range; while there are more ranges than allowed, the two separated by the fewest cells are joined.
 */
export interface NearestPlan {
  readonly ranges: readonly GeoRange[];
  /** Finest cells (precision 8) read in all, gaps joined included. */
  readonly fineCellsRead: number;
}

// About this many cells of the finest precision used along the edges of what a round reads.
const NEAREST_EDGE_CELLS = 240;

/** What one cell at the finest planned precision covers, in km^2, at a latitude. */
export function fineCellAreaKm2(latitude: number): number {
  const [cellLat, cellLon] = cellSizeDegrees(FINEST_PLANNED_PRECISION);
  const kmPerDegree = (2 * Math.PI * MEAN_RADIUS_M) / 360 / 1000;
  return cellLat * kmPerDegree * cellLon * kmPerDegree * Math.cos((latitude * Math.PI) / 180);
}

/** A lower bound of the distance in metres from the centre to any point of the cell. */
function cellNearestM(cell: string, center: GeoPoint): number {
  const { south, west, north, east } = geohashBox(cell);
  const nearest = {
    latitude: Math.min(Math.max(center.latitude, south), north),
    longitude: Math.min(Math.max(center.longitude, west), east),
  };
  if (nearest.latitude === center.latitude && nearest.longitude === center.longitude) return 0;
  // The clamped point may lie a little farther than the cell's true nearest point (see cellIntersectsCircle).
  return Math.max(0, (distanceM(center, nearest) - 10) / 1.002);
}

/** How much of `interval` the read intervals (sorted, merged) cover: 'none', 'part' or 'all'. */
function readCover(
  interval: readonly [number, number],
  read: readonly [number, number][],
): 'none' | 'part' | 'all' {
  let low = 0;
  let high = read.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((read[middle]?.[1] ?? Infinity) < interval[0]) low = middle + 1;
    else high = middle;
  }
  const first = read[low];
  if (!first || first[0] > interval[1]) return 'none';
  return first[0] <= interval[0] && first[1] >= interval[1] ? 'all' : 'part';
}

function cellInterval(cell: string): [number, number] {
  const unit = FINE_CELLS ** (FINEST_PLANNED_PRECISION - cell.length);
  return [cellNumber(cell) * unit, (cellNumber(cell) + 1) * unit - 1];
}

/** The coarsest cells, of one precision, that cover the circle's bounding box in a few dozen at most. */
function startCells(center: GeoPoint, radiusKm: number): string[] {
  const box = boxAround(center, (radiusKm * 1000 * (1 + 1e-6) + 1) * ELLIPSOID_BOX_PADDING);
  for (let precision = FINEST_PLANNED_PRECISION; precision > GEO_PARTITION_PRECISION; precision--) {
    const [cellLat, cellLon] = cellSizeDegrees(precision);
    const estimate =
      (Math.ceil((box.north - box.south) / cellLat) + 1) * (Math.ceil((box.east - box.west) / cellLon) + 1);
    if (estimate <= 64) return geohashesCovering(box, precision);
  }
  return geohashesCovering(box, GEO_PARTITION_PRECISION);
}

/** The finest precision worth splitting edge cells to, for edges of circles of these radii. */
function edgePrecision(center: GeoPoint, edgeKm: number): number {
  for (let precision = FINEST_PLANNED_PRECISION; precision > GEO_PARTITION_PRECISION; precision--) {
    const side = Math.sqrt(
      fineCellAreaKm2(center.latitude) * FINE_CELLS ** (FINEST_PLANNED_PRECISION - precision),
    );
    if ((2 * Math.PI * edgeKm) / side <= NEAREST_EDGE_CELLS) return precision;
  }
  return GEO_PARTITION_PRECISION + 1;
}

/**
 * The unread cells (beyond `readKm`, outside `readRanges`) of the circle of `radiusKm` (never beyond
 * `limitKm`) as at most `maxRanges` key ranges (more only when they lie in more partitions).
 */
export function planNearest(
  center: GeoPoint,
  radiusKm: number,
  limitKm: number,
  readKm: number,
  readRanges: readonly GeoRange[],
  maxRanges: number,
): NearestPlan {
  const read = toKeyIntervals(readRanges);
  const radiusM = Math.min(radiusKm, limitKm) * 1000;
  const limitM = limitKm * 1000;
  const holeM = readKm * 1000;
  const finest = edgePrecision(center, Math.min(radiusKm, limitKm) + Math.max(0, readKm));
  const pieces: [number, number][] = [];
  const visit = (cell: string) => {
    if (!cellIntersectsCircle(cell, center, radiusM) || !cellIntersectsCircle(cell, center, limitM)) return;
    if (holeM > 0 && isCellWithin(cell, center, holeM)) return;
    const interval = cellInterval(cell);
    const cover = readCover(interval, read);
    if (cover === 'all') return;
    const whole =
      isCellWithin(cell, center, radiusM) &&
      (radiusM >= limitM || isCellWithin(cell, center, limitM)) &&
      (holeM <= 0 || cellNearestM(cell, center) >= holeM);
    if (!whole && cell.length < finest) {
      for (const char of GEOHASH_ALPHABET) visit(cell + char);
      return;
    }
    if (cover === 'none') pieces.push(interval);
    else for (const part of withoutRead([toCellRange(interval)], 1, read)) pieces.push([part.from, part.to]);
  };
  for (const cell of startCells(center, Math.min(radiusKm, limitKm))) visit(cell);
  const merged = mergeIntervals(pieces);
  // Join across the smallest gaps (within a partition) until few enough ranges are left.
  const partitionOf = (value: number) =>
    Math.floor(value / FINE_CELLS ** (FINEST_PLANNED_PRECISION - GEO_PARTITION_PRECISION));
  const gaps = merged
    .slice(1)
    .map((interval, index) => ({ index, size: interval[0] - (merged[index]?.[1] ?? 0) - 1 }))
    .filter(({ index }) => partitionOf(merged[index]?.[1] ?? 0) === partitionOf(merged[index + 1]?.[0] ?? 0))
    .sort((a, b) => a.size - b.size);
  const joined = new Set<number>();
  let count = merged.length;
  for (const gap of gaps) {
    if (count <= maxRanges) break;
    joined.add(gap.index);
    count--;
  }
  const intervals: [number, number][] = [];
  for (const [index, interval] of merged.entries()) {
    const last = intervals.at(-1);
    if (last && joined.has(index - 1)) last[1] = interval[1];
    else intervals.push([interval[0], interval[1]]);
  }
  return {
    ranges: fromKeyIntervals(intervals),
    fineCellsRead: intervals.reduce((sum, [from, to]) => sum + to - from + 1, 0),
  };
}

function toCellRange([from, to]: readonly [number, number]): CellRange {
  return fineRange(fineCell(from).slice(0, GEO_PARTITION_PRECISION), from, to);
}

function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * How near the centre an item not read yet may be: the nearest point of the nearest cell within `limitKm`
 * that is neither wholly within `readKm` nor wholly in `readRanges` (Infinity when every cell is read).
 * Every item read nearer than this is nearer than every item not read: the page up to it is certain.
 */
export function unreadFrontierKm(
  center: GeoPoint,
  limitKm: number,
  readKm: number,
  readRanges: readonly GeoRange[],
): number {
  if (readKm >= limitKm) return Infinity;
  const read = toKeyIntervals(readRanges);
  const limitM = limitKm * 1000;
  const holeM = readKm * 1000;
  // Best first: the cell nearest the centre is split until one is found with nothing of it read.
  const queue: { cell: string; nearestM: number }[] = startCells(center, limitKm).map((cell) => ({
    cell,
    nearestM: cellNearestM(cell, center),
  }));
  while (queue.length > 0) {
    let best = 0;
    for (let i = 1; i < queue.length; i++)
      if ((queue[i]?.nearestM ?? Infinity) < (queue[best]?.nearestM ?? Infinity)) best = i;
    const next = queue[best];
    queue.splice(best, 1);
    if (!next) break;
    const { cell, nearestM } = next;
    if (!cellIntersectsCircle(cell, center, limitM)) continue;
    if (holeM > 0 && isCellWithin(cell, center, holeM)) continue;
    const cover = readCover(cellInterval(cell), read);
    if (cover === 'all') continue;
    if (cover === 'none' || cell.length >= FINEST_PLANNED_PRECISION) return Math.max(readKm, nearestM / 1000);
    for (const char of GEOHASH_ALPHABET)
      queue.push({ cell: cell + char, nearestM: cellNearestM(cell + char, center) });
  }
  return Infinity;
}
