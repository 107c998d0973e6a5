/**
 * What the application needs from storage, stated in domain terms. The GraphQL layer depends on these
 * interfaces; src/store implements them over DynamoDB.
 */
import type {
  AuditEvent,
  Building,
  BuildingCategory,
  BuildingStatus,
  Invite,
  MemberRole,
  Membership,
  Organisation,
  RecordType,
} from './records';
import type { BuildingListScope } from './authorization';
import type { GeoPoint } from './location';
import type { SpaceInterest } from './space-interest';
import type { SpaceNeed } from './space-need';
import type { OfferStatus, SpaceOffer } from './space-offer';
import type { IdempotencyClaim } from './idempotency';

/** A request for one page of a list: at most `first` items after the opaque cursor `after`. */
export interface PageRequest {
  readonly first: number;
  readonly after: string | null;
}

/** One page of a list, shaped as a Relay connection. */
export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Who makes a change and when; stamped on the record and its audit event. */
export interface ChangeContext {
  readonly actorId: string;
  readonly at: string;
  /** Set on a create sent with an idempotency key: the store claims the key in the create's transaction. */
  readonly idempotency?: IdempotencyClaim | null;
}

export interface OrganisationStore {
  getOrganisation(id: string): Promise<Organisation | null>;
  /** Loads many organisations in as few requests as DynamoDB allows; missing ids are absent from the map. */
  getOrganisations(ids: readonly string[]): Promise<ReadonlyMap<string, Organisation>>;
  listOrganisationsByCouncilArea(councilCode: string, page: PageRequest): Promise<Page<Organisation>>;
  listOrganisationsByNamePrefix(prefix: string, page: PageRequest): Promise<Page<Organisation>>;
  /** Writes the organisation, its area entries and (when given) its first ADMIN, with audit events. */
  createOrganisation(
    organisation: Organisation,
    firstAdminId: string | null,
    change: ChangeContext,
  ): Promise<void>;
  /** Replaces `before` with `after` if the stored version is still `before.version`; CONFLICT otherwise. */
  updateOrganisation(
    before: Organisation,
    after: Organisation,
    action: string,
    change: ChangeContext,
  ): Promise<void>;

  getMembership(organisationId: string, userId: string): Promise<Membership | null>;
  /** Every membership of one user (a person belongs to a handful of organisations). */
  listMembershipsOfUser(userId: string): Promise<Membership[]>;
  listMembers(organisationId: string, page: PageRequest): Promise<Page<Membership>>;
  /** CONFLICT when the user is already a member. */
  addMember(membership: Membership, change: ChangeContext): Promise<void>;
  /** CONFLICT when the version is stale or the change would leave the organisation without an admin. */
  changeMemberRole(before: Membership, role: MemberRole, change: ChangeContext): Promise<Membership>;
  /** CONFLICT when the version is stale or the member is the last admin. */
  removeMember(before: Membership, change: ChangeContext): Promise<void>;

  putInvite(invite: Invite, change: ChangeContext): Promise<void>;
  getInvite(organisationId: string, email: string): Promise<Invite | null>;
  listInvitesOfOrganisation(organisationId: string): Promise<Invite[]>;
  listInvitesForEmail(email: string): Promise<Invite[]>;
  /** Deletes the invitation; CONFLICT when it no longer exists. */
  revokeInvite(invite: Invite, change: ChangeContext): Promise<void>;
  /** Turns the invitation into a membership in one transaction; CONFLICT if either step is no longer possible. */
  claimInvite(invite: Invite, membership: Membership, change: ChangeContext): Promise<void>;
}

export interface BuildingListFilter {
  readonly status: BuildingStatus | null;
  readonly category: BuildingCategory | null;
  readonly scope: BuildingListScope;
}

export interface BuildingStore {
  getBuilding(id: string): Promise<Building | null>;
  getBuildingByUprn(uprn: string): Promise<Building | null>;
  listBuildingsByCouncil(
    councilCode: string,
    filter: BuildingListFilter,
    page: PageRequest,
  ): Promise<Page<Building>>;
  listBuildingsByOwner(
    organisationId: string,
    scope: BuildingListScope,
    page: PageRequest,
  ): Promise<Page<Building>>;
  /** CONFLICT, naming the building that holds it, when the UPRN is taken. */
  createBuilding(building: Building, change: ChangeContext): Promise<void>;
  /** Replaces `before` with `after` if the stored version is still `before.version`; CONFLICT otherwise. */
  updateBuilding(before: Building, after: Building, action: string, change: ChangeContext): Promise<void>;
}

