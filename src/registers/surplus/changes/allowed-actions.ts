/**
 * What the caller may do to a surplus listing or request today: the steps its state allows (the domain's
 * surplus-actions.ts) that the authorization engine lets this caller take, each decided on the resource its
 * mutation decides on. A step listed is accepted by its mutation (given valid input and the current
 * version); a step not listed is refused. Anonymous callers may take none, and are answered without a read.
 */
import type { RegisterContext } from '../../context';
import {
  listingActionsByState,
  requestActionsByStatus,
  SURPLUS_REQUEST_ACTIONS,
} from '../domain/surplus-actions';
import type { SurplusListingAction } from '../domain/surplus-actions';
import type { SurplusListing } from '../domain/surplus-listing';
import { isRequestStepFrom, requestRefusal } from '../domain/surplus-request';
import type { SurplusRequest, SurplusRequestAction } from '../domain/surplus-request';
import { today } from './surplus-reads';

/**
 * True when the caller edits for an organisation that may request the listing's items: the `surplus.request`
 * rule requestSurplusItems checks, and the domain's eligibility (verified, of an eligible kind, not the
 * lister) on the organisation as the caller's membership carries it.
 */
async function mayRequestForSome(ctx: RegisterContext, listing: SurplusListing): Promise<boolean> {
  const actor = await ctx.getActor();
  if (actor.kind !== 'user') return false;
  const candidates = actor.memberships.filter(
    (m) =>
      requestRefusal(
        { id: m.organisationId, kind: m.organisationKind, verified: m.organisationVerified },
        listing,
      ) === null,
  );
  const allowed = await Promise.all(
    candidates.map((m) => ctx.isAllowed('surplus.request', { organisationId: m.organisationId })),
  );
  return allowed.some(Boolean);
}

/**
 * Editing and closing are the lister's editors' (`surplus.manage`, as the lister's steps decide);
 * requesting needs an organisation the caller may request for. The caller sees the listing already (a
 * listing is only resolved for those who may see its building), which the mutations check first.
 */
export async function allowedListingActions(
  ctx: RegisterContext,
  listing: SurplusListing,
): Promise<SurplusListingAction[]> {
  const possible = listingActionsByState(listing, today(ctx));
  if (!possible.length || (await ctx.getActor()).kind === 'anonymous') return [];
  const [manages, requests] = await Promise.all([
    ctx.isAllowed('surplus.manage', { organisationId: listing.organisationId }),
    possible.includes('requestSurplusItems') ? mayRequestForSome(ctx, listing) : false,
  ]);
  return possible.filter((step) => (step === 'requestSurplusItems' ? requests : manages));
}

const REQUEST_RULE = {
  allocateSurplusRequest: 'surplus.manage',
  declineSurplusRequest: 'surplus.manage',
  markSurplusNoShow: 'surplus.manage',
  confirmSurplusCollection: 'surplusRequest.confirmCollection',
  withdrawSurplusRequest: 'surplusRequest.withdraw',
} as const satisfies Record<SurplusRequestAction, string>;

/**
 * Each step of a request by its own rule, as request-changes.ts decides it: the lister's editors allocate,
 * decline and mark no-shows (`surplus.manage` on the lister), either side's editors confirm collection, the
 * requesting organisation's editors withdraw. `loadListing` is the request's batched listing loader (the
 * allocation needs to know what is left); no listing, no step.
 */
export async function allowedRequestActions(
  ctx: RegisterContext,
  request: SurplusRequest,
  loadListing: (id: string) => Promise<SurplusListing | null>,
): Promise<SurplusRequestAction[]> {
  // An ended request allows nothing: answered without reading its listing.
  if (!SURPLUS_REQUEST_ACTIONS.some((step) => isRequestStepFrom(request, step))) return [];
  if ((await ctx.getActor()).kind === 'anonymous') return [];
  const listing = await loadListing(request.listingId);
  if (!listing) return [];
  const possible = requestActionsByStatus(request, listing, today(ctx));
  const allowed = await Promise.all(
    possible.map((step) => {
      const rule = REQUEST_RULE[step];
      return rule === 'surplus.manage'
        ? ctx.isAllowed(rule, { organisationId: request.listerOrganisationId })
        : ctx.isAllowed(rule, request);
    }),
  );
  return possible.filter((_, index) => allowed[index]);
}
