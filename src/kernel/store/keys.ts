/**
 * Every DynamoDB key the register writes or reads is built here, and nowhere else. Builders are pure.
 * docs/data-model.md lists the access pattern each key serves.
 */
import { assetReferenceKey } from '../domain/identifiers';
import { toNameKey } from '../domain/names';
import type { RecordType } from '../domain/records';

export { toNameKey };

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

export const organisationKey = (id: string): ItemKey => ({ pk: `ORG#${id}`, sk: 'ORG' });

/** Holds a GSS code for one council organisation: one council per area. */
export const councilClaimKey = (gssCode: string): ItemKey => ({ pk: `GSS#${gssCode}`, sk: 'GSS' });

/** Organisations by name prefix: partitioned by the first character of the name key, sorted by name. */
export function organisationNameIndexKeys(id: string, name: string): { gsi2pk: string; gsi2sk: string } {
  const nameKey = toNameKey(name) || '_';
  return { gsi2pk: `ORGNAME#${nameKey.charAt(0)}`, gsi2sk: `${nameKey}#${id}` };
}
export const organisationNamePartition = (prefixNameKey: string): string =>
  `ORGNAME#${prefixNameKey.charAt(0)}`;

/**
 * One item per council area an organisation works in, indexed by area then name. The item is keyed by the
 * area's position in the organisation's list (its slot), not by the area's code, so replacing an area is
 * one Put that overwrites the slot: changing every one of 50 areas is 50 writes, not 50 deletes and 50 puts,
 * and the largest organisation update stays well inside DynamoDB's 100-item transaction limit.
 */
export const organisationAreaSlotKey = (organisationId: string, slot: number): ItemKey => ({
  pk: `ORG#${organisationId}`,
  sk: `AREA#${String(slot).padStart(2, '0')}`,
});
export const councilOrganisationsPartition = (councilCode: string): string => `AREA#${councilCode}#ORG`;

/** Counts an organisation's admins so the last one can never be removed, even by two concurrent requests. */
export const adminCounterKey = (organisationId: string): ItemKey => ({
  pk: `ORG#${organisationId}`,
  sk: 'ADMINS',
});

export const membershipKey = (organisationId: string, userId: string): ItemKey => ({
  pk: `ORG#${organisationId}`,
  sk: `MEMBER#${userId}`,
});
export const MEMBER_PREFIX = 'MEMBER#';
export const userMembershipsPartition = (userId: string): string => `USER#${userId}`;

export const inviteKey = (organisationId: string, email: string): ItemKey => ({
  pk: `ORG#${organisationId}`,
  sk: `INVITE#${email}`,
});
export const INVITE_PREFIX = 'INVITE#';
export const inviteeInvitesPartition = (email: string): string => `INVITEE#${email}`;

export const organisationSortKey = (organisationId: string): string => `ORG#${organisationId}`;

export const buildingKey = (id: string): ItemKey => ({ pk: `BLDG#${id}`, sk: 'BLDG' });

/**
 * Audit events live in one partition per record, ordered by the record's version and then by time: versions
 * order changes even when two happen in the same millisecond or clocks on two servers disagree.
 */
export const auditPartition = (recordType: RecordType, recordId: string): string =>
  `AUDIT#${recordType}#${recordId}`;
export const auditEventKey = (
  recordType: RecordType,
  recordId: string,
  version: number,
  at: string,
  eventId: string,
): ItemKey => ({
  pk: auditPartition(recordType, recordId),
  sk: `${String(version).padStart(10, '0')}#${at}#${eventId}`,
});

// ---------------------------------------------------------------------------------------------------------
// Issue 7: the caller's memberships in one item per user, lists that need no filter.

/**
 * One item per user holding what authorization needs of each of their memberships (role, and the
 * organisation's kind, council code and verification), so the caller is one GetItem. Written in the same
 * transaction as every membership change; see docs/data-model.md.
 */
export const userAccessKey = (userId: string): ItemKey => ({ pk: `USER#${userId}`, sk: 'ACCESS' });
/** The access item's attribute for one membership: a map of the role and the organisation's facts. */
export const accessMembershipAttribute = (organisationId: string): string => `ORG#${organisationId}`;
export const ACCESS_MEMBERSHIP_PREFIX = 'ORG#';
/** The access item's attribute for an officer of a council (the role), so a change can check it by area. */
export const accessOfficerAttribute = (councilCode: string): string => `COUNCIL#${councilCode}`;

/**
 * An organisation's members and the organisation itself are one range of its partition (`MEMBER#...` then
 * `ORG`), so one Query returns a page of members followed by the organisation when the page reaches it.
 */
