/**
 * The surplus register's keys: where listings, requests and councils' settings are stored, and one builder
 * per access pattern (the index and partition a list is read from). docs/data-model.md, "Surplus listings",
 * gives the item layout.
 */
import { INDEX } from '../../../kernel/store/access-pattern';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import type { ItemKey } from '../../../kernel/store/keys';
import { GEO_PARTITION_PRECISION, geohashOf } from '../../../kernel/domain/geo-search';
import { geoIndexKeys } from '../../../kernel/store/geo-keys';
import type { SurplusListing } from '../domain/surplus-listing';
import type { SurplusRequest } from '../domain/surplus-request';

export const surplusListingKey = (id: string): ItemKey => ({ pk: `SURPLUS#${id}`, sk: 'LISTING' });
export const surplusRequestKey = (id: string): ItemKey => ({ pk: `SURPLUSREQ#${id}`, sk: 'REQUEST' });
export const surplusSettingsKey = (councilCode: string): ItemKey => ({
  pk: `SURPLUS_SETTINGS#${councilCode}`,
  sk: 'SETTINGS',
});

const councilListingsPartition = (councilCode: string) => `AREA#${councilCode}#SURPLUS`;
const buildingListingsPartition = (buildingId: string) => `BLDG#${buildingId}#SURPLUS`;
const listingRequestsPartition = (listingId: string) => `SURPLUS#${listingId}#REQUEST`;
const organisationRequestsPartition = (organisationId: string) => `ORG#${organisationId}#SURPLUSREQ`;
const councilCollectedPartition = (councilCode: string) => `AREA#${councilCode}#SURPLUS_COLLECTED`;
const councilAllocatedPartition = (councilCode: string) => `AREA#${councilCode}#SURPLUS_ALLOCATED`;

/**
 * A listing by council (stored status, category, age: a category is a key prefix of the status's range) and
 * by building (status, age: a building's OPEN listings are one prefix, which archiving a building reads).
 */
export function surplusListingIndexKeys(listing: SurplusListing): Record<string, string> {
  const age = `${listing.createdAt}#${listing.id}`;
  return {
    gsi1pk: councilListingsPartition(listing.building.councilCode),
    gsi1sk: `${listing.status}#${listing.category}#${age}`,
    gsi2pk: buildingListingsPartition(listing.buildingId),
    gsi2sk: `${listing.status}#${age}`,
  };
}

/** The kind of the geohash index (gsi5) entries of listings: `GEO#SURPLUS#<cell>`. */
export const SURPLUS_GEO_KIND = 'SURPLUS';

/**
 * A listing's entry in the geohash index (gsi5), shared with co-location's distance search: only while it is
 * OPEN (stored status) and its building has a location. ENDED, FULLY_ALLOCATED and UPCOMING are computed
 * from the dates and today, so an OPEN listing keeps its entry and the search keeps or drops it by its state
 * today; closing a listing removes the entry in the same write.
 */
export function surplusListingGeoKeys(listing: SurplusListing): Record<string, string> {
  const location = listing.building.location;
  if (listing.status !== 'OPEN' || !location) return {};
  const geohash = geohashOf(location);
  return geoIndexKeys(SURPLUS_GEO_KIND, geohash.slice(0, GEO_PARTITION_PRECISION), geohash, listing.id);
}

/**
 * A request by listing (oldest first) and by requesting organisation; a COLLECTED one also under its
 * council's collected partition (sparse), which the impact figures and the open-data file read, and an
 * ALLOCATED one under its council's allocated partition (sparse: it leaves it when collected, a no-show or
 * withdrawn), which the daily reminders read for collections overdue. A request is in at most one of the two.
 */
export function surplusRequestIndexKeys(request: SurplusRequest): Record<string, string> {
  const age = `${request.createdAt}#${request.id}`;
  const byCouncil: Record<string, string> =
    request.status === 'COLLECTED'
      ? {
          gsi3pk: councilCollectedPartition(request.councilCode),
          gsi3sk: `${request.closedAt ?? ''}#${request.id}`,
        }
      : request.status === 'ALLOCATED'
        ? {
            gsi3pk: councilAllocatedPartition(request.councilCode),
            gsi3sk: `${request.allocatedAt ?? ''}#${request.id}`,
          }
        : {};
  return {
    gsi1pk: listingRequestsPartition(request.listingId),
    gsi1sk: age,
    gsi2pk: organisationRequestsPartition(request.organisationId),
    gsi2sk: age,
    ...byCouncil,
  };
}

// --- Access patterns: one per list -----------------------------------------------------------------------

/** A council's OPEN listings, of one category or all. */
export const openListingsOfCouncil = (councilCode: string, category: string | null): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: councilListingsPartition(councilCode),
  sortPrefix: category ? `OPEN#${category}#` : 'OPEN#',
});

/** A building's listings (OPEN and CLOSED). */
export const listingsOfBuilding = (buildingId: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: buildingListingsPartition(buildingId),
});

/** A building's OPEN listings (archiving the building closes them). */
export const openListingsOfBuilding = (buildingId: string): AccessPattern => ({
  ...listingsOfBuilding(buildingId),
  sortPrefix: 'OPEN#',
});

/** The requests for one listing. */
export const requestsOfListing = (listingId: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: listingRequestsPartition(listingId),
});

/** The requests an organisation made. */
export const requestsOfOrganisation = (organisationId: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: organisationRequestsPartition(organisationId),
});

/** A council's collected requests, in the order they were collected. */
export const collectedRequestsOfCouncil = (councilCode: string): AccessPattern => ({
  indexName: INDEX.byCouncilCategory,
  partition: councilCollectedPartition(councilCode),
});

/** A council's allocated requests waiting to be collected, oldest allocation first. */
export const allocatedRequestsOfCouncil = (councilCode: string): AccessPattern => ({
  indexName: INDEX.byCouncilCategory,
  partition: councilAllocatedPartition(councilCode),
});
