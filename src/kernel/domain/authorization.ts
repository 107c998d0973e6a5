import { UnreachableCaseError } from './errors';
import { isRoleAtLeast } from './records';
import type { Building, MemberRole, Organisation, OrganisationKind, Visibility } from './records';
import type { CostVisibility, ShownOfferStatus } from './records';

/**
 * Every access decision in the register is made here, from plain data: who is asking (the actor), what they
 * want to do (the action) and what they want to do it to (the resource). Deny by default: an action is
 * allowed only by a rule below that names it.
 *
 * The roles:
 * - ADMIN of an organisation manages its members and everything an EDITOR may do;
 * - EDITOR creates and changes the organisation's records;
 * - VIEWER sees its private fields;
 * - members of a COUNCIL organisation act as its officers for the council's area (its GSS code);
 * - platform admins (named in configuration) create councils, verify organisations and manage any
 *   organisation's members (so a new council can be given its first admin).
 * - assets of community value: a nominating body's editors nominate and withdraw; the area's council officers
 *   decide, review (never the officer who listed), record appeals and removals; the owner's editors (or the
 *   officers) record the owner's steps; a community interest group's editors (or the officers) ask to bid.
 * - surplus listings: a building's owner's editors (its council's, without a registered owner) list items;
 *   the lister's editors edit, close and allocate; a requesting organisation's editors ask and withdraw;
 *   collection details are shown to members of verified organisations of any kind but BUSINESS, the
 *   lister's members and the area's officers.
 */

/** One of the actor's memberships, with the facts about the organisation that rules depend on. */
export interface ActorMembership {
  readonly organisationId: string;
  readonly role: MemberRole;
  readonly organisationKind: OrganisationKind;
  /** The council's GSS code when the organisation is a COUNCIL. */
  readonly councilCode: string | null;
  readonly organisationVerified: boolean;
}

export type Actor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly email: string | null;
      readonly emailVerified: boolean;
      readonly isPlatformAdmin: boolean;
      readonly memberships: readonly ActorMembership[];
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const anonymousActor: Actor = { kind: 'anonymous' };

type OrganisationRef = Pick<Organisation, 'id' | 'kind' | 'councilAreas'>;
type BuildingRef = Pick<Building, 'councilCode' | 'ownerOrganisationId' | 'visibility'>;

/** The resource each action is decided on. */
export interface ResourceByAction {
  'organisation.create': { readonly kind: OrganisationKind };
  'organisation.update': OrganisationRef;
  'organisation.verify': OrganisationRef;
  /** Contact details, members, invitations and change history. */
  'organisation.viewPrivate': OrganisationRef;
  'organisation.manageMembers': OrganisationRef;
  /** Webhook endpoints receive the organisation's events: its admins register and manage them. */
  'organisation.manageWebhooks': OrganisationRef;
  /** Admins remove members; any member may remove themselves. */
  'membership.remove': { readonly organisation: OrganisationRef; readonly userId: string };
  /** Only the person the invitation was sent to, once their email is verified, may claim it. */
  'invite.claim': { readonly email: string };
  'building.view': BuildingRef;
  'building.viewHistory': BuildingRef;
  /** Decided on the building as it would be after the change, and for updates also as it was before. */
  'building.create': BuildingRef;
  'building.update': BuildingRef;
  'building.archive': BuildingRef;
  // Assets of community value (acv-lifecycle.ts): see "Assets of community value" below.
  'acv.nominate': { readonly nominatorOrganisationId: string };
  'acv.withdraw': AcvEntryRef;
  /**
   * Council decisions: decide a nomination, agree a review extension, record an appeal, remove a listing,
   * decide a compensation claim.
   */
  'acv.decide': AcvEntryRef;
  /** The review is decided by an officer who did not take the listing decision (`firstDecidedBy`). */
  'acv.decideReview': AcvEntryRef & { readonly firstDecidedBy: string | null };
  /** The owner's steps: review request, notice of intended disposal, disposal, compensation claim. */
  'acv.recordOwnerStep': AcvEntryRef;
  'acv.requestToBid': AcvEntryRef & { readonly bidderOrganisationId: string };
  /** Occupiers', freeholders' and leaseholders' names and addresses, evidence, notices, history. */
  'acv.viewPrivate': AcvEntryRef;
  /** The officers' work queue and the outbox of statutory notices. */
  'acv.viewWorkQueue': { readonly councilCode: string };
  'acv.viewNominations': { readonly organisationId: string };
  'acv.manageSettings': { readonly councilCode: string };
  /**
   * Loading the council's existing list from its register file (importAcvEntries): the same officers who
   * decide nominations record what was decided.
   */
  'acv.import': { readonly councilCode: string };

