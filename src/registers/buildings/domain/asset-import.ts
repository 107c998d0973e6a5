import { diffRecords } from '../../../kernel/domain/audit';
import { buildBuilding, withQuality } from './build-building';
import type { BuildingFields } from './build-building';
import { isPlaceholderName } from './data-quality';
import { assetReferenceKey, canonicalUprn } from '../../../kernel/domain/identifiers';
import { toNameKey } from '../../../kernel/domain/names';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type {
  Address,
  Building,
  BuildingCategory,
  DataQualityIssue,
  Tenure,
  Visibility,
} from '../../../kernel/domain/records';

/**
 * Importing an asset file row by row, as pure decisions: which existing building a row is, and what the
 * building becomes. The resolver loads candidates and writes; the rules live here so the CLI's dry run, the
 * tests and later jobs share them.
 */

/** At most this many rows per importAssets call: each row is one transaction, so a call stays bounded. */
export const MAX_IMPORT_ROWS = 100;

/** A row after validation: the fields an asset file can set on a building. */
export interface ImportRow {
  readonly line: number;
  readonly name: string;
  readonly uprn: string | null;
  readonly assetReference: string | null;
  readonly address: Address;
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
  readonly tenure: Tenure | null;
  readonly category: BuildingCategory;
  readonly duplicateLines: readonly number[];
  /** The file has no name column: `name` was made from the address, and an existing building keeps its own. */
  readonly nameIsAddress: boolean;
  /** Fields of the row corrected or left out on the way in (src/registers/buildings/domain/import-repairs.ts), kept as warnings. */
  readonly repairs: readonly DataQualityIssue[];
}

/** Who owns every row of a batch, and where they are. */
export interface ImportOwner {
  readonly councilCode: string;
  readonly ownerOrganisationId: string | null;
  readonly ownerName: string | null;
  readonly visibility: Visibility;
  /** The batch's source (the kind of file), recorded on the buildings it creates; null: none given. */
  readonly importSource?: string | null;
}

/**
 * The part of an asset reference that identifies the asset when a council recodes the rest: the reference
 * without its last `/` part, for references of three or more parts. Cheltenham's `09/00025/Land and Building`
 * of 2021 is `09/00025/BLDG` in 2023 (the holding type moved from words to a code), both `09/00025`. Null
 * for shorter references, whose parts say too little on their own.
 */
export function assetReferenceStem(reference: string): string | null {
  const key = assetReferenceKey(reference);
  const parts = key.split('/');
  return parts.length >= 3 ? parts.slice(0, -1).join('/') : null;
}

/**
 * The building a row describes, among the owner's current buildings found by the row's keys:
 * 1. the one with its asset reference;
 * 2. for a row whose reference no building has: the single building with the same UPRN whose reference has
 *    the same stem (a recoded reference, see assetReferenceStem), unless another row of the batch gives that
 *    building's reference or shares the stem (then it is ambiguous, and the row is new);
 * 3. for a row without a reference: the single building with its UPRN and name and no asset reference.
 * Null means the row is a new building.
 */
export function matchImportRow(
  row: ImportRow,
  owner: ImportOwner,
  byAssetReference: Building | null,
  sameUprnOrName: readonly Building[],
  batch: BatchReferences = { referenceKeys: new Set(), stemCounts: new Map() },
): Building | null {
  if (row.assetReference) {
    return byAssetReference ?? matchRecodedReference(row, row.assetReference, owner, sameUprnOrName, batch);
  }
  const nameKey = toNameKey(row.name);
  const candidates = sameUprnOrName.filter(
    (building) =>
      !building.archivedAt &&
      !building.assetReference &&
      building.councilCode === owner.councilCode &&
      building.ownerOrganisationId === owner.ownerOrganisationId &&
      toNameKey(building.name) === nameKey &&
      (row.uprn === null
        ? building.uprn === null
        : building.uprn !== null && canonicalUprn(building.uprn) === canonicalUprn(row.uprn)),
  );
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/** The asset references a batch's rows give, for matching recoded references (matchImportRow). */
export interface BatchReferences {
  /** assetReferenceKey of every row's reference. */
  readonly referenceKeys: ReadonlySet<string>;
  /** How many rows give a reference with each stem. */
  readonly stemCounts: ReadonlyMap<string, number>;
}

export function batchReferences(rows: readonly Pick<ImportRow, 'assetReference'>[]): BatchReferences {
  const referenceKeys = new Set<string>();
  const stemCounts = new Map<string, number>();
  for (const { assetReference } of rows) {
    if (!assetReference) continue;
    referenceKeys.add(assetReferenceKey(assetReference));
    const stem = assetReferenceStem(assetReference);
    if (stem) stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1);
  }
  return { referenceKeys, stemCounts };
}

