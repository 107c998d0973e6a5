/**
 * The reads surplus changes and queries share: a listing or a request the caller may see (NOT_FOUND
 * otherwise, so a hidden record does not reveal that it exists), and retrying a step whose listing moved.
 */
import { londonDate } from '../../../kernel/domain/clock';
import { ConflictError, NotFoundError } from '../../../kernel/domain/errors';
import type { RegisterContext } from '../../context';
import type { SurplusListing } from '../domain/surplus-listing';
import type { SurplusRequest } from '../domain/surplus-request';

/** Today in London: listings end by the local calendar. */
export const today = (ctx: RegisterContext) => londonDate(ctx.clock.now());

/** Who may see a listing: whoever may see its building (as the listing copies it). */
export function listingBuildingRef(listing: SurplusListing) {
  const { councilCode, ownerOrganisationId, visibility } = listing.building;
  return { councilCode, ownerOrganisationId, visibility };
}

export function canSeeListing(ctx: RegisterContext, listing: SurplusListing): Promise<boolean> {
  return ctx.isAllowed('building.view', listingBuildingRef(listing));
}

/** A listing the caller may see; NOT_FOUND otherwise. */
export async function loadVisibleListing(ctx: RegisterContext, id: string): Promise<SurplusListing> {
  const listing = await ctx.stores.surplus.getListing(id);
  if (!listing || !(await canSeeListing(ctx, listing))) throw new NotFoundError('Surplus listing', id);
  return listing;
}

/** A request the caller may see (the requesting and the listing organisations' members); NOT_FOUND otherwise. */
export async function loadVisibleRequest(ctx: RegisterContext, id: string): Promise<SurplusRequest> {
  if (ctx.caller.kind === 'user' && !ctx.caller.isPlatformAdmin) ctx.getActor().catch(() => undefined);
  const request = await ctx.stores.surplus.getRequest(id);
  if (!request || !(await ctx.isAllowed('surplusRequest.view', request))) {
    throw new NotFoundError('Surplus request', id);
  }
  return request;
}

// Twenty requests for one listing at the same moment commit one at a time (each allocation is conditional
// on the listing's version), so the last may need as many attempts as there are writers.
const LISTING_ATTEMPTS = 40;

/**
 * Runs a step again while the listing it changes moved on between its read and its write (another
 * allocation or first-come request of the same listing committed first): each attempt reads the listing
 * afresh and decides again, so the quantity left is always the one written against. Anything else, and
 * the last attempt's CONFLICT, is the caller's answer.
 */
export async function retryWhileListingMoves<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const moved =
        error instanceof ConflictError &&
        (error.details['listingChanged'] === true || error.details['concurrentWrite'] === true);
      if (!moved || attempt >= LISTING_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(250, 5 * 2 ** attempt)));
    }
  }
}
