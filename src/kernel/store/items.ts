import { randomUUID } from 'node:crypto';
import { diffRecords } from '../domain/audit';
import { badInput, ConflictError, MembershipCheckFailedError, NotFoundError } from '../domain/errors';
import { idempotencyExpiry, IdempotentReplay } from '../domain/idempotency';
import type { IdempotencyClaim } from '../domain/idempotency';
import type { FeedChange } from '../domain/change-feed';
import type { ChangeContext, MembershipGuard } from '../domain/ports';
import { isRoleAtLeast, MEMBER_ROLES } from '../domain/records';
import type { AuditAction, AuditEvent, RecordMeta, RecordType } from '../domain/records';
import {
  accessMembershipAttribute,
  accessOfficerAttribute,
  auditEventKey,
  idempotencyKey,
  organisationKey,
  userAccessKey,
} from './keys';
import { listKeyAttributes, TABLE_DEFINITION } from './table-definition';
import type { GuardedWrite, Item } from './table';

/** Attributes that belong to the storage layout, not to the record. */
const STORAGE_ATTRIBUTES = new Set([...listKeyAttributes(), 'entity', TABLE_DEFINITION.timeToLiveAttribute]);

/** The record stored in an item: the item without its keys and bookkeeping attributes. */
export function toRecord<T>(item: Item): T {
  const record: Item = {};
  // Own keys only, in order, as Object.entries gives them, without an array of pairs per item.
  for (const name of Object.keys(item)) {
    if (!STORAGE_ATTRIBUTES.has(name)) record[name] = item[name];
  }
  return record as T;
}

/** `writes` with the feed changes declared on the first (the record's own Put). */
export function declaringFeed(writes: GuardedWrite[], feed: readonly FeedChange[]): GuardedWrite[] {
  const [record, ...rest] = writes;
  return record ? [{ ...record, feed }, ...rest] : writes;
}

/** Condition: the item must not exist yet (a create never overwrites). */
export const IS_NEW = { ConditionExpression: 'attribute_not_exists(pk)' } as const;

/** Condition: the stored item still has the version the change was based on (optimistic locking). */
export function hasVersion(version: number) {
  return {
    ConditionExpression: 'version = :expectedVersion',
    ExpressionAttributeValues: { ':expectedVersion': version },
    // Returned with the cancellation so the CONFLICT can tell the caller the current version.
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  } as const;
}

/**
 * The audit event for a change from `before` to `after` (null before: created; null after: removed),
 * as a write for the same transaction as the change itself.
 */
export function auditWrite(
  tableName: string,
  event: { recordType: RecordType; recordId: string; action: AuditAction; version: number },
  before: object | null,
  after: object | null,
  change: ChangeContext,
): GuardedWrite {
  const id = randomUUID();
  const audit: AuditEvent = {
    id,
    recordType: event.recordType,
    recordId: event.recordId,
    action: event.action,
    actorId: change.actorId,
    at: change.at,
    version: event.version,
    changes: diffRecords(before as Item | null, after as Item | null),
  };
  return {
    write: {
      Put: {
        TableName: tableName,
        Item: {
          ...auditEventKey(event.recordType, event.recordId, event.version, change.at, id),
          entity: 'AuditEvent',
          ...audit,
        },
        ...IS_NEW,
      },
    },
  };
}

/** The error for a write whose version condition failed: the record changed meanwhile, or is gone. */
export function staleVersion(what: string, id: string, existing: Item | null): ConflictError | NotFoundError {
  if (!existing) return new NotFoundError(what, id);
  return new ConflictError(
    `${what} ${id} was changed by someone else (now version ${String(existing['version'])}); reload and try again`,
    { currentVersion: existing['version'] },
  );
}

/**
 * Replaces a record with its next version, only if the stored version is still the one the change was
 * based on, together with the change's audit event.
 */
export function versionedReplace(
  tableName: string,
  record: { what: string; recordType: RecordType; recordId: string; item: Item },
  before: RecordMeta,
  after: RecordMeta,
  action: AuditAction,
  change: ChangeContext,
): GuardedWrite[] {
  return [
    {
      write: { Put: { TableName: tableName, Item: record.item, ...hasVersion(before.version) } },
      onConditionFailed: (existing) => staleVersion(record.what, record.recordId, existing),
    },
    auditWrite(
      tableName,
      { recordType: record.recordType, recordId: record.recordId, action, version: after.version },
      before,
      after,
      change,
    ),
  ];
}