  // Co-location (offers of space, needs, expressions of interest).
  /** The offering organisation must own the building, or be its council when it has no registered owner. */
  'spaceOffer.create': SpaceOfferRef;
  'spaceOffer.update': SpaceOfferRef;
  'spaceOffer.view': SpaceOfferRef & { readonly status: ShownOfferStatus };
  /** The offer's contact details and change history: the offering organisation's private fields. */
  'spaceOffer.viewPrivate': { readonly organisation: OrganisationRef };
  /** The offer's monthly cost, as the offering organisation chose (space-offer.ts CostVisibility). */
  'spaceOffer.viewCost': { readonly organisationId: string; readonly costVisibility: CostVisibility };
  'spaceNeed.create': { readonly organisationId: string };
  'spaceNeed.update': { readonly organisationId: string };
  'spaceNeed.view': { readonly organisationId: string };
  'interest.express': InterestRef;
  /** The thread: the two parties only. */
  'interest.view': InterestRef;
  'interest.respond': InterestRef;
  /** Writing in the thread: editors of either organisation. */
  'interest.reply': InterestRef;
  'interest.withdraw': InterestRef;

  // Surplus listings (src/registers/surplus): items offered for reuse, requested and allocated.
  /** The lister must own the building, or be its council when it has no registered owner (as offers). */
  'surplus.list': SpaceOfferRef;
  /** The lister's editors edit and close a listing and allocate, decline and mark no-shows on its requests. */
  'surplus.manage': { readonly organisationId: string };
  /** Collection arrangements and contact: the lister, the area's officers and organisations that may request. */
  'surplus.viewPrivate': { readonly organisationId: string; readonly councilCode: string };
  /** A listing's photos: whoever may see the listing, i.e. its building as the listing copies it. */
  'surplus.viewPhotos': BuildingRef;
  /** Asking for items for an organisation (its kind and verification are the domain's rule). */
  'surplus.request': { readonly organisationId: string };
  'surplus.manageSettings': { readonly councilCode: string };
  /** A request and its allocation: the two organisations only (and platform admins). */
  'surplusRequest.view': SurplusRequestRef;
  /** Collection is confirmed by either side's editors. */
  'surplusRequest.confirmCollection': SurplusRequestRef;
  /** The requesting organisation's editors withdraw its request (the lister may decline it instead). */
  'surplusRequest.withdraw': SurplusRequestRef;
}

/** A request for surplus items: the requesting organisation and the lister. */
export interface SurplusRequestRef {
  readonly organisationId: string;
  readonly listerOrganisationId: string;
}

/** What access to an asset of community value entry depends on. */
export interface AcvEntryRef {
  readonly councilCode: string;
  readonly nominatorOrganisationId: string | null;
  readonly ownerOrganisationId: string | null;
}

/** An offer of space: who offers it and in which building. */
export interface SpaceOfferRef {
  readonly organisationId: string;
  readonly building: BuildingRef;
}

/** An expression of interest: the interested organisation and the offering one. */
export interface InterestRef {
  readonly organisationId: string;
  readonly offeringOrganisationId: string;
}
export type Action = keyof ResourceByAction;

export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN'; readonly reason: string };

const ALLOW: Decision = { allowed: true };

function deny(reason: string): Decision {
  return { allowed: false, code: 'FORBIDDEN', reason };
}

/** Decides whether `actor` may perform `action` on `resource`. */
export function authorize<A extends Action>(
  actor: Actor,
  action: A,
  resource: ResourceByAction[A],
): Decision {
  const isRead = action === 'building.view' || action === 'surplus.viewPhotos';
  if (actor.kind === 'anonymous' && action === 'spaceOffer.view') {
    return decideOfferViewForAnonymous(resource as ResourceByAction['spaceOffer.view']);
  }
  if (actor.kind === 'anonymous' && action === 'spaceOffer.viewCost') {
    return (resource as ResourceByAction['spaceOffer.viewCost']).costVisibility === 'PUBLIC'
      ? ALLOW
      : deny('The offering organisation shows this cost to partners or on request only');
  }
  if (actor.kind === 'anonymous') {
    if (isRead && (resource as BuildingRef).visibility === 'PUBLIC') return ALLOW;
    return isRead
      ? deny('This building is visible to partner organisations only')
      : { allowed: false, code: 'UNAUTHENTICATED', reason: 'Sign in to do this' };
  }
  return decideForUser(actor, action, resource);
}

