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
