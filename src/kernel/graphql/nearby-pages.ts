/**
 * One page of a distance search, nearest first, for any register's items (co-location's offers, surplus
 * listings): read through its store's circle or ring (findNear over the geohash index) and paged by an
 * opaque cursor of distance and id. The register gives what to read (`findRing`), which of the items found
 * the caller may have (`keep`: status, filters, visibility) and the list's cursor binding (`cursorQuery`:
 * the list's name and every argument, so a cursor from another search is refused).
 */
import type { GeoPoint } from '../domain/location';
import type { NearbyResult, NearbySearch, Page, PageRequest, SortedPaging } from '../domain/ports';
import {
  affordableRadius,
  firstSearchRadius,
  fromKeyIntervals,
  nextSearchRadius,
  toKeyIntervals,
} from '../domain/geo-search';
import type { GeoRange } from '../domain/geo-search';

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
  /**
   * The items of these ids as they are now, each with its distance from `center` (an id missing: gone).
   * Optional: with it a page's cursor carries what the page read but did not return (at most 100 ids,
   * fetched again by one BatchGetItem when a page returns them) and the key ranges read, so no page reads
   * again what an earlier page read (carriedPage).
   */
  findByIds?(center: GeoPoint, ids: readonly string[]): Promise<readonly NearItem<T>[]>;
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
  if (source.findByIds) return carriedPage(source, source.findByIds.bind(source), center, radiusKm, page);
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

/** At most this many DynamoDB requests a page (issue 17): the rings' Queries and the one BatchGetItem. */
export const PAGE_REQUESTS = 8;
const MIN_RING_RANGES = 4;
// The share more than it needs that a ring is sized to hold (at the density seen), so one ring seldom falls short.
const RING_MARGIN = 1.25;
// The carried state's length at most: the sealed cursor (src/kernel/store/cursor.ts) is at most 2,048
// characters, 1,508 bytes of JSON before sealing; the position and the JSON take under 70 of them.
const MAX_STATE_CHARS = 1400;
const STATE = '#~v';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Where a distance search stands after a page: the position (the last key returned), the radius `readKm`
 * within which every item the caller may have and after the position is in `left`, the key ranges read
 * (`ranges`: every item after the position and within the search's radius found in them is in `left`, so
 * they are never read again), the items read but not yet returned (`left`, nearest first, by order key),
 * and the width of the next ring (`widthKm`, from the density seen).
 */
interface SearchState {
  readonly pos: string | null;
  readonly readKm: number;
  readonly widthKm: number | null;
  readonly ranges: readonly GeoRange[];
  readonly left: readonly { id: string; key: string }[];
}

const packId = (id: string) =>
  UUID.test(id)
    ? Buffer.from(id.replace(/-/g, ''), 'hex').toString('base64url')
    : `*${encodeURIComponent(id)}`;
function unpackId(packed: string): string {
  if (packed.startsWith('*')) return decodeURIComponent(packed.slice(1));
  const hex = Buffer.from(packed, 'base64url').toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const centimetres = (km: number) => Math.floor(km * 100_000);

function encodeState(state: SearchState): string {
  const readKm = state.readKm < 0 ? 'n' : centimetres(state.readKm).toString(36);
  const width = state.widthKm === null ? '' : Math.max(1, Math.round(state.widthKm * 100_000)).toString(36);
  const ranges = toKeyIntervals(state.ranges)
    .map(([from, to]) => `${from.toString(36)}:${to.toString(36)}`)
    .join(',');
  const left = state.left
    .map(({ id, key }) => `${Number(key.slice(0, 10)).toString(36)}:${packId(id)}`)
    .join(',');
  return `${state.pos ?? `${'0'.repeat(10)}#`}${STATE}${[readKm, width, ranges, left].join('|')}`;
}

/** The state a cursor carries; a cursor of the plain kind (an edge's, or an older one) starts afresh from it. */
function decodeState(key: string | null): SearchState {
  if (key === null) return { pos: null, readKm: -1, widthKm: null, ranges: [], left: [] };
  const at = key.indexOf(STATE);
  if (at < 0) {
    const pos = withoutRingHint(key);
    return { pos, readKm: distanceOfOrderKey(pos) - 0.00002, widthKm: ringHintOf(key), ranges: [], left: [] };
  }
  const pos = key.slice(0, at);
  const [readKm = 'n', width = '', ranges = '', left = ''] = key.slice(at + STATE.length).split('|');
  return {
    pos: pos === `${'0'.repeat(10)}#` ? null : pos,
    readKm: readKm === 'n' ? -1 : parseInt(readKm, 36) / 100_000,
    widthKm: width === '' ? null : parseInt(width, 36) / 100_000,
    ranges: fromKeyIntervals(
      ranges
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split(':').map((n) => parseInt(n, 36)) as [number, number]),
    ),
    left: left
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [cm = '0', packed = ''] = pair.split(':');
        const id = unpackId(packed);
        return { id, key: `${String(parseInt(cm, 36)).padStart(10, '0')}#${id}` };
      }),
  };
}

