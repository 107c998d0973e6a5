import { ConflictError } from '../../../kernel/domain/errors';
import type { GeoPoint } from '../../../kernel/domain/location';
import type {
  ChangeContext,
  MembershipGuard,
  NearbyResult,
  NearbySearch,
  Page,
  PageRequest,
} from '../../../kernel/domain/ports';
import type { ColocationRecordChange, ColocationStore } from '../domain/colocation-port';
import type { OfferStatus } from '../../../kernel/domain/records';
import type { SpaceInterest } from '../domain/space-interest';
import type { SpaceNeed } from '../domain/space-need';
import type { SpaceOffer } from '../domain/space-offer';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import type { CursorCodec } from '../../../kernel/store/cursor';
import {
  idempotencyWrites,
  membershipGuardWrite,
  organisationExists,
  toRecord,
} from '../../../kernel/store/items';
import type { ItemKey } from '../../../kernel/store/keys';
import type { GuardedWrite, Table } from '../../../kernel/store/table';
import {
  interestsInOffer,
  interestsReceivedBy,
  interestsSentBy,
  needsOfOrganisation,
  offersOfBuilding,
  offersOfCouncil,
  offersEndingInCouncil,
  offersOfOrganisation,
  openInterestClaimKey,
  openNeedsOfCouncil,
  spaceInterestKey,
  spaceNeedKey,
  spaceOfferKey,
} from './colocation-keys';
import { buildingUnchanged, offerIsOpen, recordWrites } from './colocation-writes';
import { findNear } from '../../../kernel/store/nearby-store';
import { SortedPages } from '../../../kernel/store/sorted-pages';
import { notificationWrite } from '../../../kernel/store/outbox-items';
import { colocationNotices } from '../domain/colocation-notices';
import { queryOpenInterests } from './offers-follow-building';

export { offerFollowWrites, offersFollowBuilding } from './offers-follow-building';
export { spaceOfferItemFor } from './colocation-writes';

// TransactWriteItems holds 100 items. A record change is at most five: the record, its audit event, an offer's
// building entry or an interest's open-interest claim, and an offer's changes feed entries (two when it moves
// to another council: a tombstone there and the record here), or an outbox message (an interest's step, an
// offer taken: never beside two feed entries). The gateway adds each council's feed counter (at most one per
// change) and the first transaction carries up to four checks: 16 x 6 + 4 = 100.
const CHANGES_PER_TRANSACTION = 16;

/** A message is named by its record's id and version, so the version condition fails first; this is a lock. */
const messageAlreadyRecorded = () =>
  new ConflictError('This step was saved at the same moment by another request; read the record again');

/** Offers of space, needs and expressions of interest, with their lists and the geohash index. */
export class DynamoColocationStore implements ColocationStore {
  constructor(
    private readonly table: Table,
    cursors: CursorCodec,
  ) {
    this.#sorted = new SortedPages(cursors);
  }

  readonly #sorted: SortedPages;

