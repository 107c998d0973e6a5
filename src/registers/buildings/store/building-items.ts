/**
 * The items that store one building and the writes that keep them in step: the record (listed by council
 * twice and by owner), its public and restricted copies, its UPRN index entry and its asset reference claim.
 * Pure builders of requests; the store sends them.
 */
import { badInput, ConflictError } from '../../../kernel/domain/errors';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { AuditAction, Building } from '../../../kernel/domain/records';
import { buildingFeedChanges } from '../../../kernel/domain/change-feed';
import { auditWrite, declaringFeed, IS_NEW, versionedReplace } from '../../../kernel/store/items';
import { buildingKey, organisationKey } from '../../../kernel/store/keys';
import type { ItemKey } from '../../../kernel/store/keys';
import type { GuardedWrite, Item } from '../../../kernel/store/table';
import { assetReferenceStem } from '../domain/asset-import';
import {
  assetReferenceClaimKey,
  assetReferenceScope,
  assetReferenceStemKey,
  buildingUprnEntryKey,
  councilBuildingIndexKeys,
  councilCategoryIndexKeys,
  ownerBuildingIndexKeys,
  ownerCouncilBuildingsPartition,
  publicBuildingKey,
  publicCouncilBuildingsPartition,
  publicOwnerBuildingsPartition,
  restrictedBuildingKey,
  uprnIndexKeys,
} from './building-keys';

/** The record, its copies, its audit event, its UPRN entry and its asset reference claim. */
export function createWrites(tableName: string, building: Building, change: ChangeContext): GuardedWrite[] {
  return [
    {
      write: { Put: { TableName: tableName, Item: buildingItem(building), ...IS_NEW } },
      feed: buildingFeedChanges(null, building, change.at),
    },
    ...publicCopyWrites(tableName, null, building),
    ...restrictedCopyWrites(tableName, null, building),
    auditWrite(
      tableName,
      { recordType: 'BUILDING', recordId: building.id, action: 'CREATED', version: building.version },
      null,
      building,
      change,
    ),
    ...indexWrites(tableName, null, building),
  ];
}

/** The record replaced at the version it was read (with its audit event), and its items kept in step. */
export function updateWrites(
  tableName: string,
  before: Building,
  after: Building,
  action: AuditAction,
  change: ChangeContext,
): GuardedWrite[] {
  return [
    ...declaringFeed(
      versionedReplace(
        tableName,
        { what: 'Building', recordType: 'BUILDING', recordId: after.id, item: buildingItem(after) },
        before,
        after,
        action,
        change,
      ),
      buildingFeedChanges(before, after, change.at),
    ),
    ...publicCopyWrites(tableName, before, after),
    ...restrictedCopyWrites(tableName, before, after),
    ...indexWrites(tableName, before, after),
  ];
}

/** The owner named by a change must be an organisation in the register. */
export function ownerExists(tableName: string, organisationId: string): GuardedWrite {
  return {
    write: {
      ConditionCheck: {
        TableName: tableName,
        Key: organisationKey(organisationId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    onConditionFailed: () =>
      badInput('input.ownerOrganisationId', 'no organisation in the register has this id'),
  };
}

/** The registered owner a change moves a building to, if any (it must exist). */
export function changedOwner(before: Building, after: Building): string | null {
  return after.ownerOrganisationId && after.ownerOrganisationId !== before.ownerOrganisationId
    ? after.ownerOrganisationId
    : null;
}

/**
 * The UPRN index entry and the asset reference claim that go with a change from `before` (null: created)
 * to `after`. Only a current building is in the UPRN index and holds its asset reference: archiving frees
 * the reference for the building that replaces it. UPRNs are compared in canonical form, and the entry has
 * a fixed key per building, so no transaction ever writes one item twice (a UPRN re-typed with leading
 * zeros simply rewrites the entry).
 */
function indexWrites(tableName: string, before: Building | null, after: Building): GuardedWrite[] {
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
    if (claimAfter) writes.push(claimAssetReference(tableName, claimAfter, after));
    const marker = claimAfter ? assetReferenceStemMarker(after) : null;
    if (marker) writes.push({ write: { Put: { TableName: tableName, Item: marker } } });
  }
  return writes;
}

/** The stem marker a current building with a stemmed asset reference needs (building-keys.ts). */
export function assetReferenceStemMarker(building: Building): Item | null {
  const stem = building.assetReference ? assetReferenceStem(building.assetReference) : null;
  if (!stem || building.archivedAt) return null;
  return { ...assetReferenceStemKey(assetReferenceScope(building), stem), entity: 'AssetReferenceStem' };
}

/**
 * The writes of several buildings in one transaction, each stem marker put once: a transaction may not
 * touch an item twice, and two assets of one site (`09/00025/BLDG`, `09/00025/LAND`) share their stem.
 */
export function withEachMarkerOnce(writes: readonly GuardedWrite[]): GuardedWrite[] {
  const seen = new Set<string>();
  return writes.filter(({ write }) => {
    const item = write.Put?.Item;
    if (item?.['entity'] !== 'AssetReferenceStem') return true;
    const pk = String(item['pk']);
    if (seen.has(pk)) return false;
    seen.add(pk);
    return true;
  });
}

function claimAssetReference(tableName: string, key: ItemKey, building: Building): GuardedWrite {
  return {
    write: {
      Put: {
        TableName: tableName,
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
    // The message names no building: the change adds the id only for a caller who may see it.
    onConditionFailed: (existing) =>
      new ConflictError(
        `Asset reference ${String(building.assetReference)} is already used by another current building of the same owner`,
        { field: 'input.assetReference', existingBuildingId: existing?.['buildingId'] ?? null },
      ),
  };
}

function assetReferenceClaim(building: Building): ItemKey | null {
  return building.assetReference
    ? assetReferenceClaimKey(assetReferenceScope(building), building.assetReference)
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
  return copyWrites(tableName, before, after, {
    has: hasPublicCopy,
    item: publicBuildingItem,
    key: publicBuildingKey,
  });
}

/** The Put of a copy while `after` has one, else the Delete of the copy `before` had (if any). */
function copyWrites<B extends Building>(
  tableName: string,
  before: Building | null,
  after: Building,
  copy: {
    has: (building: Building | null) => building is B;
    item: (building: B) => Item;
    key: (id: string) => ItemKey;
  },
): GuardedWrite[] {
  if (copy.has(after)) return [{ write: { Put: { TableName: tableName, Item: copy.item(after) } } }];
  if (copy.has(before)) return [{ write: { Delete: { TableName: tableName, Key: copy.key(before.id) } } }];
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
  return copyWrites(tableName, before, after, {
    has: hasRestrictedCopy,
    item: restrictedBuildingItem,
    key: restrictedBuildingKey,
  });
}
