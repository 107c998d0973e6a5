import type { BuildingListScope } from '../../../kernel/domain/authorization';
import { assetReferenceStem } from '../domain/asset-import';
import { assetReferenceLookupId, assetReferenceStemLookupId } from '../domain/building-port';
import type {
  BuildingChangeOptions,
  AssetReferenceLookup,
  BuildingListFilter,
  BuildingStore,
  BuildingWrite,
} from '../domain/building-port';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AuditAction, Building } from '../../../kernel/domain/records';
import { buildingKey } from '../../../kernel/store/keys';
import { idempotencyWrites, membershipGuardWrite, toRecord } from '../../../kernel/store/items';
import { transactionSize } from '../../../kernel/store/change-feed';
import type { CursorCodec } from '../../../kernel/store/cursor';
import { readDataLevel, TABLE_DATA_LEVEL_KEY } from '../../../kernel/store/data-level';
import type { GuardedWrite, QuerySpec, Table } from '../../../kernel/store/table';
import {
  assetReferenceClaimKey,
  assetReferenceScope,
  assetReferenceStemKey,
  buildingsAtUprn,
  councilBuildings,
  ownerBuildings,
  ownerBuildingsNamed,
  uprnBuildingsPartition,
} from './building-keys';
import { changedOwner, createWrites, ownerExists, updateWrites, withEachMarkerOnce } from './building-items';
import { MAX_TRANSACTION_ITEMS, packTransactions } from './building-transactions';
import { listPublicAndOwn } from './list-public-and-own';

export { buildingItemsFor } from './building-items';

// The data level (src/kernel/store/data-level.ts) from which every stemmed reference has its stem marker.
const STEM_MARKERS_LEVEL = 1;

// A DynamoDB IN list takes at most 100 operands; one is the visibility value.
const MAX_OWNER_IDS_IN_FILTER = 99;

/**
 * Writes another register makes when a building changes: `first` goes in the building's own transaction,
 * each of `later` in one after it (for a building with more followers than one transaction holds). Wired by
 * the app (src/app/register-store.ts), so the buildings register knows no register that follows it.
 */
export type BuildingChangeHook = (
  before: Building,
  after: Building,
  change: ChangeContext,
  options: BuildingChangeOptions,
) => Promise<{ readonly first: readonly GuardedWrite[]; readonly later: readonly GuardedWrite[][] }>;

/**
 * A building's update as writes for another register's transaction (DynamoBuildingStore.planBuildingUpdate,
 * without a guard: the step's own transaction carries the caller's).
 */
export type BuildingUpdatePlanner = (
  before: Building,
  after: Building,
  action: AuditAction,
  change: ChangeContext,
) => Promise<{ readonly first: readonly GuardedWrite[]; readonly later: readonly GuardedWrite[][] }>;

/** Buildings and land, their UPRN index entries, asset reference claims and list entries. */
export class DynamoBuildingStore implements BuildingStore {
  /** Seen the table at the data level of the stem markers (findAssetReferenceStems). */
  #stemMarkersComplete = false;

  constructor(
    private readonly table: Table,
    /** Signs the cursors of the lists merged here (see #listPublicAndOwn); absent: those lists filter. */
    private readonly cursors: CursorCodec | null = null,
    /** What other registers write when a building changes (the app wires co-location's offers here). */
    private readonly changeHooks: readonly BuildingChangeHook[] = [],
  ) {}

  async getBuilding(id: string, options: { consistent?: boolean } = {}): Promise<Building | null> {
    // Reads for display may lag a write by a moment (half the read cost); reads a change is based on do not.
    const item = await this.table.get(buildingKey(id), { consistent: options.consistent ?? false });
    return item ? toRecord<Building>(item) : null;
  }

