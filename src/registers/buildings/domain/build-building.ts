/**
 * How a Building record is made and revised: the one builder every path uses (the createBuilding and
 * updateBuilding changes, the asset import's rows, the tests), so a new field or warning is added once.
 */
import { BadUserInputError, ConflictError } from '../../../kernel/domain/errors';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { Address, Building, DataQualityIssue } from '../../../kernel/domain/records';
import { assessBuildingQuality } from './data-quality';

/** Everything a caller or a file gives a new building: the record less its identity, bookkeeping and warnings. */
export type BuildingFields = Omit<
  Building,
  'id' | 'archivedAt' | 'createdAt' | 'updatedAt' | 'version' | 'dataQualityIssues'
>;

/** An address as an input gives it (a postcode already parsed, perhaps partial). */
export interface AddressInput {
  readonly lines: readonly string[];
  readonly postTown?: string | null;
  readonly postcode?: { readonly postcode: string; readonly partial: boolean } | null;
}

export function toAddress(input: AddressInput): Address {
  return {
    lines: input.lines,
    postTown: input.postTown ?? null,
    postcode: input.postcode?.postcode ?? null,
    postcodeIsPartial: input.postcode?.partial ?? false,
  };
}

/**
 * A new building (version 1, current), with its data quality warnings worked out, plus `fileIssues`: the
 * warnings an import file gives the row. Refuses an owner named both ways (assertOneOwner).
 */
export function buildBuilding(
  fields: BuildingFields,
  change: ChangeContext,
  id: string,
  fileIssues: readonly DataQualityIssue[] = [],
): Building {
  const building: Building = {
    id,
    ...fields,
    archivedAt: null,
    createdAt: change.at,
    updatedAt: change.at,
    version: 1,
  };
  assertOneOwner(building);
  return withQuality(building, fileIssues);
}

/**
 * A building as an update leaves it (`patched`: the stored record with the caller's fields applied), its
 * warnings worked out afresh; a duplicate found in an import file stays while the reference does. The
 * caller stamps the new version once it knows the update changes something.
 */
export function reviseBuilding(before: Building, patched: Building): Building {
  assertOneOwner(patched);
  return withQuality(
    patched,
    patched.assetReference === before.assetReference
      ? (before.dataQualityIssues ?? []).filter((issue) => issue.code === 'DUPLICATE_ASSET_REFERENCE')
      : [],
  );
}

/** CONFLICT for a change to an archived building: archiving is final. */
export function assertNotArchived(building: Building): void {
  if (building.archivedAt)
    throw new ConflictError(`Building ${building.id} is archived and can no longer change`);
}

/** The building archived at the change's time (CONFLICT when it already is); the caller stamps the version. */
export function archiveBuilding(building: Building, change: ChangeContext): Building {
  if (building.archivedAt) throw new ConflictError(`Building ${building.id} is already archived`);
  return { ...building, archivedAt: change.at };
}

/**
 * A building names its owner either as an organisation in the register or by name, not both. That a named
 * organisation exists is checked by the store inside the change's transaction.
 */
export function assertOneOwner(building: Pick<Building, 'ownerOrganisationId' | 'ownerName'>): void {
  if (building.ownerOrganisationId && building.ownerName) {
    throw new BadUserInputError([
      { field: 'input.ownerName', message: 'give either ownerOrganisationId or ownerName, not both' },
    ]);
  }
}

/** The building with its data quality warnings worked out afresh (plus the context's own). */
export function withQuality(building: Building, extra: readonly DataQualityIssue[] = []): Building {
  return { ...building, dataQualityIssues: assessBuildingQuality(building, extra) };
}
