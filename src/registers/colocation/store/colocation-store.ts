import { badInput, ConflictError } from '../../../kernel/domain/errors';
import { GEO_PARTITION_PRECISION, geohashOf } from '../domain/geo-search';
import type { BuildingChangeHook } from '../../buildings/store/building-store';
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
import type { Building, RecordType } from '../../../kernel/domain/records';
import { isInterestOpen, transitionInterest } from '../domain/space-interest';
import type { SpaceInterest } from '../domain/space-interest';
import type { SpaceNeed } from '../domain/space-need';
import { buildingChangeReachesOffers, followBuilding } from '../domain/space-offer';
import type { OfferStatus } from '../../../kernel/domain/records';
import type { SpaceOffer } from '../domain/space-offer';
import type { CursorCodec } from '../../../kernel/store/cursor';
import {
  auditWrite,
  idempotencyWrites,
  IS_NEW,
  membershipGuardWrite,
  toRecord,
  versionedReplace,
} from '../../../kernel/store/items';
import {
  BUILDING_OFFER_PREFIX,
  buildingKey,
  buildingOfferEntryKey,
  buildingOffersPartition,
  councilNeedsPartition,
  councilOffersPartition,
  geoIndexKeys,
  offerInterestsPrefix,
  openInterestClaimKey,
  offerStatusPrefix,
  organisationKey,
  organisationNeedsPartition,
  organisationOffersPartition,
  receivedInterestsPartition,
  sentInterestsPartition,
  spaceInterestIndexKeys,
  spaceInterestKey,
  spaceNeedIndexKeys,
  spaceNeedKey,
  spaceOfferIndexKeys,
  spaceOfferKey,
} from '../../../kernel/store/keys';
import type { GeoItemKind } from '../../../kernel/store/keys';
import type { GuardedWrite, Item, Table } from '../../../kernel/store/table';
import { findNear } from './nearby-store';

// TransactWriteItems holds 100 items; a record change is at most three (the record, its audit event, and an
// offer's building entry or an interest's open-interest claim).
const CHANGES_PER_TRANSACTION = 30;

const KINDS: Record<ColocationRecordChange['kind'], { what: string; recordType: RecordType }> = {
  SPACE_OFFER: { what: 'Space offer', recordType: 'SPACE_OFFER' },
  SPACE_NEED: { what: 'Space need', recordType: 'SPACE_NEED' },
  SPACE_INTEREST: { what: 'Expression of interest', recordType: 'SPACE_INTEREST' },
};

/**
 * The building hook of co-location (wired by the app): an offer is shown to whoever may see its building,
 * found where it is and closed when it ends, so a change that reaches the offers changes them with it.
 */
export function offersFollowBuilding(table: Table): BuildingChangeHook {
  return async (before, after, change) =>
    buildingChangeReachesOffers(before, after)
      ? offerFollowWrites(table, before, after, change)
      : { first: [], later: [] };
}

/**
 * An offer of space shows its building from a copy (space-offer.ts buildingSnapshot): who may see it follows
 * the copy's visibility, the distance search its location, the area list its council. When a change of a
 * building reaches its offers (buildingChangeReachesOffers), the building store puts these writes in its own
 * transaction. One strongly consistent Query of the building's partition finds the offers (their entries
 * there). A change of visibility alone updates each offer's copy of it (history too: it decides who sees the
 * record). A change of location, council, owner or state also reads the offers (one strongly consistent
 * BatchGetItem) and rewrites each live one (its version condition and an audit event): the copy and the
 * geohash and area index keys refreshed, or the offer WITHDRAWN with the reason when the building was
 * archived, disposed of or changed owner (space-offer.ts followBuilding). A withdrawn offer's open interests
 * (one Query each) are CLOSED with the reason, so the interested organisations see why.
 *
 * `first` must go in the building's own transaction (what decides who sees an offer and where it is found);
 * `later` (the interests' closures and the history's visibility copies) are whole groups of writes that go in
 * it while they fit, and in further transactions after it otherwise.
 */
