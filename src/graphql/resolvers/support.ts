import { createHash, randomUUID } from 'node:crypto';
import { diffRecords } from '../../domain/audit';
import type { UserActor } from '../../domain/authorization';
import { ConflictError, UnauthenticatedError } from '../../domain/errors';
import { canonicalJson, IdempotentReplay, isSameRequest } from '../../domain/idempotency';
import type { IdempotencyClaim } from '../../domain/idempotency';
import type { ChangeContext, PageRequest } from '../../domain/ports';
import type { RecordMeta } from '../../domain/records';
import { idempotencyKeySchema, pageSchema, parseArgument, recordIdSchema } from '../inputs';
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

/** What a create is, for its idempotency key: the mutation, its arguments as sent, and the key itself. */
export interface CreateRequest {
  readonly operation: string;
  readonly args: unknown;
  readonly idempotencyKey: string | null | undefined;
  /** The id the new record will have; a fresh UUID unless the record's id is natural (a membership's). */
  readonly resultId?: string;
}

// Concurrent attempts with one key can cancel each other (TransactionConflict) before either has written:
// try again a few times, briefly, and answer with whichever attempt won.
const CONCURRENT_ATTEMPTS = 4;

/**
 * Runs a create at most once per idempotency key: the first request creates (the key is claimed in the same
 * transaction), and a retry with the same key and arguments, within a day, answers with the first request's
 * record instead of making another. The same key with other arguments is a CONFLICT. Without a key, `create`
 * simply runs.
 */
export async function createOnce<T>(
  ctx: RequestContext,
  actor: UserActor,
  request: CreateRequest,
  create: (change: ChangeContext, id: string) => Promise<T>,
  loadExisting: (id: string) => Promise<T>,
): Promise<T> {
  const key = parseArgument(idempotencyKeySchema, request.idempotencyKey, 'idempotencyKey');
  const id = request.resultId ?? randomUUID();
  const change = changeBy(ctx, actor);
  if (!key) return create(change, id);
  const claim: IdempotencyClaim = {
    scope: actor.userId,
    key,
    operation: request.operation,
    requestHash: createHash('sha256').update(canonicalJson(request.args)).digest('base64url'),
    resultId: id,
  };
  const replay = (stored: IdempotencyClaim): Promise<T> => {
    if (!isSameRequest(stored, claim)) {
      throw new ConflictError(
        `idempotencyKey ${key} was already used for a different request; use a new key for a new request`,
        { field: 'idempotencyKey' },
      );
    }
    return loadExisting(stored.resultId);
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await create({ ...change, idempotency: claim }, id);
    } catch (error) {
      if (error instanceof IdempotentReplay) return replay(error.claim);
      const concurrent = error instanceof ConflictError && error.details['concurrentWrite'] === true;
      if (!concurrent || attempt >= CONCURRENT_ATTEMPTS) throw error;
      const stored = await ctx.store.getIdempotencyClaim(claim.scope, key, change.at);
      if (stored) return replay(stored);
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
