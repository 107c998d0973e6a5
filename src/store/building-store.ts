import { badInput, ConflictError } from '../domain/errors';
import type { BuildingListScope } from '../domain/authorization';
import type {
  BuildingListFilter,
  BuildingStore,
  ChangeContext,
  MembershipGuard,
  Page,
  PageRequest,
} from '../domain/ports';
import type { Building } from '../domain/records';
import {
  buildingKey,
  councilBuildingIndexKeys,
  councilBuildingPrefix,
  councilBuildingsPartition,
  councilCategoryIndexKeys,
  councilCategoryPrefix,
  organisationKey,
  ownerBuildingIndexKeys,
  ownerBuildingsPartition,
  publicBuildingKey,
  publicCouncilBuildingsPartition,
  publicOwnerBuildingsPartition,
  uprnClaimKey,
} from './keys';
import {
  auditWrite,
  idempotencyWrites,
  IS_NEW,
  membershipGuardWrite,
  toRecord,
  versionedReplace,
} from './items';
import type { GuardedWrite, Item, QuerySpec, Table } from './table';

// A DynamoDB IN list takes at most 100 operands; one is the visibility value.
const MAX_OWNER_IDS_IN_FILTER = 99;

/** Buildings and land, their UPRN claims and their list entries. */
export class DynamoBuildingStore implements BuildingStore {
  constructor(private readonly table: Table) {}

  async getBuilding(id: string, options: { consistent?: boolean } = {}): Promise<Building | null> {
    // Reads for display may lag a write by a moment (half the read cost); reads a change is based on do not.
    const item = await this.table.get(buildingKey(id), { consistent: options.consistent ?? false });
    return item ? toRecord<Building>(item) : null;
  }

  async getBuildingByUprn(uprn: string): Promise<Building | null> {
    const claim = await this.table.get(uprnClaimKey(uprn), { consistent: false });
    return claim ? this.getBuilding(String(claim['buildingId'])) : null;
  }

  /**
   * One Query a page, with no filter whenever the caller may see everything or only public buildings: the
   * category-only list reads the category-led index (gsi3), public-only callers read the public copies.
   * Only members of unverified organisations (public buildings plus their own) are still filtered.
   */
  listBuildingsByCouncil(
    councilCode: string,
    filter: BuildingListFilter,
    page: PageRequest,
  ): Promise<Page<Building>> {
    const categoryOnly = filter.category && !filter.status ? filter.category : null;
    const publicOnly = !filter.scope.all && filter.scope.visibleOwnerIds.length === 0;
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
    const writes: GuardedWrite[] = [
      // Checked first, so a missing owner is reported as such rather than as a missing role in it.
      ...(building.ownerOrganisationId ? [this.#ownerExists(building.ownerOrganisationId)] : []),
      ...(guard ? [membershipGuardWrite(tableName, guard)] : []),
      { write: { Put: { TableName: tableName, Item: buildingItem(building), ...IS_NEW } } },
      ...publicCopyWrites(tableName, null, building),
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
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const newOwner =
      after.ownerOrganisationId && after.ownerOrganisationId !== before.ownerOrganisationId
        ? after.ownerOrganisationId
        : null;
    const writes: GuardedWrite[] = [
      ...(newOwner ? [this.#ownerExists(newOwner)] : []),
      ...(guard ? [membershipGuardWrite(tableName, guard)] : []),
      ...versionedReplace(
        tableName,
        { what: 'Building', recordType: 'BUILDING', recordId: after.id, item: buildingItem(after) },
        before,
        after,
        action,
        change,
      ),
      ...publicCopyWrites(tableName, before, after),
    ];
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
  return hasPublicCopy(building)
    ? [buildingItem(building), publicBuildingItem(building)]
    : [buildingItem(building)];
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