  /** A page of one list of records (`pattern`), its cursor bound to `cursorQuery`. */
  #page<T>(
    pattern: AccessPattern,
    cursorQuery: string,
    page: PageRequest,
    newestFirst = true,
  ): Promise<Page<T>> {
    return this.table.queryPage({ ...pattern, newestFirst, cursorQuery }, page, (item) => toRecord<T>(item));
  }

  /** Records by id in one BatchGetItem, keyed by id. */
  async #getMany<T>(ids: readonly string[], key: (id: string) => ItemKey): Promise<ReadonlyMap<string, T>> {
    const unique = [...new Set(ids)];
    const items = unique.length ? await this.table.batchGet(unique.map(key)) : [];
    return new Map(items.map((item) => [String(item['id']), toRecord<T>(item)]));
  }

  async #getOne<T>(key: ItemKey): Promise<T | null> {
    const item = await this.table.get(key);
    return item ? toRecord<T>(item) : null;
  }

  /**
   * The council's live offers (OPEN, UNDER_OFFER) whose last day is from `from` to `until`, both included: one
   * Query of index gsi3 (offerEndIndexKeys), for the daily reminders. The status is read as stored.
   */
  async listOffersEndingBetween(councilCode: string, from: string, until: string): Promise<SpaceOffer[]> {
    const items = await this.table.queryAll({
      ...offersEndingInCouncil(councilCode),
      sortRange: { from, to: `${until}#~` },
    });
    return items.map((item) => toRecord<SpaceOffer>(item));
  }

  getSpaceOffer(id: string): Promise<SpaceOffer | null> {
    return this.#getOne(spaceOfferKey(id));
  }

  getSpaceOffers(ids: readonly string[]): Promise<ReadonlyMap<string, SpaceOffer>> {
    return this.#getMany(ids, spaceOfferKey);
  }

  async listSpaceOffersByBuilding(buildingId: string, page: PageRequest): Promise<Page<SpaceOffer>> {
    const entries = await this.table.queryPage(
      { ...offersOfBuilding(buildingId), cursorQuery: `spaceOffersByBuilding|${buildingId}` },
      page,
      (item) => String(item['offerId']),
    );
    const offers = await this.getSpaceOffers(entries.edges.map((edge) => edge.node));
    return {
      pageInfo: entries.pageInfo,
      edges: entries.edges.flatMap((edge) => {
        const offer = offers.get(edge.node);
        return offer ? [{ node: offer, cursor: edge.cursor }] : [];
      }),
    };
  }

  listSpaceOffersByCouncil(
    councilCode: string,
    status: OfferStatus | null,
    page: PageRequest,
  ): Promise<Page<SpaceOffer>> {
    const cursorQuery = `spaceOffersByCouncil|${councilCode}|${status ?? ''}`;
    return this.#page(offersOfCouncil(councilCode, status), cursorQuery, page);
  }

  listSpaceOffersByOrganisation(
    organisationId: string,
    status: OfferStatus | null,
    page: PageRequest,
  ): Promise<Page<SpaceOffer>> {
    const cursorQuery = `spaceOffersByOrganisation|${organisationId}|${status ?? ''}`;
    return this.#page(offersOfOrganisation(organisationId, status), cursorQuery, page);
  }

  findSpaceOffersNear(
    center: GeoPoint,
    radiusKm: number,
    search: NearbySearch = {},
  ): Promise<NearbyResult<SpaceOffer>> {
    return findNear<SpaceOffer>(
      this.table,
      'OFFER',
      center,
      radiusKm,
      search,
      (offer) => offer.building.location,
    );
  }

  findSpaceNeedsNear(
    center: GeoPoint,
    radiusKm: number,
    search: NearbySearch = {},
  ): Promise<NearbyResult<SpaceNeed>> {
    return findNear<SpaceNeed>(this.table, 'NEED', center, radiusKm, search, (need) => need.location);
  }

  async listOpenSpaceNeedsByCouncil(councilCode: string): Promise<SpaceNeed[]> {
    const items = await this.table.queryAll(openNeedsOfCouncil(councilCode));
    return items.map((item) => toRecord<SpaceNeed>(item));
  }

  getSpaceNeed(id: string): Promise<SpaceNeed | null> {
    return this.#getOne(spaceNeedKey(id));
  }

  getSpaceNeeds(ids: readonly string[]): Promise<ReadonlyMap<string, SpaceNeed>> {
    return this.#getMany(ids, spaceNeedKey);
  }

  listSpaceNeedsByOrganisation(organisationId: string, page: PageRequest): Promise<Page<SpaceNeed>> {
    const cursorQuery = `spaceNeedsByOrganisation|${organisationId}`;
    return this.#page(needsOfOrganisation(organisationId), cursorQuery, page);
  }

  getSpaceInterest(id: string): Promise<SpaceInterest | null> {
    return this.#getOne(spaceInterestKey(id));
  }

  listInterestsSent(organisationId: string, page: PageRequest): Promise<Page<SpaceInterest>> {
    return this.#page(interestsSentBy(organisationId), `interestsSent|${organisationId}`, page);
  }

  listInterestsReceived(organisationId: string, page: PageRequest): Promise<Page<SpaceInterest>> {
    return this.#page(interestsReceivedBy(organisationId), `interestsReceived|${organisationId}`, page);
  }

  listInterestsOfOffer(offer: SpaceOffer, page: PageRequest): Promise<Page<SpaceInterest>> {
    // Oldest first: the conversation in the order it happened.
    return this.#page(interestsInOffer(offer), `interestsOfOffer|${offer.id}`, page, false);
  }

  async getInterestTarget(named: {
    readonly offerId: string;
    readonly organisationId: string;
    readonly needId: string | null;
  }): Promise<{ offer: SpaceOffer | null; need: SpaceNeed | null; openInterestId: string | null }> {
    const claimKey = openInterestClaimKey(named.offerId, named.organisationId);
    const keys = [
      spaceOfferKey(named.offerId),
      claimKey,
      ...(named.needId ? [spaceNeedKey(named.needId)] : []),
    ];
    const items = await this.table.batchGet(keys);
    const find = (key: { pk: string; sk: string }) =>
      items.find((item) => item['pk'] === key.pk && item['sk'] === key.sk);
    const offer = find(spaceOfferKey(named.offerId));
    const need = named.needId ? find(spaceNeedKey(named.needId)) : undefined;
    const claim = find(claimKey);
    return {
      offer: offer ? toRecord<SpaceOffer>(offer) : null,
      need: need ? toRecord<SpaceNeed>(need) : null,
      openInterestId: typeof claim?.['interestId'] === 'string' ? claim['interestId'] : null,
    };
  }

  listOpenInterestsOfOffer(offer: SpaceOffer): Promise<SpaceInterest[]> {
    return queryOpenInterests(this.table, offer);
  }

  async saveColocationChanges(
    changes: readonly ColocationRecordChange[],
    change: ChangeContext,
    options: {
      requireOpenOffer?: string;
      requireOrganisation?: { readonly id: string; readonly field: string };
      requireBuildingVersion?: { readonly id: string; readonly version: number };
      guard?: MembershipGuard | null;
    } = {},
  ): Promise<void> {
    const { tableName } = this.table;
    const notices = colocationNotices(changes);
    for (let start = 0; start < changes.length; start += CHANGES_PER_TRANSACTION) {
      const end = start + CHANGES_PER_TRANSACTION;
      const writes = [
        ...changes.slice(start, end).flatMap((c) => recordWrites(tableName, c, change)),
        // Each outbox message commits with the change it tells of (colocation-notices.ts).
        ...notices
          .filter((notice) => notice.changeIndex >= start && notice.changeIndex < end)
          .map((notice) => notificationWrite(tableName, notice.message, messageAlreadyRecorded)),
      ];
      if (start === 0 && options.requireOpenOffer)
        writes.push(offerIsOpen(tableName, options.requireOpenOffer));
      // A create's idempotency claim goes first in its transaction (see idempotencyWrites); then a named
      // organisation's existence (reported as such rather than as a missing role in it), then the caller's
      // role (reported rather than a record changed meanwhile).
      const checks: GuardedWrite[] =
        start === 0
          ? [
              ...idempotencyWrites(tableName, change),
              ...(options.requireOrganisation
                ? [organisationExists(tableName, options.requireOrganisation)]
                : []),
              ...(options.guard ? [membershipGuardWrite(tableName, options.guard)] : []),
              ...(options.requireBuildingVersion
                ? [buildingUnchanged(tableName, options.requireBuildingVersion)]
                : []),
            ]
          : [];
      await this.table.transact([...checks, ...writes]);
    }
  }

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
}
