/**
 * DynamoSurplusStore: surplus listings, requests and councils' settings over the table gateway. Every list
 * is one Query of its access pattern (surplus-keys.ts); no Scan.
 */
import type { GeoPoint } from '../../../kernel/domain/location';
import type {
  ChangeContext,
  MembershipGuard,
  NearbyResult,
  NearbySearch,
  Page,
  PageRequest,
} from '../../../kernel/domain/ports';
import { ConflictError } from '../../../kernel/domain/errors';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import {
  idempotencyWrites,
  membershipGuardWrite,
  organisationExists,
  toRecord,
} from '../../../kernel/store/items';
import type { CursorCodec } from '../../../kernel/store/cursor';
import type { ItemKey } from '../../../kernel/store/keys';
import { findNear } from '../../../kernel/store/nearby-store';
import { SortedPages } from '../../../kernel/store/sorted-pages';
import { notificationWrite } from '../../../kernel/store/outbox-items';
import type { GuardedWrite, Table } from '../../../kernel/store/table';
import type { Building } from '../../../kernel/domain/records';
import type { BuildingUpdatePlanner } from '../../buildings/store/building-store';
import { packTransactions } from '../../buildings/store/building-transactions';
import { MAX_KINDS_PER_BUILDING_STEP } from '../domain/surplus-listing';
import type { SurplusCategory, SurplusListing } from '../domain/surplus-listing';
import { surplusNotices } from '../domain/surplus-notices';
import type { SurplusRecordChange, SurplusStore } from '../domain/surplus-port';
import type { SurplusRequest } from '../domain/surplus-request';
import type { SurplusSettings } from '../domain/surplus-settings';
import {
  allocatedRequestsOfCouncil,
  collectedRequestsOfCouncil,
  listingsOfBuilding,
  openListingsOfCouncil,
  requestsOfListing,
  requestsOfOrganisation,
  SURPLUS_GEO_KIND,
  surplusListingKey,
  surplusRequestKey,
  surplusSettingsKey,
} from './surplus-keys';
import { surplusRecordWrites } from './surplus-writes';

export { listingsFollowBuilding } from './listings-follow-building';

/** A message is named by its record's id and version, so the version condition fails first; this is a lock. */
const messageAlreadyRecorded = () =>
  new ConflictError('This step was saved at the same moment by another request; read the record again');

// A step changes at most a listing and a request (8 items, far inside DynamoDB's 100), or lists a building's
// surplus: up to MAX_KINDS_PER_BUILDING_STEP new listings beside the building's change (domain/surplus-listing.ts
// counts the items).
const MAX_CHANGES_PER_STEP = Math.max(2, MAX_KINDS_PER_BUILDING_STEP);

export class DynamoSurplusStore implements SurplusStore {
  constructor(
    private readonly table: Table,
    cursors: CursorCodec,
    /** A building's change as the buildings store writes it (wired by the app); none: no step changes one. */
    private readonly planBuildingUpdate: BuildingUpdatePlanner | null = null,
  ) {
    this.#sorted = new SortedPages(cursors);
  }

  readonly #sorted: SortedPages;

  encodeSortedCursor(cursorQuery: string, key: string): string {
    return this.#sorted.encodeSortedCursor(cursorQuery, key);
  }

  decodeSortedCursor(cursorQuery: string, after: string): string {
    return this.#sorted.decodeSortedCursor(cursorQuery, after);
  }

  pageSorted<T>(
    cursorQuery: string,
    sorted: readonly T[],
    orderKey: (item: T) => string,
    page: PageRequest,
  ): Page<T> {
    return this.#sorted.pageSorted(cursorQuery, sorted, orderKey, page);
  }

  findSurplusListingsNear(
    center: GeoPoint,
    radiusKm: number,
    search: NearbySearch = {},
  ): Promise<NearbyResult<SurplusListing>> {
    return findNear<SurplusListing>(
      this.table,
      SURPLUS_GEO_KIND,
      center,
      radiusKm,
      search,
      (listing) => listing.building.location,
    );
  }

