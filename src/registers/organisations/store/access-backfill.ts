import { ConflictError } from '../../../kernel/domain/errors';
import { canonicalJson } from '../../../kernel/domain/idempotency';
import type { Membership, Organisation } from '../../../kernel/domain/records';
import {
  ACCESS_MEMBERSHIP_PREFIX,
  accessMembershipAttribute,
  accessOfficerAttribute,
  organisationKey,
  userAccessKey,
} from '../../../kernel/store/keys';
import { accessEntry, ACCESS_VERSION_ATTRIBUTE } from './membership-items';
import { membershipKey } from './organisation-keys';
import { toRecord } from '../../../kernel/store/items';
import type { Item, Table } from '../../../kernel/store/table';

/** What rebuilding one user's access item did (or, in a dry run, would do). */
export type AccessRebuild = 'written' | 'unchanged';

// A membership change landing between the read and the write cancels the write; read again and retry.
const REBUILD_ATTEMPTS = 5;

/**
 * Rebuilds one user's access item (keys.ts userAccessKey) from their membership records, for data written
 * before the item existed (docs/data-model.md, "Data written before issue 7"). Off the request path: the
 * backfill tool (scripts/backfill-access.ts) calls it for each user its Scan of memberships found.
 *
 * Never overwrites a newer item: the item is read first (with its `accessVersion`, which every membership
 * change adds one to in its own transaction), then the memberships named and their organisations, strongly
 * consistent; the item is written only if `accessVersion` is still what was read. A change in between cancels
 * the write and the user is read again. Entries already on the item for other organisations (memberships made
 * since the Scan) are kept; an entry whose membership no longer exists is dropped. Writes nothing when the
 * item already says what the records say, so a second run writes nothing.
 */
export async function rebuildUserAccess(
  table: Table,
  userId: string,
  organisationIds: readonly string[],
  options: { readonly dryRun: boolean },
): Promise<AccessRebuild> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rebuildOnce(table, userId, [...new Set(organisationIds)], options.dryRun);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= REBUILD_ATTEMPTS) throw error;
    }
  }
}

async function rebuildOnce(
  table: Table,
  userId: string,
  organisationIds: readonly string[],
  dryRun: boolean,
): Promise<AccessRebuild> {
  const current = await table.get(userAccessKey(userId));
  const version = current?.[ACCESS_VERSION_ATTRIBUTE];
  const read = await table.batchGet(
    organisationIds.flatMap((id) => [membershipKey(id, userId), organisationKey(id)]),
    { consistent: true },
  );
  const find = (key: { pk: string; sk: string }) =>
    read.find((item) => item['pk'] === key.pk && item['sk'] === key.sk);

  const entries = accessEntriesOf(current);
  for (const organisationId of organisationIds) {
    const membership = find(membershipKey(organisationId, userId));
    const organisation = find(organisationKey(organisationId));
    const stale = entries.get(accessMembershipAttribute(organisationId));
    const staleCouncil = isCouncilEntry(stale) ? stale.councilCode : null;
    if (staleCouncil) entries.delete(accessOfficerAttribute(staleCouncil));
    entries.delete(accessMembershipAttribute(organisationId));
    if (!membership || !organisation) continue;
    const member = toRecord<Membership>(membership);
    const facts = toRecord<Organisation>(organisation);
    const entry = accessEntry(member, facts);
    entries.set(accessMembershipAttribute(organisationId), entry);
    if (entry.councilCode) entries.set(accessOfficerAttribute(entry.councilCode), member.role);
  }

  if (sameEntries(accessEntriesOf(current), entries)) return 'unchanged';
  if (dryRun) return 'written';
  await table.transact([
    {
      write: {
        Put: {
          TableName: table.tableName,
          Item: {
            ...userAccessKey(userId),
            entity: 'UserAccess',
            ...Object.fromEntries(entries),
            [ACCESS_VERSION_ATTRIBUTE]: (typeof version === 'number' ? version : 0) + 1,
          },
          ...(typeof version === 'number'
            ? {
                ConditionExpression: '#version = :version',
                ExpressionAttributeNames: { '#version': ACCESS_VERSION_ATTRIBUTE },
                ExpressionAttributeValues: { ':version': version },
              }
            : {
                ConditionExpression: 'attribute_not_exists(#version)',
                ExpressionAttributeNames: { '#version': ACCESS_VERSION_ATTRIBUTE },
              }),
        },
      },
      onConditionFailed: () => new ConflictError(`The access item of ${userId} changed meanwhile`),
    },
  ]);
  return 'written';
}

/** The item's membership and officer attributes (everything authorization reads from it). */
function accessEntriesOf(item: Item | null): Map<string, unknown> {
  const officerPrefix = accessOfficerAttribute('');
  return new Map(
    Object.entries(item ?? {}).filter(
      ([name]) => name.startsWith(ACCESS_MEMBERSHIP_PREFIX) || name.startsWith(officerPrefix),
    ),
  );
}

function isCouncilEntry(value: unknown): value is { councilCode: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { councilCode?: unknown }).councilCode === 'string'
  );
}

function sameEntries(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, value] of a) {
    if (!b.has(name) || canonicalJson(value) !== canonicalJson(b.get(name))) return false;
  }
  return true;
}
