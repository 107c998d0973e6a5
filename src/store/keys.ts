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

/** A caller's idempotency key, claimed in the transaction of the create it protects (expires after a day). */
export const idempotencyKey = (scope: string, key: string): ItemKey => ({
  pk: `IDEM#${scope}#${key}`,
  sk: 'IDEM',
});

// --- Assets of community value (src/store/acv-store.ts; docs/data-model.md "Assets of community value") ---

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
