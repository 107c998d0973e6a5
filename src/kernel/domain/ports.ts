/**
 * What every register's storage shares, in domain terms: pages, the change context and its membership
 * guard, audit history, idempotency claims and distance-search budgets. Each register states its own port
 * beside its domain (src/registers/<name>/domain/<name>-port.ts).
 */
import type { AuditEvent, Organisation, RecordType } from './records';
import type { ActorMembership } from './authorization';
import type { MembershipRequirement } from './membership-requirements';
import type { IdempotencyClaim } from './idempotency';
import type { GeoRange } from './geo-search';

/** A request for one page of a list: at most `first` items after the opaque cursor `after`. */
export interface PageRequest {
  readonly first: number;
  readonly after: string | null;
}

/** One page of a list, shaped as a Relay connection. */
export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfoRecord;
}

/**
 * Lists sorted in memory (a distance search's finds, ranked matches), paged by an opaque cursor that holds
 * the last item's order key, bound to the list and its arguments (`cursorQuery`). A store implements it
 * over its cursor codec (src/kernel/store/sorted-pages.ts).
 */
export interface SortedPaging {
  encodeSortedCursor(cursorQuery: string, key: string): string;
  /** The order key a cursor holds; BAD_USER_INPUT on `after` when it is not this list's. */
  decodeSortedCursor(cursorQuery: string, after: string): string;
  /** The page of `sorted` (sorted by `orderKey`) after the page request's cursor. */
  pageSorted<T>(
    cursorQuery: string,
    sorted: readonly T[],
    orderKey: (item: T) => string,
    page: PageRequest,
  ): Page<T>;
}

/**
 * Where a page ends, as stores and resolvers make it. The schema's PageInfo adds `startCursor` and
 * `hasPreviousPage` from the connection itself (executable-schema.ts), so no list has to compute them.
 */
export interface PageInfoRecord {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Who makes a change and when; stamped on the record and its audit event. */
export interface ChangeContext {
  readonly actorId: string;
  readonly at: string;
  /** Set on a create sent with an idempotency key: the store claims the key in the create's transaction. */
  readonly idempotency?: IdempotencyClaim | null;
}

/**
 * Memberships the acting user must hold at the moment a change is written, checked by the store inside the
 * change's own transaction (issue 7: no read of the caller's memberships before a write). Every clause must
 * hold; a clause holds when the user has any one of its memberships. Decided by the domain
 * (`membershipsThatAllow`); a failure is a MembershipCheckFailedError.
 */
export interface MembershipGuard {
  readonly userId: string;
  readonly clauses: readonly (readonly MembershipRequirement[])[];
}

export interface AuditStore {
  listHistory(recordType: RecordType, recordId: string, page: PageRequest): Promise<Page<AuditEvent>>;
}

export interface IdempotencyStore {
  /** The claim on a caller's key if one was made within its window as of `at` (a strongly consistent read). */
  getIdempotencyClaim(scope: string, key: string, at: string): Promise<IdempotencyClaim | null>;
}

// ---------------------------------------------------------------------------------------------------------
// Co-location: offers of space, needs and expressions of interest.

/** Items found near a point, nearest first, with what finding them cost. */
export interface NearbyResult<T> {
  readonly found: { item: T; distanceKm: number }[];
  /** Index items DynamoDB read (every item in the cells queried, before the exact distance filter). */
  readonly itemsRead: number;
  /** Size of the items read (their JSON, about DynamoDB's own measure of an item). */
  readonly bytesRead: number;
  readonly requests: number;
  /**
   * False when a budget ran out before every range was read: `found` is then not the whole circle (or
   * ring) and must not be used as an answer. Always true without budgets.
   */
  readonly complete: boolean;
  /** The key ranges the search read (when complete), for a later read to leave out exactly (readRanges). */
  readonly ranges?: readonly GeoRange[];
  /**
   * With the caller's own `ranges`: those read in full, even when a budget stopped the others (`found`
   * then holds the items of these only).
   */
  readonly rangesRead?: readonly GeoRange[];
  /** Out to where `found` holds the items read (the search's keepWithinKm, else its radius). */
  readonly foundWithinKm?: number;
}

/**
 * What distance searches may still read: taken before each Query, given back for what it did not use. A
 * search is given its own and its request's (shared by every search of the request), and reads only while
 * every one of them lasts. Made per search or per request, never shared across requests.
 */
export interface DistanceReadBudget {
  items: number;
  bytes: number;
  queries: number;
}

export interface NearbySearch {
  /** Only items farther than this need be read (a ring: the search has read the circle within already). */
  readonly beyondKm?: number;
  readonly budgets?: readonly DistanceReadBudget[];
  /** Most items one Query may read (DynamoDB's Limit), so a read in flight overshoots its budget little. */
  readonly itemsPerQuery?: number;
  /** Read exactly these key ranges (planned by the caller, planNearest) instead of planning the circle. */
  readonly ranges?: readonly GeoRange[];
  /** Key ranges read already: left out exactly (see GeoPlanOptions). */
  readonly readRanges?: readonly GeoRange[];
  /** At most this many ranges (Queries, one each unless a range holds more than a Query's Limit). */
  readonly maxRanges?: number;
  /** What one more query is worth against the area read (see GeoPlanOptions). */
  readonly requestCost?: number;
  /**
   * Return every item read within this distance (at least the radius), not only those within the radius:
   * a later page then has what this read found beyond its circle without reading it again.
   */
  readonly keepWithinKm?: number;
}

/**
 * Where the kernel reads who the caller is: the organisations (batched per request) and one user's
 * memberships. The organisations register's store is the directory (the app wires it).
 */
export interface CallerDirectory {
  getOrganisations(ids: readonly string[]): Promise<ReadonlyMap<string, Organisation>>;
  getActorMemberships(userId: string): Promise<ActorMembership[]>;
}
