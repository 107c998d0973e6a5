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
import { assetReferenceKey, assetReferenceScope } from './identifiers';
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

  /** The council organisation registered for a GSS code, or null (issue 10: imports and open data). */
  findCouncilByGssCode(gssCode: string): Promise<Organisation | null>;
}

export interface BuildingListFilter {
  readonly status: BuildingStatus | null;
  readonly category: BuildingCategory | null;
  readonly scope: BuildingListScope;
}

export interface BuildingStore {
  getBuilding(id: string): Promise<Building | null>;
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
  /** CONFLICT (with `existingBuildingId` in its details) when the owner's asset reference is taken. */
  createBuilding(building: Building, change: ChangeContext): Promise<void>;
  /** Replaces `before` with `after` if the stored version is still `before.version`; CONFLICT otherwise. */
  updateBuilding(before: Building, after: Building, action: string, change: ChangeContext): Promise<void>;

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
   * transaction, all or nothing, at most 100 items (about 16 buildings). Any failure fails them all: the
   * caller then writes them one by one to learn which one failed and why.
   */
  writeBuildingsTogether(writes: readonly BuildingWrite[], change: ChangeContext): Promise<void>;
}

/** A create (no `before`) or an update of one building, for writeBuildingsTogether. */
export interface BuildingWrite {
  readonly before: Building | null;
  readonly after: Building;
  readonly action: string;
}

/** The most items one building write puts in a transaction (building, audit, UPRN entry, two claims). */
export const MAX_ITEMS_PER_BUILDING_WRITE = 5;

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

export interface IdempotencyStore {
  /** The claim on a caller's key if one was made within its window as of `at` (a strongly consistent read). */
  getIdempotencyClaim(scope: string, key: string, at: string): Promise<IdempotencyClaim | null>;
}

export type RegisterStore = OrganisationStore & BuildingStore & AuditStore & IdempotencyStore;