/**
 * The state as it fits a cursor: first without the ranges (a later ring then reads again what straddles
 * `readKm`, and finds the carried items there again), then with the nearest carried items only (within a
 * `readKm` brought in to the first left out, which a later ring reads again).
 */
function fitState(state: SearchState): string {
  let encoded = encodeState(state);
  if (encoded.length <= MAX_STATE_CHARS) return encoded;
  encoded = encodeState({ ...state, ranges: [] });
  let keep = state.left.length;
  while (encoded.length > MAX_STATE_CHARS && keep > 0) {
    keep = Math.floor(keep * 0.8);
    const first = state.left[keep];
    const readKm = first ? Math.min(state.readKm, distanceOfOrderKey(first.key) - 0.00002) : state.readKm;
    encoded = encodeState({ ...state, ranges: [], left: state.left.slice(0, keep), readKm });
  }
  return encoded;
}

interface Candidate<T> {
  readonly key: string;
  readonly found?: NearItem<T>;
}

/**
 * One page of items nearest first, reading nothing an earlier page read: the cursor carries what was read
 * and not returned (fetched by id when a page returns it, and checked again by `keep`) and the key ranges
 * read (left out exactly when the next ring is planned). A page returns the carried items within `readKm`
 * when there are enough; otherwise it reads rings beyond `readKm` (each sized by the density of what was
 * found, or the cursor's hint) until it holds a page within the circle read, the radius is reached, or its
 * PAGE_REQUESTS (or a read budget) run out: then it returns what lies within the rings read in full, with
 * `hasNextPage: true`. An item added (or made visible) between pages in a range an earlier page read is not
 * found by later pages; an item that stays where it was is returned once, in order; one that moved is
 * returned at its new distance when that is after the cursor.
 */
function carriedPage<T extends { readonly id: string }>(
  source: NearbySource<T>,
  findByIds: (center: GeoPoint, ids: readonly string[]) => Promise<readonly NearItem<T>[]>,
  center: GeoPoint,
  radiusKm: number,
  page: PageRequest,
): Promise<NearbyPage<T>> {
  return new CarriedSearch(source, findByIds, center, radiusKm, page).run();
}

/** One page's search (carriedPage): the pool of candidates, the circle read, the requests sent. */
class CarriedSearch<T extends { readonly id: string }> {
  readonly #state: SearchState;
  readonly #pool: Map<string, Candidate<T>>;
  #readKm: number;
  #ranges: readonly GeoRange[];
  #widthKm: number | null;
  #requests = 0;
  #cutShort = false;
  #budgetCut = false;
  // The items kept from this page's rings, those read, and the area they came from: the density.
  #foundInRings = 0;
  #readInRings = 0;
  #ringArea = 0;
  #lastWidthKm: number | null = null;

  constructor(
    private readonly source: NearbySource<T>,
    private readonly findByIds: (center: GeoPoint, ids: readonly string[]) => Promise<readonly NearItem<T>[]>,
    private readonly center: GeoPoint,
    private readonly radiusKm: number,
    private readonly page: PageRequest,
  ) {
    const { cursorQuery, paging } = source;
    this.#state = decodeState(page.after ? paging.decodeSortedCursor(cursorQuery, page.after) : null);
    this.#pool = new Map(this.#state.left.map(({ id, key }) => [id, { key }]));
    this.#readKm = this.#state.readKm;
    this.#ranges = this.#state.ranges;
    this.#widthKm = this.#state.widthKm;
  }

