import DataLoader from 'dataloader';
import { anonymousActor, authorize } from '../domain/authorization';
import type {
  Action,
  Actor,
  ActorMembership,
  Decision,
  ResourceByAction,
  UserIdentity,
} from '../domain/authorization';
import { decideWithoutMemberships, membershipsThatAllow } from '../domain/membership-requirements';
import type { MembershipRequirement } from '../domain/membership-requirements';
import type { Clock } from '../domain/clock';
import {
  ConflictError,
  ForbiddenError,
  MembershipCheckFailedError,
  UnauthenticatedError,
} from '../domain/errors';
import type { AppError } from '../domain/errors';
import type {
  AuditStore,
  CallerDirectory,
  DistanceReadBudget,
  IdempotencyStore,
  MembershipGuard,
  NearbySearch,
} from '../domain/ports';
import type { Organisation } from '../domain/records';
import type { VerifiedIdentity } from '../../auth/token-verifier';
import type { RequestLimits } from '../domain/request-limits';

/** One access question of a change: may the caller do `action` to `resource`? */
export type AccessCheck = {
  [A in Action]: {
    readonly action: A;
    readonly resource: ResourceByAction[A];
    /** The error when denied, instead of the domain's (NOT_FOUND for a record the caller may not see). */
    readonly deniedAs?: () => AppError;
    /** Follows from the checks after it; decided on its own only when the change is refused. */
    readonly impliedByLaterChecks?: boolean;
  };
}[Action];

/**
 * The access checks of one change. What the token alone decides is decided at once; what needs the caller's
 * memberships becomes a condition of the change's own transaction (`guard`) when the domain can state it as
 * memberships, and is decided by loading them otherwise. A refused condition becomes the domain's decision.
 */
export interface ChangeAccess {
  require(check: AccessCheck): Promise<void>;
  /** Decides every check still open now (before ending with an error, or without writing). */
  settle(): Promise<void>;
  /** Runs the write with the guard; a failed guard becomes the domain's own denial. */
  write<T>(run: (guard: MembershipGuard | null) => Promise<T>): Promise<T>;
}

/**
 * The stores the kernel itself uses: audit history, idempotency claims, and the directory it loads the caller
 * from. The app passes every register's store (src/registers/context.ts RegisterStores extends this).
 */
export interface KernelStores {
  readonly audit: AuditStore;
  readonly idempotency: IdempotencyStore;
  readonly callers: CallerDirectory;
}

/** Everything one GraphQL request's resolvers share. Made fresh per request; never reused across requests. */
export interface RequestContext<S extends KernelStores = KernelStores> {
  readonly requestId: string;
  readonly identity: VerifiedIdentity | null;
  /** The caller as the token says: enough for every decision that does not depend on memberships. */
  readonly caller: UserIdentity | typeof anonymousActor;
  /** One store per register, each over the one table gateway. */
  readonly stores: S;
  readonly clock: Clock;
  /** Organisations by id, batched into one BatchGetItem per tick and cached for the request. */
  readonly organisations: DataLoader<string, Organisation | null>;
  readonly limits: Pick<RequestLimits, 'distanceSearch'>;
  /** The caller with their memberships: one GetItem, made once and only when a decision needs it. */
  getActor(): Promise<Actor>;
  /**
   * Throws UNAUTHENTICATED or FORBIDDEN (with the reason) unless the caller may do `action` to `resource`.
   * `known` are memberships of the caller already read with the data (they can only allow, never deny).
   */
  assertAllowed<A extends Action>(
    action: A,
    resource: ResourceByAction[A],
    known?: readonly ActorMembership[],
  ): Promise<void>;
  /** True when the caller may do `action` to `resource`. */
  isAllowed<A extends Action>(
    action: A,
    resource: ResourceByAction[A],
    known?: readonly ActorMembership[],
  ): Promise<boolean>;
  /** The access checks of one change (see ChangeAccess). */
  accessForChange(): ChangeAccess;
  /**
   * The budgets of one more distance search: its own, and the request's, which every distance search of
   * this request shares (DistanceSearchAllowance), so twenty aliases cannot each read a search's worth.
   */
  distanceSearch(): NearbySearch;
}

export interface ContextDependencies<S extends KernelStores = KernelStores> {
  readonly stores: S;
  readonly clock: Clock;
  readonly platformAdminIds: ReadonlySet<string>;
  readonly limits: Pick<RequestLimits, 'distanceSearch'>;
}

