import { createHash, randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { Kind } from 'graphql';
import type { FieldNode, GraphQLArgument, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';
import { diffRecords } from '../../domain/audit';
import type { UserIdentity } from '../../domain/authorization';
import { badInput, ConflictError, UnauthenticatedError } from '../../domain/errors';
import { canonicalJson, IdempotentReplay, isSameRequest } from '../../domain/idempotency';
import type { IdempotencyClaim } from '../../domain/idempotency';
import type { ChangeContext, PageRequest } from '../../domain/ports';
import type { Organisation, RecordMeta } from '../../domain/records';
import { idempotencyKeySchema, pageSchema, parseArgument, recordIdSchema } from '../inputs';
import type { ChangeAccess, RequestContext } from '../context';

/**
 * A loader that lives as long as its request: every `load` of one tick becomes one call of `loadMany` (a
 * BatchGetItem for a page of records), and each key is read once per request. `missing` answers a key the
 * batch did not find.
 */
export function requestLoader<V>(
  loadMany: (ctx: RequestContext, keys: readonly string[]) => Promise<ReadonlyMap<string, V>>,
  missing: V,
): (ctx: RequestContext, key: string) => Promise<V> {
  const loaders = new WeakMap<RequestContext, DataLoader<string, V>>();
  return (ctx, key) => {
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const found = await loadMany(ctx, keys);
        return keys.map((k) => found.get(k) ?? missing);
      });
      loaders.set(ctx, loader);
    }
    return loader.load(key);
  };
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

export function parsePage(args: { first?: number | null; after?: string | null }): PageRequest {
  return parseArgument(pageSchema(), { first: args.first, after: args.after }, 'arguments');
}

export function parseId(value: string, field: string): string {
  return parseArgument(recordIdSchema(), value, field);
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
 * The scalar arguments of `fieldName` when the query selects it directly on the field being resolved (also
 * inside inline fragments and fragment spreads), with the schema's defaults; null when it is not selected.
 * Lets a resolver read a field's data together with its parent's in one request. Only scalar arguments
 * (literals or variables) are read, which is all the fields it is used for take. Works on the AST and the
 * field's argument list alone, without graphql's own helpers, whose class checks fail when the CommonJS
 * and ESM builds of graphql meet (as they do under tsx).
 */
export function selectedFieldArguments(
  info: GraphQLResolveInfo,
  fieldName: string,
): Record<string, unknown> | null {
  let type: unknown = info.returnType;
  while (typeof type === 'object' && type !== null && 'ofType' in type) type = type.ofType;
  const fields = (
    type as { getFields?: () => Record<string, { args: readonly GraphQLArgument[] }> }
  ).getFields?.();
  const field = fields?.[fieldName];
  if (!field) return null;
  const argumentsOf = (node: FieldNode): Record<string, unknown> => {
    const values: Record<string, unknown> = {};
    for (const argument of field.args) {
      if (argument.defaultValue !== undefined) values[argument.name] = argument.defaultValue;
    }
    for (const argument of node.arguments ?? []) {
      values[argument.name.value] = scalarValue(argument.value, info.variableValues);
    }
    return values;
  };
  const find = (selectionSet: SelectionSetNode | undefined): Record<string, unknown> | null => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === fieldName && !selection.alias) {
        return argumentsOf(selection);
      }
      const nested =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : selection.kind === Kind.FRAGMENT_SPREAD
            ? info.fragments[selection.name.value]?.selectionSet
            : undefined;
      const found = nested ? find(nested) : null;
      if (found) return found;
    }
    return null;
  };
  for (const node of info.fieldNodes) {
    const found = find(node.selectionSet);
    if (found) return found;
  }
  return null;
}

function scalarValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value] ?? null;
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    default:
      return null;
  }
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
  const earlier = await ctx.store.getIdempotencyClaim(claim.scope, key, change.at);
  if (earlier) return replay(earlier);
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

/**
 * An organisation an argument names (a nominator, an owner, a bidder, an offering organisation): it must be in
 * the register, so a missing one is BAD_USER_INPUT on that argument rather than NOT_FOUND. Read through the
 * request's loader, so the same organisation is fetched once per request.
 */
export async function loadReferencedOrganisation(
  ctx: RequestContext,
  id: string,
  field: string,
): Promise<Organisation> {
  const organisation = await ctx.organisations.load(id);
  if (!organisation) throw badInput(field, 'no organisation in the register has this id');
  return organisation;
}

/** The counts both import mutations (importAssets, importAcvEntries) give beside their rows. */
export function importCounts<Row extends { readonly outcome: string; readonly warnings: readonly unknown[] }>(
  rows: Row[],
  dryRun: boolean,
): {
  rows: Row[];
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  flagged: number;
  dryRun: boolean;
} {
  const count = (kind: string) => rows.filter((row) => row.outcome === kind).length;
  return {
    rows,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECTED'),
    flagged: rows.filter((row) => row.warnings.length > 0).length,
    dryRun,
  };
}
