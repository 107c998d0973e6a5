/**
 * The items co-location writes: a record change as its guarded writes (the record with its index keys, its
 * audit event, an offer's building entry, an interest's open-interest claim), and the conditions a change's
 * transaction carries. Pure request building: the store sends them through the table gateway.
 */
import { ConflictError } from '../../../kernel/domain/errors';
import type { GeoPoint } from '../../../kernel/domain/location';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { RecordType } from '../../../kernel/domain/records';
import { feedChangesOf } from '../../../kernel/domain/change-feed';
import type { FeedAudience, FeedChange } from '../../../kernel/domain/change-feed';
import { auditWrite, declaringFeed, IS_NEW, versionedReplace } from '../../../kernel/store/items';
import { buildingKey } from '../../../kernel/store/keys';
import type { GuardedWrite, Item } from '../../../kernel/store/table';
import type { ColocationRecordChange } from '../domain/colocation-port';
import { GEO_PARTITION_PRECISION, geohashOf } from '../../../kernel/domain/geo-search';
import { isInterestOpen } from '../domain/space-interest';
import type { SpaceInterest } from '../domain/space-interest';
import type { SpaceOffer } from '../domain/space-offer';
import {
  buildingOfferEntryKey,
  openInterestClaimKey,
  spaceInterestIndexKeys,
  spaceInterestKey,
  spaceNeedIndexKeys,
  spaceNeedKey,
  spaceOfferIndexKeys,
  offerEndIndexKeys,
  spaceOfferKey,
} from './colocation-keys';
import type { GeoItemKind } from './colocation-keys';
import { geoIndexKeys } from '../../../kernel/store/geo-keys';

const KINDS: Record<ColocationRecordChange['kind'], { what: string; recordType: RecordType }> = {
  SPACE_OFFER: { what: 'Space offer', recordType: 'SPACE_OFFER' },
  SPACE_NEED: { what: 'Space need', recordType: 'SPACE_NEED' },
  SPACE_INTEREST: { what: 'Expression of interest', recordType: 'SPACE_INTEREST' },
};

/** The writes of one record change: a new record with its entries and claims, or a guarded replacement. */
export function recordWrites(
  tableName: string,
  record: ColocationRecordChange,
  change: ChangeContext,
): GuardedWrite[] {
  const { recordType } = KINDS[record.kind];
  const item = toItem(record);
  const recordId = record.after.id;
  if (record.before === null) {
    const writes: GuardedWrite[] = [
      {
        write: { Put: { TableName: tableName, Item: item, ...IS_NEW } },
        ...(record.kind === 'SPACE_OFFER' ? { feed: offerFeedChanges(null, record.after, change.at) } : {}),
      },
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
    if (record.kind === 'SPACE_INTEREST') writes.push(claimOpenInterest(tableName, record.after));
    return writes;
  }
  return changeWrites(tableName, record, change);
}

function claimOpenInterest(tableName: string, interest: SpaceInterest): GuardedWrite {
  return {
    write: {
      Put: {
        TableName: tableName,
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

/** The offer is still OPEN when the interest is written. */
export function offerIsOpen(tableName: string, offerId: string): GuardedWrite {
  return {
    write: {
      ConditionCheck: {
        TableName: tableName,
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

/** The building an offer copies has not changed since it was read (its visibility decides who sees the offer). */
export function buildingUnchanged(
  tableName: string,
  building: { readonly id: string; readonly version: number },
): GuardedWrite {
  return {
    write: {
      ConditionCheck: {
        TableName: tableName,
        Key: buildingKey(building.id),
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': building.version },
      },
    },
    onConditionFailed: () =>
      new ConflictError(`Building ${building.id} changed while the offer was being saved; try again`),
  };
}

/** A change of a stored record: its replacement (version condition), its audit event, and for an interest
 * that ends, the deletion of its open-interest claim. */
export function changeWrites(
  tableName: string,
  record: ColocationRecordChange,
  change: ChangeContext,
): GuardedWrite[] {
  const { what, recordType } = KINDS[record.kind];
  if (record.before === null) throw new Error('A change of a stored record names what it was before');
  const versioned = versionedReplace(
    tableName,
    { what, recordType, recordId: record.after.id, item: toItem(record) },
    record.before,
    record.after,
    record.action,
    change,
  );
  const replaced =
    record.kind === 'SPACE_OFFER'
      ? declaringFeed(versioned, offerFeedChanges(record.before, record.after, change.at))
      : versioned;
  if (record.kind === 'SPACE_INTEREST' && isInterestOpen(record.before) && !isInterestOpen(record.after)) {
    // The interest is over: the organisation may express interest in the offer again.
    const { offerId, organisationId } = record.after;
    replaced.push({
      write: { Delete: { TableName: tableName, Key: openInterestClaimKey(offerId, organisationId) } },
    });
  }
  return replaced;
}

/** The audience of an offer: who offers it, its state and its building's copy (who may see the building). */
function offerAudience(offer: SpaceOffer): FeedAudience {
  const { councilCode, ownerOrganisationId, visibility } = offer.building;
  return {
    recordType: 'SPACE_OFFER',
    organisationId: offer.organisationId,
    status: offer.status,
    building: { councilCode, ownerOrganisationId, visibility },
  };
}

/** The changes feed's entries of an offer's change (in its building's council, which it follows). */
export function offerFeedChanges(before: SpaceOffer | null, after: SpaceOffer, at: string): FeedChange[] {
  return feedChangesOf(
    { recordType: 'SPACE_OFFER', recordId: after.id, version: after.version, record: after, at },
    before ? { councilCode: before.building.councilCode, audience: offerAudience(before) } : null,
    { councilCode: after.building.councilCode, audience: offerAudience(after) },
  );
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
        ...offerEndIndexKeys({
          ...offer,
          councilCode: offer.building.councilCode,
          untilDate: offer.availability.untilDate,
        }),
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