  listBuildingsByUprn(uprn: string, scope: BuildingListScope, page: PageRequest): Promise<Page<Building>> {
    return this.#list(
      {
        ...buildingsAtUprn(uprn),
        filter: scopeFilter(scope),
        cursorQuery: `buildingsByUprn|${uprnBuildingsPartition(uprn)}`,
      },
      page,
    );
  }

  async getBuildings(ids: readonly string[]): Promise<ReadonlyMap<string, Building>> {
    const items = await this.table.batchGet([...new Set(ids)].map(buildingKey));
    return new Map(items.map((item) => [String(item['id']), toRecord<Building>(item)]));
  }

  async findBuildingIdsByAssetReference(
    references: readonly AssetReferenceLookup[],
  ): Promise<ReadonlyMap<string, string>> {
    const claimKey = (ref: AssetReferenceLookup) =>
      assetReferenceClaimKey(assetReferenceScope(ref), ref.assetReference);
    const keyed = new Map(references.map((ref) => [claimKey(ref).pk, ref]));
    const claims = await this.table.batchGet([...keyed.values()].map(claimKey));
    const found = new Map<string, string>();
    for (const claim of claims) {
      const ref = keyed.get(String(claim['pk']));
      if (ref) found.set(assetReferenceLookupId(ref), String(claim['buildingId']));
    }
    return found;
  }

  async findAssetReferenceStems(
    references: readonly AssetReferenceLookup[],
  ): Promise<ReadonlySet<string> | null> {
    const markers = new Map<string, string>();
    for (const ref of references) {
      const stem = assetReferenceStem(ref.assetReference);
      if (stem)
        markers.set(
          assetReferenceStemKey(assetReferenceScope(ref), stem).pk,
          assetReferenceStemLookupId(ref, stem),
        );
    }
    // The table's data level rides in the same BatchGetItem until it has been seen at level 1: it never goes down.
    const askLevel = !this.#stemMarkersComplete;
    const keys = [...markers.keys()].map((pk) => ({ pk, sk: 'ASSETSTEM' }));
    const items = await this.table.batchGet(askLevel ? [TABLE_DATA_LEVEL_KEY, ...keys] : keys);
    if (askLevel) {
      const level = items.find((item) => item['pk'] === TABLE_DATA_LEVEL_KEY.pk);
      if (readDataLevel(level) < STEM_MARKERS_LEVEL) return null;
      this.#stemMarkersComplete = true;
    }
    const held = new Set<string>();
    for (const item of items) {
      const id = markers.get(String(item['pk']));
      if (id) held.add(id);
    }
    return held;
  }

  async listCurrentBuildingsByUprn(uprn: string): Promise<Building[]> {
    const items = await this.table.queryAll(buildingsAtUprn(uprn));
    return items.map((item) => toRecord<Building>(item));
  }

  async listOwnerBuildingsNamed(organisationId: string, name: string): Promise<Building[]> {
    const items = await this.table.queryAll(ownerBuildingsNamed(organisationId, name));
    return items.map((item) => toRecord<Building>(item));
  }

  /**
   * One Query a page, with no filter whenever the caller may see everything or only public buildings: the
   * category-only list reads the category-led index (gsi3), public-only callers read the public copies.
   * Only members of unverified organisations (public buildings plus their own) are still filtered.
   */
  async listBuildingsByCouncil(
    councilCode: string,
    filter: BuildingListFilter,
    page: PageRequest,
  ): Promise<Page<Building>> {
    const publicOnly = !filter.scope.all && filter.scope.visibleOwnerIds.length === 0;
    if (!filter.scope.all && !publicOnly) {
      const merged = await listPublicAndOwn(
        this.table,
        this.cursors,
        councilCode,
        filter,
        filter.scope.visibleOwnerIds,
        page,
      );
      if (merged) return merged;
    }
    return this.#list(
      {
        ...councilBuildings(councilCode, filter, publicOnly),
        filter: publicOnly ? null : scopeFilter(filter.scope),
        cursorQuery: `buildingsByCouncil|${councilCode}|${filter.status ?? ''}|${filter.category ?? ''}${publicOnly ? '|public' : ''}`,
      },
      page,
    );
  }

  listBuildingsByOwner(
    organisationId: string,
    scope: BuildingListScope,
    page: PageRequest,
  ): Promise<Page<Building>> {
    // Of one owner's buildings a caller sees all, or (not being one of its members) the public ones.
    const all = scope.all || scope.visibleOwnerIds.includes(organisationId);
    return this.#list(
      {
        ...ownerBuildings(organisationId, !all),
        cursorQuery: `buildingsByOwner|${organisationId}${all ? '' : '|public'}`,
      },
      page,
    );
  }

  async createBuilding(
    building: Building,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    // The key's claim goes first: on a retry its replay signal must win over the asset reference's CONFLICT.
    await this.table.transact([
      ...idempotencyWrites(tableName, change),
      // Checked before the role, so a missing owner is reported as such rather than as a missing role in it.
      ...(building.ownerOrganisationId ? [ownerExists(tableName, building.ownerOrganisationId)] : []),
      ...(guard ? [membershipGuardWrite(tableName, guard)] : []),
      ...createWrites(tableName, building, change),
    ]);
  }

  async updateBuilding(
    before: Building,
    after: Building,
    action: AuditAction,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
    options: BuildingChangeOptions = {},
  ): Promise<void> {
    const planned = await this.planBuildingUpdate(before, after, action, change, guard, options);
    for (const writes of packTransactions(planned.first, planned.later)) await this.table.transact(writes);
  }

  /**
   * The writes of updateBuilding, not sent: `first` for the building's own transaction (a new owner's
   * existence, the caller's role, the building's items and what its followers must change with it), `later`
   * the followers' groups that may go after it. Another register's step that changes a building with its
   * own records (listing a closing building's surplus) sends these in its transaction: wired by the app as a
   * `BuildingUpdatePlanner`.
   */
  async planBuildingUpdate(
    before: Building,
    after: Building,
    action: AuditAction,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
    options: BuildingChangeOptions = {},
  ): Promise<{ first: GuardedWrite[]; later: GuardedWrite[][] }> {
    const { tableName } = this.table;
    const newOwner = changedOwner(before, after);
    // Records of other registers that follow the building (an offer is shown to whoever may see its building,
    // found where it is and closed when it ends) change in the building's own transaction where they fit.
    const followers = await Promise.all(this.changeHooks.map((hook) => hook(before, after, change, options)));
    return {
      first: [
        ...(newOwner ? [ownerExists(tableName, newOwner)] : []),
        ...(guard ? [membershipGuardWrite(tableName, guard)] : []),
        ...updateWrites(tableName, before, after, action, change),
        ...followers.flatMap((writes) => writes.first),
      ],
      later: followers.flatMap((writes) => writes.later.map((group) => [...group])),
    };
  }

  /**
   * Several creates and updates in one transaction (an import's rows). The owners named are checked once
   * each (a transaction may not touch one item twice), and so is the caller's role.
   */
  async writeBuildingsTogether(
    changes: readonly BuildingWrite[],
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const owners = new Set(
      changes.flatMap((one) => {
        const owner = one.before ? changedOwner(one.before, one.after) : one.after.ownerOrganisationId;
        return owner ? [owner] : [];
      }),
    );
    const writes = withEachMarkerOnce([
      ...[...owners].map((owner) => ownerExists(tableName, owner)),
      ...(guard ? [membershipGuardWrite(tableName, guard)] : []),
      ...changes.flatMap((one) =>
        one.before
          ? updateWrites(tableName, one.before, one.after, one.action, change)
          : createWrites(tableName, one.after, change),
      ),
    ]);
    if (transactionSize(writes) > MAX_TRANSACTION_ITEMS) {
      throw new Error(
        `${transactionSize(writes)} items do not fit in one transaction (at most ${MAX_TRANSACTION_ITEMS})`,
      );
    }
    await this.table.transact(writes);
  }

  #list(spec: QuerySpec, page: PageRequest): Promise<Page<Building>> {
    return this.table.queryPage(spec, page, (item) => toRecord<Building>(item));
  }
}

type Filter = NonNullable<QuerySpec['filter']>;

/** Narrows a list to what the caller may see, as decided by scopeBuildingList in the domain. */
function scopeFilter(scope: BuildingListScope): Filter | null {
  if (scope.all) return null;
  const ownerIds = scope.visibleOwnerIds.slice(0, MAX_OWNER_IDS_IN_FILTER);
  const values: Record<string, unknown> = { ':visibility': scope.visibility };
  ownerIds.forEach((id, index) => (values[`:owner${index}`] = id));
  const ownerClause = ownerIds.length
    ? ` OR #owner IN (${ownerIds.map((_, index) => `:owner${index}`).join(', ')})`
    : '';
  return {
    expression: `#visibility = :visibility${ownerClause}`,
    names: { '#visibility': 'visibility', ...(ownerIds.length ? { '#owner': 'ownerOrganisationId' } : {}) },
    values,
  };
}
