import { ConflictError } from '../domain/errors';
import type { BuildingListScope } from '../domain/authorization';
import type { BuildingListFilter, BuildingStore, ChangeContext, Page, PageRequest } from '../domain/ports';
import type { Building } from '../domain/records';
import {
  buildingKey,
  councilBuildingIndexKeys,
  councilBuildingPrefix,
  councilBuildingsPartition,
  ownerBuildingIndexKeys,
  ownerBuildingsPartition,
  uprnClaimKey,
} from './keys';
import { auditWrite, idempotencyWrites, IS_NEW, toRecord, versionedReplace } from './items';
import type { GuardedWrite, Item, QuerySpec, Table } from './table';

// A DynamoDB IN list takes at most 100 operands; one is the visibility value.
const MAX_OWNER_IDS_IN_FILTER = 99;

/** Buildings and land, their UPRN claims and their list entries. */
export class DynamoBuildingStore implements BuildingStore {
  constructor(private readonly table: Table) {}

  async getBuilding(id: string): Promise<Building | null> {
    const item = await this.table.get(buildingKey(id));
    return item ? toRecord<Building>(item) : null;
  }

  async getBuildingByUprn(uprn: string): Promise<Building | null> {
    const claim = await this.table.get(uprnClaimKey(uprn));
    return claim ? this.getBuilding(String(claim['buildingId'])) : null;
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
    if (building.uprn) writes.push(this.#claimUprn(building.uprn, building.id));
    // The key's claim goes first: on a retry its replay signal must win over the UPRN claim's CONFLICT.
    await this.table.transact([...idempotencyWrites(tableName, change), ...writes]);
  }

  async updateBuilding(
    before: Building,
    after: Building,
    action: string,
    change: ChangeContext,
  ): Promise<void> {
    const { tableName } = this.table;
    const writes = versionedReplace(
      tableName,
      { what: 'Building', recordType: 'BUILDING', recordId: after.id, item: buildingItem(after) },
      before,
      after,
      action,
      change,
    );
    // Only a current building holds its UPRN: archiving frees it for the building that replaces it.
    const heldBefore = before.archivedAt ? null : before.uprn;
    const heldAfter = after.archivedAt ? null : after.uprn;
    if (heldBefore !== heldAfter) {
      if (heldBefore) {
        writes.push({
          write: {
            Delete: {
              TableName: tableName,
              Key: uprnClaimKey(heldBefore),
              ConditionExpression: 'buildingId = :id',
              ExpressionAttributeValues: { ':id': before.id },
            },
          },
        });
      }
      if (heldAfter) writes.push(this.#claimUprn(heldAfter, after.id));
    }
    await this.table.transact(writes);
  }

  #list(spec: QuerySpec, page: PageRequest): Promise<Page<Building>> {
    return this.table.queryPage(spec, page, (item) => toRecord<Building>(item));
  }

  #claimUprn(uprn: string, buildingId: string): GuardedWrite {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: { ...uprnClaimKey(uprn), entity: 'UprnClaim', uprn, buildingId },
          ...IS_NEW,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (existing) => {
        const holder = existing ? String(existing['buildingId']) : 'another building';
        return new ConflictError(`UPRN ${uprn} is already registered to building ${holder}`, {
          field: 'input.uprn',
          existingBuildingId: existing?.['buildingId'] ?? null,
        });
      },
    };
  }
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
