/**
 * The distance search's reads of the geohash index (gsi5): the ranges of a plan (planGeoSearch), each read
 * in Queries through the table gateway, within the search's read budgets. Used by every register's store for
 * its items near a point (co-location's offers and needs, surplus listings).
 */
import { nearestWithin, planGeoSearch } from '../domain/geo-search';
import type { GeoRange } from '../domain/geo-search';
import type { GeoPoint } from '../domain/location';
import type { DistanceReadBudget, NearbyResult, NearbySearch } from '../domain/ports';
import { toRecord } from './items';
import { geoSortBounds, placesInCell } from './geo-keys';
import type { Item, Table } from './table';

/**
 * The items of `kind` within `radiusKm` of `center` (beyond `search.beyondKm`), nearest first. Every range
 * of the plan is read in parallel; a range is one Query unless its cells hold more than 1 MB (or more than
 * `itemsPerQuery` items, or its share of the items left: sharedItemsPerQuery). With budgets, every Query
 * takes its share first (see takeQuery): the search stops at the first Query a budget cannot pay for, and
 * says it is incomplete.
 */
export async function findNear<T extends { id: string }>(
  table: Table,
  kind: string,
  center: GeoPoint,
  radiusKm: number,
  search: NearbySearch,
  locate: (item: T) => GeoPoint | null,
): Promise<NearbyResult<T>> {
  // The caller's own plan (the paged search's nearest cells, planNearest), else the circle's or ring's.
  const plan = search.ranges
    ? { ranges: search.ranges }
    : planGeoSearch(center, radiusKm, search.beyondKm, {
        ...(search.readRanges ? { readRanges: search.readRanges } : {}),
        ...(search.maxRanges !== undefined ? { maxRanges: search.maxRanges } : {}),
        ...(search.requestCost !== undefined ? { requestCost: search.requestCost } : {}),
      });
  const foundWithinKm = Math.max(radiusKm, search.keepWithinKm ?? radiusKm);
  const budgets = search.budgets ?? [];
  const itemsPerQuery = sharedItemsPerQuery(budgets, search.itemsPerQuery, plan.ranges.length);
  // Each range needs one Query at least, reading one item or more: a plan the budgets cannot start is not
  // started.
  if (itemsPerQuery < 1 || budgets.some((budget) => budget.queries < plan.ranges.length)) {
    return { found: [], itemsRead: 0, bytesRead: 0, requests: 0, complete: false };
  }
  for (const budget of budgets) budget.queries -= plan.ranges.length;
  const reads = await Promise.all(
    plan.ranges.map((range) => queryRange(table, kind, range, budgets, itemsPerQuery)),
  );
  const complete = reads.every((read) => read.complete);
  // With the caller's own ranges, what the ranges read in full hold is an answer for those ranges.
  const usable = complete || search.ranges ? reads.filter((read) => read.complete) : [];
  const items = usable.flatMap((read) => read.items).map((item) => toRecord<T>(item));
  return {
    found: nearestWithin(center, foundWithinKm, items, locate),
    itemsRead: reads.reduce((sum, read) => sum + read.itemsRead, 0),
    bytesRead: reads.reduce((sum, read) => sum + read.bytesRead, 0),
    requests: reads.reduce((sum, read) => sum + read.requests, 0),
    complete,
    ...(complete ? { ranges: plan.ranges, foundWithinKm } : {}),
    ...(search.ranges ? { rangesRead: plan.ranges.filter((_, index) => reads[index]?.complete) } : {}),
  };
}

/**
 * The Limit of each Query of a plan of `ranges` ranges: no more than `itemsPerQuery`, and no more than an
 * even share of the items the budgets have left. The ranges are read in parallel and each Query reserves its
 * Limit before it is sent, so without the share the first Queries would reserve everything and the rest
 * find nothing left: a ring of 20 or more ranges (at 100 items each, 2,000 a search) could then never be
 * read in full, however thin, and a page at its edge was cut short for ever (every later page the same).
 */
function sharedItemsPerQuery(
  budgets: readonly DistanceReadBudget[],
  itemsPerQuery: number | undefined,
  ranges: number,
): number {
  const left = Math.min(Infinity, ...budgets.map((budget) => budget.items));
  return Math.floor(Math.min(itemsPerQuery ?? Infinity, left / Math.max(1, ranges)));
}

// The first Query of a range was paid for by findNear; each further one takes a query from the budgets.
async function queryRange(
  table: Table,
  kind: string,
  range: GeoRange,
  budgets: readonly DistanceReadBudget[],
  itemsPerQuery: number | undefined,
): Promise<{ items: Item[]; itemsRead: number; bytesRead: number; requests: number; complete: boolean }> {
  const [from, to] = geoSortBounds(range.fromCell, range.toCell);
  const items: Item[] = [];
  let itemsRead = 0;
  let bytesRead = 0;
  let requests = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const limit = takeQuery(budgets, itemsPerQuery, requests > 0);
    if (limit === null) return { items, itemsRead, bytesRead, requests, complete: false };
    // Through the gateway, so a throttled or slow read is SERVICE_UNAVAILABLE (503, retryable) as elsewhere.
    const result = await table.queryFrom(
      {
        ...placesInCell(kind, range.partitionCell),
        sortPrefix: from,
        sortRangeEnd: to,
      },
      start,
      limit,
    );
    const bytes = result.items.reduce((sum, item) => sum + Buffer.byteLength(JSON.stringify(item)), 0);
    for (const budget of budgets) {
      budget.items += (limit ?? 0) - result.scanned;
      budget.bytes -= bytes;
    }
    requests++;
    itemsRead += result.scanned;
    bytesRead += bytes;
    items.push(...result.items);
    start = result.next;
  } while (start);
  return { items, itemsRead, bytesRead, requests, complete: true };
}

/**
 * Takes what the next Query of a distance search may read from every budget: a query (unless already paid
 * for) and up to `itemsPerQuery` items, reserved before the Query is sent and given back after for what it
 * did not read. Null when a budget has no query, item or byte left: the search stops there. The Limit
 * (undefined without budgets) bounds the items; bytes are counted after each Query, so a search overshoots
 * its bytes by at most the Queries in flight (each under itemsPerQuery items).
 */
function takeQuery(
  budgets: readonly DistanceReadBudget[],
  itemsPerQuery: number | undefined,
  needsQuery: boolean,
): number | undefined | null {
  if (budgets.length === 0) return undefined;
  const items = Math.min(itemsPerQuery ?? Infinity, ...budgets.map((budget) => budget.items));
  if (items < 1 || budgets.some((budget) => budget.bytes <= 0 || (needsQuery && budget.queries < 1))) {
    return null;
  }
  const limit = Number.isFinite(items) ? Math.floor(items) : undefined;
  for (const budget of budgets) {
    budget.items -= limit ?? 0;
    if (needsQuery) budget.queries -= 1;
  }
  return limit;
}
