import DataLoader from 'dataloader';
import { anonymousActor } from '../domain/authorization';
import type { Actor, ActorMembership } from '../domain/authorization';
import type { Clock } from '../domain/clock';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors';
import type { ResourceByAction, Action } from '../domain/authorization';
import { authorize } from '../domain/authorization';
import type { RegisterStore } from '../domain/ports';
import type { Organisation } from '../domain/records';
import type { VerifiedIdentity } from '../auth/token-verifier';

/** Everything one GraphQL request's resolvers share. Made fresh per request; never reused across requests. */
export interface RequestContext {
  readonly requestId: string;
  readonly identity: VerifiedIdentity | null;
  readonly store: RegisterStore;
  readonly clock: Clock;
  /** Organisations by id, batched into one BatchGetItem per tick and cached for the request. */
  readonly organisations: DataLoader<string, Organisation | null>;
  /** The caller with their memberships, loaded once on first use. */
  getActor(): Promise<Actor>;
  /** Throws UNAUTHENTICATED or FORBIDDEN (with the reason) unless the caller may do `action` to `resource`. */
  assertAllowed<A extends Action>(action: A, resource: ResourceByAction[A]): Promise<void>;
  /** True when the caller may do `action` to `resource`. */
  isAllowed<A extends Action>(action: A, resource: ResourceByAction[A]): Promise<boolean>;
}

export interface ContextDependencies {
  readonly store: RegisterStore;
  readonly clock: Clock;
  readonly platformAdminIds: ReadonlySet<string>;
}

export function createRequestContext(
  deps: ContextDependencies,
  requestId: string,
  identity: VerifiedIdentity | null,
): RequestContext {
  const organisations = new DataLoader<string, Organisation | null>(async (ids) => {
    const found = await deps.store.getOrganisations(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  let actor: Promise<Actor> | undefined;
  const getActor = () =>
    (actor ??= loadActor(deps, identity, organisations).catch((error: unknown) => {
      // Not kept: a later resolver of the same request may load the caller once the fault has passed.
      actor = undefined;
      throw error;
    }));
  return {
    requestId,
    identity,
    store: deps.store,
    clock: deps.clock,
    organisations,
    getActor,
    async assertAllowed(action, resource) {
      const decision = authorize(await getActor(), action, resource);
      if (decision.allowed) return;
      throw decision.code === 'UNAUTHENTICATED'
        ? new UnauthenticatedError(decision.reason)
        : new ForbiddenError(decision.reason);
    },
    async isAllowed(action, resource) {
      return authorize(await getActor(), action, resource).allowed;
    },
  };
}

async function loadActor(
  deps: ContextDependencies,
  identity: VerifiedIdentity | null,
  organisations: DataLoader<string, Organisation | null>,
): Promise<Actor> {
  if (!identity) return anonymousActor;
  const memberships = await deps.store.listMembershipsOfUser(identity.userId);
  const orgs = await organisations.loadMany(memberships.map((m) => m.organisationId));
  // Who the caller is must be known in full: deciding on a partial list would turn a throttled read into a
  // FORBIDDEN. A failed load fails the request with its own (retryable) error instead.
  const failed = orgs.find((org) => org instanceof Error);
  if (failed) throw failed;
  const actorMemberships: ActorMembership[] = memberships.flatMap((membership, index) => {
    const org = orgs[index];
    if (!org || org instanceof Error) return [];
    return [
      {
        organisationId: membership.organisationId,
        role: membership.role,
        organisationKind: org.kind,
        councilCode: org.kind === 'COUNCIL' ? org.gssCode : null,
        organisationVerified: org.verified,
      },
    ];
  });
  return {
    kind: 'user',
    userId: identity.userId,
    email: identity.email,
    emailVerified: identity.emailVerified,
    isPlatformAdmin: deps.platformAdminIds.has(identity.userId),
    memberships: actorMemberships,
  };
}