export interface AuditStore {
  listHistory(recordType: RecordType, recordId: string, page: PageRequest): Promise<Page<AuditEvent>>;
}

// ---------------------------------------------------------------------------------------------------------
// Co-location: offers of space, needs and expressions of interest.

/** Items found near a point, nearest first, with what finding them cost. */
export interface NearbyResult<T> {
  readonly found: { item: T; distanceKm: number }[];
  /** Index items DynamoDB read (every item in the cells queried, before the exact distance filter). */
  readonly itemsRead: number;
  readonly requests: number;
}

/** One record written by a co-location change: created when `before` is null, else replaced if unchanged since. */
export type ColocationRecordChange =
  | { kind: 'SPACE_OFFER'; before: SpaceOffer | null; after: SpaceOffer; action: string }
  | { kind: 'SPACE_NEED'; before: SpaceNeed | null; after: SpaceNeed; action: string }
  | { kind: 'SPACE_INTEREST'; before: SpaceInterest | null; after: SpaceInterest; action: string };

export interface ColocationStore {
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
  /** OPEN offers within `radiusKm` of `center`, nearest first, read from the geohash index (never a Scan). */
  findSpaceOffersNear(center: GeoPoint, radiusKm: number): Promise<NearbyResult<SpaceOffer>>;
  /** OPEN needs given as a point and radius whose point lies within `radiusKm` of `center`. */
  findSpaceNeedsNear(center: GeoPoint, radiusKm: number): Promise<NearbyResult<SpaceNeed>>;
  /** OPEN needs that name a council area (a bounded list: one area's open needs). */
  listOpenSpaceNeedsByCouncil(councilCode: string): Promise<SpaceNeed[]>;

  getSpaceNeed(id: string): Promise<SpaceNeed | null>;
  getSpaceNeeds(ids: readonly string[]): Promise<ReadonlyMap<string, SpaceNeed>>;
  listSpaceNeedsByOrganisation(organisationId: string, page: PageRequest): Promise<Page<SpaceNeed>>;

  getSpaceInterest(id: string): Promise<SpaceInterest | null>;
  listInterestsSent(organisationId: string, page: PageRequest): Promise<Page<SpaceInterest>>;
  listInterestsReceived(organisationId: string, page: PageRequest): Promise<Page<SpaceInterest>>;
  listInterestsOfOffer(offer: SpaceOffer, page: PageRequest): Promise<Page<SpaceInterest>>;
  /** Every open (PENDING or ACCEPTED) interest in an offer. */
  listOpenInterestsOfOffer(offer: SpaceOffer): Promise<SpaceInterest[]>;

  /**
   * Writes the changes and their audit events in one transaction (more than fit in one are split, the first
   * transaction holding the first changes). `requireOpenOffer` adds a condition that the offer is still
   * OPEN. CONFLICT when any record changed meanwhile.
   */
  saveColocationChanges(
    changes: readonly ColocationRecordChange[],
    change: ChangeContext,
    options?: { requireOpenOffer?: string },
  ): Promise<void>;

  /**
   * A page of an already sorted list held in memory, with signed cursors. `orderKey` must sort as the list
   * does; the cursor carries the last item's key, so the next page starts after it even if the list changed.
   */
  /** The order key a cursor from pageSorted carries (BAD_USER_INPUT on `after` when it is not one). */
  decodeSortedCursor(cursorQuery: string, after: string): string;

  pageSorted<T>(
    cursorQuery: string,
    sorted: readonly T[],
    orderKey: (item: T) => string,
    page: PageRequest,
  ): Page<T>;
}

export interface IdempotencyStore {
  /** The claim on a caller's key if one was made within its window as of `at` (a strongly consistent read). */
  getIdempotencyClaim(scope: string, key: string, at: string): Promise<IdempotencyClaim | null>;
}

export type RegisterStore = OrganisationStore &
  BuildingStore &
  AuditStore &
  IdempotencyStore &
  ColocationStore;
