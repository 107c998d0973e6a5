import { badInput, ConflictError } from '../../../kernel/domain/errors';
import type { BuildingListScope } from '../../../kernel/domain/authorization';
import { assetReferenceLookupId } from '../domain/building-port';
import type {
  AssetReferenceLookup,
  BuildingListFilter,
  BuildingStore,
  BuildingWrite,
} from '../domain/building-port';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { Building } from '../../../kernel/domain/records';
import {
  assetReferenceClaimKey,
  assetReferenceScope,
  buildingKey,
  buildingUprnEntryKey,
  councilBuildingIndexKeys,
  councilBuildingPrefix,
  councilBuildingsPartition,
  councilCategoryIndexKeys,
  councilCategoryPrefix,
  organisationKey,
  ownerBuildingIndexKeys,
  ownerCouncilBuildingsPartition,
  ownerBuildingNamePrefix,
  ownerBuildingsPartition,
  publicBuildingKey,
  publicCouncilBuildingsPartition,
  publicOwnerBuildingsPartition,
  restrictedBuildingKey,
  uprnBuildingsPartition,
  uprnIndexKeys,
} from '../../../kernel/store/keys';
import type { ItemKey } from '../../../kernel/store/keys';
import {
  auditWrite,
  idempotencyWrites,
  IS_NEW,
  membershipGuardWrite,
  toRecord,
  versionedReplace,
} from '../../../kernel/store/items';
import type { CursorCodec } from '../../../kernel/store/cursor';
import type { GuardedWrite, Item, QuerySpec, Table } from '../../../kernel/store/table';

// The caller's own organisations whose buildings a council list merges with the public copies (beyond, it
// filters the council's partition instead).
const OWN_PARTITIONS_AT_MOST = 5;
// DynamoDB's limit on the items of one TransactWriteItems.
const MAX_TRANSACTION_ITEMS = 100;
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
) => Promise<{ readonly first: readonly GuardedWrite[]; readonly later: readonly GuardedWrite[][] }>;

/** Buildings and land, their UPRN index entries, asset reference claims and list entries. */
export class DynamoBuildingStore implements BuildingStore {
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
        indexName: 'gsi1',
        partition: uprnBuildingsPartition(uprn),
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

  async listCurrentBuildingsByUprn(uprn: string): Promise<Building[]> {
    const items = await this.table.queryAll({ indexName: 'gsi1', partition: uprnBuildingsPartition(uprn) });
    return items.map((item) => toRecord<Building>(item));
  }

