/**
 * The items and write builders of memberships and of the users' access items, shared by the three stores
 * of this register: a membership change, an organisation's creation (its first admin), a verification (every
 * member's access item) and a claimed invitation all write them in their own one transaction. Builders are
 * pure (they build requests); `transactWithMembersAccess` and `readMembersForVerification` send them.
 */
import type { ActorMembership } from '../../../kernel/domain/authorization';
import { ConflictError } from '../../../kernel/domain/errors';
import type { ChangeContext, MembershipGuard } from '../../../kernel/domain/ports';
import { MEMBER_ROLES } from '../../../kernel/domain/records';
import type { MemberRole, Membership, Organisation } from '../../../kernel/domain/records';
import { auditWrite, IS_NEW, toRecord, withMembershipGuard } from '../../../kernel/store/items';
import {
  accessMembershipAttribute,
  accessOfficerAttribute,
  organisationKey,
  userAccessKey,
} from '../../../kernel/store/keys';
import type { GuardedWrite, Item, Table } from '../../../kernel/store/table';
import type { MembershipOrganisationFacts, OrganisationForVerification } from '../domain/organisation-port';
import {
  adminCounterKey,
  MEMBER_PREFIX,
  membersOfOrganisation,
  membershipKey,
  organisationSortKey,
  userMembershipsPartition,
} from './organisation-keys';

/** The audit record id of a membership: organisation and user. */
export const membershipId = (m: Pick<Membership, 'organisationId' | 'userId'>): string =>
  `${m.organisationId}/${m.userId}`;

/** DynamoDB's limit on items in one TransactWriteItems. */
const MAX_TRANSACTION_ITEMS = 100;

/**
 * Counts the changes to a user's access item: every membership change adds one in its transaction, so a
 * rebuild of the item (access-backfill.ts) can write only if nothing changed since it read the memberships.
 */
export const ACCESS_VERSION_ATTRIBUTE = 'accessVersion';

/** One membership as the user's access item holds it (attribute `accessMembershipAttribute(orgId)`). */
export function accessEntry(membership: Membership, organisation: MembershipOrganisationFacts): AccessEntry {
  return {
    role: membership.role,
    organisationKind: organisation.kind,
    councilCode: organisation.kind === 'COUNCIL' ? organisation.gssCode : null,
    organisationVerified: organisation.verified,
  };
}

/** One membership as the user's access item holds it. */
export interface AccessEntry {
  readonly role: MemberRole;
  readonly organisationKind: Organisation['kind'];
  readonly councilCode: string | null;
  readonly organisationVerified: boolean;
}

/** One entry of a user's access item as authorization reads it; nothing for an entry it cannot read. */
export function parseAccessEntry(organisationId: string, value: unknown): ActorMembership[] {
  if (typeof value !== 'object' || value === null) return [];
  const entry = value as Partial<AccessEntry>;
  if (!entry.role || !MEMBER_ROLES.includes(entry.role) || !entry.organisationKind) return [];
  return [
    {
      organisationId,
      role: entry.role,
      organisationKind: entry.organisationKind,
      councilCode: entry.councilCode ?? null,
      organisationVerified: entry.organisationVerified === true,
    },
  ];
}

export function membershipItem(membership: Membership): Item {
  return {
    ...membershipKey(membership.organisationId, membership.userId),
    entity: 'Membership',
    gsi1pk: userMembershipsPartition(membership.userId),
    gsi1sk: organisationSortKey(membership.organisationId),
    ...membership,
  };
}

/** The member's entry on their access item (and, for a council's officers, their role by area). */
export function putAccessWrite(
  tableName: string,
  membership: Membership,
  organisation: MembershipOrganisationFacts,
): GuardedWrite {
  const entry = accessEntry(membership, organisation);
  const officer = entry.councilCode ? { '#officer': accessOfficerAttribute(entry.councilCode) } : null;
  return {
    write: {
      Update: {
        TableName: tableName,
        Key: userAccessKey(membership.userId),
        UpdateExpression: `SET #entity = :entity, #membership = :entry${officer ? ', #officer = :role' : ''} ADD #accessVersion :accessStep`,
        ExpressionAttributeNames: {
          '#entity': 'entity',
          '#membership': accessMembershipAttribute(organisation.id),
          '#accessVersion': ACCESS_VERSION_ATTRIBUTE,
          ...officer,
        },
        ExpressionAttributeValues: {
          ':entity': 'UserAccess',
          ':entry': entry,
          ':accessStep': 1,
          ...(officer ? { ':role': membership.role } : {}),
        },
      },
    },
  };
}

export function removeAccessWrite(
  tableName: string,
  membership: Membership,
  organisation: MembershipOrganisationFacts,
): GuardedWrite {
  const officer =
    organisation.kind === 'COUNCIL' && organisation.gssCode
      ? { '#officer': accessOfficerAttribute(organisation.gssCode) }
      : null;
  return {
    write: {
      Update: {
        TableName: tableName,
        Key: userAccessKey(membership.userId),
        UpdateExpression: `REMOVE #membership${officer ? ', #officer' : ''} ADD #accessVersion :accessStep`,
        ExpressionAttributeNames: {
          '#membership': accessMembershipAttribute(membership.organisationId),
          '#accessVersion': ACCESS_VERSION_ATTRIBUTE,
          ...officer,
        },
        ExpressionAttributeValues: { ':accessStep': 1 },
      },
    },
  };
}

/**
 * The organisation's facts a membership copies onto the member's access item (its verification) are still
 * the ones read: a verification changing meanwhile cancels the write rather than leave a stale copy.
 */
