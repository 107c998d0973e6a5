/**
 * One page of a distance search, nearest first, for any register's items (co-location's offers, surplus
 * listings): read through its store's key ranges (findNear over the geohash index) and paged by an
 * opaque cursor of distance and id. The register gives what to read (`findRing`), which of the items found
 * the caller may have (`keep`: status, filters, visibility) and the list's cursor binding (`cursorQuery`:
 * the list's name and every argument, so a cursor from another search is refused).
 */
import type { GeoPoint } from '../domain/location';
import type {
  DistanceReadBudget,
  NearbyResult,
  NearbySearch,
  Page,
  PageRequest,
  SortedPaging,
} from '../domain/ports';
import {
  fineCellAreaKm2,
  fromKeyIntervals,
  planNearest,
  toKeyIntervals,
  unreadFrontierKm,
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
   * The items of these ids as they are now, each with its distance from `center` (an id missing: gone): a
   * page's cursor carries what the page read but did not return (at most 100 ids, fetched again by one
   * BatchGetItem when a page returns them) and the key ranges read, so no page reads again what an earlier
   * page read.
   */
  findByIds(center: GeoPoint, ids: readonly string[]): Promise<readonly NearItem<T>[]>;
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

// A cursor of the earlier ring-by-ring search, cut short, carried the width of ring to read next after its
// position (`#~<centimetres>`); such a cursor still works, from its position.
const withoutRingHint = (key: string) => key.replace(/#~(\d+)$/, '');

/** A page of a distance search as the connection types have it: each node with its distance (to the metre). */
export interface NearbyPage<T> {
  readonly pageInfo: Page<T>['pageInfo'];
  readonly edges: { node: T; distanceKm: number; cursor: string }[];
}

/** A page of items found as the connection has it: the distance rounded to the metre. */
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
// The share more than it needs that a ring is sized to hold (at the density seen), so one ring seldom falls short.
const RING_MARGIN = 1;
// The carried state's length at most: the sealed cursor (src/kernel/store/cursor.ts) is at most 2,048
// characters, 1,508 bytes of JSON before sealing; the position and the JSON take under 70 of them.
const MAX_STATE_CHARS = 1400;
const STATE = '#~w';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Where a distance search stands after a page: the position (the last key returned), the radius `readKm`
 * within which every item the caller may have and after the position is in `left`, the key ranges read
 * (`ranges`: every item after the position and within the search's radius found in them is in `left`, so
 * they are never read again), the items read but not yet returned (`left`, nearest first, by order key),
 * and the density of items seen (`perKm2`, items per km^2 of the cells read), to size the next page's reads.
 */
interface SearchState {
  readonly pos: string | null;
  readonly readKm: number;
  readonly perKm2: number | null;
  readonly readPerKm2: number | null;
  /** The area (km^2) the densities were measured over. */
  readonly areaKm2: number;
  /** At least this many index items a km^2 for the next round (after a round a budget stopped). */
  readonly readFloor: number;
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
  // The density as items per 1,000 km^2, to three significant figures (mantissa and exponent).
  const width =
    state.perKm2 === null
      ? ''
      : [state.perKm2, state.readPerKm2 ?? 0, state.areaKm2, state.readFloor].map(encodeDensity).join('/');
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
  if (key === null) {
    return {
      pos: null,
      readKm: -1,
      perKm2: null,
      readPerKm2: null,
      areaKm2: 0,
      readFloor: 0,
      ranges: [],
      left: [],
    };
  }
  const at = key.indexOf(STATE);
  if (at < 0) {
    const pos = withoutRingHint(key);
    const readKm = distanceOfOrderKey(pos) - 0.00002;
    return { pos, readKm, perKm2: null, readPerKm2: null, areaKm2: 0, readFloor: 0, ranges: [], left: [] };
  }
  const pos = key.slice(0, at);
  const [readKm = 'n', width = '', ranges = '', left = ''] = key.slice(at + STATE.length).split('|');
  return {
    pos: pos === `${'0'.repeat(10)}#` ? null : pos,
    readKm: readKm === 'n' ? -1 : parseInt(readKm, 36) / 100_000,
    perKm2: width === '' ? null : decodeDensity(width.split('/')[0] ?? ''),
    readPerKm2: width === '' ? null : decodeDensity(width.split('/')[1] ?? ''),
    areaKm2: width === '' ? 0 : (decodeDensity(width.split('/')[2] ?? '') ?? 0),
    readFloor: width === '' ? 0 : (decodeDensity(width.split('/')[3] ?? '') ?? 0),
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

/** A density as a short base-36 string: items per km^2 to three significant figures, and its exponent. */
function encodeDensity(perKm2: number): string {
  if (!(perKm2 > 0) || !Number.isFinite(perKm2)) return '0';
  const exponent = Math.floor(Math.log10(perKm2)) - 2;
  const mantissa = Math.round(perKm2 / 10 ** exponent);
  return `${mantissa.toString(36)}.${(exponent + 50).toString(36)}`;
}
function decodeDensity(encoded: string): number | null {
  const [mantissa = '', exponent = ''] = encoded.split('.');
  const value = parseInt(mantissa, 36) * 10 ** (parseInt(exponent, 36) - 50);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * One page of items nearest first, reading nothing an earlier page read: the cursor carries what was read
 * and not returned (fetched by id when a page returns it, and checked again by `keep`) and the key ranges
 * read. The page is certain up to the frontier, the nearest point of the nearest cell not read
 * (unreadFrontierKm): every item read nearer than that is nearer than every item not read. While fewer
 * than a page of items lie within the frontier, the page reads on in rounds, each the unread cells nearest
 * the centre (planNearest: whole cells inside, small ones at the edge, joined into at most the requests
 * left) out to the circle expected to hold the rest of the page at the density seen (or, before anything
 * is read, a first guess), until it holds a page within the frontier, everything within the radius is read,
 * or its PAGE_REQUESTS (or a read budget) run out: then it returns what lies within the frontier, with
 * `hasNextPage: true`. An item added (or made visible) between pages in a range an earlier page read is not
 * found by later pages; an item that stays where it was is returned once, in order; one that moved is
 * returned at its new distance when that is after the cursor.
 */
export function nearbyPage<T extends { readonly id: string }>(
  source: NearbySource<T>,
  center: GeoPoint,
  radiusKm: number,
  page: PageRequest,
): Promise<NearbyPage<T>> {
  return new CarriedSearch(source, source.findByIds.bind(source), center, radiusKm, page).run();
}

// The first round of a search knows no density: it reads this far (or the whole radius, when smaller) in at
// most FIRST_ROUND_RANGES ranges, so later rounds have requests left.
const FIRST_ROUND_KM = 2;
const FIRST_ROUND_RANGES = 4;
// What an empty read suggests: as if it had held this many items.
const EMPTY_READ_ITEMS = 0.7;
// Nearly all of the radius: read it all.
const WHOLE_SHARE = 0.85;
// A round after the first takes at least this many ranges, or the page ends where it got to.
const MIN_ROUND_RANGES = 3;

/** One page's search (nearbyPage): the pool of candidates, what was read, the requests sent. */
class CarriedSearch<T extends { readonly id: string }> {
  readonly #state: SearchState;
  readonly #pool: Map<string, Candidate<T>>;
  #readKm: number;
  #ranges: readonly GeoRange[];
  #frontierKm: number | null = null;
  #requests = 0;
  #cutShort = false;
  // Items kept, index items read and finest cells read by this page's rounds: the densities.
  #kept = 0;
  #itemsRead = 0;
  #cellsRead = 0;
  // At least this many index items a km^2: from a round a budget stopped.
  #readFloor: number;

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
    this.#readFloor = this.#state.readFloor;
  }

  async run(): Promise<NearbyPage<T>> {
    for (;;) {
      const frontierKm = this.#frontier();
      const certainTo = frontierKm >= this.radiusKm ? '~' : readToOrderKey(frontierKm);
      const sorted = [...this.#pool.entries()].sort(([, a], [, b]) =>
        a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
      );
      const certain = sorted.filter(([, candidate]) => candidate.key <= certainTo);
      if (certain.length >= this.page.first || frontierKm >= this.radiusKm || this.#cutShort) {
        const take = certain.slice(0, this.page.first);
        const missing = take.filter(([, candidate]) => !candidate.found).map(([id]) => id);
        if (missing.length === 0) return this.#finish(take, sorted, frontierKm);
        await this.#fetchCarried(missing);
        continue;
      }
      // A BatchGetItem is kept back for the carried items the page may return.
      const reserve = sorted.some(([, candidate]) => !candidate.found) ? 1 : 0;
      const left = PAGE_REQUESTS - this.#requests - reserve;
      // A round of one or two ranges after others reads far more than it needs: the page ends first.
      if (left < (this.#requests === 0 ? 1 : MIN_ROUND_RANGES)) {
        this.#cutShort = true;
        continue;
      }
      const perKm2 = this.#density();
      const keys = sorted.map(([, candidate]) => candidate.key);
      let maxRanges = left;
      let searchKm = this.#roundRadius(frontierKm, certain.length, keys, perKm2, maxRanges);
      // The first round of a search takes a few requests only, so that a round sized by what it found can
      // follow; unless it reads to the radius.
      if (perKm2 === null && searchKm < this.radiusKm) {
        maxRanges = Math.min(left, FIRST_ROUND_RANGES);
        searchKm = this.#roundRadius(frontierKm, certain.length, keys, perKm2, maxRanges);
      }
      await this.#readRound(searchKm, frontierKm, maxRanges, left);
    }
  }

  #frontier(): number {
    this.#frontierKm ??= Math.min(
      Infinity,
      unreadFrontierKm(this.center, this.radiusKm, this.#readKm, this.#ranges),
    );
    return this.#frontierKm;
  }

  #after(key: string): boolean {
    return this.#state.pos === null || key > this.#state.pos;
  }

  /** The area this page read, in km^2, and that of the pages before it (their densities' weight). */
  #areas(): [number, number] {
    return [this.#cellsRead * fineCellAreaKm2(this.center.latitude), this.#state.areaKm2];
  }

  /**
   * Items kept (those the caller may have) per km^2 of what this search has read (null: nothing yet),
   * an empty read counting as EMPTY_READ_ITEMS: what sizes a round.
   */
  #density(): number | null {
    const [area, before] = this.#areas();
    if (area + before <= 0) return this.#state.perKm2;
    const kept = this.#kept + (this.#state.perKm2 ?? 0) * before;
    return Math.max(kept, EMPTY_READ_ITEMS) / (area + before);
  }

  /** Kept items per km^2 as the cursor carries it (no floor), for the next page to add to. */
  #keptDensity(): number {
    const [area, before] = this.#areas();
    return area + before > 0 ? (this.#kept + (this.#state.perKm2 ?? 0) * before) / (area + before) : 0;
  }

  /** Index items read per km^2 (every item, kept or not), as measured. */
  #measuredReadDensity(): number {
    const [area, before] = this.#areas();
    const read = this.#itemsRead + (this.#state.readPerKm2 ?? 0) * before;
    return area + before > 0 ? read / (area + before) : 0;
  }

  /** What bounds a round by the reads it may make: the measured density, or more after a stopped round. */
  #readDensity(): number {
    return Math.max(this.#measuredReadDensity(), this.#readFloor);
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

  /**
   * How far the next round reads: out to the page's last candidate when there are a page of them, else to
   * the circle expected (at `perKm2`) to hold the rest of the page, within what the read budgets allow.
   */
  #roundRadius(
    frontierKm: number,
    certain: number,
    keys: readonly string[],
    perKm2: number | null,
    maxRanges: number,
  ): number {
    const fromKm = Math.max(0, frontierKm);
    const needed = this.page.first - certain;
    let toKm =
      perKm2 === null
        ? Math.max(fromKm * 2, FIRST_ROUND_KM)
        : Math.sqrt(fromKm ** 2 + (needed * RING_MARGIN) / (Math.PI * perKm2));
    // At most half of what the budgets have left, and about half a Query's Limit a range, at the density
    // of index items seen: a round seldom needs a second Query for a range, or runs out of budget.
    const readPerKm2 = this.#readDensity();
    if (readPerKm2 > 0) {
      const left = Math.min(...(this.source.search.budgets ?? []).map((budget) => budget.items));
      const perQuery = this.source.search.itemsPerQuery ?? Infinity;
      const items = Math.min(left / 2, (perQuery / 2) * maxRanges);
      if (Number.isFinite(items))
        toKm = Math.min(toKm, Math.sqrt(fromKm ** 2 + items / (Math.PI * readPerKm2)));
    }
    const nth = keys[this.page.first - 1];
    // Enough candidates read already (beyond the frontier): only the cells nearer than the page's last.
    if (nth) toKm = Math.min(toKm, distanceOfOrderKey(nth) + 0.00002);
    if (toKm >= this.radiusKm * WHOLE_SHARE) toKm = this.radiusKm;
    return Math.min(this.radiusKm, Math.max(toKm, fromKm + 0.001));
  }

  /** Reads the unread cells out to `searchKm` in at most `maxRanges` ranges; their items join the pool. */
  async #readRound(
    roundKm: number,
    frontierKm: number,
    maxRanges: number,
    requestsLeft: number,
  ): Promise<void> {
    let searchKm = roundKm;
    const readKm = Math.max(this.#readKm, Math.min(frontierKm, searchKm));
    let plan = planNearest(this.center, searchKm, this.radiusKm, readKm, this.#ranges, maxRanges);
    // Cells in more partitions than requests left: a narrower round, or the page ends where it got to.
    for (let tries = 0; plan.ranges.length > requestsLeft && tries < 4; tries++) {
      searchKm = Math.max(frontierKm, 0) + (searchKm - Math.max(frontierKm, 0)) / 2;
      plan = planNearest(this.center, searchKm, this.radiusKm, readKm, this.#ranges, maxRanges);
    }
    if (plan.ranges.length > requestsLeft) {
      this.#cutShort = true;
      return;
    }
    const pageBudget: DistanceReadBudget = { items: Infinity, bytes: Infinity, queries: requestsLeft };
    const ring = await this.source.findRing(this.center, searchKm, {
      ...this.source.search,
      budgets: [...(this.source.search.budgets ?? []), pageBudget],
      ranges: plan.ranges,
      keepWithinKm: this.radiusKm,
    });
    this.#requests += requestsLeft - pageBudget.queries;
    const read = ring.rangesRead ?? (ring.complete ? plan.ranges : []);
    if (!ring.complete) {
      // A budget ran out (or a range needed more Queries than the page had left): what the ranges read in
      // full found is kept, and the next round, on this page or the next, reads a quarter as much.
      const areaKm2 = plan.fineCellsRead * fineCellAreaKm2(this.center.latitude);
      const floor = Math.max(4 * this.#readDensity(), ring.itemsRead / Math.max(areaKm2, 1e-9));
      this.#cutShort ||= read.length === 0;
      await this.#add(ring.found, read, 0, 0, frontierKm);
      this.#readFloor = floor;
      return;
    }
    await this.#add(ring.found, read, ring.itemsRead, plan.fineCellsRead, frontierKm);
  }

  /**
   * Items found in ranges read in full join the pool (those the caller may have, after the position), and
   * the ranges join those read; `itemsRead` in `cellsRead` finest cells count towards the densities.
   */
  async #add(
    found: readonly NearItem<T>[],
    read: readonly GeoRange[],
    itemsRead: number,
    cellsRead: number,
    frontierKm: number,
  ): Promise<void> {
    this.#readKm = Math.max(this.#readKm, frontierKm);
    if (read.length === 0) return;
    const fresh = found.filter(
      (near) => this.#after(distanceOrderKey(near)) && !this.#pool.get(near.item.id)?.found,
    );
    const kept = await this.source.keep(fresh);
    const keptIds = new Set(kept.map((near) => near.item.id));
    for (const near of fresh) if (!keptIds.has(near.item.id)) this.#pool.delete(near.item.id);
    for (const near of kept) this.#pool.set(near.item.id, { key: distanceOrderKey(near), found: near });
    if (cellsRead > 0) {
      this.#kept += kept.length;
      this.#itemsRead += itemsRead;
      this.#cellsRead += cellsRead;
      this.#readFloor = 0;
    }
    this.#ranges = [...this.#ranges, ...read];
    this.#frontierKm = null;
  }

  /** The page of `take`, and a cursor carrying the rest of `sorted` and what was read. */
  #finish(
    take: readonly [string, Candidate<T>][],
    sorted: readonly [string, Candidate<T>][],
    frontierKm: number,
  ): NearbyPage<T> {
    const { cursorQuery, paging } = this.source;
    const edges = take.flatMap(([, { key, found }]) =>
      found ? [{ node: found, cursor: paging.encodeSortedCursor(cursorQuery, key) }] : [],
    );
    const pos = take.at(-1)?.[1].key ?? this.#state.pos;
    const left = sorted
      .filter(([, candidate]) => pos === null || candidate.key > pos)
      .map(([id, candidate]) => ({ id, key: candidate.key }));
    const readKm = Math.min(this.radiusKm, frontierKm);
    const hasNextPage = left.length > 0 || readKm < this.radiusKm;
    const state = {
      pos,
      readKm,
      perKm2: this.#keptDensity(),
      readPerKm2: this.#measuredReadDensity(),
      readFloor: this.#readFloor,
      areaKm2: this.#areas()[0] + this.#areas()[1],
      ranges: this.#ranges,
      left,
    };
    const endCursor = hasNextPage
      ? paging.encodeSortedCursor(cursorQuery, fitState(state))
      : (edges.at(-1)?.cursor ?? null);
    return nearPage({ pageInfo: { hasNextPage, endCursor }, edges });
  }
}