export const organisationMembersRange = (organisationId: string) => ({
  partition: organisationKey(organisationId).pk,
  from: MEMBER_PREFIX,
  to: organisationKey(organisationId).sk,
});

// Co-location: offers of space, needs for space and expressions of interest.

export const spaceOfferKey = (id: string): ItemKey => ({ pk: `OFFER#${id}`, sk: 'OFFER' });

/** A pointer to an offer in its building's partition: a building's offers, oldest first, in one Query. */
export const buildingOfferEntryKey = (buildingId: string, createdAt: string, offerId: string): ItemKey => ({
  pk: `BLDG#${buildingId}`,
  sk: `${BUILDING_OFFER_PREFIX}${createdAt}#${offerId}`,
});
export const BUILDING_OFFER_PREFIX = 'OFFER#';
export const buildingOffersPartition = (buildingId: string): string => `BLDG#${buildingId}`;

/** Offers by council area and by offering organisation, sorted by stored status then age. */
export function spaceOfferIndexKeys(offer: {
  id: string;
  organisationId: string;
  councilCode: string;
  status: string;
  createdAt: string;
}): { gsi1pk: string; gsi1sk: string; gsi2pk: string; gsi2sk: string } {
  const sortKey = `${offer.status}#${offer.createdAt}#${offer.id}`;
  return {
    gsi1pk: councilOffersPartition(offer.councilCode),
    gsi1sk: sortKey,
    gsi2pk: organisationOffersPartition(offer.organisationId),
    gsi2sk: sortKey,
  };
}
export const councilOffersPartition = (councilCode: string): string => `AREA#${councilCode}#OFFER`;
export const organisationOffersPartition = (organisationId: string): string => `ORG#${organisationId}#OFFER`;
export const offerStatusPrefix = (status: string | null): string | null => (status ? `${status}#` : null);

export type GeoItemKind = 'OFFER' | 'NEED';

/** The geospatial index entry: partition by the coarse cell, sort by the full geohash then id. */
export function geoIndexKeys(
  kind: GeoItemKind,
  partitionCell: string,
  geohash: string,
  id: string,
): { gsi5pk: string; gsi5sk: string } {
  return { gsi5pk: geoPartition(kind, partitionCell), gsi5sk: `${geohash}#${id}` };
}
export const geoPartition = (kind: GeoItemKind, partitionCell: string): string =>
  `GEO#${kind}#${partitionCell}`;

/**
 * The inclusive sort-key bounds that select every item whose geohash starts with a cell from `fromCell` to
 * `toCell` (cells of one length): `~` sorts after every geohash character and `#`.
 */
export const geoSortBounds = (fromCell: string, toCell: string): [string, string] => [fromCell, `${toCell}~`];

export const spaceNeedKey = (id: string): ItemKey => ({ pk: `NEED#${id}`, sk: 'NEED' });

/** An organisation's needs, newest first; and open needs by council area (those that name an area). */
export function spaceNeedIndexKeys(need: {
  id: string;
  organisationId: string;
  createdAt: string;
  councilCode: string | null;
  open: boolean;
}): { gsi1pk: string; gsi1sk: string; gsi2pk?: string; gsi2sk?: string } {
  const sortKey = `${need.createdAt}#${need.id}`;
  return {
    gsi1pk: organisationNeedsPartition(need.organisationId),
    gsi1sk: sortKey,
    ...(need.open && need.councilCode
      ? { gsi2pk: councilNeedsPartition(need.councilCode), gsi2sk: sortKey }
      : {}),
  };
}
export const organisationNeedsPartition = (organisationId: string): string => `ORG#${organisationId}#NEED`;
export const councilNeedsPartition = (councilCode: string): string => `AREA#${councilCode}#NEED`;

export const spaceInterestKey = (id: string): ItemKey => ({ pk: `INTEREST#${id}`, sk: 'INTEREST' });

/**
 * Interests sent by an organisation (newest last) and received by the offering organisation, grouped by
 * offer (offers oldest first), so one offer's interests are a key prefix of the offering organisation's.
 */
export function spaceInterestIndexKeys(interest: {
  id: string;
  organisationId: string;
  offeringOrganisationId: string;
  offerId: string;
  offerCreatedAt: string;
  createdAt: string;
}): { gsi1pk: string; gsi1sk: string; gsi2pk: string; gsi2sk: string } {
  return {
    gsi1pk: sentInterestsPartition(interest.organisationId),
    gsi1sk: `${interest.createdAt}#${interest.id}`,
    gsi2pk: receivedInterestsPartition(interest.offeringOrganisationId),
    gsi2sk: `${offerInterestsPrefix(interest.offerCreatedAt, interest.offerId)}${interest.createdAt}#${interest.id}`,
  };
}
/** Held while an organisation has an open interest in an offer: one open interest per organisation and offer. */
export const openInterestClaimKey = (offerId: string, organisationId: string): ItemKey => ({
  pk: `OFFER#${offerId}`,
  sk: `INTERESTED#${organisationId}`,
});
export const sentInterestsPartition = (organisationId: string): string =>
  `ORG#${organisationId}#INTEREST_SENT`;
