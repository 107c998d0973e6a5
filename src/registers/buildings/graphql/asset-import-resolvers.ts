import { randomUUID } from 'node:crypto';
import {
  decideImport,
  findRepeatedReferences,
  batchReferences,
  matchImportRow,
  mayBeRecodedReference,
  MAX_IMPORT_ROWS,
} from '../domain/asset-import';
import type { ImportDecision, ImportOwner, ImportRow } from '../domain/asset-import';
import { AppError, BadUserInputError, badInput } from '../../../kernel/domain/errors';
import { canonicalUprn } from '../../../kernel/domain/identifiers';
import { partialPostcodeIssue, repairLocation, repairPostcode } from '../domain/import-repairs';
import {
  assetReferenceLookupId,
  MAX_ITEMS_PER_BUILDING_WRITE,
  SHARED_ITEMS_PER_BUILDING_BATCH,
} from '../domain/building-port';
import type { AssetReferenceLookup, BuildingWrite } from '../domain/building-port';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { Building, DataQualityIssue } from '../../../kernel/domain/records';
import type { RegisterContext } from '../../context';
import type {
  ImportAssetRowInput,
  ImportAssetsResult,
  ImportRowResult,
  Resolvers,
} from '../../generated/resolvers-types';
import { importHeaderSchema, importRowSchema, parseArgument } from '../../../kernel/graphql/inputs';
import type { ImportHeaderArgs } from '../../../kernel/graphql/inputs';
import { hideUnseenConflict } from './conflicts';
import { changeBy, requireUser } from '../../../kernel/changes/change-protocol';
import { importCounts } from '../../../kernel/graphql/support';

// Rows are written several to a transaction (a building write is at most 6 items, plus the batch's shared
// checks, a transaction at most 100), a few transactions at a time: a council's file loads in seconds, and a
// 100-row call sends 7 TransactWriteItems instead of 100.
const ROWS_PER_TRANSACTION = Math.floor(
  (100 - SHARED_ITEMS_PER_BUILDING_BATCH) / MAX_ITEMS_PER_BUILDING_WRITE,
);
const WRITE_CONCURRENCY = 4;

type RowResult = ImportRowResult & { readonly warnings: DataQualityIssue[] };

/**
 * importAssets: DynamoDB requests per call are 2 BatchGetItem (asset reference claims, then the buildings
 * they name) + 1 Query per row without an asset reference (by UPRN or by name), and per row whose reference no
 * building has that gives a UPRN and a reference of three or more parts (a recoded reference?) + 1 TransactWriteItems per
 * 16 created or updated rows (+1 GetItem for the caller's access item, +1 GetItem for the council when no owner is
 * given). A 100-row call with asset references costs about 8 requests; a group whose transaction fails is
 * written again row by row (at most 20 more). Unchanged rows cost nothing beyond the lookups.
 */
export const assetImportResolvers: Resolvers = {
  Mutation: {
    importAssets: async (_, { input }, ctx) => {
      const actor = await requireUser(ctx);
      const header = parseArgument(importHeaderSchema(), input, 'input');
      if (input.rows.length === 0 || input.rows.length > MAX_IMPORT_ROWS) {
        throw badInput('input.rows', `must hold 1 to ${MAX_IMPORT_ROWS} rows`);
      }
      const owner = await resolveOwner(ctx, header);
      // The batch's rows all share owner, area and visibility: refuse at once a caller who may write none.
      await ctx.assertAllowed('building.create', owner);
      const change = changeBy(ctx, actor);

      const results: (RowResult | null)[] = input.rows.map(() => null);
      const rows: { index: number; row: ImportRow }[] = [];
      input.rows.forEach((raw, index) => {
        const parsed = parseRow(raw, owner);
        if ('problems' in parsed) results[index] = rejected(raw.line, parsed.problems);
        else rows.push({ index, row: parsed.row });
      });
      const repeats = findRepeatedReferences(rows.map((r) => r.row));
      const unique = rows.filter(({ index, row }) => {
        const first = repeats.get(row.line);
        if (first === undefined) return true;
        results[index] = rejected(row.line, [
          {
            field: 'assetReference',
            message: `repeats the asset reference of line ${first} in this batch; send each asset once (npm run import merges such rows)`,
          },
        ]);
        return false;
      });

      const matches = await findMatches(
        ctx,
        owner,
        unique.map((r) => r.row),
      );
      const dryRun = input.dryRun ?? false;
      const pending: PendingWrite[] = [];
      for (const { index, row } of unique) {
        const decision = decideImport(row, owner, matches.get(row.line) ?? null, change, randomUUID());
        // Checked first (access rules, in memory); written below, several rows to a transaction.
        results[index] = await applyDecision(ctx, decision, row, change, { write: false, dryRun });
        if (!dryRun && results[index]?.outcome !== 'REJECTED' && decision.kind !== 'unchanged') {
          pending.push({ index, row, decision });
        }
      }
      const groups: PendingWrite[][] = [];
      for (let start = 0; start < pending.length; start += ROWS_PER_TRANSACTION) {
        groups.push(pending.slice(start, start + ROWS_PER_TRANSACTION));
      }
      await forEachLimited(groups, WRITE_CONCURRENCY, async (group) => {
        try {
          await ctx.stores.buildings.writeBuildingsTogether(
            group.map(({ decision }) => toBuildingWrite(decision)),
            change,
          );
        } catch {
          // Something in the group failed (a taken asset reference, a concurrent edit): write the rows one by
          // one, so each row gets its own outcome and reason and the others still go in.
          for (const { index, row, decision } of group) {
            results[index] = await applyDecision(ctx, decision, row, change, { write: true, dryRun: false });
          }
        }
      });
      return {
        ...summarise(results as RowResult[], input.dryRun ?? false),
        ownerOrganisationId: owner.ownerOrganisationId,
      };
    },
  },
};

