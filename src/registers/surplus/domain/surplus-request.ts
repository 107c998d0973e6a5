/**
 * Requests for a listing's items and their allocation. Pure rules: who may ask (eligibility), how much may
 * be allocated (never more than is left), and what collection and a no-show do to both records.
 *
 *   PENDING --allocate(q)--> ALLOCATED --confirm--> COLLECTED
 *      |                         \--no-show--> NO_SHOW (its q returns to the listing)
 *      \--decline--> DECLINED
 *   PENDING or ALLOCATED --withdraw--> WITHDRAWN (by the group; an allocation returns to the listing)
 *
 * Every step returns the request's and the listing's next records together: the store writes both in one
 * transaction, each conditional on the version read, so two allocations racing for the last items cannot
 * both be written (the loser reads the listing again and is refused if too little is left).
 */
import { londonDate } from '../../../kernel/domain/clock';
import type { IsoDate } from '../../../kernel/domain/clock';
import {
  badInput,
  ConflictError,
  InvalidTransitionError,
  NotEligibleError,
} from '../../../kernel/domain/errors';
import type { Organisation, OrganisationKind, RecordMeta } from '../../../kernel/domain/records';
import { assertListingLive, isListingLive, quantityLeft } from './surplus-listing';
import type { SurplusCategory, SurplusListing } from './surplus-listing';

