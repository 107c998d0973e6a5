/**
 * One page of a distance search, nearest first, for any register's items (co-location's offers, surplus
 * listings): read through its store's circle or ring (findNear over the geohash index) and paged by an
 * opaque cursor of distance and id. The register gives what to read (`findRing`), which of the items found
 * the caller may have (`keep`: status, filters, visibility) and the list's cursor binding (`cursorQuery`:
 * the list's name and every argument, so a cursor from another search is refused).
 */
import type { GeoPoint } from '../domain/location';
import type { NearbyResult, NearbySearch, Page, PageRequest, SortedPaging } from '../domain/ports';
import { affordableRadius, firstSearchRadius, nextSearchRadius } from '../domain/geo-search';

/** An item found within the circle and its distance from the centre. */
export interface NearItem<T> {
  readonly item: T;
  readonly distanceKm: number;
}

/** What a register gives the distance search: where to read, what to keep, how the cursor is bound. */
export interface NearbySource<T extends { readonly id: string }> {
  /** The list's name and every argument (centre, radius, filters): a cursor is valid for these only. */
  readonly cursorQuery: string;
  readonly paging: SortedPaging;
  /** The request's search budgets (the context's distanceSearch()). */
  readonly search: NearbySearch;
  /** The items within `radiusKm` (beyond `search.beyondKm`), nearest first, within the budgets. */
  findRing(center: GeoPoint, radiusKm: number, search: NearbySearch): Promise<NearbyResult<T>>;
  /** Those of `found` the caller may have, in the same order. */
  keep(found: readonly NearItem<T>[]): Promise<readonly NearItem<T>[]>;
}

/** Orders by distance to the centimetre, then id: the cursor is the last key, so pages never overlap. */
const distanceOrderKey = (found: NearItem<{ readonly id: string }>) =>
  `${String(Math.round(found.distanceKm * 100_000)).padStart(10, '0')}#${found.item.id}`;

/** Distance in km from a distance order key (its first ten digits are centimetres). */
const distanceOfOrderKey = (key: string) => Number(key.slice(0, 10)) / 100_000;

/**
 * The key of "everything within `readKm`": after every offer whose key rounds to a centimetre surely within
 * it (`~` sorts after every id). Offers just inside `readKm` but rounding beyond are left to the next page,
 * which reads again from 2 cm short of the key. Before anything is read (`readKm` < 0), before every offer.
 */
const readToOrderKey = (readKm: number) =>
  readKm < 0
    ? `${'0'.repeat(10)}#`
    : `${String(Math.max(0, Math.floor(readKm * 100_000 - 0.5))).padStart(10, '0')}#~`;

// A cursor that ends a page cut short carries the width of ring to read next, in centimetres, after its
// position: `#~` sorts after every id, so the cursor still sorts just after the position it stands for.
const RING_HINT = /#~(\d+)$/;
const withRingHint = (key: string, widthKm: number) =>
  `${key}#~${Math.max(1, Math.round(widthKm * 100_000))}`;
const withoutRingHint = (key: string) => key.replace(RING_HINT, '');
const ringHintOf = (key: string | null) => {
  const hint = key === null ? undefined : RING_HINT.exec(key)?.[1];
  return hint === undefined ? null : Number(hint) / 100_000;
};

/**
 * One page of items nearest first. The circle is read in rings, each beyond the last, from where the
 * cursor left off, until the page fills (it then holds the nearest, since everything within a ring is
 * nearer than anything beyond it) or the radius is reached. Each ring is sized both by the items wanted
 * (nextSearchRadius) and by what the search may still read (affordableRadius). When the request's or the
 * search's read budget runs out before the page is decided, the page holds the items found within the
 * rings read in full, with `hasNextPage: true` and a cursor that resumes beyond them; when not even the
 * first ring could be read, the cursor asks for a ring a quarter as wide, so a later page gets further. A
 * full page's end cursor asks for the ring expected to hold the next page (withNextRing).
 */