  async run(): Promise<NearbyPage<T>> {
    for (;;) {
      const certainTo = this.#readKm >= this.radiusKm ? '~' : readToOrderKey(this.#readKm);
      const sorted = [...this.#pool.entries()].sort(([, a], [, b]) =>
        a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
      );
      const certain = sorted.filter(([, candidate]) => candidate.key <= certainTo);
      if (certain.length >= this.page.first || this.#readKm >= this.radiusKm || this.#cutShort) {
        const take = certain.slice(0, this.page.first);
        const missing = take.filter(([, candidate]) => !candidate.found).map(([id]) => id);
        if (missing.length === 0) return this.#finish(take, sorted);
        await this.#fetchCarried(missing);
        continue;
      }
      // A BatchGetItem is kept back for the carried items the page may return. The first circle of a
      // search takes at most half the page's requests, so a ring can follow it; a ring given fewer than
      // MIN_RING_RANGES would join its ranges across far cells: the page ends first.
      const reserve = sorted.some(([, candidate]) => !candidate.found) ? 1 : 0;
      const firstCircle = this.#readKm < 0 && this.#sizeRing(this.page.first, []) < this.radiusKm;
      const maxRanges = Math.min(
        PAGE_REQUESTS - this.#requests - reserve,
        firstCircle ? PAGE_REQUESTS / 2 : Infinity,
      );
      if (maxRanges < (this.#requests === 0 ? 1 : MIN_RING_RANGES)) {
        this.#cutShort = true;
        continue;
      }
      const searchKm = this.#sizeRing(
        this.page.first - sorted.length,
        sorted.map(([, candidate]) => candidate),
      );
      await this.#readRing(searchKm, maxRanges);
    }
  }

