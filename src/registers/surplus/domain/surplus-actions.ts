/**
 * The steps a surplus listing or request allows today, named as the mutations that take them (as
 * co-location's and ACV's allowedActions are), before asking who calls: each is the check its mutation's
 * domain transition makes of the records (the predicates the transitions themselves use), so a step listed
 * here is refused by its mutation only for the caller's lack of a role or of an organisation that may
 * request (changes/allowed-actions.ts adds those). Pure.
 */
import type { IsoDate } from '../../../kernel/domain/clock';
import { isListingChangeable, isListingRequestable } from './surplus-listing';
import type { SurplusListing } from './surplus-listing';
import { isAllocatable, isRequestStepFrom, REQUEST_STEP_FROM } from './surplus-request';
import type { SurplusRequest, SurplusRequestAction } from './surplus-request';

/** Steps on a listing (the schema's SurplusListingAction). */
export const SURPLUS_LISTING_ACTIONS = [
  'updateSurplusListing',
  'closeSurplusListing',
  'requestSurplusItems',
] as const;
export type SurplusListingAction = (typeof SURPLUS_LISTING_ACTIONS)[number];

/** Steps on a request (the schema's SurplusRequestAction), in the schema's order. */
export const SURPLUS_REQUEST_ACTIONS = Object.keys(REQUEST_STEP_FROM) as SurplusRequestAction[];

/**
 * Until it is closed a listing may be edited (`reviseListing`, an ENDED one too: a later end date makes it
 * live again) and closed (`closeListing`); while it lives it may be requested from (`createSurplusRequest`),
 * under first come, first served only with something left (`allocateOnArrival`).
 */
export function listingActionsByState(listing: SurplusListing, today: IsoDate): SurplusListingAction[] {
  return [
    ...(isListingChangeable(listing) ? (['updateSurplusListing', 'closeSurplusListing'] as const) : []),
    ...(isListingRequestable(listing, today) ? (['requestSurplusItems'] as const) : []),
  ];
}

/**
 * A PENDING request may be allocated (while its listing lives with something left) or declined; an
 * ALLOCATED one confirmed as collected or marked a no-show; either withdrawn.
 */
export function requestActionsByStatus(
  request: SurplusRequest,
  listing: SurplusListing,
  today: IsoDate,
): SurplusRequestAction[] {
  return SURPLUS_REQUEST_ACTIONS.filter((step) =>
    step === 'allocateSurplusRequest'
      ? isAllocatable(listing, request, today)
      : isRequestStepFrom(request, step),
  );
}
