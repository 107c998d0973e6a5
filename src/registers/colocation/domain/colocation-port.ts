/** What the co-location register needs from storage, in domain terms (src/registers/colocation/store implements it). */
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
import type { SpaceInterest } from './space-interest';
import type { SpaceNeed } from './space-need';
import type { AuditAction, OfferStatus } from '../../../kernel/domain/records';
import type { SpaceOffer } from './space-offer';

/** One record written by a co-location change: created when `before` is null, else replaced if unchanged since. */
export type ColocationRecordChange =
  | { kind: 'SPACE_OFFER'; before: SpaceOffer | null; after: SpaceOffer; action: AuditAction }
  | { kind: 'SPACE_NEED'; before: SpaceNeed | null; after: SpaceNeed; action: AuditAction }
  | { kind: 'SPACE_INTEREST'; before: SpaceInterest | null; after: SpaceInterest; action: AuditAction };

/** The co-location records and their lists; lists sorted in memory (distance, matches) page as SortedPaging. */
export interface ColocationStore extends SortedPaging {
  getSpaceOffer(id: string): Promise<SpaceOffer | null>;
  getSpaceOffers(ids: readonly string[]): Promise<ReadonlyMap<string, SpaceOffer>>;
  listSpaceOffersByBuilding(buildingId: string, page: PageRequest): Promise<Page<SpaceOffer>>;
  listSpaceOffersByCouncil(
    councilCode: string,
    status: OfferStatus | null,
    page: PageRequest,
  ): Promise<Page<SpaceOffer>>;
  listSpaceOffersByOrganisation(
    organisationId: string,
    status: OfferStatus | null,
    page: PageRequest,
  ): Promise<Page<SpaceOffer>>;
  /**
   * OPEN offers within `radiusKm` of `center` (and beyond `search.beyondKm`), nearest first, read from the
   * geohash index (never a Scan), within the search's budgets.
   */
  findSpaceOffersNear(
    center: GeoPoint,
    radiusKm: number,
    search?: NearbySearch,
  ): Promise<NearbyResult<SpaceOffer>>;
  /** OPEN needs given as a point and radius whose point lies within `radiusKm` of `center` (as above). */
  findSpaceNeedsNear(
    center: GeoPoint,
    radiusKm: number,
    search?: NearbySearch,
  ): Promise<NearbyResult<SpaceNeed>>;
  /** OPEN needs that name a council area (a bounded list: one area's open needs). */
  listOpenSpaceNeedsByCouncil(councilCode: string): Promise<SpaceNeed[]>;

  getSpaceNeed(id: string): Promise<SpaceNeed | null>;
  getSpaceNeeds(ids: readonly string[]): Promise<ReadonlyMap<string, SpaceNeed>>;
  listSpaceNeedsByOrganisation(organisationId: string, page: PageRequest): Promise<Page<SpaceNeed>>;

  getSpaceInterest(id: string): Promise<SpaceInterest | null>;
  listInterestsSent(organisationId: string, page: PageRequest): Promise<Page<SpaceInterest>>;
  listInterestsReceived(organisationId: string, page: PageRequest): Promise<Page<SpaceInterest>>;
  listInterestsOfOffer(offer: SpaceOffer, page: PageRequest): Promise<Page<SpaceInterest>>;
  /**
   * What an expression of interest is checked against, in one BatchGetItem: the offer, the interested
   * organisation's open interest in it (its claim), and the need the input names.
   */
  getInterestTarget(named: {
    readonly offerId: string;
    readonly organisationId: string;
    readonly needId: string | null;
  }): Promise<{ offer: SpaceOffer | null; need: SpaceNeed | null; openInterestId: string | null }>;
  /** Every open (PENDING or ACCEPTED) interest in an offer. */
  listOpenInterestsOfOffer(offer: SpaceOffer): Promise<SpaceInterest[]>;

  /**
   * Writes the changes and their audit events in one transaction (more than fit in one are split, the first
   * transaction holding the first changes). `requireOpenOffer` adds a condition that the offer is still
   * OPEN. CONFLICT when any record changed meanwhile. `requireOrganisation` checks that an organisation the
   * arguments name exists (BAD_USER_INPUT on `field` otherwise) and `guard` the caller's role, both in the
   * first transaction instead of read before it. `requireBuildingVersion`: the building an offer copies is
   * still the version read (CONFLICT otherwise), so a copy never undoes a change of the building's visibility.
   */
  saveColocationChanges(
    changes: readonly ColocationRecordChange[],
    change: ChangeContext,
    options?: {
      requireOpenOffer?: string;
      requireOrganisation?: { readonly id: string; readonly field: string };
      requireBuildingVersion?: { readonly id: string; readonly version: number };
      guard?: MembershipGuard | null;
    },
  ): Promise<void>;
}
