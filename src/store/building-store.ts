import { ConflictError } from '../domain/errors';
import type { BuildingListScope } from '../domain/authorization';
import { assetReferenceLookupId } from '../domain/ports';
import type {
  AssetReferenceLookup,
  BuildingListFilter,
  BuildingWrite,
  BuildingStore,
  ChangeContext,
  Page,
  PageRequest,
} from '../domain/ports';
import type { Building } from '../domain/records';
import {
  assetReferenceClaimKey,
  assetReferenceScope,
  buildingKey,
  buildingUprnEntryKey,
  councilBuildingIndexKeys,
  councilBuildingPrefix,
  councilBuildingsPartition,
  ownerBuildingIndexKeys,
  ownerBuildingNamePrefix,
  ownerBuildingsPartition,
  uprnBuildingsPartition,
  uprnIndexKeys,
} from './keys';
import { auditWrite, idempotencyWrites, IS_NEW, toRecord, versionedReplace } from './items';
import type { GuardedWrite, Item, QuerySpec, Table } from './table';
import type { ItemKey } from './keys';

// DynamoDB's limit on the items of one TransactWriteItems.
const MAX_TRANSACTION_ITEMS = 100;
// A DynamoDB IN list takes at most 100 operands; one is the visibility value.
const MAX_OWNER_IDS_IN_FILTER = 99;

/** Buildings and land, their UPRN claims and their list entries. */
export class DynamoBuildingStore implements BuildingStore {
  constructor(private readonly table: Table) {}

  async getBuilding(id: string): Promise<Building | null> {
    const item = await this.table.get(buildingKey(id));
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

  listBuildingsByCouncil(
    councilCode: string,
    filter: BuildingListFilter,
    page: PageRequest,
  ): Promise<Page<Building>> {
    const categoryOnly = filter.category && !filter.status ? filter.category : null;
    return this.#list(
      {
        indexName: 'gsi1',
        partition: councilBuildingsPartition(councilCode),
        sortPrefix: councilBuildingPrefix(filter.status, filter.category),
        filter: combineFilters(
          // Status leads the sort key, so a category without a status can only be filtered.
          categoryOnly
            ? {
                expression: '#category = :category',
                names: { '#category': 'category' },
                values: { ':category': categoryOnly },
              }
            : null,
          scopeFilter(filter.scope),
        ),
        cursorQuery: `buildingsByCouncil|${councilCode}|${filter.status ?? ''}|${filter.category ?? ''}`,
      },
      page,
    );
  }

  listBuildingsByOwner(
    organisationId: string,
    scope: BuildingListScope,
    page: PageRequest,
  ): Promise<Page<Building>> {
    return this.#list(
      {
        indexName: 'gsi2',
        partition: ownerBuildingsPartition(organisationId),
        filter: scopeFilter(scope),
        cursorQuery: `buildingsByOwner|${organisationId}`,
      },
      page,
    );
  }

  async createBuilding(building: Building, change: ChangeContext): Promise<void> {
    const { tableName } = this.table;
    // The key's claim goes first: on a retry its replay signal must win over the asset reference's CONFLICT.
    await this.table.transact([
      ...idempotencyWrites(tableName, change),
      ...this.#createWrites(building, change),
    ]);
  }

  async writeBuildingsTogether(changes: readonly BuildingWrite[], change: ChangeContext): Promise<void> {
    const writes = changes.flatMap((one) =>
      one.before
        ? this.#updateWrites(one.before, one.after, one.action, change)
        : this.#createWrites(one.after, change),
    );
    if (writes.length > MAX_TRANSACTION_ITEMS) {
      throw new Error(
        `${writes.length} items do not fit in one transaction (at most ${MAX_TRANSACTION_ITEMS})`,
      );
    }
    await this.table.transact(writes);
  }

  #createWrites(building: Building, change: ChangeContext): GuardedWrite[] {
    const { tableName } = this.table;
    const writes: GuardedWrite[] = [
      { write: { Put: { TableName: tableName, Item: buildingItem(building), ...IS_NEW } } },
      auditWrite(
        tableName,
        { recordType: 'BUILDING', recordId: building.id, action: 'CREATED', version: building.version },
        null,
        building,
        change,
      ),
    ];
    writes.push(...this.#indexWrites(null, building));
    return writes;
  }

  async updateBuilding(
    before: Building,
    after: Building,
    action: string,
    change: ChangeContext,
  ): Promise<void> {
    await this.table.transact(this.#updateWrites(before, after, action, change));
  }

  #updateWrites(before: Building, after: Building, action: string, change: ChangeContext): GuardedWrite[] {
    const { tableName } = this.table;
    const writes = versionedReplace(
      tableName,
      { what: 'Building', recordType: 'BUILDING', recordId: after.id, item: buildingItem(after) },
      before,
      after,
      action,
      change,
    );
    writes.push(...this.#indexWrites(before, after));
    return writes;
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

function assetReferenceClaim(building: Building): ItemKey | null {
  return building.assetReference
    ? assetReferenceClaimKey(assetReferenceScope(building), building.assetReference)
    : null;
}

/** The stored item: a current building is listed by council and by owner; an archived one is not. */
function buildingItem(building: Building): Item {
  const listed = !building.archivedAt;
  return {
    ...buildingKey(building.id),
    entity: 'Building',
    ...(listed ? councilBuildingIndexKeys(building) : {}),
    ...(listed && building.ownerOrganisationId
      ? ownerBuildingIndexKeys({ ...building, ownerOrganisationId: building.ownerOrganisationId })
      : {}),
    ...building,
  };
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

function combineFilters(...filters: (Filter | null)[]): Filter | null {
  const present = filters.filter((f): f is Filter => f !== null);
  if (present.length === 0) return null;
  return {
    expression: present.map((f) => `(${f.expression})`).join(' AND '),
    names: Object.assign({}, ...present.map((f) => f.names)) as Record<string, string>,
    values: Object.assign({}, ...present.map((f) => f.values)) as Record<string, unknown>,
  };
}