export function createRequestContext<S extends KernelStores>(
  deps: ContextDependencies<S>,
  requestId: string,
  identity: VerifiedIdentity | null,
): RequestContext<S> {
  const organisations = new DataLoader<string, Organisation | null>(async (ids) => {
    const found = await deps.stores.callers.getOrganisations(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const caller: UserIdentity | typeof anonymousActor = identity
    ? {
        kind: 'user',
        userId: identity.userId,
        email: identity.email,
        emailVerified: identity.emailVerified,
        isPlatformAdmin: deps.platformAdminIds.has(identity.userId),
      }
    : anonymousActor;
  let actor: Promise<Actor> | undefined;
  let actorLoaded = false;
  const getActor = () =>
    (actor ??= (async (): Promise<Actor> => {
      if (caller.kind === 'anonymous') return caller;
      // One item holds the caller's memberships. A failed read is SERVICE_UNAVAILABLE (the table gateway),
      // never a FORBIDDEN decided on missing memberships.
      const memberships = await deps.stores.callers.getActorMemberships(caller.userId);
      actorLoaded = true;
      return { ...caller, memberships };
    })().catch((error: unknown) => {
      // Not kept: a later resolver of the same request may load the caller once the fault has passed.
      actor = undefined;
      throw error;
    }));

  async function decide<A extends Action>(
    action: A,
    resource: ResourceByAction[A],
    known: readonly ActorMembership[] = [],
  ): Promise<Decision> {
    // Anonymous: the caller is the actor, with no memberships to load (no promise made for it).
    if (caller.kind === 'anonymous') return authorize(caller, action, resource);
    if (actorLoaded) return authorize(await getActor(), action, resource);
    // Memberships only ever add rights: an answer allowed by what is known already stands.
    const early = authorize({ ...caller, memberships: known }, action, resource);
    return early.allowed ? early : authorize(await getActor(), action, resource);
  }
  const allowance = deps.limits.distanceSearch;
  const requestReads: DistanceReadBudget = {
    items: allowance.itemsPerRequest,
    bytes: allowance.bytesPerRequest,
    queries: allowance.queriesPerRequest,
  };
  return {
    requestId,
    identity,
    caller,
    stores: deps.stores,
    clock: deps.clock,
    organisations,
    limits: deps.limits,
    getActor,
    async assertAllowed(action, resource, known) {
      const decision = await decide(action, resource, known);
      if (!decision.allowed) throw toError(decision);
    },
    async isAllowed(action, resource, known) {
      return (await decide(action, resource, known)).allowed;
    },
    distanceSearch() {
      const searchReads: DistanceReadBudget = {
        items: allowance.itemsPerSearch,
        bytes: allowance.bytesPerSearch,
        queries: allowance.queriesPerRequest,
      };
      return { budgets: [searchReads, requestReads], itemsPerQuery: allowance.itemsPerQuery };
    },
    accessForChange: () => createChangeAccess(caller, getActor, () => actorLoaded),
  };
}

function toError(decision: Extract<Decision, { allowed: false }>): AppError {
  return decision.code === 'UNAUTHENTICATED'
    ? new UnauthenticatedError(decision.reason)
    : new ForbiddenError(decision.reason);
}

/**
 * The access checks of one change (see ChangeAccess): each decided at once where the caller's identity
 * settles it, else left open with the memberships that would allow it, for the write to check.
 */
function createChangeAccess(
  caller: UserIdentity | typeof anonymousActor,
  getActor: () => Promise<Actor>,
  isActorLoaded: () => boolean,
): ChangeAccess {
  const open: AccessCheck[] = [];
  const clauses: (readonly MembershipRequirement[])[] = [];
  const refuse = (check: AccessCheck, decision: Decision) => {
    if (!decision.allowed) throw check.deniedAs?.() ?? toError(decision);
  };
  const settle = async () => {
    for (const check of open)
      refuse(check, authorize(await getActor(), check.action, check.resource as never));
  };
  return {
    async require(check) {
      const early =
        caller.kind === 'anonymous' || isActorLoaded()
          ? authorize(await getActor(), check.action, check.resource as never)
          : decideWithoutMemberships(caller, check.action, check.resource as never);
      if (early) return refuse(check, early);
      open.push(check);
      if (check.impliedByLaterChecks) return;
      const allowing = membershipsThatAllow(
        check.action,
        check.resource as never,
        caller.kind === 'user' ? caller : undefined,
      );
      if (allowing) clauses.push(allowing.anyOf);
      else refuse(check, authorize(await getActor(), check.action, check.resource as never));
    },
    settle,
    async write(run) {
      // The memberships the write must check; none when every check is decided already.
      const guard: MembershipGuard | null =
        caller.kind === 'user' && clauses.length > 0 ? { userId: caller.userId, clauses } : null;
      try {
        return await run(guard);
      } catch (error) {
        if (!(error instanceof MembershipCheckFailedError)) throw error;
        await settle(); // throws the domain's own denial, with its reason
        throw new ConflictError('Your memberships changed while this change was being made; try again');
      }
    },
  };
}