/** An action with its resource, one member per action, so a switch on the name narrows the resource. */
type Act = { [K in Action]: { action: K; resource: ResourceByAction[K] } }[Action];
/** The acts whose action names start with one of the prefixes (`acv.` ...). */
type ActOf<P extends string> = Extract<Act, { action: `${P}.${string}` }>;

function isActOf<P extends string>(act: Act, prefixes: readonly P[]): act is ActOf<P> {
  return prefixes.some((prefix) => act.action.startsWith(`${prefix}.`));
}

/** A signed-in user's decision, by the register the action belongs to. */
function decideForUser<A extends Action>(
  actor: UserActor,
  action: A,
  resource: ResourceByAction[A],
): Decision {
  // The narrowing below is by the action name; TypeScript cannot link it to the resource's type on its own.
  const act = { action, resource } as Act;
  if (isActOf(act, ['organisation', 'membership', 'invite'])) return decideOrganisationAct(actor, act);
  if (isActOf(act, ['building'])) return decideBuildingAct(actor, act);
  if (isActOf(act, ['acv'])) return decideAcvAct(actor, act);
  if (isActOf(act, ['surplus', 'surplusRequest'])) return decideSurplusAct(actor, act);
  return decideColocationAct(actor, act);
}

/** Organisations, their members and invitations. */
function decideOrganisationAct(
  actor: UserActor,
  act: ActOf<'organisation' | 'membership' | 'invite'>,
): Decision {
  switch (act.action) {
    case 'organisation.create':
      if (act.resource.kind !== 'COUNCIL' || actor.isPlatformAdmin) return ALLOW;
      return deny('Only platform admins can register a council');
    case 'organisation.update':
      return hasRole(actor, act.resource.id, 'EDITOR')
        ? ALLOW
        : deny('Only editors and admins of the organisation can change it');
    case 'organisation.verify':
      return actor.isPlatformAdmin ? ALLOW : deny('Only platform admins can verify organisations');
    case 'organisation.viewPrivate':
      return hasRole(actor, act.resource.id, 'VIEWER') ||
        actor.isPlatformAdmin ||
        act.resource.councilAreas.some((area) => isOfficerFor(actor, area, 'VIEWER'))
        ? ALLOW
        : deny("Only the organisation's members, its councils' officers and platform admins can see this");
    case 'organisation.manageMembers':
      return hasRole(actor, act.resource.id, 'ADMIN') || actor.isPlatformAdmin
        ? ALLOW
        : deny('Only admins of the organisation can manage its members');
    case 'organisation.manageWebhooks':
      return hasRole(actor, act.resource.id, 'ADMIN')
        ? ALLOW
        : deny('Only admins of the organisation can manage its webhook endpoints');
    case 'membership.remove':
      return act.resource.userId === actor.userId ||
        hasRole(actor, act.resource.organisation.id, 'ADMIN') ||
        actor.isPlatformAdmin
        ? ALLOW
        : deny('Only admins of the organisation can remove other members');
    case 'invite.claim':
      if (!actor.email || !actor.emailVerified)
        return deny('Verify your email address before claiming an invitation');
      return actor.email === act.resource.email.toLowerCase()
        ? ALLOW
        : deny('This invitation was sent to a different email address');
    default:
      throw new UnreachableCaseError(act);
  }
}

/** Buildings. */
function decideBuildingAct(actor: UserActor, act: ActOf<'building'>): Decision {
  switch (act.action) {
    case 'building.view':
      return canSeeBuilding(actor, act.resource)
        ? ALLOW
        : deny('This building is visible to partner organisations only');
    case 'building.viewHistory':
      return canManageBuilding(actor, act.resource, 'VIEWER') || actor.isPlatformAdmin
        ? ALLOW
        : deny("Only the owner's members, the area's council officers and platform admins can see this");
    case 'building.create':
    case 'building.update':
    case 'building.archive':
      return canManageBuilding(actor, act.resource, 'EDITOR')
        ? ALLOW
        : deny(
            act.resource.ownerOrganisationId
              ? "Only editors of the building's owner organisation can record or change it"
              : "Only editors of the area's council can record or change a building whose owner is not in the register",
          );
    default:
      throw new UnreachableCaseError(act);
  }
}

