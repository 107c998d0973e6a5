/** What the buildings register needs from storage, in domain terms (src/registers/buildings/store implements it). */
import type { BuildingListScope } from '../../../kernel/domain/authorization';
import { assetReferenceKey, assetReferenceScope } from '../../../kernel/domain/identifiers';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AuditAction, Building, BuildingCategory, BuildingStatus } from '../../../kernel/domain/records';

export interface BuildingListFilter {
  readonly status: BuildingStatus | null;
  readonly category: BuildingCategory | null;
  readonly scope: BuildingListScope;
}

/** What the caller of a building change told the registers that follow the building. */
export interface BuildingChangeOptions {
  /** Archiving: close the building's open listings of surplus items rather than refuse (CONFLICT). */
  readonly closeOpenListings?: boolean;
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
   * Checks `guard` and a new owner's existence in the same transaction. `options` reach the registers that
   * follow the building (its hooks).
   */
  updateBuilding(
    before: Building,
    after: Building,
    action: AuditAction,
    change: ChangeContext,
    guard?: MembershipGuard | null,
    options?: BuildingChangeOptions,
  ): Promise<void>;

  // --- Lookups for batch imports (issue 10) ---
  /** Many buildings by id in as few requests as DynamoDB allows; missing ids are absent from the map. */
  getBuildings(ids: readonly string[]): Promise<ReadonlyMap<string, Building>>;
  /** The current building holding each asset reference, keyed by `assetReferenceLookupId`. */
  findBuildingIdsByAssetReference(
    references: readonly AssetReferenceLookup[],
  ): Promise<ReadonlyMap<string, string>>;
  /**
   * Which of these references' stems (assetReferenceStem) some building of the scope holds, keyed by
   * `assetReferenceStemLookupId`; null when the table cannot say (data written before the stem markers and
   * not yet backfilled), and then every stem must be looked up.
   */
  findAssetReferenceStems(references: readonly AssetReferenceLookup[]): Promise<ReadonlySet<string> | null>;
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
  readonly action: AuditAction;
}

/**
 * The most items one building write puts in a transaction (building, public copy, restricted copy (one of the
 * two is put, the other deleted when the visibility changes), audit, UPRN entry, the old and the new asset
 * reference claim, the new reference's stem marker, its changes feed entry, and when it moves to another council
 * the entry and counter of that council's feed too), besides what a batch shares (owners, the caller's role).
 */
export const MAX_ITEMS_PER_BUILDING_WRITE = 11;
/**
 * Items a batch of building writes keeps for what it shares: the owner organisation, the caller's role and
 * the council's changes feed counter.
 */
export const SHARED_ITEMS_PER_BUILDING_BATCH = 3;

/** An asset reference and whose it is (the owner organisation, or the council area for unregistered owners). */
export interface AssetReferenceLookup {
  readonly ownerOrganisationId: string | null;
  readonly councilCode: string;
  readonly assetReference: string;
}

/** One string per asset reference within its scope, to key the answers of `findBuildingIdsByAssetReference`. */
export const assetReferenceLookupId = (ref: AssetReferenceLookup): string =>
  `${assetReferenceScope(ref)}|${assetReferenceKey(ref.assetReference)}`;

/** One string per stem within its scope, to key the answers of `findAssetReferenceStems`. */
export const assetReferenceStemLookupId = (
  scope: { ownerOrganisationId: string | null; councilCode: string },
  stem: string,
): string => `${assetReferenceScope(scope)}|${stem}`;