/** Whether a row with this reference that no building has may be matched by UPRN and stem (one Query). */
export function mayBeRecodedReference(row: Pick<ImportRow, 'assetReference' | 'uprn'>): boolean {
  return row.uprn !== null && row.assetReference !== null && assetReferenceStem(row.assetReference) !== null;
}

function matchRecodedReference(
  row: ImportRow,
  reference: string,
  owner: ImportOwner,
  sameUprn: readonly Building[],
  batch: BatchReferences,
): Building | null {
  const stem = assetReferenceStem(reference);
  if (!stem || row.uprn === null || (batch.stemCounts.get(stem) ?? 0) > 1) return null;
  const uprn = canonicalUprn(row.uprn);
  const candidates = sameUprn.filter(
    (building) =>
      !building.archivedAt &&
      building.assetReference !== null &&
      building.councilCode === owner.councilCode &&
      building.ownerOrganisationId === owner.ownerOrganisationId &&
      (owner.ownerOrganisationId !== null || building.ownerName === owner.ownerName) &&
      building.uprn !== null &&
      canonicalUprn(building.uprn) === uprn &&
      assetReferenceStem(building.assetReference) === stem &&
      !batch.referenceKeys.has(assetReferenceKey(building.assetReference)),
  );
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/** The warnings the file itself gives a row: fields repaired on the way in, its reference on other lines. */
export function fileIssues(row: ImportRow): DataQualityIssue[] {
  if (row.duplicateLines.length === 0 || !row.assetReference) return [...row.repairs];
  return [
    ...row.repairs,
    {
      code: 'DUPLICATE_ASSET_REFERENCE',
      field: 'assetReference',
      message: `asset reference ${row.assetReference} is also on line${row.duplicateLines.length > 1 ? 's' : ''} ${row.duplicateLines.join(', ')} of the file; line ${row.line} was recorded and the others were not`,
    },
  ];
}

export type ImportDecision =
  | { readonly kind: 'create'; readonly building: Building }
  | { readonly kind: 'update'; readonly before: Building; readonly after: Building }
  | { readonly kind: 'unchanged'; readonly building: Building };

/**
 * What a row does: create a building, update the matched one, or nothing. An update takes every field the
 * file carries and keeps what files do not (status, visibility, description, floor area, accessibility); a
 * category of OTHER (a file's "Land and Building") never replaces a more specific one an officer chose.
 */
export function decideImport(
  row: ImportRow,
  owner: ImportOwner,
  existing: Building | null,
  change: ChangeContext,
  newId: string,
): ImportDecision {
  const fromFile = {
    // A name made from the address (a file without a name column) never replaces a real name a building
    // has; it does replace a placeholder ("N/A", as 145 of Cheltenham's 2021 rows are named).
    name: row.nameIsAddress && existing && !isPlaceholderName(existing.name) ? existing.name : row.name,
    uprn: row.uprn,
    assetReference: row.assetReference,
    address: row.address,
    location: row.location,
    councilCode: owner.councilCode,
    ownerOrganisationId: owner.ownerOrganisationId,
    ownerName: owner.ownerOrganisationId ? null : owner.ownerName,
    tenure: row.tenure,
  };
  if (!existing) {
    const fields: BuildingFields = {
      ...fromFile,
      category: row.category,
      status: 'OPERATIONAL',
      floorAreaSqm: null,
      accessibilityFeatures: [],
      description: null,
      visibility: owner.visibility,
      ...(owner.importSource ? { importSource: owner.importSource } : {}),
    };
    return { kind: 'create', building: buildBuilding(fields, change, newId, fileIssues(row)) };
  }
  const candidate = withQuality(
    {
      ...existing,
      ...fromFile,
      // The same UPRN re-typed with or without leading zeros is not a change.
      uprn:
        row.uprn && existing.uprn && canonicalUprn(row.uprn) === canonicalUprn(existing.uprn)
          ? existing.uprn
          : row.uprn,
      category: row.category === 'OTHER' ? existing.category : row.category,
      // The source that first recorded a building keeps it, so that another kind of file naming the same
      // building never makes it "missing" from the first; a building without one takes this file's.
      ...(existing.importSource || !owner.importSource ? {} : { importSource: owner.importSource }),
    },
    fileIssues(row),
  );
  if (
    diffRecords(
      existing as unknown as Record<string, unknown>,
      candidate as unknown as Record<string, unknown>,
    ).length === 0
  ) {
    return { kind: 'unchanged', building: existing };
  }
  return {
    kind: 'update',
    before: existing,
    after: { ...candidate, updatedAt: change.at, version: existing.version + 1 },
  };
}

/** Keys a batch's rows by asset reference, naming the earlier line of any repeated within the batch. */
export function findRepeatedReferences(rows: readonly ImportRow[]): ReadonlyMap<number, number> {
  const firstLine = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const row of rows) {
    if (!row.assetReference) continue;
    const key = assetReferenceKey(row.assetReference);
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, row.line);
    else repeats.set(row.line, first);
  }
  return repeats;
}