async function resolveOwner(ctx: RegisterContext, header: ImportHeaderArgs): Promise<ImportOwner> {
  const base = {
    councilCode: header.councilCode,
    visibility: header.visibility,
    importSource: header.source,
  };
  if (header.ownerOrganisationId && header.ownerName) {
    throw badInput('input.ownerName', 'give either ownerOrganisationId or ownerName, not both');
  }
  if (header.ownerOrganisationId) {
    if (!(await ctx.organisations.load(header.ownerOrganisationId))) {
      throw badInput('input.ownerOrganisationId', 'no organisation in the register has this id');
    }
    return { ...base, ownerOrganisationId: header.ownerOrganisationId, ownerName: null };
  }
  if (header.ownerName) return { ...base, ownerOrganisationId: null, ownerName: header.ownerName };
  const council = await ctx.stores.organisations.findCouncilByGssCode(header.councilCode);
  if (!council) {
    throw badInput(
      'input.councilCode',
      `no council is registered for ${header.councilCode}; register it first, or give ownerOrganisationId or ownerName`,
    );
  }
  return { ...base, ownerOrganisationId: council.id, ownerName: null };
}

/**
 * The row with its postcode and location repaired (corrected when certain, else left out) and the warnings
 * saying so: one bad field never loses the asset. A postcode over the length limit is left to the schema.
 */
function repairRow(raw: ImportAssetRowInput): { raw: ImportAssetRowInput; repairs: DataQualityIssue[] } {
  const repairs: DataQualityIssue[] = (raw.repairs ?? []).map((repair) => ({
    code: 'FILE_FIELD_REPAIRED',
    field: repair.field,
    message: repair.message,
  }));
  let repaired = raw;
  const postcode = raw.address.postcode;
  if (postcode && postcode.length <= 20) {
    const result = repairPostcode(postcode);
    if (result.issue) {
      repairs.push(result.issue);
      repaired = { ...repaired, address: { ...repaired.address, postcode: result.postcode } };
    }
  }
  if (raw.location) {
    const result = repairLocation(raw.location);
    if (result.issue) {
      repairs.push(result.issue);
      repaired = { ...repaired, location: result.location };
    }
  }
  return { raw: repaired, repairs };
}

function parseRow(
  input: ImportAssetRowInput,
  owner: ImportOwner,
): { row: ImportRow } | { problems: { field: string; message: string }[] } {
  const { raw, repairs } = repairRow(input);
  let parsed;
  try {
    parsed = parseArgument(importRowSchema(), raw, 'row');
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    return {
      problems: error.fields.map((f) => ({ field: f.field.replace(/^row\./, ''), message: f.message })),
    };
  }
  if (!parsed.assetReference && !parsed.uprn && !owner.ownerOrganisationId) {
    return {
      problems: [
        {
          field: 'assetReference',
          message:
            'a row needs an asset reference or a UPRN when its owner is not an organisation in the register, so a later import can find it again',
        },
      ],
    };
  }
  return {
    row: {
      line: raw.line,
      name: parsed.name,
      uprn: parsed.uprn ?? null,
      assetReference: parsed.assetReference ?? null,
      address: {
        lines: parsed.address.lines,
        postTown: parsed.address.postTown ?? null,
        postcode: parsed.address.postcode?.postcode ?? null,
        postcodeIsPartial: parsed.address.postcode?.partial ?? false,
      },
      location: parsed.location ?? null,
      tenure: parsed.tenure ? { type: parsed.tenure.type, detail: parsed.tenure.detail ?? null } : null,
      category: parsed.category,
      duplicateLines: parsed.duplicateLines,
      nameIsAddress: parsed.nameIsAddress,
      repairs: parsed.address.postcode?.partial
        ? [...repairs, partialPostcodeIssue(parsed.address.postcode.postcode)]
        : repairs,
    },
  };
}