export async function offerFollowWrites(
  table: Table,
  before: Building,
  after: Building,
  change: ChangeContext,
): Promise<{ first: GuardedWrite[]; later: GuardedWrite[][] }> {
  const entries = await table.queryAll({
    indexName: null,
    partition: buildingOffersPartition(after.id),
    sortPrefix: BUILDING_OFFER_PREFIX,
    consistent: true,
  });
  const ids = entries.flatMap((entry) => (typeof entry['offerId'] === 'string' ? [entry['offerId']] : []));
  const visibilityCopy = (offerId: string): GuardedWrite => ({
    write: {
      Update: {
        TableName: table.tableName,
        Key: spaceOfferKey(offerId),
        UpdateExpression: 'SET #building.#visibility = :visibility',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#building': 'building', '#visibility': 'visibility' },
        ExpressionAttributeValues: { ':visibility': after.visibility },
      },
    },
  });
  const onlyVisibility =
    before.visibility !== after.visibility &&
    !buildingChangeReachesOffers({ ...before, visibility: after.visibility }, after);
  // Each copy goes in the building's transaction while it fits (the rest after it), as before: a building with
  // years of offers can still change its visibility.
  if (onlyVisibility) return { first: [], later: ids.map((id) => [visibilityCopy(id)]) };
  if (ids.length === 0) return { first: [], later: [] };

  const items = await table.batchGet(ids.map(spaceOfferKey), { consistent: true });
  const offers = items.map((item) => toRecord<SpaceOffer>(item));
  const first: GuardedWrite[] = [];
  const later: GuardedWrite[][] = [];
  for (const offer of offers) {
    const followed = followBuilding(offer, before, after);
    if (!followed) {
      if (offer.building.visibility !== after.visibility) later.push([visibilityCopy(offer.id)]);
      continue;
    }
    const next = { ...followed.offer, updatedAt: change.at, version: offer.version + 1 };
    first.push(
      ...changeWrites(
        table.tableName,
        { kind: 'SPACE_OFFER', before: offer, after: next, action: followed.action },
        change,
      ),
    );
    if (followed.reason) {
      const reason = `${followed.reason}; the offer is withdrawn`;
      for (const interest of await queryOpenInterests(table, offer)) {
        const closed = transitionInterest(
          interest,
          { type: 'CLOSE', reason },
          { organisationId: null, userId: change.actorId },
          change.at,
        );
        later.push(
          changeWrites(
            table.tableName,
            {
              kind: 'SPACE_INTEREST',
              before: interest,
              after: { ...closed, updatedAt: change.at, version: interest.version + 1 },
              action: 'CLOSED',
            },
            change,
          ),
        );
      }
    }
  }
  return { first, later };
}

/** An offer's PENDING and ACCEPTED interests (the received-interests index: eventually consistent). */
async function queryOpenInterests(table: Table, offer: SpaceOffer): Promise<SpaceInterest[]> {
  const items = await table.queryAll({
    indexName: 'gsi2',
    partition: receivedInterestsPartition(offer.organisationId),
    sortPrefix: offerInterestsPrefix(offer.createdAt, offer.id),
    filter: {
      expression: '#status IN (:pending, :accepted)',
      names: { '#status': 'status' },
      values: { ':pending': 'PENDING', ':accepted': 'ACCEPTED' },
    },
  });
  return items.map((item) => toRecord<SpaceInterest>(item));
}

/** Offers of space, needs and expressions of interest, with their lists and the geohash index. */
export class DynamoColocationStore implements ColocationStore {
  constructor(
    private readonly table: Table,
    private readonly cursors: CursorCodec,
  ) {}

  async getSpaceOffer(id: string): Promise<SpaceOffer | null> {
    const item = await this.table.get(spaceOfferKey(id));
    return item ? toRecord<SpaceOffer>(item) : null;
  }