  async listOwnerBuildingsNamed(organisationId: string, name: string): Promise<Building[]> {
    const items = await this.table.queryAll({
      indexName: 'gsi2',
      partition: ownerBuildingsPartition(organisationId),
      sortPrefix: ownerBuildingNamePrefix(name),
    });
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
    const categoryOnly = filter.category && !filter.status ? filter.category : null;
    const publicOnly = !filter.scope.all && filter.scope.visibleOwnerIds.length === 0;
    if (!filter.scope.all && !publicOnly) {
      const merged = await this.#listPublicAndOwn(councilCode, filter, filter.scope.visibleOwnerIds, page);
      if (merged) return merged;
    }
    const partition = publicOnly
      ? publicCouncilBuildingsPartition(councilCode)
      : councilBuildingsPartition(councilCode);
    return this.#list(
      {
        indexName: categoryOnly ? 'gsi3' : 'gsi1',
        partition,
        sortPrefix: categoryOnly
          ? councilCategoryPrefix(categoryOnly)
          : councilBuildingPrefix(filter.status, filter.category),
        filter: publicOnly ? null : scopeFilter(filter.scope),
        cursorQuery: `buildingsByCouncil|${councilCode}|${filter.status ?? ''}|${filter.category ?? ''}${publicOnly ? '|public' : ''}`,
      },
      page,
    );
  }

  /**
   * A member of organisations none of which is verified sees the PUBLIC buildings and their own
   * organisations' buildings: the public copies' key range merged, in the list's own order, with each of
   * their organisations' restricted copies in the council (same index, same sort key, a partition per owner).
   * Each range is one Query with no filter reading at most a page (plus one); the organisations' ranges are
   * usually empty or a few items. The cursor is the sort key of the last building shown, signed for this list
   * and the caller's organisations. Null (the filtered Query instead) for a caller with more organisations
   * than `OWN_PARTITIONS_AT_MOST`.
   */
  async #listPublicAndOwn(
    councilCode: string,
    filter: BuildingListFilter,
    ownerIds: readonly string[],
    page: PageRequest,
  ): Promise<Page<Building> | null> {
    const cursors = this.cursors;
    const owners = [...new Set(ownerIds)].sort();
    if (!cursors || owners.length > OWN_PARTITIONS_AT_MOST) return null;
    const categoryOnly = filter.category && !filter.status ? filter.category : null;
    const indexName = categoryOnly ? 'gsi3' : 'gsi1';
    const sortName = categoryOnly ? 'gsi3sk' : 'gsi1sk';
    const prefix = categoryOnly
      ? councilCategoryPrefix(categoryOnly)
      : (councilBuildingPrefix(filter.status, filter.category) ?? '');
    const cursorQuery = `buildingsByCouncil|${councilCode}|${filter.status ?? ''}|${filter.category ?? ''}|own:${owners.join(',')}`;
    const after = page.after ? cursors.decode(cursorQuery, page.after)['sort'] : undefined;
    if (page.after && (after === undefined || !after.startsWith(prefix))) {
      throw new Error('A signed cursor named another list');
    }
    // Sort keys end in the building's id, so none is a prefix of another: `after + ' '` is the least key
    // greater than `after` any building can have.
    const range = { from: after === undefined ? prefix || undefined : `${after} `, to: `${prefix}\uffff` };
    const partitions = [
      publicCouncilBuildingsPartition(councilCode),
      ...owners.map((owner) => ownerCouncilBuildingsPartition(councilCode, owner)),
    ];
    const reads = await Promise.all(
      partitions.map((partition) =>
        this.table.queryOnce({ indexName, partition, sortRange: range }, page.first + 1),
      ),
    );
    const sortOf = (item: Item) => String(item[sortName]);
    // A range that holds more than was read is in order only up to its last item read: the page ends there.
    const ends = reads.flatMap((read) => (read.more ? [sortOf(read.items.at(-1) ?? {})] : []));
    const end = ends.length ? ends.reduce((least, key) => (key < least ? key : least)) : null;
    const merged = reads
      .flatMap((read) => read.items)
      .filter((item) => end === null || sortOf(item) <= end)
      .sort((x, y) => (sortOf(x) < sortOf(y) ? -1 : sortOf(x) > sortOf(y) ? 1 : 0));
    const edges = merged.slice(0, page.first).map((item) => ({
      node: toRecord<Building>(item),
      cursor: cursors.encode(cursorQuery, { sort: sortOf(item) }),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: merged.length > page.first || end !== null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
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
        indexName: 'gsi2',
        partition: all
          ? ownerBuildingsPartition(organisationId)
          : publicOwnerBuildingsPartition(organisationId),
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
      ...(building.ownerOrganisationId ? [this.#ownerExists(building.ownerOrganisationId)] : []),
      ...(guard ? [membershipGuardWrite(tableName, guard)] : []),
      ...this.#createWrites(building, change),
    ]);
  }

  async updateBuilding(
    before: Building,
    after: Building,
    action: string,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const newOwner = changedOwner(before, after);
    // Records of other registers that follow the building (an offer is shown to whoever may see its building,
    // found where it is and closed when it ends) change in the building's own transaction where they fit.
    const followers = await Promise.all(this.changeHooks.map((hook) => hook(before, after, change)));
    const transactions = packTransactions(
      [
        ...(newOwner ? [this.#ownerExists(newOwner)] : []),
        ...(guard ? [membershipGuardWrite(tableName, guard)] : []),
        ...this.#updateWrites(before, after, action, change),
        ...followers.flatMap((writes) => writes.first),
      ],
      followers.flatMap((writes) => writes.later),
    );
    for (const writes of transactions) await this.table.transact(writes);
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
    const writes = [
      ...[...owners].map((owner) => this.#ownerExists(owner)),
      ...(guard ? [membershipGuardWrite(tableName, guard)] : []),
      ...changes.flatMap((one) =>
        one.before
          ? this.#updateWrites(one.before, one.after, one.action, change)
          : this.#createWrites(one.after, change),
      ),
    ];
    if (writes.length > MAX_TRANSACTION_ITEMS) {
      throw new Error(
        `${writes.length} items do not fit in one transaction (at most ${MAX_TRANSACTION_ITEMS})`,
      );
    }
    await this.table.transact(writes);
  }

  /** The record, its public copy, its audit event, its UPRN entry and its asset reference claim. */
  #createWrites(building: Building, change: ChangeContext): GuardedWrite[] {
    const { tableName } = this.table;
    return [
      { write: { Put: { TableName: tableName, Item: buildingItem(building), ...IS_NEW } } },
      ...publicCopyWrites(tableName, null, building),
      ...restrictedCopyWrites(tableName, null, building),
      auditWrite(
        tableName,
        { recordType: 'BUILDING', recordId: building.id, action: 'CREATED', version: building.version },
        null,
        building,
        change,
      ),
      ...this.#indexWrites(null, building),
    ];
  }

  #updateWrites(before: Building, after: Building, action: string, change: ChangeContext): GuardedWrite[] {
    const { tableName } = this.table;
    return [
      ...versionedReplace(
        tableName,
        { what: 'Building', recordType: 'BUILDING', recordId: after.id, item: buildingItem(after) },
        before,
        after,
        action,
        change,
      ),
      ...publicCopyWrites(tableName, before, after),
      ...restrictedCopyWrites(tableName, before, after),
      ...this.#indexWrites(before, after),
    ];
  }

  /** The owner named by a change must be an organisation in the register. */
  #ownerExists(organisationId: string): GuardedWrite {
    return {
      write: {
        ConditionCheck: {
          TableName: this.table.tableName,
          Key: organisationKey(organisationId),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      onConditionFailed: () =>
        badInput('input.ownerOrganisationId', 'no organisation in the register has this id'),
    };
  }

  #list(spec: QuerySpec, page: PageRequest): Promise<Page<Building>> {
    return this.table.queryPage(spec, page, (item) => toRecord<Building>(item));
  }

  /**
   * The UPRN index entry and the asset reference claim that go with a change from `before` (null: created)
   * to `after`. Only a current building is in the UPRN index and holds its asset reference: archiving frees
   * the reference for the building that replaces it. UPRNs are compared in canonical form, and the entry has
   * a fixed key per building, so no transaction ever writes one item twice (a UPRN re-typed with leading
   * zeros simply rewrites the entry).
   */
  #indexWrites(before: Building | null, after: Building): GuardedWrite[] {
    const { tableName } = this.table;
    const writes: GuardedWrite[] = [];
    const uprnAfter = after.archivedAt ? null : after.uprn;
    if (uprnAfter) {
      writes.push({
        write: {
          Put: {
            TableName: tableName,
            Item: {
              ...buildingUprnEntryKey(after.id),
              ...uprnIndexKeys({ id: after.id, uprn: uprnAfter, name: after.name }),
              entity: 'BuildingUprnEntry',
              ...after,
            },
          },
        },
      });
    } else if (before?.uprn && !before.archivedAt) {
      writes.push({ write: { Delete: { TableName: tableName, Key: buildingUprnEntryKey(after.id) } } });
    }

    const claimBefore = before && !before.archivedAt ? assetReferenceClaim(before) : null;
    const claimAfter = after.archivedAt ? null : assetReferenceClaim(after);
    if (claimBefore?.pk !== claimAfter?.pk) {
      if (claimBefore) {
        writes.push({
          write: {
            Delete: {
              TableName: tableName,
              Key: claimBefore,
              ConditionExpression: 'buildingId = :id',
              ExpressionAttributeValues: { ':id': after.id },
            },
          },
        });
      }
      if (claimAfter) writes.push(this.#claimAssetReference(claimAfter, after));
    }
    return writes;
  }

  #claimAssetReference(key: ItemKey, building: Building): GuardedWrite {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: {
            ...key,
            entity: 'AssetReferenceClaim',
            assetReference: building.assetReference,
            buildingId: building.id,
          },
          ...IS_NEW,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      // The message names no building: the resolver adds the id only for a caller who may see it.
      onConditionFailed: (existing) =>
        new ConflictError(
          `Asset reference ${String(building.assetReference)} is already used by another current building of the same owner`,
          { field: 'input.assetReference', existingBuildingId: existing?.['buildingId'] ?? null },
        ),
    };
  }
}

