/**
 * The items surplus changes write: a record change as its guarded writes (the record with its index keys,
 * its audit event), and the conditions a change's transaction carries. Pure request building: the store
 * sends them through the table gateway.
 */
import { feedChangesOf } from '../../../kernel/domain/change-feed';
import type { FeedAudience, FeedChange } from '../../../kernel/domain/change-feed';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { RecordType } from '../../../kernel/domain/records';
import { auditWrite, IS_NEW, versionedReplace } from '../../../kernel/store/items';
import type { GuardedWrite, Item } from '../../../kernel/store/table';
import { ListingChangedError } from '../domain/surplus-listing';
import type { SurplusListing } from '../domain/surplus-listing';
import type { SurplusRecordChange } from '../domain/surplus-port';
import type { SurplusRequest } from '../domain/surplus-request';
import {
  surplusListingGeoKeys,
  surplusListingIndexKeys,
  surplusListingKey,
  surplusRequestIndexKeys,
  surplusRequestKey,
  surplusSettingsKey,
} from './surplus-keys';

const KINDS: Record<SurplusRecordChange['kind'], { what: string; recordType: RecordType }> = {
  SURPLUS_LISTING: { what: 'Surplus listing', recordType: 'SURPLUS_LISTING' },
  SURPLUS_REQUEST: { what: 'Surplus request', recordType: 'SURPLUS_REQUEST' },
  SURPLUS_SETTINGS: { what: 'Surplus settings', recordType: 'SURPLUS_SETTINGS' },
};

/** The id of a record in its audit trail (settings are one per council). */
const recordIdOf = (record: SurplusRecordChange): string =>
  record.kind === 'SURPLUS_SETTINGS' ? record.after.councilCode : record.after.id;

/**
 * The writes of one record change: a new record (`attribute_not_exists`), or a replacement conditional on
 * the version read. A listing whose version moved is `ListingChangedError`, which the step retries: the
 * listing's quantities are the condition that keeps concurrent allocations from over-allocating.
 */
export function surplusRecordWrites(
  tableName: string,
  record: SurplusRecordChange,
  change: ChangeContext,
): GuardedWrite[] {
  const { what, recordType } = KINDS[record.kind];
  const recordId = recordIdOf(record);
  const item = toItem(record);
  // A listing's every change joins its council's changes feed (the gateway numbers it in this transaction).
  const feed =
    record.kind === 'SURPLUS_LISTING'
      ? { feed: listingFeedChanges(record.before, record.after, change.at) }
      : {};
  if (record.before === null || record.before.version === 0) {
    return [
      { write: { Put: { TableName: tableName, Item: item, ...IS_NEW } }, ...feed },
      auditWrite(
        tableName,
        { recordType, recordId, action: record.action, version: record.after.version },
        null,
        record.after,
        change,
      ),
    ];
  }
  const [replace, audit] = versionedReplace(
    tableName,
    { what, recordType, recordId, item },
    record.before,
    record.after,
    record.action,
    change,
  );
  if (!replace || !audit) throw new Error('A versioned replacement is the record and its audit event');
  if (record.kind !== 'SURPLUS_LISTING') return [replace, audit];
  const fallback = replace.onConditionFailed;
  return [
    {
      ...replace,
      ...feed,
      onConditionFailed: (existing) =>
        existing
          ? new ListingChangedError(recordId)
          : (fallback?.(existing) ?? new ListingChangedError(recordId)),
    },
    audit,
  ];
}

/**
 * The stored item of a listing: its key, its list entries and (while OPEN, its building located) its geohash
 * entry. A Put replaces the whole item, so a closed listing's item has no gsi5 keys and leaves the index.
 */
export function listingItem(listing: SurplusListing): Item {
  return {
    ...surplusListingKey(listing.id),
    entity: 'SurplusListing',
    ...surplusListingIndexKeys(listing),
    ...surplusListingGeoKeys(listing),
    ...listing,
  };
}

/** The stored item of a request: its key and its list entries (the council's, while COLLECTED or ALLOCATED). */
export function requestItem(request: SurplusRequest): Item {
  return {
    ...surplusRequestKey(request.id),
    entity: 'SurplusRequest',
    ...surplusRequestIndexKeys(request),
    ...request,
  };
}

/** The stored item of a record. */
function toItem(record: SurplusRecordChange): Item {
  switch (record.kind) {
    case 'SURPLUS_LISTING':
      return listingItem(record.after);
    case 'SURPLUS_REQUEST':
      return requestItem(record.after);
    case 'SURPLUS_SETTINGS':
      return { ...surplusSettingsKey(record.after.councilCode), entity: 'SurplusSettings', ...record.after };
  }
}

/** Who may see a listing in the feed: whoever may see its building, as the listing copies it. */
function listingAudience(listing: SurplusListing): FeedAudience {
  const { councilCode, ownerOrganisationId, visibility } = listing.building;
  return { recordType: 'SURPLUS_LISTING', building: { councilCode, ownerOrganisationId, visibility } };
}

/** The changes feed's entries of a listing's change (in its building's council; a listing never moves). */
export function listingFeedChanges(
  before: SurplusListing | null,
  after: SurplusListing,
  at: string,
): FeedChange[] {
  return feedChangesOf(
    { recordType: 'SURPLUS_LISTING', recordId: after.id, version: after.version, record: after, at },
    before ? { councilCode: before.building.councilCode, audience: listingAudience(before) } : null,
    { councilCode: after.building.councilCode, audience: listingAudience(after) },
  );
}