/** An organisation the arguments name exists (BAD_USER_INPUT on its field otherwise). */
export function organisationExists(
  tableName: string,
  named: { readonly id: string; readonly field: string },
): GuardedWrite {
  return {
    write: {
      ConditionCheck: {
        TableName: tableName,
        Key: organisationKey(named.id),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    onConditionFailed: () => badInput(named.field, 'no organisation in the register has this id'),
  };
}

/**
 * A ConditionCheck on the acting user's access item (keys.ts userAccessKey) that holds when they have the
 * memberships `guard` names, so a change checks the caller's role in its own transaction instead of reading
 * it first. Roles are compared by equality with each role at least the one required.
 */
export function membershipGuardWrite(tableName: string, guard: MembershipGuard): GuardedWrite {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  let n = 0;
  const clauses = guard.clauses.map((clause) => {
    const alternatives = clause.map((requirement) => {
      const at = n++;
      const roles = MEMBER_ROLES.filter((role) => isRoleAtLeast(role, requirement.atLeast));
      roles.forEach((role, index) => (values[`:g${at}r${index}`] = role));
      const list = roles.map((_, index) => `:g${at}r${index}`).join(', ');
      if ('organisationId' in requirement) {
        names[`#g${at}`] = accessMembershipAttribute(requirement.organisationId);
        names['#role'] = 'role';
        return `#g${at}.#role IN (${list})`;
      }
      names[`#g${at}`] = accessOfficerAttribute(requirement.councilCode);
      return `#g${at} IN (${list})`;
    });
    return `(${alternatives.join(' OR ')})`;
  });
  return {
    write: {
      ConditionCheck: {
        TableName: tableName,
        Key: userAccessKey(guard.userId),
        ConditionExpression: clauses.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed: () => new MembershipCheckFailedError(),
  };
}

/**
 * `writes` with `guard` checked in the same transaction: as a ConditionCheck of its own, or, when one of the
 * writes already changes the caller's access item (an admin changing their own role), as a condition on
 * that write (a transaction may touch an item only once).
 */
export function withMembershipGuard(
  tableName: string,
  writes: readonly GuardedWrite[],
  guard: MembershipGuard | null | undefined,
): GuardedWrite[] {
  if (!guard) return [...writes];
  const check = membershipGuardWrite(tableName, guard);
  const condition = check.write.ConditionCheck;
  const key = userAccessKey(guard.userId);
  const index = writes.findIndex(
    ({ write }) => write.Update?.Key?.['pk'] === key.pk && write.Update.Key['sk'] === key.sk,
  );
  const target = writes[index]?.write.Update;
  if (!target || !condition) return [...writes, check];
  const merged: GuardedWrite = {
    write: {
      Update: {
        ...target,
        ConditionExpression: target.ConditionExpression
          ? `(${target.ConditionExpression}) AND (${condition.ConditionExpression})`
          : condition.ConditionExpression,
        ExpressionAttributeNames: {
          ...target.ExpressionAttributeNames,
          ...condition.ExpressionAttributeNames,
        },
        ExpressionAttributeValues: {
          ...target.ExpressionAttributeValues,
          ...condition.ExpressionAttributeValues,
        },
      },
    },
    ...(check.onConditionFailed ? { onConditionFailed: check.onConditionFailed } : {}),
  };
  return writes.map((write, at) => (at === index ? merged : write));
}

/**
 * The claim on the change's idempotency key (none when the create was sent without one), for the create's own
 * transaction: the create and the claim are written together or not at all. A key still claimed within its
 * window cancels the transaction with IdempotentReplay, carrying the first request's claim. TTL deletion is
 * lazy, so an expired claim is overwritten rather than honoured.
 */
export function idempotencyWrites(tableName: string, change: ChangeContext): GuardedWrite[] {
  const claim = change.idempotency;
  if (!claim) return [];
  return [
    {
      write: {
        Put: {
          TableName: tableName,
          Item: {
            ...idempotencyKey(claim.scope, claim.key),
            entity: 'IdempotencyKey',
            ...claim,
            createdAt: change.at,
            [TABLE_DEFINITION.timeToLiveAttribute]: idempotencyExpiry(change.at),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #expires < :now',
          ExpressionAttributeNames: { '#expires': TABLE_DEFINITION.timeToLiveAttribute },
          ExpressionAttributeValues: { ':now': Math.floor(Date.parse(change.at) / 1000) },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (existing) => new IdempotentReplay(toClaim(existing ?? {}, claim)),
    },
  ];
}

/** The claim stored in an item (fields missing from a damaged item fall back to the attempt's, never match). */
export function toClaim(item: Item, fallback: Pick<IdempotencyClaim, 'scope' | 'key'>): IdempotencyClaim {
  const text = (name: string) => (typeof item[name] === 'string' ? item[name] : '');
  return {
    scope: text('scope') || fallback.scope,
    key: text('key') || fallback.key,
    operation: text('operation'),
    requestHash: text('requestHash'),
    resultId: text('resultId'),
  };
}