/**
 * The transactions of a change: `first` in one (CONFLICT, writing nothing, when it does not fit: a building
 * with more live offers than about 45 cannot be moved, archived or handed over until some are withdrawn),
 * then each group of `later` added to it while it fits and to further transactions after it. A group (one
 * record's writes) is never split.
 */
export function packTransactions(
  first: readonly GuardedWrite[],
  later: readonly (readonly GuardedWrite[])[],
  max = MAX_TRANSACTION_ITEMS,
): GuardedWrite[][] {
  if (first.length > max) {
    throw new ConflictError(
      `The change needs ${first.length} items in one transaction, more than the ${max} DynamoDB allows: ` +
        "withdraw some of the building's open offers first",
    );
  }
  const transactions: GuardedWrite[][] = [[...first]];
  for (const group of later) {
    const last = transactions[transactions.length - 1] ?? [];
    if (last.length + group.length <= max) last.push(...group);
    else transactions.push([...group]);
  }
  return transactions;
}

function assetReferenceClaim(building: Building): ItemKey | null {
  return building.assetReference
    ? assetReferenceClaimKey(assetReferenceScope(building), building.assetReference)
    : null;
}

/** The registered owner a change moves a building to, if any (it must exist). */
function changedOwner(before: Building, after: Building): string | null {
  return after.ownerOrganisationId && after.ownerOrganisationId !== before.ownerOrganisationId
    ? after.ownerOrganisationId
    : null;
}

