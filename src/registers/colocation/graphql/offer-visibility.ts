/** Who may see an offer, as the co-location lists and the distance search ask it. */
import { effectiveOfferStatus } from '../domain/space-offer';
import { londonDate } from '../../../kernel/domain/clock';
import type { ShownOfferStatus } from '../../../kernel/domain/records';
import type { SpaceOffer } from '../domain/space-offer';
import type { RegisterContext } from '../../context';

// A council area's open offers considered for a need that names the area (newest first).
export const today = (ctx: RegisterContext) => londonDate(ctx.clock.now());

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
