/**
 * The organisations register's keys and access patterns: organisations, their council areas, members and
 * invitations. Builders are pure. The organisation's own key and the user's access item stay in the kernel's
 * keys.ts, which other registers (and the kernel's membership guard) use too. docs/data-model.md lists the
 * access pattern each key serves.
 */
import { INDEX } from '../../../kernel/store/access-pattern';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import { organisationKey, toNameKey } from '../../../kernel/store/keys';
import type { ItemKey } from '../../../kernel/store/keys';

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

/**
 * Invitations by the (Europe/London) day they lapse, on index gsi2: the daily reminders read the invitations
 * lapsing within a week as one Query per day, across organisations (an invitation belongs to no council).
 */
export const invitesExpiringPartition = (day: string): string => `INVITES-EXPIRING#${day}`;
export const invitesExpiringSortKey = (organisationId: string, email: string): string =>
  `${organisationId}#${email}`;

export const organisationSortKey = (organisationId: string): string => `ORG#${organisationId}`;

/** Everything stored under one organisation: the record, counters, area slots, members, invitations. */
export const organisationPartition = (organisationId: string): AccessPattern => ({
  indexName: INDEX.table,
  partition: organisationKey(organisationId).pk,
});

/** One organisation's members (its partition, from `MEMBER#`). */
export const membersOfOrganisation = (organisationId: string): AccessPattern => ({
  ...organisationPartition(organisationId),
  sortPrefix: MEMBER_PREFIX,
});

/**
 * An organisation's members and the organisation itself are one range of its partition (`MEMBER#...` then
 * `ORG`), so one Query returns a page of members followed by the organisation when the page reaches it.
 */
export const membersThenOrganisation = (organisationId: string) => ({
  ...membersOfOrganisation(organisationId),
  sortRangeEnd: organisationKey(organisationId).sk,
});

/** One organisation's invitations (its partition, from `INVITE#`). */
export const invitesOfOrganisation = (organisationId: string): AccessPattern => ({
  ...organisationPartition(organisationId),
  sortPrefix: INVITE_PREFIX,
});

/** The organisations working in one council area (their area entries, sorted by name). */
export const organisationsByCouncilArea = (councilCode: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: councilOrganisationsPartition(councilCode),
});

/** Organisations whose name key starts with `nameKey` (already toNameKey'd). */
export const organisationsByNamePrefix = (nameKey: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: organisationNamePartition(nameKey),
  sortPrefix: nameKey,
});

/** Every membership of one user. */
export const membershipsOfUser = (userId: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: userMembershipsPartition(userId),
});

/** The invitations lapsing on one day (invitesExpiringPartition). */
export const invitesExpiringOn = (day: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: invitesExpiringPartition(day),
});

/** Every invitation sent to one email address. */
export const invitesForEmail = (email: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: inviteeInvitesPartition(email),
});
