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

// The organisations register's own keys are in src/registers/organisations/store/organisation-keys.ts.

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