export const receivedInterestsPartition = (organisationId: string): string =>
  `ORG#${organisationId}#INTEREST_RECEIVED`;
export const offerInterestsPrefix = (offerCreatedAt: string, offerId: string): string =>
  `${offerCreatedAt}#${offerId}#`;
/** A caller's idempotency key, claimed in the transaction of the create it protects (expires after a day). */
export const idempotencyKey = (scope: string, key: string): ItemKey => ({
  pk: `IDEM#${scope}#${key}`,
  sk: 'IDEM',
});

// --- Assets of community value (src/registers/acv/store/acv-store.ts; docs/data-model.md "Assets of community value") ---

export const acvEntryKey = (id: string): ItemKey => ({ pk: `ACV#${id}`, sk: 'ACV' });

/**
 * A council's listed entries (until removed), sorted by the last day of the listing: the public list is the
 * range from today on, so expired listings drop out of it without a write; listings expiring within N days
 * are a range too.
 */
export const acvListedPartition = (councilCode: string): string => `AREA#${councilCode}#ACV#LISTED`;
export const acvListedSortKey = (listingExpiresOn: string, id: string): string => `${listingExpiresOn}#${id}`;

/** A council's list of unsuccessful nominations, by decision date. */
export const acvUnsuccessfulPartition = (councilCode: string): string =>
  `AREA#${councilCode}#ACV#UNSUCCESSFUL`;
export const acvUnsuccessfulSortKey = (decidedOn: string, id: string): string => `${decidedOn}#${id}`;

/** A nominating organisation's nominations (index gsi2), by the day each was received. */
export const acvNominatorPartition = (organisationId: string): string => `ORG#${organisationId}#ACV`;
export const acvNominatorSortKey = (nominatedOn: string, id: string): string => `${nominatedOn}#${id}`;

/** Links a register building to each entry about it (same partition as the building item). */
export const acvBuildingLinkKey = (buildingId: string, entryId: string): ItemKey => ({
  pk: `BLDG#${buildingId}`,
  sk: `ACV#${entryId}`,
});
export const acvBuildingLinkPartition = (buildingId: string): string => `BLDG#${buildingId}`;
export const ACV_BUILDING_LINK_PREFIX = 'ACV#';

/** One open duty of an entry (decision, review, expiry, moratorium end), in the council's work queue. */
export const acvTaskKey = (entryId: string, kind: string): ItemKey => ({
  pk: `ACV#${entryId}`,
  sk: `TASK#${kind}`,
});
export const acvWorkQueuePartition = (councilCode: string): string => `AREA#${councilCode}#ACVTASK`;
/** Sorted by due date, so the queue reads overdue first and stops at a date with a key condition. */
export const acvWorkQueueSortKey = (dueOn: string, kind: string, entryId: string): string =>
  `${dueOn}#${kind}#${entryId}`;

/** A statutory notice, kept with its entry and, by date, in the outbox (index gsi2). */
export const acvNoticeKey = (entryId: string, date: string, noticeId: string): ItemKey => ({
  pk: `ACV#${entryId}`,
  sk: `NOTICE#${date}#${noticeId}`,
});
export const ACV_NOTICE_PREFIX = 'NOTICE#';
export const acvOutboxPartition = (date: string): string => `ACVOUTBOX#${date}`;
export const acvOutboxSortKey = (councilCode: string, entryId: string, noticeId: string): string =>
  `${councilCode}#${entryId}#${noticeId}`;

/** A council's ACV settings (neighbouring councils, listing-expiry convention), apart from its record. */
export const acvSettingsKey = (councilCode: string): ItemKey => ({
  pk: `ACVSET#${councilCode}`,
  sk: 'ACVSET',
});
// --- ACV register import (issue 10: importAcvEntries) ---

/**
 * Holds a council register's reference for one ACV entry: the condition makes the reference unique per
 * council, and the item names the entry, so a file imported again finds its entries by reference.
 */
export const acvRegisterReferenceKey = (councilCode: string, reference: string): ItemKey => ({
  pk: `ACVREF#${councilCode}#${assetReferenceKey(reference)}`,
  sk: 'ACVREF',
});
