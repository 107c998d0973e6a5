/** What the surplus register needs from storage, in domain terms (src/registers/surplus/store implements it). */
import type { GeoPoint } from '../../../kernel/domain/location';
import type {
  ChangeContext,
  MembershipGuard,
  NearbyResult,
  NearbySearch,
  Page,
  PageRequest,
  SortedPaging,
} from '../../../kernel/domain/ports';
import type { AuditAction, Building } from '../../../kernel/domain/records';
import type { SurplusCategory, SurplusListing } from './surplus-listing';
import type { SurplusRequest } from './surplus-request';
import type { SurplusSettings } from './surplus-settings';

/** One record written by a surplus change: created when `before` is null, else replaced if unchanged since. */
export type SurplusRecordChange =
  | { kind: 'SURPLUS_LISTING'; before: SurplusListing | null; after: SurplusListing; action: AuditAction }
  | { kind: 'SURPLUS_REQUEST'; before: SurplusRequest | null; after: SurplusRequest; action: AuditAction }
  | { kind: 'SURPLUS_SETTINGS'; before: SurplusSettings | null; after: SurplusSettings; action: AuditAction };

/** The surplus records and their lists; the distance search's pages are sorted in memory (SortedPaging). */
export interface SurplusStore extends SortedPaging {
  getListing(id: string, read?: { consistent?: boolean }): Promise<SurplusListing | null>;
  getListings(ids: readonly string[]): Promise<ReadonlyMap<string, SurplusListing>>;
  getRequest(id: string, read?: { consistent?: boolean }): Promise<SurplusRequest | null>;
  /** The council's saved settings; null when it has saved none. */
  getSettings(councilCode: string, read?: { consistent?: boolean }): Promise<SurplusSettings | null>;
  /** A council's OPEN listings (stored status), by category then newest first; one category or all. */
  listListingsByCouncil(
    councilCode: string,
    category: SurplusCategory | null,
    page: PageRequest,
  ): Promise<Page<SurplusListing>>;
  /** A building's listings, OPEN first, newest first within each. */
  listListingsByBuilding(buildingId: string, page: PageRequest): Promise<Page<SurplusListing>>;
  /**
   * The OPEN listings (stored status) within `radiusKm` of `center` (beyond `search.beyondKm`), nearest
   * first, from the geohash index (never a Scan), within the search's budgets. Their state today is the
   * caller's to check (an OPEN listing may have ENDED).
   */
  findSurplusListingsNear(
    center: GeoPoint,
    radiusKm: number,
    search?: NearbySearch,
  ): Promise<NearbyResult<SurplusListing>>;
  /** The requests for one listing, oldest first (the order first come, first served would take them in). */
  listRequestsOfListing(listingId: string, page: PageRequest): Promise<Page<SurplusRequest>>;
  /** The requests an organisation made, newest first. */
  listRequestsByOrganisation(organisationId: string, page: PageRequest): Promise<Page<SurplusRequest>>;
  /** A council's requests that ended in collection (the impact figures and the open-data file). */
  listCollectedRequestsByCouncil(councilCode: string): Promise<SurplusRequest[]>;
  /** A council's ALLOCATED requests, oldest allocation first (the daily reminders' collections overdue). */
  listAllocatedRequestsByCouncil(councilCode: string): Promise<SurplusRequest[]>;
  /** Every OPEN listing (stored status) of a council, every page (the daily reminders' listings ending). */
  listAllOpenListingsByCouncil(councilCode: string): Promise<SurplusListing[]>;
  /** Every request an organisation made (its impact figures). */
  listAllRequestsByOrganisation(organisationId: string): Promise<SurplusRequest[]>;
  /**
   * Writes the changes, their audit events and outbox messages in one transaction. CONFLICT when any record
   * changed meanwhile: `ListingChangedError` when it was the listing (the change may read it again and retry).
   * `requireOrganisation` checks that an organisation the arguments name exists (BAD_USER_INPUT on `field`),
   * `guard` the caller's role, both in the same transaction. `building` is a change of the listings'
   * building written with them, as the buildings store writes it (CONFLICT when it changed meanwhile).
   * At most 100 items in all: a step keeps within it (MAX_KINDS_PER_BUILDING_STEP).
   */
  saveSurplusChanges(
    changes: readonly SurplusRecordChange[],
    change: ChangeContext,
    options?: {
      requireOrganisation?: { readonly id: string; readonly field: string };
      guard?: MembershipGuard | null;
      building?: { readonly before: Building; readonly after: Building } | null;
    },
  ): Promise<void>;
}
