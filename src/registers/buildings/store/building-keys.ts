/**
 * The buildings register's DynamoDB keys and access patterns, and nowhere else. Builders are pure.
 * `buildingKey` stays in the kernel's keys.ts: co-location's offers live in a building's partition too.
 * docs/data-model.md lists the access pattern each key serves and its request count.
 */
import { assetReferenceKey, canonicalUprn } from '../../../kernel/domain/identifiers';
import { toNameKey } from '../../../kernel/domain/names';
import { INDEX } from '../../../kernel/store/access-pattern';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import type { ItemKey } from '../../../kernel/store/keys';

export { assetReferenceScope } from '../../../kernel/domain/identifiers';

/** What places a building in its council's lists. */
interface CouncilListed {
  readonly id: string;
  readonly councilCode: string;
  readonly status: string;
  readonly category: string;
  readonly name: string;
}

/** Buildings by council, sorted by status, category and name so both filters are key conditions. */
export function councilBuildingIndexKeys(building: CouncilListed): { gsi1pk: string; gsi1sk: string } {
  return {
    gsi1pk: councilBuildingsPartition(building.councilCode),
    gsi1sk: `${building.status}#${building.category}#${toNameKey(building.name)}#${building.id}`,
  };
}
export const councilBuildingsPartition = (councilCode: string): string => `AREA#${councilCode}#BLDG`;

/** The sort-key prefix that selects one status, or one status and category, within a council's buildings. */
export function councilBuildingPrefix(status: string | null, category: string | null): string | null {
  if (!status) return null;
  return category ? `${status}#${category}#` : `${status}#`;
}

export function ownerBuildingIndexKeys(building: { id: string; ownerOrganisationId: string; name: string }): {
  gsi2pk: string;
  gsi2sk: string;
} {
  return {
    gsi2pk: ownerBuildingsPartition(building.ownerOrganisationId),
    gsi2sk: `${toNameKey(building.name)}#${building.id}`,
  };
}
export const ownerBuildingsPartition = (organisationId: string): string => `ORG#${organisationId}#BLDG`;

/**
 * Buildings by council with the category leading the sort key (index gsi3): the category-only filter as a
 * key condition. Same partition value as gsi1's, in another index.
 */
export function councilCategoryIndexKeys(building: CouncilListed): { gsi3pk: string; gsi3sk: string } {
  return {
    gsi3pk: councilBuildingsPartition(building.councilCode),
    gsi3sk: `${building.category}#${building.status}#${toNameKey(building.name)}#${building.id}`,
  };
}
export const councilCategoryPrefix = (category: string): string => `${category}#`;

/**
 * The public copy of a PUBLIC building (`BLDG#<id>` / `PUBLIC`): the same record, listed in the same three
 * indexes under partitions of its own, so callers who may see only public buildings page through a sparse
 * index of exactly what they may see, with no filter.
 */
export const publicBuildingKey = (id: string): ItemKey => ({ pk: `BLDG#${id}`, sk: 'PUBLIC' });
export const publicCouncilBuildingsPartition = (councilCode: string): string => `AREA#${councilCode}#PUBLIC`;
export const publicOwnerBuildingsPartition = (organisationId: string): string =>
  `ORG#${organisationId}#PUBLIC`;

/**
 * The restricted copy of a current building that is not PUBLIC and has a registered owner
 * (`BLDG#<id>` / `RESTRICTED`): the record again, listed on `gsi1` and `gsi3` under its owner's partition of
 * the council, so a member of an unverified organisation (public buildings plus their own) reads their own
 * in the list's order with a key condition, beside the public copies.
 */
export const restrictedBuildingKey = (id: string): ItemKey => ({ pk: `BLDG#${id}`, sk: 'RESTRICTED' });
export const ownerCouncilBuildingsPartition = (councilCode: string, organisationId: string): string =>
  `AREA#${councilCode}#OWNER#${organisationId}`;

// --- UPRNs and asset references (issue 10) ---
// A UPRN names a property, not an asset: a park, its pavilion and its toilets share one. So a UPRN is an
// index, not a claim; what is unique is the owner's asset reference.

/** A current building's entry in the UPRN index: a copy of the building next to it, in its own partition. */
export const buildingUprnEntryKey = (buildingId: string): ItemKey => ({
  pk: `BLDG#${buildingId}`,
  sk: 'UPRN',
});