  async getSpaceOffers(ids: readonly string[]): Promise<ReadonlyMap<string, SpaceOffer>> {
    const unique = [...new Set(ids)];
    const items = unique.length ? await this.table.batchGet(unique.map(spaceOfferKey)) : [];
    return new Map(items.map((item) => [String(item['id']), toRecord<SpaceOffer>(item)]));
  }

  async listSpaceOffersByBuilding(buildingId: string, page: PageRequest): Promise<Page<SpaceOffer>> {
    const entries = await this.table.queryPage(
      {
        indexName: null,
        partition: buildingOffersPartition(buildingId),
        sortPrefix: BUILDING_OFFER_PREFIX,
        cursorQuery: `spaceOffersByBuilding|${buildingId}`,
      },
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
    return this.table.queryPage(
      {
        indexName: 'gsi1',
        partition: councilOffersPartition(councilCode),
        sortPrefix: offerStatusPrefix(status),
        newestFirst: true,
        cursorQuery: `spaceOffersByCouncil|${councilCode}|${status ?? ''}`,
      },
      page,
      (item) => toRecord<SpaceOffer>(item),
    );
  }

  listSpaceOffersByOrganisation(
    organisationId: string,
    status: OfferStatus | null,
    page: PageRequest,
  ): Promise<Page<SpaceOffer>> {
    return this.table.queryPage(
      {
        indexName: 'gsi2',
        partition: organisationOffersPartition(organisationId),
        sortPrefix: offerStatusPrefix(status),
        newestFirst: true,
        cursorQuery: `spaceOffersByOrganisation|${organisationId}|${status ?? ''}`,
      },
      page,
      (item) => toRecord<SpaceOffer>(item),
    );
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
    const items = await this.table.queryAll({
      indexName: 'gsi2',
      partition: councilNeedsPartition(councilCode),
    });
    return items.map((item) => toRecord<SpaceNeed>(item));
  }

  async getSpaceNeed(id: string): Promise<SpaceNeed | null> {
    const item = await this.table.get(spaceNeedKey(id));
    return item ? toRecord<SpaceNeed>(item) : null;
  }

  async getSpaceNeeds(ids: readonly string[]): Promise<ReadonlyMap<string, SpaceNeed>> {
    const unique = [...new Set(ids)];
    const items = unique.length ? await this.table.batchGet(unique.map(spaceNeedKey)) : [];
    return new Map(items.map((item) => [String(item['id']), toRecord<SpaceNeed>(item)]));
  }

  listSpaceNeedsByOrganisation(organisationId: string, page: PageRequest): Promise<Page<SpaceNeed>> {
    return this.table.queryPage(
      {
        indexName: 'gsi1',
        partition: organisationNeedsPartition(organisationId),
        newestFirst: true,
        cursorQuery: `spaceNeedsByOrganisation|${organisationId}`,
      },
      page,
      (item) => toRecord<SpaceNeed>(item),
    );
  }

  async getSpaceInterest(id: string): Promise<SpaceInterest | null> {
    const item = await this.table.get(spaceInterestKey(id));
    return item ? toRecord<SpaceInterest>(item) : null;
  }

  listInterestsSent(organisationId: string, page: PageRequest): Promise<Page<SpaceInterest>> {
    return this.table.queryPage(
      {
        indexName: 'gsi1',
        partition: sentInterestsPartition(organisationId),
        newestFirst: true,
        cursorQuery: `interestsSent|${organisationId}`,
      },
      page,
      (item) => toRecord<SpaceInterest>(item),
    );
  }

  listInterestsReceived(organisationId: string, page: PageRequest): Promise<Page<SpaceInterest>> {
    return this.table.queryPage(
      {
        indexName: 'gsi2',
        partition: receivedInterestsPartition(organisationId),
        newestFirst: true,
        cursorQuery: `interestsReceived|${organisationId}`,
      },
      page,
      (item) => toRecord<SpaceInterest>(item),
    );
  }

  listInterestsOfOffer(offer: SpaceOffer, page: PageRequest): Promise<Page<SpaceInterest>> {
    return this.table.queryPage(
      {
        indexName: 'gsi2',
        partition: receivedInterestsPartition(offer.organisationId),
        sortPrefix: offerInterestsPrefix(offer.createdAt, offer.id),
        cursorQuery: `interestsOfOffer|${offer.id}`,
      },
      page,
      (item) => toRecord<SpaceInterest>(item),
    );
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
    for (let start = 0; start < changes.length; start += CHANGES_PER_TRANSACTION) {
      const writes = changes
        .slice(start, start + CHANGES_PER_TRANSACTION)
        .flatMap((c) => this.#writes(c, change));
      if (start === 0 && options.requireOpenOffer) writes.push(this.#offerIsOpen(options.requireOpenOffer));
      // A create's idempotency claim goes first in its transaction (see idempotencyWrites); then a named
      // organisation's existence (reported as such rather than as a missing role in it), then the caller's
      // role (reported rather than a record changed meanwhile).
      const checks: GuardedWrite[] =
        start === 0
          ? [
              ...idempotencyWrites(tableName, change),
              ...(options.requireOrganisation ? [this.#organisationExists(options.requireOrganisation)] : []),
              ...(options.guard ? [membershipGuardWrite(tableName, options.guard)] : []),
              ...(options.requireBuildingVersion
                ? [this.#buildingUnchanged(options.requireBuildingVersion)]
                : []),
            ]
          : [];
      await this.table.transact([...checks, ...writes]);
    }
  }

  /** The building an offer copies has not changed since it was read (its visibility decides who sees the offer). */
  #buildingUnchanged(building: { readonly id: string; readonly version: number }): GuardedWrite {
    return {
      write: {
        ConditionCheck: {
          TableName: this.table.tableName,
          Key: buildingKey(building.id),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': building.version },
        },
      },
      onConditionFailed: () =>
        new ConflictError(`Building ${building.id} changed while the offer was being saved; try again`),
    };
  }

  #organisationExists(named: { readonly id: string; readonly field: string }): GuardedWrite {
    return {
      write: {
        ConditionCheck: {
          TableName: this.table.tableName,
          Key: organisationKey(named.id),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      onConditionFailed: () => badInput(named.field, 'no organisation in the register has this id'),
    };
  }

  encodeSortedCursor(cursorQuery: string, key: string): string {
    return this.cursors.encode(cursorQuery, { key });
  }

  decodeSortedCursor(cursorQuery: string, after: string): string {
    const key = this.cursors.decode(cursorQuery, after)['key'];
    if (key === undefined)
      throw badInput('after', 'is not a cursor from this list; start again without `after`');
    return key;
  }

  pageSorted<T>(
    cursorQuery: string,
    sorted: readonly T[],
    orderKey: (item: T) => string,
    page: PageRequest,
  ): Page<T> {
    const after = page.after ? this.decodeSortedCursor(cursorQuery, page.after) : undefined;
    const rest = after === undefined ? sorted : sorted.filter((item) => orderKey(item) > after);
    const edges = rest
      .slice(0, page.first)
      .map((node) => ({ node, cursor: this.cursors.encode(cursorQuery, { key: orderKey(node) }) }));
    return {
      edges,
      pageInfo: { hasNextPage: rest.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  #writes(record: ColocationRecordChange, change: ChangeContext): GuardedWrite[] {
    const { tableName } = this.table;
    const { recordType } = KINDS[record.kind];
    const item = toItem(record);
    const recordId = record.after.id;
    if (record.before === null) {
      const writes: GuardedWrite[] = [
        { write: { Put: { TableName: tableName, Item: item, ...IS_NEW } } },
        auditWrite(
          tableName,
          { recordType, recordId, action: record.action, version: record.after.version },
          null,
          record.after,
          change,
        ),
      ];
      if (record.kind === 'SPACE_OFFER') {
        const { buildingId, createdAt, id } = record.after;
        writes.push({
          write: {
            Put: {
              TableName: tableName,
              Item: {
                ...buildingOfferEntryKey(buildingId, createdAt, id),
                entity: 'BuildingOfferEntry',
                offerId: id,
              },
              ...IS_NEW,
            },
          },
        });
      }
      if (record.kind === 'SPACE_INTEREST') writes.push(this.#claimOpenInterest(record.after));
      return writes;
    }
    return changeWrites(tableName, record, change);
  }

  #claimOpenInterest(interest: SpaceInterest): GuardedWrite {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: {
            ...openInterestClaimKey(interest.offerId, interest.organisationId),
            entity: 'OpenInterestClaim',
            interestId: interest.id,
          },
          ...IS_NEW,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (existing) =>
        new ConflictError('The organisation already has an open expression of interest in this offer', {
          existingInterestId: existing?.['interestId'] ?? null,
        }),
    };
  }

  #offerIsOpen(offerId: string): GuardedWrite {
    return {
      write: {
        ConditionCheck: {
          TableName: this.table.tableName,
          Key: spaceOfferKey(offerId),
          // Interest can be expressed only while the offer is OPEN, even if it is accepted meanwhile.
          ConditionExpression: '#status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':open': 'OPEN' },
        },
      },
      onConditionFailed: () =>
        new ConflictError(
          `Space offer ${offerId} is no longer OPEN; interest can be expressed only in an open offer`,
        ),
    };
  }
}

/** A change of a stored record: its replacement (version condition), its audit event, and for an interest
 * that ends, the deletion of its open-interest claim. */
function changeWrites(
  tableName: string,
  record: ColocationRecordChange,
  change: ChangeContext,
): GuardedWrite[] {
  const { what, recordType } = KINDS[record.kind];
  if (record.before === null) throw new Error('A change of a stored record names what it was before');
  const replaced = versionedReplace(
    tableName,
    { what, recordType, recordId: record.after.id, item: toItem(record) },
    record.before,
    record.after,
    record.action,
    change,
  );
  if (record.kind === 'SPACE_INTEREST' && isInterestOpen(record.before) && !isInterestOpen(record.after)) {
    // The interest is over: the organisation may express interest in the offer again.
    const { offerId, organisationId } = record.after;
    replaced.push({
      write: { Delete: { TableName: tableName, Key: openInterestClaimKey(offerId, organisationId) } },
    });
  }
  return replaced;
}

/** The stored item of a new offer, for seeding many at once (tests, benches) with BatchWriteItem. */
export function spaceOfferItemFor(offer: SpaceOffer): Item {
  return toItem({ kind: 'SPACE_OFFER', before: null, after: offer, action: 'CREATED' });
}

/** The stored item of a record: its key, its list entries and (while it is searchable) its geohash. */
function toItem(record: ColocationRecordChange): Item {
  switch (record.kind) {
    case 'SPACE_OFFER': {
      const offer = record.after;
      const location = offer.status === 'OPEN' ? offer.building.location : null;
      return {
        ...spaceOfferKey(offer.id),
        entity: 'SpaceOffer',
        ...spaceOfferIndexKeys({ ...offer, councilCode: offer.building.councilCode }),
        ...(location ? geoEntry('OFFER', location, offer.id) : {}),
        ...offer,
      };
    }
    case 'SPACE_NEED': {
      const need = record.after;
      const open = need.status === 'OPEN';
      return {
        ...spaceNeedKey(need.id),
        entity: 'SpaceNeed',
        ...spaceNeedIndexKeys({ ...need, open }),
        ...(open && need.location ? geoEntry('NEED', need.location, need.id) : {}),
        ...need,
      };
    }
    case 'SPACE_INTEREST': {
      const interest = record.after;
      return {
        ...spaceInterestKey(interest.id),
        entity: 'SpaceInterest',
        ...spaceInterestIndexKeys(interest),
        ...interest,
      };
    }
  }
}

function geoEntry(kind: GeoItemKind, location: GeoPoint, id: string) {
  const geohash = geohashOf(location);
  return geoIndexKeys(kind, geohash.slice(0, GEO_PARTITION_PRECISION), geohash, id);
}
