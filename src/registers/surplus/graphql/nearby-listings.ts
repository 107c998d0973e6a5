/**
 * The distance search of surplus listings (surplusListingsNear, surplusListingsNearPostcode,
 * surplusListingsNearBuilding): live listings matching the filter that the caller may see, nearest first,
 * paged by the kernel's distance search (src/kernel/graphql/nearby-pages.ts).
 */
import type { GeoPoint } from '../../../kernel/domain/location';
import type { PageRequest } from '../../../kernel/domain/ports';
import { nearbyPage } from '../../../kernel/graphql/nearby-pages';
import { nearestWithin } from '../../../kernel/domain/geo-search';
import type { RegisterContext } from '../../context';
import { canSeeListing, today } from '../changes/surplus-reads';
import { listingState } from '../domain/surplus-listing';
import type { SurplusListing, SurplusListingState } from '../domain/surplus-listing';
import type { SurplusSearchFilterArgs } from './surplus-inputs';

/**
 * The states a search finds: every live one (as surplusListingsByCouncil), or only AVAILABLE with
 * `availableNow`. ENDED and CLOSED listings are never found.
 */
export function searchedStates(availableNow: boolean): readonly SurplusListingState[] {
  return availableNow ? ['AVAILABLE'] : ['AVAILABLE', 'UPCOMING', 'FULLY_ALLOCATED'];
}

/**
 * One page of the live listings within `radiusKm` of `center` that match `filter`, nearest first. The
 * cursor carries the listings a page read and did not return (nearby-pages.ts, nearbyPage): a later page
 * reads them again in one BatchGetItem and `keep` judges them as they are then (closed, ended or hidden
 * since: dropped), at their building's location then (a building that moved takes its listings with it).
 */
export function searchListingsNear(
  ctx: RegisterContext,
  center: GeoPoint,
  radiusKm: number,
  filter: SurplusSearchFilterArgs,
  page: PageRequest,
) {
  const day = today(ctx);
  const states = searchedStates(filter.availableNow);
  return nearbyPage<SurplusListing>(
    {
      cursorQuery: `surplusListingsNear|${center.latitude}|${center.longitude}|${radiusKm}|${JSON.stringify(filter)}`,
      paging: ctx.stores.surplus,
      search: ctx.distanceSearch(),
      findRing: (at, km, search) => ctx.stores.surplus.findSurplusListingsNear(at, km, search),
      findByIds: async (at, ids) => {
        const listings = await ctx.stores.surplus.getListings(ids);
        return nearestWithin(at, Infinity, [...listings.values()], (listing) => listing.building.location);
      },
      keep: async (found) => {
        const candidates = found.filter(
          ({ item }) =>
            states.includes(listingState(item, day)) &&
            (filter.category === null || item.category === filter.category),
        );
        const visible = await Promise.all(candidates.map(({ item }) => canSeeListing(ctx, item)));
        return candidates.filter((_, index) => visible[index]);
      },
    },
    center,
    radiusKm,
    page,
  );
}
