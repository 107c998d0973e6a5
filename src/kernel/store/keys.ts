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
