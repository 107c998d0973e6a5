/**
 * Every DynamoDB key the register writes or reads is built here, and nowhere else. Builders are pure.
 * docs/data-model.md lists the access pattern each key serves.
 */
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

/** One item per council area an organisation works in, indexed by area then name. */
export const organisationAreaKey = (organisationId: string, councilCode: string): ItemKey => ({
  pk: `ORG#${organisationId}`,
  sk: `AREA#${councilCode}`,
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
 * Holds a UPRN for one building: the condition on this item is what makes UPRNs unique. Files write the same
 * UPRN with and without leading zeros (000000199356 and 199356), so the claim is keyed on the number.
 */
export const uprnClaimKey = (uprn: string): ItemKey => ({
  pk: `UPRN#${uprn.replace(/^0+/, '')}`,
  sk: 'UPRN',
});

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
