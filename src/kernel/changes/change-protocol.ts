/**
 * The change protocol: how every register's mutation changes a record, in one order.
 *
 *   1. the caller: a signed-in user (UNAUTHENTICATED otherwise), as the token says;
 *   2. load: the record the change is based on (NOT_FOUND when missing or not visible to the caller);
 *   3. access: the checks of `authorization.ts`, decided from the token where it can, and otherwise made a
 *      condition of the write's own transaction (a MembershipGuard), so no membership is read first;
 *   4. validate: the version the caller saw, then the register's pure rule (`decide`), which builds the next
 *      record or throws the domain's error; a refusal here is reported only after access is settled, so a
 *      caller without the right learns nothing more about the record;
 *   5. the guarded write: one transaction with the record, its audit event and the guard; a failed guard
 *      becomes the domain's own denial.
 *
 * `runChange` runs it for an update of a stored record, `runCreate` for a create (with its idempotency key
 * read before any rule, so a retry gets the first answer). Each register's changes are written as steps of
 * these two: a mutation is its load, its checks, its pure decision and its write.
 */
import { createHash, randomUUID } from 'node:crypto';
import { diffRecords } from '../domain/audit';
import type { UserIdentity } from '../domain/authorization';
import { ConflictError, UnauthenticatedError } from '../domain/errors';
import { canonicalJson, IdempotentReplay, isSameRequest } from '../domain/idempotency';
import type { IdempotencyClaim } from '../domain/idempotency';
import type { ChangeContext, MembershipGuard } from '../domain/ports';
import type { RecordMeta } from '../domain/records';
import type { AccessCheck, ChangeAccess, RequestContext } from '../graphql/context';
import { idempotencyKeySchema, parseArgument } from '../graphql/inputs';

/** What the caller's change is made of, for `decide` and `write`. */
export interface ChangeBy {
  readonly actor: UserIdentity;
  readonly change: ChangeContext;
}

/** One update of a stored record, as the protocol runs it (see the header). */
export interface ChangeStep<R extends RecordMeta, P> {
  /** The record the change is based on; throws NOT_FOUND when it is missing or not visible. */
  readonly load: () => Promise<R>;
  /** The access checks of the change, from the record as stored. */
  readonly access: (before: R, by: ChangeBy) => readonly AccessCheck[] | Promise<readonly AccessCheck[]>;
  /** The version the caller saw: CONFLICT when the record has moved on since (checked after access). */
  readonly expectedVersion?: { readonly version: number; readonly what: string };
  /** The pure decision: what to write, or the domain's refusal (thrown). */
  readonly decide: (before: R, by: ChangeBy) => P | Promise<P>;
  /** True when the decision writes nothing (a no-op update): access is then settled and nothing is written. */
  readonly unchanged?: (planned: P, before: R) => boolean;
  /** The one guarded write of the change. */
  readonly write: (planned: P, before: R, by: ChangeBy, guard: MembershipGuard | null) => Promise<void>;
}

/** Runs an update through the protocol and answers what `decide` planned (once written). */
export async function runChange<R extends RecordMeta, P>(
  ctx: RequestContext,
  step: ChangeStep<R, P>,
): Promise<P> {
  const actor = await requireUser(ctx);
  const by: ChangeBy = { actor, change: changeBy(ctx, actor) };
  const before = await step.load();
  const access = ctx.accessForChange();
  for (const check of await step.access(before, by)) await access.require(check);
  const planned = await beforeWriting(access, async () => {
    if (step.expectedVersion) assertVersion(before, step.expectedVersion.version, step.expectedVersion.what);
    return step.decide(before, by);
  });
  if (step.unchanged?.(planned, before)) {
    await access.settle();
    return planned;
  }
  await access.write((guard) => step.write(planned, before, by, guard));
  return planned;
}

/** One create, as the protocol runs it: `prepare` holds every read and rule check of the mutation. */
export interface CreateStep<P, T> {
  readonly request: CreateRequest;
  /** Loads what the create depends on, requires its access checks and builds the new record(s). */
  readonly prepare: (by: ChangeBy & { readonly id: string }, access: ChangeAccess) => P | Promise<P>;
  /** The one guarded write (its transaction also claims the idempotency key in `by.change`). */
  readonly write: (planned: P, by: ChangeBy, guard: MembershipGuard | null) => Promise<void>;
  /** What the mutation answers, from what was written. */
  readonly result: (planned: P) => T;
  /** The record a replayed key answers with (the first request's). */
  readonly loadExisting: (id: string) => Promise<T>;
}

/** Runs a create through the protocol, at most once per idempotency key (createOnce). */
export async function runCreate<P, T>(ctx: RequestContext, step: CreateStep<P, T>): Promise<T> {
  const actor = await requireUser(ctx);
  return createOnce(
    ctx,
    actor,
    step.request,
    async (change, id) => {
      const by: ChangeBy = { actor, change };
      const access = ctx.accessForChange();
      const planned = await beforeWriting(access, () => step.prepare({ ...by, id }, access));
      await access.write((guard) => step.write(planned, by, guard));
      return step.result(planned);
    },
    step.loadExisting,
  );
}

/** The signed-in caller as the token says (their memberships are loaded only if a decision needs them). */
export async function requireUser(ctx: RequestContext): Promise<UserIdentity> {
  if (ctx.caller.kind !== 'user') throw new UnauthenticatedError();
  return ctx.caller;
}

/** Who and when, for the record and its audit event. */
export function changeBy(ctx: RequestContext, actor: UserIdentity): ChangeContext {
  return { actorId: actor.userId, at: ctx.clock.now().toISOString() };
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

/**
 * Runs a change's checks that come before its write (input, state, version); when one fails, the caller's
 * right to the record is decided first, so a caller without it learns nothing more about the record.
 */
export async function beforeWriting<T>(access: ChangeAccess, checks: () => T | Promise<T>): Promise<T> {
  try {
    return await checks();
  } catch (error) {
    await access.settle();
    throw error;
  }
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
 *
 * The stored key is read before `create` runs, so `create` must hold every read and rule check of the
 * mutation: a client retrying after losing the answer gets its record even when the rules would now refuse
 * a new one (the offer it expressed interest in is no longer OPEN, the nominator's areas changed).
 */
export async function createOnce<T>(
  ctx: RequestContext,
  actor: UserIdentity,
  request: CreateRequest,
  create: (change: ChangeContext, id: string) => Promise<T>,
  loadExisting: (id: string) => Promise<T>,
): Promise<T> {
  const key = parseArgument(idempotencyKeySchema(), request.idempotencyKey, 'idempotencyKey');
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
  const earlier = await ctx.stores.idempotency.getIdempotencyClaim(claim.scope, key, change.at);
  if (earlier) return replay(earlier);
  for (let attempt = 1; ; attempt++) {
    try {
      return await create({ ...change, idempotency: claim }, id);
    } catch (error) {
      if (error instanceof IdempotentReplay) return replay(error.claim);
      const concurrent = error instanceof ConflictError && error.details['concurrentWrite'] === true;
      if (!concurrent || attempt >= CONCURRENT_ATTEMPTS) throw error;
      const stored = await ctx.stores.idempotency.getIdempotencyClaim(claim.scope, key, change.at);
      if (stored) return replay(stored);
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