export async function nearbyPage<T extends { readonly id: string }>(
  source: NearbySource<T>,
  center: GeoPoint,
  radiusKm: number,
  page: PageRequest,
): Promise<NearbyPage<T>> {
  const { cursorQuery, paging, search } = source;
  const afterKey = page.after ? paging.decodeSortedCursor(cursorQuery, page.after) : null;
  const afterKm = afterKey === null ? null : distanceOfOrderKey(afterKey);
  const results: NearItem<T>[] = [];
  // Items nearer than readKm are read already (-1: none yet). The cursor's distance is rounded to the
  // centimetre, so a later page reads again from 2 cm short of it and pageSorted drops what came before.
  let readKm = afterKm === null ? -1 : afterKm - 0.00002;
  const startKm = Math.max(0, readKm);
  const hintKm = ringHintOf(afterKey);
  let searchKm =
    hintKm === null ? firstSearchRadius(radiusKm, afterKm) : Math.min(radiusKm, startKm + hintKm);
  let itemsRead = 0;
  for (;;) {
    const ring = await source.findRing(center, searchKm, {
      ...search,
      beyondKm: readKm,
    });
    if (!ring.complete) {
      const width = searchKm - Math.max(0, readKm);
      const nextWidth = readKm > startKm ? width : width / 4;
      return partialPage(paging, cursorQuery, results, readKm, afterKey, nextWidth, page);
    }
    itemsRead += ring.itemsRead;
    // Each ring lies beyond the last and is sorted: the rings together are in order.
    results.push(...(await source.keep(ring.found.filter(({ distanceKm }) => distanceKm > readKm))));
    const paged = paging.pageSorted(cursorQuery, results, distanceOrderKey, page);
    // A circle holding more than the page decides it: anything beyond it is farther than all of the page.
    if (paged.pageInfo.hasNextPage) {
      return nearPage(withNextRing(paging, cursorQuery, paged, results.length, startKm, searchKm, page));
    }
    if (searchKm >= radiusKm) return nearPage(paged);
    const wanted = nextSearchRadius(searchKm, paged.edges.length, page.first + 1, radiusKm);
    const left = Math.min(...(search.budgets ?? []).map((budget) => budget.items));
    readKm = searchKm;
    // Half of what is left, but always some way out, so a spent budget ends the search at its next read.
    const affordable = affordableRadius(startKm, readKm, itemsRead, left / 2);
    searchKm = Math.min(wanted, Math.max(affordable, readKm + (wanted - readKm) / 16));
  }
}

// The share more than a page the next page's first ring is sized to hold, so that it seldom needs a second.
const NEXT_RING_MARGIN = 1.6;

/**
 * A full page whose end cursor carries the width of the next page's first ring: the ring beyond the page's
 * last offer expected to hold a page and a margin, at the density of the offers found in the rings this
 * page read (`found` between `fromKm` and `readKm`). Without it the next page would start from a guess
 * (firstSearchRadius) and widen ring by ring, a few Queries each time.
 */
function withNextRing<T extends { readonly id: string }>(
  paging: SortedPaging,
  cursorQuery: string,
  paged: Page<NearItem<T>>,
  found: number,
  fromKm: number,
  readKm: number,
  page: PageRequest,
): Page<NearItem<T>> {
  const last = paged.edges.at(-1);
  if (!last || readKm <= fromKm) return paged;
  const perSquareKm = found / (Math.PI * (readKm ** 2 - fromKm ** 2));
  const wanted = (page.first + 1) * NEXT_RING_MARGIN;
  const lastKm = last.node.distanceKm;
  const widthKm = Math.sqrt(lastKm ** 2 + wanted / (Math.PI * perSquareKm)) - lastKm;
  const endCursor = paging.encodeSortedCursor(
    cursorQuery,
    withRingHint(distanceOrderKey(last.node), widthKm),
  );
  return { edges: paged.edges, pageInfo: { ...paged.pageInfo, endCursor } };
}

/** The page when reading stopped at `readKm`: what was found up to there, and a cursor to go on from it. */
function partialPage<T extends { readonly id: string }>(
  paging: SortedPaging,
  cursorQuery: string,
  results: readonly NearItem<T>[],
  readKm: number,
  afterKey: string | null,
  nextRingKm: number,
  page: PageRequest,
) {
  const readTo = readToOrderKey(readKm);
  const after = afterKey === null ? null : withoutRingHint(afterKey);
  const position = after !== null && after > readTo ? after : readTo;
  const within = results.filter((found) => distanceOrderKey(found) <= position);
  const paged = paging.pageSorted(cursorQuery, within, distanceOrderKey, page);
  const cursor = paging.encodeSortedCursor(cursorQuery, withRingHint(position, nextRingKm));
  return nearPage({ edges: paged.edges, pageInfo: { hasNextPage: true, endCursor: cursor } });
}

/** A page of a distance search as the connection types have it: each node with its distance (to the metre). */
export interface NearbyPage<T> {
  readonly pageInfo: Page<T>['pageInfo'];
  readonly edges: { node: T; distanceKm: number; cursor: string }[];
}

function nearPage<T>(paged: Page<NearItem<T>>): NearbyPage<T> {
  return {
    pageInfo: paged.pageInfo,
    edges: paged.edges.map((edge) => ({
      node: edge.node.item,
      distanceKm: Math.round(edge.node.distanceKm * 1000) / 1000,
      cursor: edge.cursor,
    })),
  };
}