/** Assets of community value. */
function decideAcvAct(actor: UserActor, act: ActOf<'acv'>): Decision {
  switch (act.action) {
    case 'acv.nominate':
      return hasRole(actor, act.resource.nominatorOrganisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the nominating organisation can nominate for it');
    case 'acv.withdraw':
      return act.resource.nominatorOrganisationId &&
        hasRole(actor, act.resource.nominatorOrganisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the nominating organisation can withdraw its nomination');
    case 'acv.decide':
    case 'acv.import':
      return isOfficerFor(actor, act.resource.councilCode, 'EDITOR')
        ? ALLOW
        : deny("Only the area's council officers can take this decision");
    case 'acv.decideReview':
      if (!isOfficerFor(actor, act.resource.councilCode, 'EDITOR'))
        return deny("Only the area's council officers can decide a review");
      return act.resource.firstDecidedBy === actor.userId
        ? deny('A review must be decided by someone other than the officer who decided to list (Sch 2)')
        : ALLOW;
    case 'acv.recordOwnerStep':
      return isOfficerFor(actor, act.resource.councilCode, 'EDITOR') ||
        (act.resource.ownerOrganisationId !== null &&
          hasRole(actor, act.resource.ownerOrganisationId, 'EDITOR'))
        ? ALLOW
        : deny("Only the area's council officers or the owner's editors can record this");
    case 'acv.requestToBid':
      return isOfficerFor(actor, act.resource.councilCode, 'EDITOR') ||
        hasRole(actor, act.resource.bidderOrganisationId, 'EDITOR')
        ? ALLOW
        : deny(
            "Only the group's editors, or the area's council officers on its behalf, can make a request to bid",
          );
    case 'acv.viewPrivate':
      return actor.isPlatformAdmin ||
        isOfficerFor(actor, act.resource.councilCode, 'VIEWER') ||
        (act.resource.nominatorOrganisationId !== null &&
          hasRole(actor, act.resource.nominatorOrganisationId, 'VIEWER')) ||
        (act.resource.ownerOrganisationId !== null &&
          hasRole(actor, act.resource.ownerOrganisationId, 'VIEWER'))
        ? ALLOW
        : deny(
            "Only the nominator's and owner's members, the area's council officers and platform admins can see this",
          );
    case 'acv.viewWorkQueue':
      return actor.isPlatformAdmin || isOfficerFor(actor, act.resource.councilCode, 'VIEWER')
        ? ALLOW
        : deny("Only the area's council officers can see its work queue");
    case 'acv.viewNominations':
      return actor.isPlatformAdmin || hasRole(actor, act.resource.organisationId, 'VIEWER')
        ? ALLOW
        : deny("Only the organisation's members can see its nominations");
    case 'acv.manageSettings':
      return actor.isPlatformAdmin || isOfficerFor(actor, act.resource.councilCode, 'EDITOR')
        ? ALLOW
        : deny("Only the council's officers can change its ACV settings");
    default:
      throw new UnreachableCaseError(act);
  }
}

/** Co-location: offers of space, needs for space, and interest in an offer. */
function decideColocationAct(
  actor: UserActor,
  act: ActOf<'spaceOffer' | 'spaceNeed' | 'interest'>,
): Decision {
  switch (act.action) {
    case 'spaceOffer.create':
    case 'spaceOffer.update':
      return hasRole(actor, act.resource.organisationId, 'EDITOR') &&
        offersFromBuilding(actor, act.resource.organisationId, act.resource.building)
        ? ALLOW
        : deny(
            "Only editors of the building's owner organisation (or of its council, when it has no registered owner) can offer space in it",
          );
    case 'spaceOffer.view':
      return canSeeOffer(actor, act.resource)
        ? ALLOW
        : deny('Only the offering organisation can see an offer that is not open');
    case 'spaceOffer.viewPrivate':
      return decideForUser(actor, 'organisation.viewPrivate', act.resource.organisation);
    case 'spaceOffer.viewCost': {
      const { costVisibility, organisationId } = act.resource;
      const own = actor.isPlatformAdmin || hasRole(actor, organisationId, 'VIEWER');
      return costVisibility === 'PUBLIC' || own || (costVisibility === 'PARTNERS' && isPartner(actor))
        ? ALLOW
        : deny(
            costVisibility === 'PARTNERS'
              ? 'The offering organisation shows this cost to members of verified organisations only'
              : 'The offering organisation gives this cost on request',
          );
    }
    case 'spaceNeed.create':
    case 'spaceNeed.update':
      return hasRole(actor, act.resource.organisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the organisation can post or change its needs for space');
    case 'spaceNeed.view':
      return hasRole(actor, act.resource.organisationId, 'VIEWER') || isPartner(actor)
        ? ALLOW
        : deny('Needs for space are shared with members of verified organisations only');
    case 'interest.express':
      if (act.resource.organisationId === act.resource.offeringOrganisationId) {
        return deny('An organisation cannot express interest in its own offer');
      }
      return hasRole(actor, act.resource.organisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the interested organisation can express interest for it');
    case 'interest.view':
      return hasRole(actor, act.resource.organisationId, 'VIEWER') ||
        hasRole(actor, act.resource.offeringOrganisationId, 'VIEWER')
        ? ALLOW
        : deny('Only the two organisations in this conversation can see it');
    case 'interest.respond':
      return hasRole(actor, act.resource.offeringOrganisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the offering organisation can accept or decline');
    case 'interest.reply':
      return hasRole(actor, act.resource.organisationId, 'EDITOR') ||
        hasRole(actor, act.resource.offeringOrganisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the two organisations in this conversation can write in it');
    case 'interest.withdraw':
      return hasRole(actor, act.resource.organisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the interested organisation can withdraw its interest');
    default:
      throw new UnreachableCaseError(act);
  }
}

/** Surplus listings and the requests for their items. */
function decideSurplusAct(actor: UserActor, act: ActOf<'surplus' | 'surplusRequest'>): Decision {
  switch (act.action) {
    case 'surplus.list':
      return hasRole(actor, act.resource.organisationId, 'EDITOR') &&
        offersFromBuilding(actor, act.resource.organisationId, act.resource.building)
        ? ALLOW
        : deny(
            "Only editors of the building's owner organisation (or of its council, when it has no registered owner) can list its surplus items",
          );
    case 'surplus.manage':
      return hasRole(actor, act.resource.organisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the listing organisation can do this');
    case 'surplus.viewPrivate':
      return actor.isPlatformAdmin ||
        hasRole(actor, act.resource.organisationId, 'VIEWER') ||
        isOfficerFor(actor, act.resource.councilCode, 'VIEWER') ||
        actor.memberships.some((m) => m.organisationVerified && m.organisationKind !== 'BUSINESS')
        ? ALLOW
        : deny('Collection details are shown to members of verified organisations that may request items');
    case 'surplus.viewPhotos':
      return decideBuildingAct(actor, { action: 'building.view', resource: act.resource });
    case 'surplus.request':
      return hasRole(actor, act.resource.organisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the requesting organisation can request items for it');
    case 'surplus.manageSettings':
      return actor.isPlatformAdmin || isOfficerFor(actor, act.resource.councilCode, 'EDITOR')
        ? ALLOW
        : deny("Only the council's officers can change its surplus settings");
    case 'surplusRequest.view':
      return actor.isPlatformAdmin ||
        hasRole(actor, act.resource.organisationId, 'VIEWER') ||
        hasRole(actor, act.resource.listerOrganisationId, 'VIEWER')
        ? ALLOW
        : deny('Only the requesting and the listing organisations can see this request');
    case 'surplusRequest.confirmCollection':
      return hasRole(actor, act.resource.organisationId, 'EDITOR') ||
        hasRole(actor, act.resource.listerOrganisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the requesting or the listing organisation can confirm collection');
    case 'surplusRequest.withdraw':
      return hasRole(actor, act.resource.organisationId, 'EDITOR')
        ? ALLOW
        : deny('Only editors of the requesting organisation can withdraw its request');
    default:
      throw new UnreachableCaseError(act);
  }
}

/** The organisation that may offer space in a building: its registered owner, or else its area's council. */
function offersFromBuilding(actor: UserActor, organisationId: string, building: BuildingRef): boolean {
  if (building.ownerOrganisationId) return building.ownerOrganisationId === organisationId;
  return actor.memberships.some(
    (m) =>
      m.organisationId === organisationId &&
      m.organisationKind === 'COUNCIL' &&
      m.councilCode === building.councilCode,
  );
}

/** Anonymous callers see OPEN offers in PUBLIC buildings, never anything else. */
function decideOfferViewForAnonymous(offer: ResourceByAction['spaceOffer.view']): Decision {
  return offer.status === 'OPEN' && offer.building.visibility === 'PUBLIC'
    ? ALLOW
    : deny('Only open offers in public buildings are shown without signing in');
}

/**
 * Offers that are or were on the market (OPEN, UNDER_OFFER, TAKEN) are seen by whoever may see the
 * building; DRAFT, WITHDRAWN and EXPIRED ones by the offering organisation, the building's managers and
 * platform admins.
 */
function canSeeOffer(actor: UserActor, offer: ResourceByAction['spaceOffer.view']): boolean {
  if (offer.status === 'OPEN' || offer.status === 'UNDER_OFFER' || offer.status === 'TAKEN') {
    if (canSeeBuilding(actor, offer.building)) return true;
  }
  return (
    hasRole(actor, offer.organisationId, 'VIEWER') ||
    canManageBuilding(actor, offer.building, 'VIEWER') ||
    actor.isPlatformAdmin
  );
}

/** A building with a registered owner is the owner's to manage; one without is the area's council's. */
function canManageBuilding(actor: UserActor, building: BuildingRef, needed: MemberRole): boolean {
  if (building.ownerOrganisationId) {
    return (
      hasRole(actor, building.ownerOrganisationId, needed) ||
      (needed === 'VIEWER' && isOfficerFor(actor, building.councilCode, 'VIEWER'))
    );
  }
  return isOfficerFor(actor, building.councilCode, needed);
}

function canSeeBuilding(actor: UserActor, building: BuildingRef): boolean {
  if (building.visibility === 'PUBLIC') return true;
  return (
    isPartner(actor) ||
    (building.ownerOrganisationId !== null && hasRole(actor, building.ownerOrganisationId, 'VIEWER')) ||
    isOfficerFor(actor, building.councilCode, 'VIEWER')
  );
}

/**
 * Partners are members of a verified organisation (and platform admins): PARTNERS-only buildings are shared
 * among them. An unverified organisation's members see only their own.
 */
function isPartner(actor: UserActor): boolean {
  return actor.isPlatformAdmin || actor.memberships.some((m) => m.organisationVerified);
}

/**
 * Which organisation a reply in an interest thread is written for: the offering organisation when the caller
 * edits for it (also when they edit for both), otherwise the interested one. Call after `interest.reply` was
 * allowed.
 */
export function interestReplyParty(actor: Actor, interest: InterestRef): string {
  return actor.kind === 'user' && hasRole(actor, interest.offeringOrganisationId, 'EDITOR')
    ? interest.offeringOrganisationId
    : interest.organisationId;
}

function hasRole(actor: UserActor, organisationId: string, needed: MemberRole): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId && isRoleAtLeast(m.role, needed));
}

function isOfficerFor(actor: UserActor, councilCode: string, needed: MemberRole): boolean {
  return actor.memberships.some(
    (m) => m.organisationKind === 'COUNCIL' && m.councilCode === councilCode && isRoleAtLeast(m.role, needed),
  );
}

/**
 * How a list of buildings (one council's, or any council's when `councilCode` is null) must be narrowed for
 * this actor, decided by the same rules as
 * `building.view`: either everything, or PUBLIC buildings plus those owned by the listed organisations.
 */
export type BuildingListScope =
  | { readonly all: true }
  | { readonly all: false; readonly visibleOwnerIds: readonly string[]; readonly visibility: Visibility };

export function scopeBuildingList(actor: Actor, councilCode: string | null): BuildingListScope {
  if (
    actor.kind === 'user' &&
    (isPartner(actor) || (councilCode !== null && isOfficerFor(actor, councilCode, 'VIEWER')))
  ) {
    return { all: true };
  }
  const visibleOwnerIds =
    actor.kind === 'user' ? actor.memberships.map((membership) => membership.organisationId) : [];
  return { all: false, visibleOwnerIds, visibility: 'PUBLIC' };
}

/** The signed-in caller as the token says, before their memberships are loaded. */
export type UserIdentity = Omit<UserActor, 'memberships'>;
