/**
 * Deciding without loading the caller's memberships: the half of authorization that lets signed-in reads cost
 * what anonymous ones do and lets writes check memberships inside their own transaction. The rules
 * themselves are authorization.ts's; this module says which memberships would allow an action.
 */
import { authorize } from './authorization';
import type { Action, Actor, Decision, ResourceByAction, UserActor, UserIdentity } from './authorization';
import type { MemberRole } from './records';

// ---------------------------------------------------------------------------------------------------------
// Deciding without loading the caller's memberships (issue 7: signed-in reads cost what anonymous ones do,
// writes check memberships inside their transaction).
//
// Every rule of authorization.ts is "deny unless some membership (or platform admin) allows": memberships only ever add
// rights. So a decision that allows with no memberships stands whatever they are, and only a denial needs
// them. tests/unit/kernel/domain/authorization.test.ts checks both functions below against `authorize` itself.

/** `authorize` for a caller whose memberships are not known yet; null when they could change the answer. */
export function decideWithoutMemberships<A extends Action>(
  identity: UserIdentity | Extract<Actor, { kind: 'anonymous' }>,
  action: A,
  resource: ResourceByAction[A],
): Decision | null {
  if (identity.kind === 'anonymous') return authorize(identity, action, resource);
  const decision = authorize({ ...identity, memberships: [] }, action, resource);
  return decision.allowed ? decision : null;
}

/** A membership that grants a right: a role in one organisation, or as an officer of one council area. */
export type MembershipRequirement =
  | { readonly organisationId: string; readonly atLeast: MemberRole }
  | { readonly councilCode: string; readonly atLeast: MemberRole };

/**
 * For the actions whose only allowing rules are roles in named organisations or council areas (changes to
 * buildings), the memberships any one of which allows `action` on `resource`, with the reason to give when
 * the caller holds none of them. Null for other actions: those are decided by `authorize` on the loaded
 * actor. The store turns the list into a condition checked inside the change's own transaction.
 */
export function membershipsThatAllow<A extends Action>(
  action: A,
  resource: ResourceByAction[A],
  caller?: Pick<UserIdentity, 'userId'>,
): { readonly anyOf: readonly MembershipRequirement[]; readonly reason: string } | null {
  const anyOf = allowingMemberships(action, resource, caller?.userId ?? null);
  if (!anyOf) return null;
  const denial = authorize(NO_MEMBERSHIPS, action, resource);
  return { anyOf, reason: denial.allowed ? '' : denial.reason };
}

/** The rules of authorization.ts, for the actions only roles in named organisations or areas allow (platform admins and
 * the caller's own membership are decided without memberships). */
function allowingMemberships<A extends Action>(
  action: A,
  resource: ResourceByAction[A],
  userId: string | null,
): MembershipRequirement[] | null {
  const act = { action, resource } as AnyAct;
  switch (act.action) {
    case 'building.create':
    case 'building.update':
    case 'building.archive':
      // canManageBuilding with EDITOR needed: the owner's editors, or for a building without a registered
      // owner the editors among the area's council officers.
      return [
        act.resource.ownerOrganisationId
          ? { organisationId: act.resource.ownerOrganisationId, atLeast: 'EDITOR' }
          : { councilCode: act.resource.councilCode, atLeast: 'EDITOR' },
      ];
    case 'organisation.update':
      return [{ organisationId: act.resource.id, atLeast: 'EDITOR' }];
    case 'organisation.manageMembers':
    case 'organisation.manageWebhooks':
      return [{ organisationId: act.resource.id, atLeast: 'ADMIN' }];
    case 'membership.remove':
      return [{ organisationId: act.resource.organisation.id, atLeast: 'ADMIN' }];

    // Assets of community value: the roles named by the entry (or the arguments).
    case 'acv.nominate':
      return [{ organisationId: act.resource.nominatorOrganisationId, atLeast: 'EDITOR' }];
    case 'acv.withdraw':
      return act.resource.nominatorOrganisationId
        ? [{ organisationId: act.resource.nominatorOrganisationId, atLeast: 'EDITOR' }]
        : null;
    case 'acv.decide':
    case 'acv.manageSettings':
      return [{ councilCode: act.resource.councilCode, atLeast: 'EDITOR' }];
    case 'acv.decideReview':
      // Not the officer who listed: a rule on the caller, not a membership. Only a caller known not to be
      // that officer is checked by membership; otherwise the loaded memberships decide (and give the reason).
      return userId !== null && act.resource.firstDecidedBy !== userId
        ? [{ councilCode: act.resource.councilCode, atLeast: 'EDITOR' }]
        : null;
    case 'acv.recordOwnerStep':
      return [
        { councilCode: act.resource.councilCode, atLeast: 'EDITOR' },
        ...(act.resource.ownerOrganisationId
          ? [{ organisationId: act.resource.ownerOrganisationId, atLeast: 'EDITOR' as const }]
          : []),
      ];
    case 'acv.requestToBid':
      return [
        { councilCode: act.resource.councilCode, atLeast: 'EDITOR' },
        { organisationId: act.resource.bidderOrganisationId, atLeast: 'EDITOR' },
      ];

    // Co-location.
    case 'spaceOffer.create':
    case 'spaceOffer.update':
      // An offer from the building's registered owner needs the owner's editors. A building without one is
      // offered by its council (which organisation is the council is on the memberships): loaded.
      return act.resource.building.ownerOrganisationId === act.resource.organisationId
        ? [{ organisationId: act.resource.organisationId, atLeast: 'EDITOR' }]
        : null;
    case 'spaceNeed.create':
    case 'spaceNeed.update':
      return [{ organisationId: act.resource.organisationId, atLeast: 'EDITOR' }];
    case 'interest.express':
      return act.resource.organisationId === act.resource.offeringOrganisationId
        ? null
        : [{ organisationId: act.resource.organisationId, atLeast: 'EDITOR' }];
    case 'interest.respond':
      return [{ organisationId: act.resource.offeringOrganisationId, atLeast: 'EDITOR' }];
    case 'interest.withdraw':
      return [{ organisationId: act.resource.organisationId, atLeast: 'EDITOR' }];

    default:
      return surplusMemberships(act);
  }
}

type AnyAct = { [K in Action]: { action: K; resource: ResourceByAction[K] } }[Action];

/** Surplus listings: the lister's or the requester's editors, or the council's officers for its settings. */
function surplusMemberships(act: AnyAct): MembershipRequirement[] | null {
  switch (act.action) {
    case 'surplus.list':
      // As an offer of space: a building without a registered owner is listed by its council (loaded).
      return act.resource.building.ownerOrganisationId === act.resource.organisationId
        ? [{ organisationId: act.resource.organisationId, atLeast: 'EDITOR' }]
        : null;
    case 'surplus.manage':
    case 'surplus.request':
    case 'surplusRequest.withdraw':
      return [{ organisationId: act.resource.organisationId, atLeast: 'EDITOR' }];
    case 'surplus.manageSettings':
      return [{ councilCode: act.resource.councilCode, atLeast: 'EDITOR' }];
    case 'surplusRequest.confirmCollection':
      return [
        { organisationId: act.resource.organisationId, atLeast: 'EDITOR' },
        { organisationId: act.resource.listerOrganisationId, atLeast: 'EDITOR' },
      ];
    default:
      return null;
  }
}

const NO_MEMBERSHIPS: UserActor = {
  kind: 'user',
  userId: '',
  email: null,
  emailVerified: false,
  isPlatformAdmin: false,
  memberships: [],
};
