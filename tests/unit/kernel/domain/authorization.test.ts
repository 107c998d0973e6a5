import { describe, expect, it } from 'vitest';
import {
  anonymousActor,
  authorize,
  interestReplyParty,
  scopeBuildingList,
} from '../../../../src/kernel/domain/authorization';
import type {
  Action,
  Actor,
  ActorMembership,
  ResourceByAction,
  UserActor,
} from '../../../../src/kernel/domain/authorization';

const CHELTENHAM = 'E07000078';
const MANCHESTER = 'E08000003';

const PARTNER_ORG = 'org-partner';
const UNVERIFIED_ORG = 'org-unverified';
const CHELTENHAM_COUNCIL = 'org-cheltenham-council';
const MANCHESTER_COUNCIL = 'org-manchester-council';

function member(
  organisationId: string,
  role: ActorMembership['role'],
  facts: Partial<ActorMembership> = {},
): ActorMembership {
  return {
    organisationId,
    role,
    organisationKind: 'CHARITY',
    councilCode: null,
    organisationVerified: true,
    ...facts,
  };
}

function officer(councilCode: string, role: ActorMembership['role'], verified = true): ActorMembership {
  const organisationId = councilCode === CHELTENHAM ? CHELTENHAM_COUNCIL : MANCHESTER_COUNCIL;
  return member(organisationId, role, {
    organisationKind: 'COUNCIL',
    councilCode,
    organisationVerified: verified,
  });
}

function user(userId: string, memberships: ActorMembership[], isPlatformAdmin = false): UserActor {
  return {
    kind: 'user',
    userId,
    email: `${userId}@example.org`,
    emailVerified: true,
    isPlatformAdmin,
    memberships,
  };
}

