import { diffRecords } from '../../domain/audit';
import type { UserActor } from '../../domain/authorization';
import { ConflictError, UnauthenticatedError } from '../../domain/errors';
import type { ChangeContext, PageRequest } from '../../domain/ports';
import type { RecordMeta } from '../../domain/records';
import { pageSchema, parseArgument, recordIdSchema } from '../inputs';
import type { RequestContext } from '../context';

/** The signed-in caller, or UNAUTHENTICATED. */
export async function requireUser(ctx: RequestContext): Promise<UserActor> {
  const actor = await ctx.getActor();
  if (actor.kind !== 'user') throw new UnauthenticatedError();
  return actor;
}

/** Who and when, for the record and its audit event. */
export function changeBy(ctx: RequestContext, actor: UserActor): ChangeContext {
  return { actorId: actor.userId, at: ctx.clock.now().toISOString() };
}

export function parsePage(args: { first?: number | null; after?: string | null }): PageRequest {
  return parseArgument(pageSchema, { first: args.first, after: args.after }, 'arguments');
}

export function parseId(value: string, field: string): string {
  return parseArgument(recordIdSchema, value, field);
}

/** CONFLICT unless the caller's version is the stored one: the caller saw an older record than there is now. */
export function assertVersion(record: RecordMeta, expectedVersion: number, what: string): void {
  if (record.version !== expectedVersion) {
    throw new ConflictError(
      `${what} has changed since version ${expectedVersion} (it is now version ${record.version}); reload and try again`,
      { field: 'expectedVersion', currentVersion: record.version },
    );
  }
}

/** `before` with every defined value of `patch` applied (undefined means "leave as it is"). */
export function applyPatch<T extends object>(before: T, patch: Partial<T>): T {
  const after: T = { ...before };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (after as Record<string, unknown>)[key] = value;
  }
  return after;
}

/**
 * True when nothing but bookkeeping differs, so an update can be skipped. Uses the audit's own comparison,
 * so "no change" here means exactly "no field would appear in the audit event".
 */
export function isUnchanged(before: object, after: object): boolean {
  return diffRecords(before as Record<string, unknown>, after as Record<string, unknown>).length === 0;
}

/** The next version of a record, stamped with the change. */
export function nextVersion<T extends RecordMeta>(record: T, change: ChangeContext): T {
  return { ...record, updatedAt: change.at, version: record.version + 1 };
}
