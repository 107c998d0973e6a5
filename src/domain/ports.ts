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
import type { ActorMembership, BuildingListScope, MembershipRequirement } from './authorization';
import { assetReferenceKey, assetReferenceScope } from './identifiers';
import type { GeoPoint } from './location';
import type { SpaceInterest } from './space-interest';
import type { SpaceNeed } from './space-need';
import type { OfferStatus, SpaceOffer } from './space-offer';
import type { IdempotencyClaim } from './idempotency';
import type { AcvEntry, AcvNotice, AcvSettings, AcvTask } from './acv-records';
import type { IsoDate } from './acv-timetable';

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

/**
 * Memberships the acting user must hold at the moment a change is written, checked by the store inside the
 * change's own transaction (issue 7: no read of the caller's memberships before a write). Every clause must
 * hold; a clause holds when the user has any one of its memberships. Decided by the domain
 * (`membershipsThatAllow`); a failure is a MembershipCheckFailedError.
 */
export interface MembershipGuard {
  readonly userId: string;
  readonly clauses: readonly (readonly MembershipRequirement[])[];
}

/** What a membership carries about its organisation onto the member's access item (for authorization). */
export type MembershipOrganisationFacts = Pick<Organisation, 'id' | 'kind' | 'gssCode' | 'verified'>;

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
    guard?: MembershipGuard | null,
  ): Promise<void>;

  /**
   * The organisation with one of its memberships and/or invitations, read strongly consistent in one
   * request (a change to a member or an invitation is based on both). Nulls for what does not exist.
   */
  getOrganisationForChange(
    organisationId: string,
    parts: { readonly memberUserId?: string; readonly inviteEmail?: string },
  ): Promise<OrganisationForChange>;
  /** The organisation with every member and the count of membership changes (one Query), or null. */
  getOrganisationForVerification(id: string): Promise<OrganisationForVerification | null>;
  /**
   * Writes a change of `verified` (or anything else members copy onto their access items): the record, its
   * area entries, audit, and every member's access item, checking no membership changed since `read`.
   */
  verifyOrganisation(
    read: OrganisationForVerification,
    after: Organisation,
    action: string,
    change: ChangeContext,
  ): Promise<void>;

  getMembership(organisationId: string, userId: string): Promise<Membership | null>;
  /**
   * The user's memberships with what authorization needs about each organisation, from the one item per user
   * written with every membership change: one GetItem.
   */
  getActorMemberships(userId: string): Promise<ActorMembership[]>;
  /**
   * The organisation with one page of its members, and the given user's own membership when there is one,
   * from one Query of the organisation's partition. Null when there is no such organisation.
   */
  getOrganisationWithMembers(
    organisationId: string,
    userId: string | null,
    page: PageRequest,
  ): Promise<OrganisationWithMembers | null>;
  /** Every membership of one user (a person belongs to a handful of organisations). */
  listMembershipsOfUser(userId: string): Promise<Membership[]>;
  listMembers(organisationId: string, page: PageRequest): Promise<Page<Membership>>;
  /** CONFLICT when the user is already a member. */
  addMember(
    membership: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;
  /** CONFLICT when the version is stale or the change would leave the organisation without an admin. */
  changeMemberRole(
    before: Membership,
    role: MemberRole,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<Membership>;
  /** CONFLICT when the version is stale or the member is the last admin. */
  removeMember(
    before: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;

  /** `replaced`: the invitation it replaces as already read (null: none); read here when not given. */
  putInvite(
    invite: Invite,
    change: ChangeContext,
    guard?: MembershipGuard | null,
    replaced?: Invite | null,
  ): Promise<void>;
  getInvite(organisationId: string, email: string): Promise<Invite | null>;
  listInvitesOfOrganisation(organisationId: string): Promise<Invite[]>;
  listInvitesForEmail(email: string): Promise<Invite[]>;
  /** Deletes the invitation; CONFLICT when it no longer exists. */
  revokeInvite(invite: Invite, change: ChangeContext, guard?: MembershipGuard | null): Promise<void>;
  /** Turns the invitation into a membership in one transaction; CONFLICT if either step is no longer possible. */
  claimInvite(
    invite: Invite,
    membership: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
  ): Promise<void>;

  /** The council organisation registered for a GSS code, or null (issue 10: imports and open data). */
  findCouncilByGssCode(gssCode: string): Promise<Organisation | null>;

  /** True when a council organisation is registered for the GSS code (one GetItem of its claim). */
  isCouncilRegistered(gssCode: string): Promise<boolean>;
}

/** What a change to a member or an invitation is based on, read together. */
export interface OrganisationForChange {
  readonly organisation: Organisation | null;
  readonly membership: Membership | null;
  readonly invite: Invite | null;
}

/** What a verification is based on: the record, all its members and the count of membership changes. */
export interface OrganisationForVerification {
  readonly organisation: Organisation;
  readonly members: readonly Membership[];
  readonly membershipChanges: number | null;
}

/** An organisation, one page of its members and the caller's own membership (for authorization). */
export interface OrganisationWithMembers {
  readonly organisation: Organisation;
  readonly members: Page<Membership>;
  readonly callerMembership: Membership | null;
}

export interface BuildingListFilter {
  readonly status: BuildingStatus | null;
  readonly category: BuildingCategory | null;
  readonly scope: BuildingListScope;
}

export interface BuildingStore {
  /** Eventually consistent unless `consistent` (for a read a change is based on). */
  getBuilding(id: string, options?: { consistent?: boolean }): Promise<Building | null>;
  /** Current buildings with this UPRN (in any written form), by name; several assets may share one UPRN. */
  listBuildingsByUprn(uprn: string, scope: BuildingListScope, page: PageRequest): Promise<Page<Building>>;
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
  /**
   * CONFLICT (with `existingBuildingId` in its details) when the owner's asset reference is taken;
   * BAD_USER_INPUT when the owner organisation does not exist; MembershipCheckFailedError when `guard` fails.
   */
  createBuilding(building: Building, change: ChangeContext, guard?: MembershipGuard | null): Promise<void>;
  /**
   * Replaces `before` with `after` if the stored version is still `before.version`; CONFLICT otherwise.
   * Checks `guard` and a new owner's existence in the same transaction.
   */
  updateBuilding(
    before: Building,
    after: Building,
    action: string,
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;

  // --- Lookups for batch imports (issue 10) ---
  /** Many buildings by id in as few requests as DynamoDB allows; missing ids are absent from the map. */
  getBuildings(ids: readonly string[]): Promise<ReadonlyMap<string, Building>>;
  /** The current building holding each asset reference, keyed by `assetReferenceLookupId`. */
  findBuildingIdsByAssetReference(
    references: readonly AssetReferenceLookup[],
  ): Promise<ReadonlyMap<string, string>>;
  /** Every current building with this UPRN (a handful: the assets of one site). */
  listCurrentBuildingsByUprn(uprn: string): Promise<Building[]>;
  /** The current buildings of an owner with exactly this name key. */
  listOwnerBuildingsNamed(organisationId: string, name: string): Promise<Building[]>;
  /**
   * Several creates and updates (each as createBuilding or updateBuilding would write it) in one
   * transaction, all or nothing, at most 100 items. Any failure fails them all: the caller then writes them
   * one by one to learn which one failed and why.
   */
  writeBuildingsTogether(
    writes: readonly BuildingWrite[],
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;
}

/** A create (no `before`) or an update of one building, for writeBuildingsTogether. */
export interface BuildingWrite {
  readonly before: Building | null;
  readonly after: Building;
  readonly action: string;
}

/**
 * The most items one building write puts in a transaction (building, public copy, restricted copy (one of the
 * two is put, the other deleted when the visibility changes), audit, UPRN entry, the old and the new asset
 * reference claim), besides the checks a batch shares (owners, the caller's role).
 */
export const MAX_ITEMS_PER_BUILDING_WRITE = 7;
/** Items a batch of building writes keeps for its shared checks: the owner organisation and the caller's role. */
export const SHARED_ITEMS_PER_BUILDING_BATCH = 2;

/** An asset reference and whose it is (the owner organisation, or the council area for unregistered owners). */
export interface AssetReferenceLookup {
  readonly ownerOrganisationId: string | null;
  readonly councilCode: string;
  readonly assetReference: string;
}

/** One string per asset reference within its scope, to key the answers of `findBuildingIdsByAssetReference`. */
export const assetReferenceLookupId = (ref: AssetReferenceLookup): string =>
  `${assetReferenceScope(ref)}|${assetReferenceKey(ref.assetReference)}`;

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
  /** Size of the items read (their JSON, about DynamoDB's own measure of an item). */
  readonly bytesRead: number;
  readonly requests: number;
  /**
   * False when a budget ran out before every range was read: `found` is then not the whole circle (or
   * ring) and must not be used as an answer. Always true without budgets.
   */
  readonly complete: boolean;
}

/**
 * What distance searches may still read: taken before each Query, given back for what it did not use. A
 * search is given its own and its request's (shared by every search of the request), and reads only while
 * every one of them lasts. Made per search or per request, never shared across requests.
 */
export interface DistanceReadBudget {
  items: number;
  bytes: number;
  queries: number;
}

export interface NearbySearch {
  /** Only items farther than this need be read (a ring: the search has read the circle within already). */
  readonly beyondKm?: number;
  readonly budgets?: readonly DistanceReadBudget[];
  /** Most items one Query may read (DynamoDB's Limit), so a read in flight overshoots its budget little. */
  readonly itemsPerQuery?: number;
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

  /**
   * A page of an already sorted list held in memory, with signed cursors. `orderKey` must sort as the list
   * does; the cursor carries the last item's key, so the next page starts after it even if the list changed.
   */
  /** The order key a cursor from pageSorted carries (BAD_USER_INPUT on `after` when it is not one). */
  decodeSortedCursor(cursorQuery: string, after: string): string;
  /** The cursor of a position in a list sorted in memory (`pageSorted`), for a page that ends short. */
  encodeSortedCursor(cursorQuery: string, key: string): string;

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
  AcvStore &
  ColocationStore;

// --- Assets of community value (src/store/acv-store.ts) ---

/** A step of an entry as the store writes it: the entry, its notices and its audit action, in one transaction. */
export interface AcvChange {
  readonly entry: AcvEntry;
  readonly notices: readonly AcvNotice[];
  readonly auditAction: string;
}

export interface AcvStore {
  getAcvEntry(id: string): Promise<AcvEntry | null>;
  getAcvEntries(ids: readonly string[]): Promise<ReadonlyMap<string, AcvEntry>>;
  /** Entries about one register building (a handful), for the re-nomination rule. */
  listAcvEntriesOfBuilding(buildingId: string): Promise<AcvEntry[]>;
  /**
   * Entries about each of several buildings (a page of buildings): one Query of links per building, in
   * parallel, then one BatchGetItem of every entry they name. Keyed by building id (empty when none).
   */
  listAcvEntriesOfBuildings(buildingIds: readonly string[]): Promise<ReadonlyMap<string, AcvEntry[]>>;
  /** Listed entries whose listing lasts until `from` or later, by the last day of the listing. */
  listListedAcvEntries(councilCode: string, from: IsoDate, page: PageRequest): Promise<Page<AcvEntry>>;
  listUnsuccessfulAcvEntries(councilCode: string, page: PageRequest): Promise<Page<AcvEntry>>;
  listAcvEntriesOfNominator(organisationId: string, page: PageRequest): Promise<Page<AcvEntry>>;
  /** Open duties due on or before `until`, overdue first; moratorium ends already past `today` left out. */
  listAcvWorkQueue(
    councilCode: string,
    today: IsoDate,
    until: IsoDate,
    page: PageRequest,
  ): Promise<Page<AcvTask>>;
  listAcvNotices(entryId: string, page: PageRequest): Promise<Page<AcvNotice>>;
  /** The outbox: one council's statutory notices dated `date`, for sending. */
  listAcvOutbox(councilCode: string, date: IsoDate, page: PageRequest): Promise<Page<AcvNotice>>;
  /** Writes a new entry with its tasks, building link and audit event. */
  /** `guard`: the caller's memberships that allow the step, checked in its transaction (see MembershipGuard). */
  createAcvEntry(change: AcvChange, ctx: ChangeContext, guard?: MembershipGuard | null): Promise<void>;
  /** Replaces `before` with `change.entry` if the stored version is still `before.version`; CONFLICT otherwise. */
  updateAcvEntry(
    before: AcvEntry,
    change: AcvChange,
    ctx: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;
  getAcvSettings(councilCode: string): Promise<AcvSettings | null>;
  /** Creates (`before` null) or replaces the council's settings, with an audit event. */
  putAcvSettings(
    before: AcvSettings | null,
    after: AcvSettings,
    ctx: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;

  // ACV register import (importAcvEntries). createAcvEntry claims an entry's `registerReference` for its
  // council in the same transaction (CONFLICT when another entry holds it).
  /** The entry ids holding these register references in the council, by `assetReferenceKey(reference)`. */
  findAcvEntryIdsByRegisterReference(
    councilCode: string,
    references: readonly string[],
  ): Promise<ReadonlyMap<string, string>>;
}
