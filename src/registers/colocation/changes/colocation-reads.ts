/**
 * The reads co-location's changes and queries share: a record the caller may see (NOT_FOUND otherwise, so a
 * hidden record does not reveal that it exists), and who may see an offer.
 */
import { londonDate } from '../../../kernel/domain/clock';
import { NotFoundError } from '../../../kernel/domain/errors';
import type { ShownOfferStatus } from '../../../kernel/domain/records';
import type { RegisterContext } from '../../context';
import type { SpaceInterest } from '../domain/space-interest';
import type { SpaceNeed } from '../domain/space-need';
import { effectiveOfferStatus } from '../domain/space-offer';
import type { SpaceOffer } from '../domain/space-offer';

/** Today in London: offers expire by the local calendar. */
export const today = (ctx: RegisterContext) => londonDate(ctx.clock.now());

/** What seeing an offer depends on (its building as the offer copies it, and its state as shown today). */
export function offerResource(offer: SpaceOffer, status: ShownOfferStatus) {
  return {
    organisationId: offer.organisationId,
    building: {
      councilCode: offer.building.councilCode,
      ownerOrganisationId: offer.building.ownerOrganisationId,
      visibility: offer.building.visibility,
    },
    status,
  };
}

export function canSeeOffer(ctx: RegisterContext, offer: SpaceOffer): Promise<boolean> {
  return ctx.isAllowed('spaceOffer.view', offerResource(offer, effectiveOfferStatus(offer, today(ctx))));
}

export async function onlyVisibleOffers<E extends { node: SpaceOffer }>(
  ctx: RegisterContext,
  edges: E[],
): Promise<E[]> {
  const visible = await Promise.all(edges.map((edge) => canSeeOffer(ctx, edge.node)));
  return edges.filter((_, index) => visible[index]);
}

/**
 * Starts reading the caller's memberships now, beside the read whose answer they will be checked against, so
 * both go in one round trip. Only for a signed-in caller whose right to what follows can come from a role
 * alone (so the read would be made anyway); a failure is reported where the memberships are used.
 */
export function preloadActor(ctx: RegisterContext): void {
  if (ctx.caller.kind !== 'user' || ctx.caller.isPlatformAdmin) return;
  ctx.getActor().catch(() => undefined);
}

/**
 * Starts `read` now, to be awaited once the caller's right to its answer is settled: a refusal is then
 * reported as such, not as a failure of a read the caller was never going to be shown.
 */
export function startEarly<T>(read: () => Promise<T>): () => Promise<T> {
  const started = read();
  started.catch(() => undefined);
  return () => started;
}

/** An offer the caller may see; NOT_FOUND otherwise. */
export async function loadVisibleOffer(ctx: RegisterContext, id: string): Promise<SpaceOffer> {
  const offer = await ctx.stores.colocation.getSpaceOffer(id);
  return assertVisibleOffer(ctx, offer, id);
}

/** `offer` if the caller may see it; NOT_FOUND (for `id`) when it is missing or hidden from them. */
export async function assertVisibleOffer(
  ctx: RegisterContext,
  offer: SpaceOffer | null,
  id: string,
): Promise<SpaceOffer> {
  if (!offer || !(await canSeeOffer(ctx, offer))) throw new NotFoundError('Space offer', id);
  return offer;
}

/** A need the caller may see (shared with the organisation's members and verified partners only). */
export async function loadVisibleNeed(ctx: RegisterContext, id: string): Promise<SpaceNeed> {
  preloadActor(ctx);
  const need = await ctx.stores.colocation.getSpaceNeed(id);
  if (!need || !(await ctx.isAllowed('spaceNeed.view', need))) throw new NotFoundError('Space need', id);
  return need;
}

/** An expression of interest the caller may see (the two organisations' members only). */
export async function loadVisibleInterest(ctx: RegisterContext, id: string): Promise<SpaceInterest> {
  preloadActor(ctx);
  const interest = await ctx.stores.colocation.getSpaceInterest(id);
  if (!interest || !(await ctx.isAllowed('interest.view', interest))) {
    throw new NotFoundError('Expression of interest', id);
  }
  return interest;
}