/** The existing building each row describes, found with as few requests as the rows' keys allow. */
async function findMatches(
  ctx: RegisterContext,
  owner: ImportOwner,
  rows: readonly ImportRow[],
): Promise<ReadonlyMap<number, Building>> {
  const lookups = new Map<number, AssetReferenceLookup>();
  for (const row of rows) {
    if (row.assetReference) lookups.set(row.line, { ...owner, assetReference: row.assetReference });
  }
  const idsByReference = lookups.size
    ? await ctx.stores.buildings.findBuildingIdsByAssetReference([...lookups.values()])
    : new Map<string, string>();
  const buildings = idsByReference.size
    ? await ctx.stores.buildings.getBuildings([...idsByReference.values()])
    : new Map<string, Building>();

  const batch = batchReferences(rows);
  // Rows of one site share its UPRN (Pittville Park's six assets): one Query serves them all.
  const byUprn = new Map<string, Promise<Building[]>>();
  const atUprn = (uprn: string) => {
    const key = canonicalUprn(uprn);
    let found = byUprn.get(key);
    if (!found) byUprn.set(key, (found = ctx.stores.buildings.listCurrentBuildingsByUprn(uprn)));
    return found;
  };
  const matches = new Map<number, Building>();
  await forEachLimited(rows, WRITE_CONCURRENCY, async (row) => {
    const lookup = lookups.get(row.line);
    let byReference: Building | null = null;
    let candidates: Building[] = [];
    if (lookup) {
      const id = idsByReference.get(assetReferenceLookupId(lookup));
      byReference = (id && buildings.get(id)) || null;
      // A reference no building has may be a recoded one: the buildings at the row's UPRN say (one Query).
      if (!byReference && row.uprn && mayBeRecodedReference(row)) candidates = await atUprn(row.uprn);
    } else if (row.uprn) {
      candidates = await atUprn(row.uprn);
    } else if (owner.ownerOrganisationId) {
      candidates = await ctx.stores.buildings.listOwnerBuildingsNamed(owner.ownerOrganisationId, row.name);
    }
    const match = matchImportRow(row, owner, byReference, candidates, batch);
    if (match) matches.set(row.line, match);
  });
  return matches;
}

interface PendingWrite {
  readonly index: number;
  readonly row: ImportRow;
  readonly decision: Exclude<ImportDecision, { kind: 'unchanged' }>;
}

function toBuildingWrite(decision: PendingWrite['decision']): BuildingWrite {
  return decision.kind === 'create'
    ? { before: null, after: decision.building, action: 'CREATED' }
    : { before: decision.before, after: decision.after, action: 'IMPORTED' };
}

/**
 * A row's outcome under the access rules; with `write`, the row is also written on its own (the path for
 * rows whose group transaction failed).
 */
async function applyDecision(
  ctx: RegisterContext,
  decision: ImportDecision,
  row: ImportRow,
  change: ChangeContext,
  mode: { readonly write: boolean; readonly dryRun: boolean },
): Promise<RowResult> {
  const { dryRun } = mode;
  const building = decision.kind === 'update' ? decision.after : decision.building;
  const warnings = [...(building.dataQualityIssues ?? [])];
  try {
    if (decision.kind === 'unchanged') {
      await ctx.assertAllowed('building.update', decision.building);
      return outcome(row.line, 'UNCHANGED', building, warnings, false);
    }
    if (decision.kind === 'create') {
      await ctx.assertAllowed('building.create', decision.building);
      if (mode.write) await ctx.stores.buildings.createBuilding(decision.building, change);
      return outcome(row.line, 'CREATED', building, warnings, dryRun);
    }
    await ctx.assertAllowed('building.update', decision.before);
    await ctx.assertAllowed('building.update', decision.after);
    if (mode.write)
      await ctx.stores.buildings.updateBuilding(decision.before, decision.after, 'IMPORTED', change);
    return outcome(row.line, 'UPDATED', building, warnings, dryRun);
  } catch (error) {
    const visible = await hideUnseenConflict(ctx, error);
    if (!(visible instanceof AppError)) throw visible;
    return {
      ...rejected(row.line, [
        {
          field: (typeof visible.details['field'] === 'string' ? visible.details['field'] : 'row').replace(
            /^input\./,
            '',
          ),
          message: visible.message,
        },
      ]),
      warnings,
    };
  }
}

function outcome(
  line: number,
  kind: 'CREATED' | 'UPDATED' | 'UNCHANGED',
  building: Building,
  warnings: DataQualityIssue[],
  dryRun: boolean,
): RowResult {
  const written = !dryRun || kind === 'UNCHANGED';
  return {
    line,
    outcome: kind,
    buildingId: kind === 'CREATED' && dryRun ? null : building.id,
    version: written ? building.version : null,
    problems: [],
    warnings,
  };
}

function rejected(line: number, problems: { field: string; message: string }[]): RowResult {
  return { line, outcome: 'REJECTED', buildingId: null, version: null, problems, warnings: [] };
}

function summarise(rows: RowResult[], dryRun: boolean): Omit<ImportAssetsResult, 'ownerOrganisationId'> {
  return importCounts(rows, dryRun);
}

/** Runs `run` on every item, at most `limit` at a time. */
export async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