  #page<T>(
    pattern: AccessPattern,
    cursorQuery: string,
    page: PageRequest,
    newestFirst: boolean,
  ): Promise<Page<T>> {
    return this.table.queryPage({ ...pattern, newestFirst, cursorQuery }, page, (item) => toRecord<T>(item));
  }

  async #getOne<T>(key: ItemKey, read: { consistent?: boolean }): Promise<T | null> {
    const item = await this.table.get(key, read);
    return item ? toRecord<T>(item) : null;
  }

  getListing(id: string, read: { consistent?: boolean } = {}): Promise<SurplusListing | null> {
    return this.#getOne(surplusListingKey(id), read);
  }

  async getListings(ids: readonly string[]): Promise<ReadonlyMap<string, SurplusListing>> {
    const unique = [...new Set(ids)];
    const items = unique.length ? await this.table.batchGet(unique.map(surplusListingKey)) : [];
    return new Map(items.map((item) => [String(item['id']), toRecord<SurplusListing>(item)]));
  }

  getRequest(id: string, read: { consistent?: boolean } = {}): Promise<SurplusRequest | null> {
    return this.#getOne(surplusRequestKey(id), read);
  }

  getSettings(councilCode: string, read: { consistent?: boolean } = {}): Promise<SurplusSettings | null> {
    return this.#getOne(surplusSettingsKey(councilCode), read);
  }

  listListingsByCouncil(
    councilCode: string,
    category: SurplusCategory | null,
    page: PageRequest,
  ): Promise<Page<SurplusListing>> {
    const cursorQuery = `surplusListingsByCouncil|${councilCode}|${category ?? ''}`;
    return this.#page(openListingsOfCouncil(councilCode, category), cursorQuery, page, true);
  }

  listListingsByBuilding(buildingId: string, page: PageRequest): Promise<Page<SurplusListing>> {
    // Ascending: OPEN sorts before CLOSED, so a building's open listings come first.
    return this.#page(listingsOfBuilding(buildingId), `surplusListingsByBuilding|${buildingId}`, page, false);
  }

  listRequestsOfListing(listingId: string, page: PageRequest): Promise<Page<SurplusRequest>> {
    return this.#page(requestsOfListing(listingId), `surplusRequestsOfListing|${listingId}`, page, false);
  }

  listRequestsByOrganisation(organisationId: string, page: PageRequest): Promise<Page<SurplusRequest>> {
    const cursorQuery = `surplusRequestsByOrganisation|${organisationId}`;
    return this.#page(requestsOfOrganisation(organisationId), cursorQuery, page, true);
  }

  async listCollectedRequestsByCouncil(councilCode: string): Promise<SurplusRequest[]> {
    const items = await this.table.queryAll(collectedRequestsOfCouncil(councilCode));
    return items.map((item) => toRecord<SurplusRequest>(item));
  }

  async listAllocatedRequestsByCouncil(councilCode: string): Promise<SurplusRequest[]> {
    const items = await this.table.queryAll(allocatedRequestsOfCouncil(councilCode));
    return items.map((item) => toRecord<SurplusRequest>(item));
  }

  async listAllOpenListingsByCouncil(councilCode: string): Promise<SurplusListing[]> {
    const items = await this.table.queryAll(openListingsOfCouncil(councilCode, null));
    return items.map((item) => toRecord<SurplusListing>(item));
  }

  async listAllRequestsByOrganisation(organisationId: string): Promise<SurplusRequest[]> {
    const items = await this.table.queryAll(requestsOfOrganisation(organisationId));
    return items.map((item) => toRecord<SurplusRequest>(item));
  }

  async saveSurplusChanges(
    changes: readonly SurplusRecordChange[],
    change: ChangeContext,
    options: {
      requireOrganisation?: { readonly id: string; readonly field: string };
      guard?: MembershipGuard | null;
      building?: { readonly before: Building; readonly after: Building } | null;
    } = {},
  ): Promise<void> {
    if (changes.length > MAX_CHANGES_PER_STEP) {
      throw new Error(`A surplus step changes at most ${MAX_CHANGES_PER_STEP} records`);
    }
    const { tableName } = this.table;
    // The idempotency claim first (see idempotencyWrites); then a named organisation's existence (reported
    // as such rather than as a missing role in it), then the caller's role.
    const checks: GuardedWrite[] = [
      ...idempotencyWrites(tableName, change),
      ...(options.requireOrganisation ? [organisationExists(tableName, options.requireOrganisation)] : []),
      ...(options.guard ? [membershipGuardWrite(tableName, options.guard)] : []),
    ];
    const writes = changes.flatMap((record) => surplusRecordWrites(tableName, record, change));
    // Each outbox message commits with the change it tells of (surplus-notices.ts).
    const messages = surplusNotices(changes).map((message) =>
      notificationWrite(tableName, message, messageAlreadyRecorded),
    );
    const building = await this.#buildingWrites(options.building ?? null, change);
    // The building's followers (none for a change of status alone) go after, as updateBuilding sends them.
    const transactions = packTransactions(
      [...checks, ...building.first, ...writes, ...messages],
      building.later,
    );
    for (const transaction of transactions) await this.table.transact(transaction);
  }

  async #buildingWrites(
    building: { readonly before: Building; readonly after: Building } | null,
    change: ChangeContext,
  ): Promise<{ readonly first: readonly GuardedWrite[]; readonly later: readonly GuardedWrite[][] }> {
    if (!building) return { first: [], later: [] };
    if (!this.planBuildingUpdate) throw new Error('This surplus store was made without the buildings store');
    return this.planBuildingUpdate(building.before, building.after, 'UPDATED', change);
  }
}