/** Buildings by UPRN (its canonical form, so `0005199356` and `5199356` meet), then by name. */
export function uprnIndexKeys(building: { id: string; uprn: string; name: string }): {
  gsi1pk: string;
  gsi1sk: string;
} {
  return {
    gsi1pk: uprnBuildingsPartition(building.uprn),
    gsi1sk: `${toNameKey(building.name)}#${building.id}`,
  };
}
export const uprnBuildingsPartition = (uprn: string): string => `UPRN#${canonicalUprn(uprn)}`;

/** Holds an asset reference for one current building within its scope: the condition makes it unique. */
export const assetReferenceClaimKey = (scope: string, assetReference: string): ItemKey => ({
  pk: `ASSETREF#${scope}#${assetReferenceKey(assetReference)}`,
  sk: 'ASSETREF',
});

/**
 * Says that some building of the scope has (or had) an asset reference with this stem (assetReferenceStem):
 * written with the claim, never removed, so an absent marker proves that no current building of the scope
 * holds the stem, and an import skips the recoded-reference lookup for it. A stale marker only costs that
 * lookup. Trusted only on a table at data level 1 or more (src/kernel/store/data-level.ts).
 */
export const assetReferenceStemKey = (scope: string, stem: string): ItemKey => ({
  pk: `ASSETSTEM#${scope}#${stem}`,
  sk: 'ASSETSTEM',
});

/** The sort-key prefix that selects one name within an owner's buildings (gsi2). */
export const ownerBuildingNamePrefix = (name: string): string => `${toNameKey(name)}#`;

// --- Access patterns: one builder per list, each one Query a page (docs/data-model.md) ---

/** The filters of a council's list, as its key condition takes them. */
export interface CouncilListFilter {
  readonly status: string | null;
  readonly category: string | null;
}

/** The current buildings at a UPRN (their UPRN index entries), by name. */
export const buildingsAtUprn = (uprn: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: uprnBuildingsPartition(uprn),
});

/** One owner's current buildings by name: all of them, or (`publicOnly`) their public copies. */
export const ownerBuildings = (organisationId: string, publicOnly: boolean): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: publicOnly
    ? publicOwnerBuildingsPartition(organisationId)
    : ownerBuildingsPartition(organisationId),
});

/** One owner's current buildings of one name (an import row without a reference or UPRN). */
export const ownerBuildingsNamed = (organisationId: string, name: string): AccessPattern => ({
  ...ownerBuildings(organisationId, false),
  sortPrefix: ownerBuildingNamePrefix(name),
});

/**
 * Where a council's list of buildings reads, with the list's filters as the key condition: a category-only
 * filter reads the category-led index (gsi3), any other the status-led one (gsi1). `partition` is one of the
 * council's partitions: all its buildings, their public copies, or one owner's restricted copies.
 */
function councilList(
  partition: string,
  filter: CouncilListFilter,
): AccessPattern & { sortAttribute: string } {
  const categoryOnly = filter.category && !filter.status ? filter.category : null;
  return categoryOnly
    ? {
        indexName: INDEX.byCouncilCategory,
        partition,
        sortPrefix: councilCategoryPrefix(categoryOnly),
        sortAttribute: 'gsi3sk',
      }
    : {
        indexName: INDEX.byAreaOrPerson,
        partition,
        sortPrefix: councilBuildingPrefix(filter.status, filter.category),
        sortAttribute: 'gsi1sk',
      };
}

/** A council's current buildings: all of them, or (`publicOnly`) their public copies. */
export const councilBuildings = (
  councilCode: string,
  filter: CouncilListFilter,
  publicOnly: boolean,
): AccessPattern =>
  withoutSortAttribute(
    councilList(
      publicOnly ? publicCouncilBuildingsPartition(councilCode) : councilBuildingsPartition(councilCode),
      filter,
    ),
  );

/**
 * The ranges a council's list merges for a member of unverified organisations: the public copies and each
 * organisation's restricted copies in the council, all on one index under one sort key (`sortAttribute`).
 */
export function publicAndOwnCouncilBuildings(
  councilCode: string,
  filter: CouncilListFilter,
  ownerIds: readonly string[],
): { readonly patterns: AccessPattern[]; readonly sortAttribute: string } {
  const partitions = [
    publicCouncilBuildingsPartition(councilCode),
    ...ownerIds.map((owner) => ownerCouncilBuildingsPartition(councilCode, owner)),
  ];
  const lists = partitions.map((partition) => councilList(partition, filter));
  return {
    patterns: lists.map(withoutSortAttribute),
    sortAttribute: lists[0]?.sortAttribute ?? 'gsi1sk',
  };
}

function withoutSortAttribute({
  sortAttribute: _sortAttribute,
  ...pattern
}: AccessPattern & { sortAttribute: string }): AccessPattern {
  return pattern;
}