const ACTORS = {
  anonymous: anonymousActor,
  outsider: user('outsider', []),
  unverifiedMember: user('unverified-member', [
    member(UNVERIFIED_ORG, 'ADMIN', {
      organisationKind: 'UNINCORPORATED_GROUP',
      organisationVerified: false,
    }),
  ]),
  viewer: user('viewer', [member(PARTNER_ORG, 'VIEWER')]),
  editor: user('editor', [member(PARTNER_ORG, 'EDITOR')]),
  admin: user('admin', [member(PARTNER_ORG, 'ADMIN')]),
  officer: user('officer', [officer(CHELTENHAM, 'EDITOR')]),
  otherAreaOfficer: user('other-area-officer', [officer(MANCHESTER, 'ADMIN')]),
  councilViewer: user('council-viewer', [officer(CHELTENHAM, 'VIEWER')]),
  platformAdmin: user('platform-admin', [], true),
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

/** The partner organisation: a verified charity working in Cheltenham. */
const partnerOrg = { id: PARTNER_ORG, kind: 'CHARITY', councilAreas: [CHELTENHAM] } as const;
const cheltenhamCouncil = { id: CHELTENHAM_COUNCIL, kind: 'COUNCIL', councilAreas: [CHELTENHAM] } as const;

const ownedBuilding = (visibility: 'PUBLIC' | 'PARTNERS', owner = PARTNER_ORG) =>
  ({ councilCode: CHELTENHAM, ownerOrganisationId: owner, visibility }) as const;
const unownedBuilding = { councilCode: CHELTENHAM, ownerOrganisationId: null, visibility: 'PUBLIC' } as const;

/** An asset of community value in Cheltenham nominated by the partner, on land the unverified organisation owns. */
const acvEntry = {
  councilCode: CHELTENHAM,
  nominatorOrganisationId: PARTNER_ORG,
  ownerOrganisationId: UNVERIFIED_ORG,
} as const;

type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const Y: Outcome = 'allowed';
const U: Outcome = 'UNAUTHENTICATED';
const F: Outcome = 'FORBIDDEN';

interface Case<A extends Action> {
  readonly label: string;
  readonly action: A;
  /** The resource, which for some actions depends on who asks (their own user id or email). */
  readonly resource: (actor: Actor) => ResourceByAction[A];
  readonly actorOverrides?: Partial<UserActor>;
  /** Expected outcome for each actor, in the order of ACTORS. */
  readonly expected: readonly Outcome[];
}

const ownId = (actor: Actor) => (actor.kind === 'user' ? actor.userId : 'nobody');
const ownEmail = (actor: Actor) => (actor.kind === 'user' ? (actor.email ?? '') : 'nobody@example.org');

/** Checks each case's resource against its action's type, then lets the cases share one list. */
function rule<A extends Action>(c: Case<A>): Case<Action> {
  return c;
}

// The rules, from the doc comments of authorization.ts:
// - editors and admins change their organisation; admins manage its members; members see its private fields;
// - members of a COUNCIL organisation are officers for its area: they see private fields of organisations
//   working there and manage buildings in the area that have no registered owner;
// - platform admins create councils, verify organisations and manage any organisation's members;
// - PARTNERS buildings are seen by members of verified organisations, the owner's members and the area's officers;
// - anonymous callers see PUBLIC buildings and are asked to sign in for everything else.
// Columns:                anonymous outsider unverified viewer editor admin officer otherArea councilViewer platformAdmin
const MATRIX: readonly Case<Action>[] = [
  rule({
    label: 'organisation.create of a council',
    action: 'organisation.create',
    resource: () => ({ kind: 'COUNCIL' }),
    expected: [U, F, F, F, F, F, F, F, F, Y],
  }),
  rule({
    label: 'organisation.create of a charity',
    action: 'organisation.create',
    resource: () => ({ kind: 'CHARITY' }),
    expected: [U, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'organisation.update of the partner',
    action: 'organisation.update',
    resource: () => partnerOrg,
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
  rule({
    label: 'organisation.update of the council itself',
    action: 'organisation.update',
    resource: () => cheltenhamCouncil,
    expected: [U, F, F, F, F, F, Y, F, F, F],
  }),
  rule({
    label: 'organisation.verify',
    action: 'organisation.verify',
    resource: () => partnerOrg,
    expected: [U, F, F, F, F, F, F, F, F, Y],
  }),
  rule({
    label: 'organisation.viewPrivate of the partner',
    action: 'organisation.viewPrivate',
    resource: () => partnerOrg,
    expected: [U, F, F, Y, Y, Y, Y, F, Y, Y],
  }),
  rule({
    label: 'organisation.manageMembers of the partner',
    action: 'organisation.manageMembers',
    resource: () => partnerOrg,
    expected: [U, F, F, F, F, Y, F, F, F, Y],
  }),
  // Webhooks receive the organisation's events: its own admins only (not platform admins, who act for
  // councils and partners but do not hold a partner's endpoints or secrets).
  rule({
    label: 'organisation.manageWebhooks of the partner',
    action: 'organisation.manageWebhooks',
    resource: () => partnerOrg,
    expected: [U, F, F, F, F, Y, F, F, F, F],
  }),
  rule({
    label: 'membership.remove of oneself',
    action: 'membership.remove',
    resource: (actor) => ({ organisation: partnerOrg, userId: ownId(actor) }),
    expected: [U, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'membership.remove of another member',
    action: 'membership.remove',
    resource: () => ({ organisation: partnerOrg, userId: 'someone-else' }),
    expected: [U, F, F, F, F, Y, F, F, F, Y],
  }),
  rule({
    label: 'invite.claim sent to the verified email (written in capitals)',
    action: 'invite.claim',
    resource: (actor) => ({ email: ownEmail(actor).toUpperCase() }),
    expected: [U, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'invite.claim sent to an email not yet verified',
    action: 'invite.claim',
    resource: (actor) => ({ email: ownEmail(actor) }),
    actorOverrides: { emailVerified: false },
    expected: [U, F, F, F, F, F, F, F, F, F],
  }),
  rule({
    label: 'invite.claim sent to another email',
    action: 'invite.claim',
    resource: () => ({ email: 'someone-else@example.org' }),
    expected: [U, F, F, F, F, F, F, F, F, F],
  }),
  rule({
    label: 'building.view of a PUBLIC building',
    action: 'building.view',
    resource: () => ownedBuilding('PUBLIC'),
    expected: [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    // Anonymous callers get FORBIDDEN, not UNAUTHENTICATED: the code denies reads without asking to sign in.
    label: 'building.view of a PARTNERS building',
    action: 'building.view',
    resource: () => ownedBuilding('PARTNERS'),
    expected: [F, F, F, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'building.view of a PARTNERS building owned by the unverified organisation',
    action: 'building.view',
    resource: () => ownedBuilding('PARTNERS', UNVERIFIED_ORG),
    expected: [F, F, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'building.viewHistory of an owned building',
    action: 'building.viewHistory',
    resource: () => ownedBuilding('PUBLIC'),
    expected: [U, F, F, Y, Y, Y, Y, F, Y, Y],
  }),
  rule({
    label: 'building.viewHistory of a building with no owner',
    action: 'building.viewHistory',
    resource: () => unownedBuilding,
    expected: [U, F, F, F, F, F, Y, F, Y, Y],
  }),
  ...(['building.create', 'building.update', 'building.archive'] as const).flatMap((action) => [
    rule({
      label: `${action} of a building owned by the partner`,
      action,
      resource: () => ownedBuilding('PUBLIC'),
      expected: [U, F, F, F, Y, Y, F, F, F, F],
    }),
    rule({
      label: `${action} of a building with no owner in the council's area`,
      action,
      resource: () => unownedBuilding,
      expected: [U, F, F, F, F, F, Y, F, F, F],
    }),
  ]),
  // Assets of community value. The entry: nominated by the partner (viewer, editor, admin are its members),
  // owned by the unverified organisation (its admin is the owner's member), in Cheltenham (officer, councilViewer).
  rule({
    label: 'acv.nominate for the partner',
    action: 'acv.nominate',
    resource: () => ({ nominatorOrganisationId: PARTNER_ORG }),
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
  rule({
    label: "acv.withdraw of the partner's nomination",
    action: 'acv.withdraw',
    resource: () => acvEntry,
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
  rule({
    label: 'acv.decide in Cheltenham',
    action: 'acv.decide',
    resource: () => acvEntry,
    expected: [U, F, F, F, F, F, Y, F, F, F],
  }),
  rule({
    label: "acv.import of Cheltenham's existing list",
    action: 'acv.import',
    resource: () => ({ councilCode: acvEntry.councilCode }),
    expected: [U, F, F, F, F, F, Y, F, F, F],
  }),
  rule({
    label: 'acv.decideReview of a listing someone else decided',
    action: 'acv.decideReview',
    resource: () => ({ ...acvEntry, firstDecidedBy: 'someone-else' }),
    expected: [U, F, F, F, F, F, Y, F, F, F],
  }),
  rule({
    label: 'acv.decideReview of a listing the caller decided',
    action: 'acv.decideReview',
    resource: (actor) => ({ ...acvEntry, firstDecidedBy: ownId(actor) }),
    expected: [U, F, F, F, F, F, F, F, F, F],
  }),
  rule({
    label: "acv.recordOwnerStep (review request, disposal notice) on the owner's land",
    action: 'acv.recordOwnerStep',
    resource: () => acvEntry,
    expected: [U, F, Y, F, F, F, Y, F, F, F],
  }),
  rule({
    label: 'acv.requestToBid by the partner',
    action: 'acv.requestToBid',
    resource: () => ({ ...acvEntry, bidderOrganisationId: PARTNER_ORG }),
    expected: [U, F, F, F, Y, Y, Y, F, F, F],
  }),
  rule({
    label: 'acv.viewPrivate (interests, evidence, notices, history)',
    action: 'acv.viewPrivate',
    resource: () => acvEntry,
    expected: [U, F, Y, Y, Y, Y, Y, F, Y, Y],
  }),
  rule({
    label: "acv.viewWorkQueue of Cheltenham's officers",
    action: 'acv.viewWorkQueue',
    resource: () => ({ councilCode: CHELTENHAM }),
    expected: [U, F, F, F, F, F, Y, F, Y, Y],
  }),
  rule({
    label: "acv.viewNominations of the partner's own nominations",
    action: 'acv.viewNominations',
    resource: () => ({ organisationId: PARTNER_ORG }),
    expected: [U, F, F, Y, Y, Y, F, F, F, Y],
  }),
  rule({
    label: "acv.manageSettings of Cheltenham's ACV settings",
    action: 'acv.manageSettings',
    resource: () => ({ councilCode: CHELTENHAM }),
    expected: [U, F, F, F, F, F, Y, F, F, Y],
  }),

  // Co-location: offers of space, needs and expressions of interest.
  ...(['spaceOffer.create', 'spaceOffer.update'] as const).flatMap((action) => [
    rule({
      label: `${action} by the partner in its own building`,
      action,
      resource: () => ({ organisationId: PARTNER_ORG, building: ownedBuilding('PUBLIC') }),
      expected: [U, F, F, F, Y, Y, F, F, F, F],
    }),
    rule({
      label: `${action} by the partner in a building another organisation owns`,
      action,
      resource: () => ({ organisationId: PARTNER_ORG, building: ownedBuilding('PUBLIC', 'org-other') }),
      expected: [U, F, F, F, F, F, F, F, F, F],
    }),
    rule({
      label: `${action} by the council in a building with no registered owner in its area`,
      action,
      resource: () => ({ organisationId: CHELTENHAM_COUNCIL, building: unownedBuilding }),
      expected: [U, F, F, F, F, F, Y, F, F, F],
    }),
  ]),
  rule({
    label: 'spaceOffer.view of an OPEN offer in a PUBLIC building',
    action: 'spaceOffer.view',
    resource: () => ({ organisationId: PARTNER_ORG, building: ownedBuilding('PUBLIC'), status: 'OPEN' }),
    expected: [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'spaceOffer.view of an OPEN offer in a PARTNERS building',
    action: 'spaceOffer.view',
    resource: () => ({ organisationId: PARTNER_ORG, building: ownedBuilding('PARTNERS'), status: 'OPEN' }),
    expected: [F, F, F, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'spaceOffer.view of an offer UNDER_OFFER in a PUBLIC building',
    action: 'spaceOffer.view',
    resource: () => ({
      organisationId: PARTNER_ORG,
      building: ownedBuilding('PUBLIC'),
      status: 'UNDER_OFFER',
    }),
    expected: [F, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  ...(['DRAFT', 'WITHDRAWN', 'EXPIRED'] as const).map((status) =>
    rule({
      label: `spaceOffer.view of a ${status} offer`,
      action: 'spaceOffer.view',
      resource: () => ({ organisationId: PARTNER_ORG, building: ownedBuilding('PUBLIC'), status }),
      expected: [F, F, F, Y, Y, Y, Y, F, Y, Y],
    }),
  ),
  rule({
    label: "spaceOffer.viewPrivate of the partner's offer",
    action: 'spaceOffer.viewPrivate',
    resource: () => ({ organisation: partnerOrg }),
    expected: [U, F, F, Y, Y, Y, Y, F, Y, Y],
  }),
  // Cost: PUBLIC to all; PARTNERS to members of verified organisations (not an unverified one's); ON_REQUEST
  // to the offering organisation only (and platform admins).
  rule({
    label: "spaceOffer.viewCost of the partner's PUBLIC cost",
    action: 'spaceOffer.viewCost',
    resource: () => ({ organisationId: PARTNER_ORG, costVisibility: 'PUBLIC' }),
    expected: [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: "spaceOffer.viewCost of the partner's PARTNERS cost",
    action: 'spaceOffer.viewCost',
    resource: () => ({ organisationId: PARTNER_ORG, costVisibility: 'PARTNERS' }),
    expected: [F, F, F, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: "spaceOffer.viewCost of the partner's ON_REQUEST cost",
    action: 'spaceOffer.viewCost',
    resource: () => ({ organisationId: PARTNER_ORG, costVisibility: 'ON_REQUEST' }),
    expected: [F, F, F, Y, Y, Y, F, F, F, Y],
  }),
  ...(['spaceNeed.create', 'spaceNeed.update'] as const).map((action) =>
    rule({
      label: `${action} for the partner`,
      action,
      resource: () => ({ organisationId: PARTNER_ORG }),
      expected: [U, F, F, F, Y, Y, F, F, F, F],
    }),
  ),
  rule({
    label: "spaceNeed.view of the partner's need",
    action: 'spaceNeed.view',
    resource: () => ({ organisationId: PARTNER_ORG }),
    expected: [U, F, F, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: "interest.express by the partner in the council's offer",
    action: 'interest.express',
    resource: () => ({ organisationId: PARTNER_ORG, offeringOrganisationId: CHELTENHAM_COUNCIL }),
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
  rule({
    label: 'interest.express by the partner in its own offer',
    action: 'interest.express',
    resource: () => ({ organisationId: PARTNER_ORG, offeringOrganisationId: PARTNER_ORG }),
    expected: [U, F, F, F, F, F, F, F, F, F],
  }),
  rule({
    label: "interest.view of the partner's interest in the council's offer (the thread)",
    action: 'interest.view',
    resource: () => ({ organisationId: PARTNER_ORG, offeringOrganisationId: CHELTENHAM_COUNCIL }),
    expected: [U, F, F, Y, Y, Y, Y, F, Y, F],
  }),
  rule({
    label: "interest.respond to the partner's interest in the council's offer",
    action: 'interest.respond',
    resource: () => ({ organisationId: PARTNER_ORG, offeringOrganisationId: CHELTENHAM_COUNCIL }),
    expected: [U, F, F, F, F, F, Y, F, F, F],
  }),
  rule({
    label: "interest.reply in the partner's conversation with the council",
    action: 'interest.reply',
    resource: () => ({ organisationId: PARTNER_ORG, offeringOrganisationId: CHELTENHAM_COUNCIL }),
    expected: [U, F, F, F, Y, Y, Y, F, F, F],
  }),
  rule({
    label: "interest.withdraw of the partner's interest in the council's offer",
    action: 'interest.withdraw',
    resource: () => ({ organisationId: PARTNER_ORG, offeringOrganisationId: CHELTENHAM_COUNCIL }),
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
  // Surplus listings: listed by the building's owner (or its council when it has none), allocated by the
  // lister, requested by an organisation's editors, collection details for whoever may request.
  rule({
    label: 'surplus.list by the partner in its own building',
    action: 'surplus.list',
    resource: () => ({ organisationId: PARTNER_ORG, building: ownedBuilding('PUBLIC') }),
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
  rule({
    label: 'surplus.list by the council in a building without a registered owner',
    action: 'surplus.list',
    resource: () => ({ organisationId: CHELTENHAM_COUNCIL, building: unownedBuilding }),
    expected: [U, F, F, F, F, F, Y, F, F, F],
  }),
  rule({
    label: "surplus.manage of the partner's listing",
    action: 'surplus.manage',
    resource: () => ({ organisationId: PARTNER_ORG }),
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
  rule({
    label: "surplus.viewPrivate of the council's listing (collection details)",
    action: 'surplus.viewPrivate',
    resource: () => ({ organisationId: CHELTENHAM_COUNCIL, councilCode: CHELTENHAM }),
    expected: [U, F, F, Y, Y, Y, Y, Y, Y, Y],
  }),
  // Photos follow the listing: whoever may see it (its building, as the listing copies it) sees its photos;
  // uploading, attaching and removing one is surplus.manage (the lister's editors).
  rule({
    label: 'surplus.viewPhotos of a listing in a PUBLIC building',
    action: 'surplus.viewPhotos',
    resource: () => ownedBuilding('PUBLIC'),
    expected: [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'surplus.viewPhotos of a listing in a PARTNERS building',
    action: 'surplus.viewPhotos',
    resource: () => ownedBuilding('PARTNERS'),
    expected: [F, F, F, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'surplus.viewPhotos of a listing in a PARTNERS building of the unverified organisation',
    action: 'surplus.viewPhotos',
    resource: () => ownedBuilding('PARTNERS', UNVERIFIED_ORG),
    expected: [F, F, Y, Y, Y, Y, Y, Y, Y, Y],
  }),
  rule({
    label: 'surplus.request for the partner',
    action: 'surplus.request',
    resource: () => ({ organisationId: PARTNER_ORG }),
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
  rule({
    label: "surplus.manageSettings of Cheltenham's allocation rule",
    action: 'surplus.manageSettings',
    resource: () => ({ councilCode: CHELTENHAM }),
    expected: [U, F, F, F, F, F, Y, F, F, Y],
  }),
  rule({
    label: "surplusRequest.view of the partner's request for the council's items",
    action: 'surplusRequest.view',
    resource: () => ({ organisationId: PARTNER_ORG, listerOrganisationId: CHELTENHAM_COUNCIL }),
    expected: [U, F, F, Y, Y, Y, Y, F, Y, Y],
  }),
  rule({
    label: "surplusRequest.confirmCollection of the partner's request for the council's items",
    action: 'surplusRequest.confirmCollection',
    resource: () => ({ organisationId: PARTNER_ORG, listerOrganisationId: CHELTENHAM_COUNCIL }),
    expected: [U, F, F, F, Y, Y, Y, F, F, F],
  }),
  rule({
    label: "surplusRequest.withdraw of the partner's request for the council's items",
    action: 'surplusRequest.withdraw',
    resource: () => ({ organisationId: PARTNER_ORG, listerOrganisationId: CHELTENHAM_COUNCIL }),
    expected: [U, F, F, F, Y, Y, F, F, F, F],
  }),
];

// Typed as a record of every action, so adding an action to ResourceByAction fails the type-check here.
const EVERY_ACTION: Record<Action, true> = {
  'organisation.create': true,
  'organisation.update': true,
  'organisation.verify': true,
  'organisation.viewPrivate': true,
  'organisation.manageMembers': true,
  'organisation.manageWebhooks': true,
  'membership.remove': true,
  'invite.claim': true,
  'building.view': true,
  'building.viewHistory': true,
  'building.create': true,
  'building.update': true,
  'building.archive': true,
  'acv.nominate': true,
  'acv.withdraw': true,
  'acv.decide': true,
  'acv.decideReview': true,
  'acv.recordOwnerStep': true,
  'acv.requestToBid': true,
  'acv.viewPrivate': true,
  'acv.viewWorkQueue': true,
  'acv.viewNominations': true,
  'acv.manageSettings': true,
  'acv.import': true,
  'spaceOffer.create': true,
  'spaceOffer.update': true,
  'spaceOffer.view': true,
  'spaceOffer.viewPrivate': true,
  'spaceOffer.viewCost': true,
  'spaceNeed.create': true,
  'spaceNeed.update': true,
  'spaceNeed.view': true,
  'interest.express': true,
  'interest.view': true,
  'interest.respond': true,
  'interest.reply': true,
  'interest.withdraw': true,
  'surplus.list': true,
  'surplus.manage': true,
  'surplus.viewPrivate': true,
  'surplus.viewPhotos': true,
  'surplus.request': true,
  'surplus.manageSettings': true,
  'surplusRequest.view': true,
  'surplusRequest.confirmCollection': true,
  'surplusRequest.withdraw': true,
};

const ROWS = MATRIX.flatMap((row) =>
  ACTOR_NAMES.map((actorName, column) => {
    const base = ACTORS[actorName];
    const actor: Actor = base.kind === 'user' ? { ...base, ...row.actorOverrides } : base;
    return { label: row.label, actorName, actor, row, expected: row.expected[column] };
  }),
);

describe('authorize', () => {
  it('has a decision in the matrix for every action and every actor', () => {
    expect(new Set(MATRIX.map((row) => row.action))).toEqual(new Set(Object.keys(EVERY_ACTION)));
    expect(
      MATRIX.filter((row) => row.expected.length !== ACTOR_NAMES.length).map((row) => row.label),
    ).toEqual([]);
  });

  it.each(ROWS)('decides $label for the $actorName as $expected', ({ actor, row, expected }) => {
    const decision = authorize(actor, row.action, row.resource(actor));

    expect(decision.allowed ? 'allowed' : decision.code).toBe(expected);
    if (!decision.allowed) expect(decision.reason).not.toBe('');
  });

  it('tells an anonymous caller to sign in', () => {
    expect(authorize(anonymousActor, 'organisation.update', partnerOrg)).toEqual({
      allowed: false,
      code: 'UNAUTHENTICATED',
      reason: 'Sign in to do this',
    });
  });

  it('explains why an editor of another organisation cannot change a building', () => {
    expect(authorize(ACTORS.officer, 'building.update', ownedBuilding('PUBLIC'))).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: "Only editors of the building's owner organisation can record or change it",
    });
  });

  it('refuses an invitation to a user who has no email at all', () => {
    const noEmail: Actor = { ...ACTORS.outsider, email: null };

    expect(authorize(noEmail, 'invite.claim', { email: 'outsider@example.org' })).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('scopeBuildingList', () => {
  it('shows an anonymous caller only PUBLIC buildings', () => {
    expect(scopeBuildingList(anonymousActor, CHELTENHAM)).toEqual({
      all: false,
      visibleOwnerIds: [],
      visibility: 'PUBLIC',
    });
  });

  it.each([
    ['a member of a verified partner, in any council', ACTORS.viewer, null],
    ['a member of a verified partner, in one council', ACTORS.viewer, MANCHESTER],
    ['a platform admin', ACTORS.platformAdmin, null],
    ["the area's council viewer", ACTORS.councilViewer, CHELTENHAM],
    [
      'an officer of an unverified council, in their own area',
      user('o', [officer(CHELTENHAM, 'VIEWER', false)]),
      CHELTENHAM,
    ],
  ])('shows everything to %s', (_who, actor, councilCode) => {
    expect(scopeBuildingList(actor, councilCode)).toEqual({ all: true });
  });

  it('shows an officer of an unverified council in another area only PUBLIC buildings and their own', () => {
    const actor = user('o', [officer(CHELTENHAM, 'VIEWER', false)]);

    expect(scopeBuildingList(actor, MANCHESTER)).toEqual({
      all: false,
      visibleOwnerIds: [CHELTENHAM_COUNCIL],
      visibility: 'PUBLIC',
    });
  });

  it.each([
    ['one council', CHELTENHAM],
    ['any council', null],
  ])(
    "shows an unverified organisation's member PUBLIC buildings and their own organisation's, in %s",
    (_where, code) => {
      expect(scopeBuildingList(ACTORS.unverifiedMember, code)).toEqual({
        all: false,
        visibleOwnerIds: [UNVERIFIED_ORG],
        visibility: 'PUBLIC',
      });
    },
  );

  it('shows a signed-in user with no memberships only PUBLIC buildings', () => {
    expect(scopeBuildingList(ACTORS.outsider, CHELTENHAM)).toEqual({
      all: false,
      visibleOwnerIds: [],
      visibility: 'PUBLIC',
    });
  });
});

describe('interestReplyParty', () => {
  const interest = { organisationId: PARTNER_ORG, offeringOrganisationId: CHELTENHAM_COUNCIL };
  const councilEditor = user('council-editor', [member(CHELTENHAM_COUNCIL, 'EDITOR')]);
  const editorOfBoth = user('both', [member(PARTNER_ORG, 'EDITOR'), member(CHELTENHAM_COUNCIL, 'EDITOR')]);

  it('writes an interested organisation editor’s reply for the interested organisation', () => {
    expect(interestReplyParty(ACTORS.editor, interest)).toBe(PARTNER_ORG);
  });

  it('writes an offering organisation editor’s reply for the offering organisation', () => {
    expect(interestReplyParty(councilEditor, interest)).toBe(CHELTENHAM_COUNCIL);
  });

  it('writes for the offering organisation when the caller edits for both', () => {
    expect(interestReplyParty(editorOfBoth, interest)).toBe(CHELTENHAM_COUNCIL);
  });
});
