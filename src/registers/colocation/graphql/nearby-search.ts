/**
 * The distance search of the co-location lists (spaceOffersNear, spaceOffersNearPostcode,
 * spaceOffersNearBuilding): open offers matching the filter that the caller may see, nearest first, paged
 * by the kernel's distance search (src/kernel/graphql/nearby-pages.ts).
 */
import type { GeoPoint } from '../../../kernel/domain/location';
import type { PageRequest } from '../../../kernel/domain/ports';
import { nearbyPage } from '../../../kernel/graphql/nearby-pages';
import { nearestWithin } from '../../../kernel/domain/geo-search';
import { effectiveOfferStatus } from '../domain/space-offer';
import type { SpaceOffer } from '../domain/space-offer';
import type { SearchFilterArgs } from './colocation-inputs';
import type { RegisterContext } from '../../context';
import { canSeeOffer, today } from './offer-visibility';

function matchesFilter(offer: SpaceOffer, filter: SearchFilterArgs): boolean {
  return (
    (filter.spaceKind === null || offer.spaceKind === filter.spaceKind) &&
    (filter.minCapacity === null || (offer.capacity !== null && offer.capacity >= filter.minCapacity)) &&
    (filter.day === null || offer.availability.slots.some((slot) => slot.day === filter.day)) &&
    filter.facilities.every((facility) => offer.facilities.includes(facility))
  );
}

/** One page of the open offers within `radiusKm` of `center` that match `filter`, nearest first. */
export function searchNear(
  ctx: RegisterContext,
  center: GeoPoint,
  radiusKm: number,
  filter: SearchFilterArgs,
  page: PageRequest,
) {
  const day = today(ctx);
  return nearbyPage<SpaceOffer>(
    {
      cursorQuery: `spaceOffersNear|${center.latitude}|${center.longitude}|${radiusKm}|${JSON.stringify(filter)}`,
      paging: ctx.stores.colocation,
      search: ctx.distanceSearch(),
      findRing: (at, km, search) => ctx.stores.colocation.findSpaceOffersNear(at, km, search),
      findByIds: async (at, ids) => {
        const offers = await ctx.stores.colocation.getSpaceOffers(ids);
        return nearestWithin(at, Infinity, [...offers.values()], (offer) => offer.building.location);
      },
      keep: async (found) => {
        const candidates = found.filter(
          ({ item }) => effectiveOfferStatus(item, day) === 'OPEN' && matchesFilter(item, filter),
        );
        const visible = await Promise.all(candidates.map(({ item }) => canSeeOffer(ctx, item)));
        return candidates.filter((_, index) => visible[index]);
      },
    },
    center,
    radiusKm,
    page,
  );
}