  #after(key: string): boolean {
    return this.#state.pos === null || key > this.#state.pos;
  }

  #density(): number | null {
    return this.#foundInRings > 0 ? this.#foundInRings / this.#ringArea : null;
  }

  /** The carried items this page returns, as they are now: gone, hidden or moved ones drop out. */
  async #fetchCarried(missing: readonly string[]): Promise<void> {
    this.#requests++;
    const found = await this.source.keep(await this.findByIds(this.center, missing));
    const now = new Map(found.map((near) => [near.item.id, near]));
    for (const id of missing) {
      this.#pool.delete(id);
      const near = now.get(id);
      const key = near && distanceOrderKey(near);
      if (near && key && near.distanceKm <= this.radiusKm && this.#after(key)) {
        this.#pool.set(id, { key, found: near });
      }
    }
  }

  /** The next ring's outer radius, for `needed` more items; `known`: the candidates so far, in order. */
  #sizeRing(needed: number, known: readonly Candidate<T>[]): number {
    const fromKm = Math.max(0, this.#readKm);
    const perSquareKm = this.#density();
    const nth = known[this.page.first - 1];
    let toKm: number;
    if (nth) {
      // Enough items read already (beyond `readKm`, in cells that straddle it): the ring out to the page's
      // last of them completes the page, and only the cells within it not read yet are read.
      toKm = distanceOfOrderKey(nth.key) + 0.00002;
    } else if (perSquareKm !== null) {
      toKm = Math.sqrt(fromKm ** 2 + (Math.max(1, needed) * RING_MARGIN) / (Math.PI * perSquareKm));
    } else if (this.#ringArea > 0) {
      toKm = Math.max(fromKm * 2, fromKm + 4 * (fromKm - Math.max(0, this.#state.readKm)));
    } else if (this.#widthKm !== null) {
      toKm = fromKm + this.#widthKm;
    } else {
      const pos = this.#state.pos;
      toKm = firstSearchRadius(this.radiusKm, pos === null ? null : distanceOfOrderKey(pos));
    }
    const left = Math.min(...(this.source.search.budgets ?? []).map((budget) => budget.items));
    const affordable = affordableRadius(Math.max(0, this.#state.readKm), fromKm, this.#readInRings, left / 2);
    toKm = Math.min(toKm, Math.max(affordable, fromKm + (toKm - fromKm) / 16));
    // Nearly all of what is left: read it all.
    if (toKm >= this.radiusKm * 0.85) toKm = this.radiusKm;
    return Math.min(this.radiusKm, Math.max(toKm, fromKm + 0.001));
  }

  /** Reads the ring out to `searchKm`, leaving out what was read; its items join the pool. */
  async #readRing(searchKm: number, maxRanges: number): Promise<void> {
    const ring = await this.source.findRing(this.center, searchKm, {
      ...this.source.search,
      beyondKm: this.#readKm,
      readRanges: this.#ranges,
      maxRanges,
      keepWithinKm: this.radiusKm,
    });
    if (!ring.complete) {
      // A budget ran out: the next page tries a ring a quarter as wide.
      this.#widthKm = (searchKm - Math.max(0, this.#readKm)) / 4;
      this.#cutShort = true;
      this.#budgetCut = true;
      return;
    }
    this.#requests += ring.requests;
    // Only a read that gave back all it read out to the radius may be left out later.
    const exact = ring.ranges !== undefined && (ring.foundWithinKm ?? 0) >= this.radiusKm;
    const fresh = ring.found.filter(
      (found) => this.#after(distanceOrderKey(found)) && !this.#pool.get(found.item.id)?.found,
    );
    const kept = await this.source.keep(fresh);
    const keptIds = new Set(kept.map((found) => found.item.id));
    for (const found of fresh) if (!keptIds.has(found.item.id)) this.#pool.delete(found.item.id);
    for (const found of kept) this.#pool.set(found.item.id, { key: distanceOrderKey(found), found });
    const fromKm = Math.max(0, this.#readKm);
    this.#foundInRings += kept.filter(
      ({ distanceKm }) => distanceKm > fromKm && distanceKm <= searchKm,
    ).length;
    this.#ringArea += Math.PI * (searchKm ** 2 - fromKm ** 2);
    this.#readInRings += ring.itemsRead;
    this.#lastWidthKm = searchKm - fromKm;
    if (exact && ring.ranges) this.#ranges = [...this.#ranges, ...ring.ranges];
    this.#readKm = searchKm;
  }

  /** The page of `take`, and a cursor carrying the rest of `sorted` and what was read. */
  #finish(take: readonly [string, Candidate<T>][], sorted: readonly [string, Candidate<T>][]): NearbyPage<T> {
    const { cursorQuery, paging } = this.source;
    const edges = take.flatMap(([, { key, found }]) =>
      found ? [{ node: found, cursor: paging.encodeSortedCursor(cursorQuery, key) }] : [],
    );
    const pos = take.at(-1)?.[1].key ?? this.#state.pos;
    const left = sorted
      .filter(([, candidate]) => pos === null || candidate.key > pos)
      .map(([id, candidate]) => ({ id, key: candidate.key }));
    const readKm = this.#readKm;
    const hasNextPage = left.length > 0 || readKm < this.radiusKm;
    let widthKm = this.#widthKm;
    const perSquareKm = this.#density();
    const nth = left[this.page.first - 1];
    if (this.#cutShort && !this.#budgetCut && this.#lastWidthKm !== null && perSquareKm === null) {
      // Out of requests with nothing kept: the next page goes on growing its rings.
      widthKm = this.#lastWidthKm * 4;
    } else if (!this.#cutShort && nth && readKm < this.radiusKm) {
      // The next page's first ring: out to the last of a page of the items carried.
      widthKm = Math.max(0.00001, distanceOfOrderKey(nth.key) + 0.00002 - Math.max(0, readKm));
    } else if (!this.#cutShort && perSquareKm !== null && readKm < this.radiusKm) {
      // Or enough beyond `readKm` for a page less what is carried, at the density seen.
      const fromKm = Math.max(0, readKm);
      const needed = Math.max(1, this.page.first - left.length) * RING_MARGIN;
      widthKm = Math.sqrt(fromKm ** 2 + needed / (Math.PI * perSquareKm)) - fromKm;
    }
    const endCursor = hasNextPage
      ? paging.encodeSortedCursor(cursorQuery, fitState({ pos, readKm, widthKm, ranges: this.#ranges, left }))
      : (edges.at(-1)?.cursor ?? null);
    return {
      pageInfo: { hasNextPage, endCursor },
      edges: edges.map(({ node, cursor }) => ({
        node: node.item,
        distanceKm: Math.round(node.distanceKm * 1000) / 1000,
        cursor,
      })),
    };
  }
}