/** The stored item: a current building is listed by council (twice) and by owner; an archived one is not. */
function buildingItem(building: Building): Item {
  const listed = !building.archivedAt;
  return {
    ...buildingKey(building.id),
    entity: 'Building',
    ...(listed ? { ...councilBuildingIndexKeys(building), ...councilCategoryIndexKeys(building) } : {}),
    ...(listed && building.ownerOrganisationId
      ? ownerBuildingIndexKeys({ ...building, ownerOrganisationId: building.ownerOrganisationId })
      : {}),
    ...building,
  };
}

/**
 * Every item that stores one building (the record and, when it is current and PUBLIC, its public copy),
 * for bulk loads outside the request path (the benchmark's large data set, a backfill). Not the UPRN claim.
 */
export function buildingItemsFor(building: Building): Item[] {
  return [
    buildingItem(building),
    ...(hasPublicCopy(building) ? [publicBuildingItem(building)] : []),
    ...(hasRestrictedCopy(building) ? [restrictedBuildingItem(building)] : []),
  ];
}

const hasPublicCopy = (building: Building | null): building is Building =>
  building !== null && !building.archivedAt && building.visibility === 'PUBLIC';

/** The public copy of a current PUBLIC building: the record again, in the public partitions of each list. */
function publicBuildingItem(building: Building): Item {
  const byCouncil = councilBuildingIndexKeys(building);
  const byCategory = councilCategoryIndexKeys(building);
  const publicCouncil = publicCouncilBuildingsPartition(building.councilCode);
  return {
    ...publicBuildingKey(building.id),
    entity: 'PublicBuilding',
    gsi1pk: publicCouncil,
    gsi1sk: byCouncil.gsi1sk,
    gsi3pk: publicCouncil,
    gsi3sk: byCategory.gsi3sk,
    ...(building.ownerOrganisationId
      ? {
          gsi2pk: publicOwnerBuildingsPartition(building.ownerOrganisationId),
          gsi2sk: ownerBuildingIndexKeys({ ...building, ownerOrganisationId: building.ownerOrganisationId })
            .gsi2sk,
        }
      : {}),
    ...building,
  };
}

/**
 * Keeps the public copy in step with the record, in the record's own transaction (whose version condition
 * already orders concurrent changes): written while the building is current and PUBLIC, deleted otherwise.
 */
function publicCopyWrites(tableName: string, before: Building | null, after: Building): GuardedWrite[] {
  if (hasPublicCopy(after)) {
    return [{ write: { Put: { TableName: tableName, Item: publicBuildingItem(after) } } }];
  }
  if (hasPublicCopy(before)) {
    return [{ write: { Delete: { TableName: tableName, Key: publicBuildingKey(before.id) } } }];
  }
  return [];
}

const hasRestrictedCopy = (
  building: Building | null,
): building is Building & { ownerOrganisationId: string } =>
  building !== null &&
  !building.archivedAt &&
  building.visibility !== 'PUBLIC' &&
  building.ownerOrganisationId !== null;

/** The restricted copy of a current, owned building that is not PUBLIC: its owner's partition of the council. */
function restrictedBuildingItem(building: Building & { ownerOrganisationId: string }): Item {
  const partition = ownerCouncilBuildingsPartition(building.councilCode, building.ownerOrganisationId);
  return {
    ...restrictedBuildingKey(building.id),
    entity: 'RestrictedBuilding',
    gsi1pk: partition,
    gsi1sk: councilBuildingIndexKeys(building).gsi1sk,
    gsi3pk: partition,
    gsi3sk: councilCategoryIndexKeys(building).gsi3sk,
    ...building,
  };
}

/**
 * Keeps the restricted copy in step with the record, as publicCopyWrites does the public one. Its key does not
 * depend on the owner or the council, so a move rewrites the one item.
 */
function restrictedCopyWrites(tableName: string, before: Building | null, after: Building): GuardedWrite[] {
  if (hasRestrictedCopy(after)) {
    return [{ write: { Put: { TableName: tableName, Item: restrictedBuildingItem(after) } } }];
  }
  if (hasRestrictedCopy(before)) {
    return [{ write: { Delete: { TableName: tableName, Key: restrictedBuildingKey(before.id) } } }];
  }
  return [];
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
