/**
 * Every DynamoDB key the register writes or reads is built here, and nowhere else. Builders are pure.
 * docs/data-model.md lists the access pattern each key serves.
 */
import { assetReferenceKey, canonicalUprn } from '../domain/identifiers';

export { assetReferenceScope } from '../domain/identifiers';
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

/** Buildings by council, sorted by status, category and name so both filters are key conditions. */
export function councilBuildingIndexKeys(building: {
  id: string;
  councilCode: string;
  status: string;
  category: string;
  name: string;
}): { gsi1pk: string; gsi1sk: string } {
  return {
    gsi1pk: councilBuildingsPartition(building.councilCode),
    gsi1sk: `${building.status}#${building.category}#${toNameKey(building.name)}#${building.id}`,
  };
}
export const councilBuildingsPartition = (councilCode: string): string => `AREA#${councilCode}#BLDG`;

/** The sort-key prefix that selects one status, or one status and category, within a council's buildings. */
export function councilBuildingPrefix(status: string | null, category: string | null): string | null {
  if (!status) return null;
  return category ? `${status}#${category}#` : `${status}#`;
}

export function ownerBuildingIndexKeys(building: { id: string; ownerOrganisationId: string; name: string }): {
  gsi2pk: string;
  gsi2sk: string;
} {
  return {
    gsi2pk: ownerBuildingsPartition(building.ownerOrganisationId),
    gsi2sk: `${toNameKey(building.name)}#${building.id}`,
  };
}
export const ownerBuildingsPartition = (organisationId: string): string => `ORG#${organisationId}#BLDG`;

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

/**
 * Buildings by council with the category leading the sort key (index gsi3): the category-only filter as a
 * key condition. Same partition value as gsi1's, in another index.
 */
export function councilCategoryIndexKeys(building: {
  id: string;
  councilCode: string;
  status: string;
  category: string;
  name: string;
}): { gsi3pk: string; gsi3sk: string } {
  return {
    gsi3pk: councilBuildingsPartition(building.councilCode),
    gsi3sk: `${building.category}#${building.status}#${toNameKey(building.name)}#${building.id}`,
  };
}
export const councilCategoryPrefix = (category: string): string => `${category}#`;

/**
 * The public copy of a PUBLIC building (`BLDG#<id>` / `PUBLIC`): the same record, listed in the same three
 * indexes under partitions of its own, so callers who may see only public buildings page through a sparse
 * index of exactly what they may see, with no filter.
 */
export const publicBuildingKey = (id: string): ItemKey => ({ pk: `BLDG#${id}`, sk: 'PUBLIC' });
export const publicCouncilBuildingsPartition = (councilCode: string): string => `AREA#${councilCode}#PUBLIC`;
export const publicOwnerBuildingsPartition = (organisationId: string): string =>
  `ORG#${organisationId}#PUBLIC`;

/**
 * The restricted copy of a current building that is not PUBLIC and has a registered owner
 * (`BLDG#<id>` / `RESTRICTED`): the record again, listed on `gsi1` and `gsi3` under its owner's partition of
 * the council, so a member of an unverified organisation (public buildings plus their own) reads their own
 * in the list's order with a key condition, beside the public copies.
 */
export const restrictedBuildingKey = (id: string): ItemKey => ({ pk: `BLDG#${id}`, sk: 'RESTRICTED' });
export const ownerCouncilBuildingsPartition = (councilCode: string, organisationId: string): string =>
  `AREA#${councilCode}#OWNER#${organisationId}`;

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

// --- UPRNs and asset references (issue 10) ---
// A UPRN names a property, not an asset: a park, its pavilion and its toilets share one. So a UPRN is an
// index, not a claim; what is unique is the owner's asset reference.

/** A current building's entry in the UPRN index: a copy of the building next to it, in its own partition. */
export const buildingUprnEntryKey = (buildingId: string): ItemKey => ({
  pk: `BLDG#${buildingId}`,
  sk: 'UPRN',
});

/** Buildings by UPRN (its canonical form, so `0005199356` and `5199356` meet), then by name. */
export function uprnIndexKeys(building: { id: string; uprn: string; name: string }): {
  gsi1pk: string;
  gsi1sk: string;
} {
  return {
    gsi1pk: uprnBuildingsPartition(building.uprn),
    gsi1sk: `${toNameKey(building.name)}#${building.id}`,
  };
}
export const uprnBuildingsPartition = (uprn: string): string => `UPRN#${canonicalUprn(uprn)}`;

/** Holds an asset reference for one current building within its scope: the condition makes it unique. */
export const assetReferenceClaimKey = (scope: string, assetReference: string): ItemKey => ({
  pk: `ASSETREF#${scope}#${assetReferenceKey(assetReference)}`,
  sk: 'ASSETREF',
});

/** The sort-key prefix that selects one name within an owner's buildings (gsi2). */
export const ownerBuildingNamePrefix = (name: string): string => `${toNameKey(name)}#`;