export const SURPLUS_REQUEST_STATUSES = [
  'PENDING',
  'ALLOCATED',
  'COLLECTED',
  'NO_SHOW',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type SurplusRequestStatus = (typeof SURPLUS_REQUEST_STATUSES)[number];

/**
 * The kinds of organisation that may ask for surplus items: public bodies and voluntary, community and faith
 * groups. Businesses may not: the scheme keeps public assets in public and community use.
 */
export const ELIGIBLE_REQUESTER_KINDS: readonly OrganisationKind[] = [
  'COUNCIL',
  'PARISH_COUNCIL',
  'CHARITY',
  'CIO',
  'COMMUNITY_INTEREST_COMPANY',
  'COMPANY_LIMITED_BY_GUARANTEE',
  'COMMUNITY_BENEFIT_SOCIETY',
  'UNINCORPORATED_GROUP',
  'NEIGHBOURHOOD_FORUM',
  'PUBLIC_BODY',
];

export interface SurplusRequest extends RecordMeta {
  readonly id: string;
  readonly listingId: string;
  /** Copied from the listing: who allocates, where, and what (for the impact figures). */
  readonly listerOrganisationId: string;
  readonly councilCode: string;
  readonly category: SurplusCategory;
  /** The requesting organisation, and its name when it asked (for messages to it). */
  readonly organisationId: string;
  readonly organisationName: string;
  readonly quantity: number;
  readonly intendedUse: string;
  readonly status: SurplusRequestStatus;
  readonly allocatedQuantity: number;
  readonly collectedQuantity: number;
  readonly allocatedAt: string | null;
  readonly closedAt: string | null;
}

/** What a step planned: the request's and the listing's next records (the listing unchanged when null). */
export interface SurplusStep {
  readonly request: SurplusRequest;
  readonly listing: SurplusListing | null;
}

/**
 * Why an organisation may not ask for a listing's items: it is the lister, of an ineligible kind, or not
 * verified (NOT_ELIGIBLE with the rule); null when it may.
 */
export function requestRefusal(
  organisation: Pick<Organisation, 'id' | 'kind' | 'verified'>,
  listing: Pick<SurplusListing, 'organisationId'>,
): NotEligibleError | null {
  if (organisation.id === listing.organisationId) {
    return new NotEligibleError('OWN_LISTING', 'An organisation cannot request its own surplus items');
  }
  if (!ELIGIBLE_REQUESTER_KINDS.includes(organisation.kind)) {
    return new NotEligibleError(
      'ORGANISATION_KIND',
      `A ${organisation.kind} may not request surplus items: public bodies and community groups only`,
      { kind: organisation.kind },
    );
  }
  if (!organisation.verified) {
    return new NotEligibleError(
      'NOT_VERIFIED',
      'Only verified organisations may request surplus items; ask the register to verify yours',
    );
  }
  return null;
}

/** Refuses an organisation that may not ask for surplus items (`requestRefusal`). */
export function assertMayRequest(
  organisation: Pick<Organisation, 'id' | 'kind' | 'verified'>,
  listing: Pick<SurplusListing, 'organisationId'>,
): void {
  const refusal = requestRefusal(organisation, listing);
  if (refusal) throw refusal;
}

/** True when an organisation of this kind and verification may request (who may see collection details). */
export function isEligibleRequester(kind: OrganisationKind, verified: boolean): boolean {
  return verified && ELIGIBLE_REQUESTER_KINDS.includes(kind);
}

/** A new request, PENDING; under FIRST_COME_FIRST_SERVED the caller allocates it at once (`allocate`). */
export function createSurplusRequest(
  id: string,
  listing: SurplusListing,
  ask: {
    readonly organisation: Pick<Organisation, 'id' | 'name'>;
    readonly quantity: number;
    readonly intendedUse: string;
  },
  at: string,
  today: IsoDate,
): SurplusRequest {
  assertListingLive(listing, today);
  if (ask.quantity > listing.quantity) {
    throw badInput('input.quantity', `must be at most ${listing.quantity}, the quantity listed`);
  }
  return {
    id,
    listingId: listing.id,
    listerOrganisationId: listing.organisationId,
    councilCode: listing.building.councilCode,
    category: listing.category,
    organisationId: ask.organisation.id,
    organisationName: ask.organisation.name,
    quantity: ask.quantity,
    intendedUse: ask.intendedUse,
    status: 'PENDING',
    allocatedQuantity: 0,
    collectedQuantity: 0,
    allocatedAt: null,
    closedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/**
 * The statuses each step on a request starts from, named as the mutations that take them (the schema's
 * SurplusRequestAction): the transitions below check them, and `allowedActions` lists them.
 */
export const REQUEST_STEP_FROM = {
  allocateSurplusRequest: ['PENDING'],
  declineSurplusRequest: ['PENDING'],
  confirmSurplusCollection: ['ALLOCATED'],
  markSurplusNoShow: ['ALLOCATED'],
  withdrawSurplusRequest: ['PENDING', 'ALLOCATED'],
} as const satisfies Record<string, readonly SurplusRequestStatus[]>;
export type SurplusRequestAction = keyof typeof REQUEST_STEP_FROM;

/** True when the request's status lets this step start. */
export function isRequestStepFrom(
  request: Pick<SurplusRequest, 'status'>,
  step: SurplusRequestAction,
): boolean {
  return (REQUEST_STEP_FROM[step] as readonly SurplusRequestStatus[]).includes(request.status);
}

function assertStatus(request: SurplusRequest, step: SurplusRequestAction, doing: string): void {
  if (!isRequestStepFrom(request, step)) {
    throw new ConflictError(
      `Surplus request ${request.id} is ${request.status}; ${doing} needs it to be ${REQUEST_STEP_FROM[step].join(' or ')}`,
      { status: request.status },
    );
  }
}

/**
 * True when the lister can allocate some of the request now: it is PENDING and its listing lives with
 * something left (at most what is left may be allocated: `allocate`).
 */
export function isAllocatable(
  listing: SurplusListing,
  request: Pick<SurplusRequest, 'status'>,
  today: IsoDate,
): boolean {
  return (
    isRequestStepFrom(request, 'allocateSurplusRequest') &&
    isListingLive(listing, today) &&
    quantityLeft(listing) > 0
  );
}

/**
 * Allocates `quantity` (all the request asked for when null) from the listing: CONFLICT when less is left
 * (saying how much), BAD_USER_INPUT on `quantity` when it is more than was asked for.
 */
export function allocate(
  listing: SurplusListing,
  request: SurplusRequest,
  quantity: number | null,
  at: string,
  today: IsoDate,
): { request: SurplusRequest; listing: SurplusListing } {
  assertStatus(request, 'allocateSurplusRequest', 'allocating');
  assertListingLive(listing, today);
  const wanted = quantity ?? request.quantity;
  if (wanted > request.quantity) {
    throw badInput('quantity', `must be at most ${request.quantity}, the quantity requested`);
  }
  const left = quantityLeft(listing);
  if (wanted > left) {
    throw new ConflictError(`Only ${left} of surplus listing ${listing.id} are left to allocate`, {
      quantityLeft: left,
    });
  }
  return {
    request: { ...request, status: 'ALLOCATED', allocatedQuantity: wanted, allocatedAt: at },
    listing: { ...listing, allocatedQuantity: listing.allocatedQuantity + wanted },
  };
}

/**
 * First come, first served: the new request gets what it asked for, or what is left when that is less.
 * CONFLICT when nothing is left.
 */
export function allocateOnArrival(
  listing: SurplusListing,
  request: SurplusRequest,
  at: string,
  today: IsoDate,
): { request: SurplusRequest; listing: SurplusListing } {
  const left = quantityLeft(listing);
  if (left === 0) {
    throw new ConflictError(`Every item of surplus listing ${listing.id} is allocated`, { quantityLeft: 0 });
  }
  return allocate(listing, request, Math.min(left, request.quantity), at, today);
}

/** The group collected its allocation: the listing counts it as reused. */
export function confirmCollection(
  listing: SurplusListing,
  request: SurplusRequest,
  at: string,
): { request: SurplusRequest; listing: SurplusListing } {
  assertStatus(request, 'confirmSurplusCollection', 'confirming collection');
  return {
    request: { ...request, status: 'COLLECTED', collectedQuantity: request.allocatedQuantity, closedAt: at },
    listing: { ...listing, collectedQuantity: listing.collectedQuantity + request.allocatedQuantity },
  };
}

/** The group did not collect: its allocation returns to the listing, to be allocated again. */
export function markNoShow(
  listing: SurplusListing,
  request: SurplusRequest,
  at: string,
): { request: SurplusRequest; listing: SurplusListing } {
  assertStatus(request, 'markSurplusNoShow', 'marking a no-show');
  return {
    request: { ...request, status: 'NO_SHOW', closedAt: at },
    listing: {
      ...listing,
      allocatedQuantity: Math.max(0, listing.allocatedQuantity - request.allocatedQuantity),
    },
  };
}

/** The lister declines a pending request; the listing does not change. */
export function declineRequest(request: SurplusRequest, at: string): SurplusRequest {
  assertStatus(request, 'declineSurplusRequest', 'declining');
  return { ...request, status: 'DECLINED', closedAt: at };
}

/**
 * The group withdraws its request while it is PENDING or ALLOCATED; an allocation returns to the listing, as
 * after a no-show. Any other status is INVALID_TRANSITION (with `status`): the request has already ended.
 */
export function withdrawRequest(
  listing: SurplusListing,
  request: SurplusRequest,
  at: string,
): { request: SurplusRequest; listing: SurplusListing | null } {
  if (!isRequestStepFrom(request, 'withdrawSurplusRequest')) {
    throw new InvalidTransitionError('withdrawSurplusRequest', request.status, [], 'the request has ended');
  }
  const withdrawn: SurplusRequest = { ...request, status: 'WITHDRAWN', closedAt: at };
  if (request.status === 'PENDING') return { request: withdrawn, listing: null };
  return {
    request: withdrawn,
    listing: {
      ...listing,
      allocatedQuantity: Math.max(0, listing.allocatedQuantity - request.allocatedQuantity),
    },
  };
}

/**
 * How long a group has to collect what was allocated to it before both sides are reminded: 14 days, a
 * fortnight's working days to arrange a van (the register's choice, not a rule of law), or the listing's
 * last day when that comes first (a building closing will not wait).
 */
export const COLLECTION_REMINDER_DAYS = 14;

/** The day an allocated request should be collected by (the reminder falls due the day after). */
export function collectionDueOn(
  request: Pick<SurplusRequest, 'allocatedAt'>,
  listing: Pick<SurplusListing, 'availableUntil'> | null,
): IsoDate | null {
  if (!request.allocatedAt) return null;
  const allocatedOn = londonDate(new Date(request.allocatedAt));
  const fortnight = londonDate(
    new Date(Date.parse(`${allocatedOn}T12:00:00Z`) + COLLECTION_REMINDER_DAYS * 86_400_000),
  );
  const until = listing?.availableUntil ?? null;
  return until !== null && until < fortnight ? until : fortnight;
}