export function organisationFactsUnchanged(
  tableName: string,
  organisation: MembershipOrganisationFacts,
): GuardedWrite {
  return {
    write: {
      ConditionCheck: {
        TableName: tableName,
        Key: organisationKey(organisation.id),
        ConditionExpression: 'verified = :verified',
        ExpressionAttributeValues: { ':verified': organisation.verified },
      },
    },
    onConditionFailed: () => new ConflictError('The organisation was changed at the same moment; try again'),
  };
}

/**
 * Counts every membership change (so a verification can tell its list of members is still complete) and
 * adjusts the admin count; taking an admin away is refused when it would leave none.
 */
export function membershipCountersChange(
  tableName: string,
  organisationId: string,
  adminDelta: -1 | 0 | 1,
): GuardedWrite {
  return {
    write: {
      Update: {
        TableName: tableName,
        Key: adminCounterKey(organisationId),
        UpdateExpression: 'ADD membershipChanges :one, adminCount :delta',
        ExpressionAttributeValues: { ':delta': adminDelta, ':one': 1 },
        ...(adminDelta < 0 ? { ConditionExpression: 'adminCount > :one' } : {}),
      },
    },
    onConditionFailed: () =>
      new ConflictError('An organisation must keep at least one admin: make someone else admin first'),
  };
}

/**
 * A new membership: the record (CONFLICT when the user is a member already), its audit event, the counters,
 * the member's access item and (unless the organisation is new in the same transaction) the check that the
 * organisation's facts copied are still current.
 */
export function memberAddedWrites(
  tableName: string,
  membership: Membership,
  organisation: MembershipOrganisationFacts,
  change: ChangeContext,
  checkOrganisation = true,
): GuardedWrite[] {
  return [
    {
      write: { Put: { TableName: tableName, Item: membershipItem(membership), ...IS_NEW } },
      onConditionFailed: () =>
        new ConflictError(`${membership.userId} is already a member of this organisation`, {
          userId: membership.userId,
        }),
    },
    auditWrite(
      tableName,
      {
        recordType: 'MEMBERSHIP',
        recordId: membershipId(membership),
        action: 'MEMBER_ADDED',
        version: membership.version,
      },
      null,
      membership,
      change,
    ),
    membershipCountersChange(tableName, membership.organisationId, membership.role === 'ADMIN' ? 1 : 0),
    putAccessWrite(tableName, membership, organisation),
    ...(checkOrganisation ? [organisationFactsUnchanged(tableName, organisation)] : []),
  ];
}

/** An organisation's members and its count of membership changes, as one verification reads them. */
export type MembersSnapshot = Pick<OrganisationForVerification, 'members' | 'membershipChanges'>;

export function toMembersSnapshot(items: readonly Item[]): MembersSnapshot {
  const counter = items.find((item) => item['sk'] === 'ADMINS');
  const changes = counter?.['membershipChanges'];
  return {
    members: items
      .filter((item) => String(item['sk']).startsWith(MEMBER_PREFIX))
      .map((item) => toRecord<Membership>(item)),
    membershipChanges: typeof changes === 'number' ? changes : null,
  };
}

/** The members and the membership-change count, read together (two requests; see getOrganisationForVerification). */
export async function readMembersForVerification(
  table: Table,
  organisationId: string,
): Promise<MembersSnapshot> {
  const counter = await table.get(adminCounterKey(organisationId));
  const members = await table.queryAll({ ...membersOfOrganisation(organisationId), consistent: true });
  return toMembersSnapshot([...(counter ? [counter] : []), ...members]);
}

/**
 * A change to what members carry onto their access items (verification) reaches every member's item in
 * the change's own transaction. The members are read first, so the transaction also checks that no
 * membership changed since (the count of membership changes on the ADMINS item). A transaction holds 100
 * items; an organisation with more members than fit has the rest updated in further transactions right
 * after (they may lag the change by those few milliseconds).
 */
export async function transactWithMembersAccess(
  table: Table,
  writes: GuardedWrite[],
  organisation: Organisation,
  snapshot: MembersSnapshot,
): Promise<void> {
  const { tableName } = table;
  const { members, membershipChanges: changes } = snapshot;
  writes.push({
    write: {
      ConditionCheck: {
        TableName: tableName,
        Key: adminCounterKey(organisation.id),
        ...(typeof changes === 'number'
          ? {
              ConditionExpression: 'membershipChanges = :changes',
              ExpressionAttributeValues: { ':changes': changes },
            }
          : { ConditionExpression: 'attribute_not_exists(membershipChanges)' }),
      },
    },
    onConditionFailed: () =>
      new ConflictError('The members of the organisation changed at the same moment; try again'),
  });
  const room = Math.max(0, MAX_TRANSACTION_ITEMS - writes.length);
  const accessWrites = members.map((member) => putAccessWrite(tableName, member, organisation));
  await table.transact([...writes, ...accessWrites.slice(0, room)]);
  for (let start = room; start < accessWrites.length; start += MAX_TRANSACTION_ITEMS) {
    await table.transact(accessWrites.slice(start, start + MAX_TRANSACTION_ITEMS));
  }
}

/** The records of one list read whole (a few items: a user's memberships, an organisation's invitations). */
export async function listRecords<T>(table: Table, pattern: Parameters<Table['queryAll']>[0]): Promise<T[]> {
  const items = await table.queryAll(pattern);
  return items.map((item) => toRecord<T>(item));
}

/** One transaction with the change's membership guard (the caller's right, checked by the write itself). */
export function transactGuarded(
  table: Table,
  guard: MembershipGuard | null,
  writes: readonly GuardedWrite[],
): Promise<void> {
  return table.transact(withMembershipGuard(table.tableName, writes, guard));
}
