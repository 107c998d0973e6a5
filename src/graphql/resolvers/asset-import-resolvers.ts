import { randomUUID } from 'node:crypto';
import {
  decideImport,
  findRepeatedReferences,
  matchImportRow,
  MAX_IMPORT_ROWS,
} from '../../domain/asset-import';
import type { ImportDecision, ImportOwner, ImportRow } from '../../domain/asset-import';
import { AppError, BadUserInputError, badInput } from '../../domain/errors';
import { assetReferenceLookupId } from '../../domain/ports';
import type { AssetReferenceLookup, ChangeContext } from '../../domain/ports';
import type { Building, DataQualityIssue } from '../../domain/records';
import type { RequestContext } from '../context';
import type {
  ImportAssetRowInput,
  ImportAssetsResult,
  ImportRowResult,
  Resolvers,
} from '../generated/resolvers-types';
import { importHeaderSchema, importRowSchema, parseArgument } from '../inputs';
import { hideUnseenConflict } from './conflicts';
import { changeBy, requireUser } from './support';

// Rows are written a few at a time: fast enough to load a council's file in seconds, gentle enough on a
// table's write capacity and on the per-request request budget.
const WRITE_CONCURRENCY = 8;

type RowResult = ImportRowResult & { readonly warnings: DataQualityIssue[] };

/**
 * importAssets: DynamoDB requests per call are 2 BatchGetItem (asset reference claims, then the buildings
 * they name) + 1 Query per row without an asset reference (by UPRN or by name) + 1 TransactWriteItems per
 * created or updated row (+2 for the caller's memberships, +1 GetItem for the council when no owner is
 * given). A file with asset references costs about one request per row.
 */
export const assetImportResolvers: Resolvers = {
  Mutation: {
    importAssets: async (_, { input }, ctx) => {
      const actor = await requireUser(ctx);
      const header = parseArgument(importHeaderSchema, input, 'input');
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
      await forEachLimited(unique, WRITE_CONCURRENCY, async ({ index, row }) => {
        const decision = decideImport(row, owner, matches.get(row.line) ?? null, change, randomUUID());
        results[index] = await applyDecision(ctx, decision, row, change, input.dryRun ?? false);
      });
      return {
        ...summarise(results as RowResult[], input.dryRun ?? false),
        ownerOrganisationId: owner.ownerOrganisationId,
      };
    },
  },
};

async function resolveOwner(
  ctx: RequestContext,
  header: ReturnType<typeof importHeaderSchema.parse>,
): Promise<ImportOwner> {
  const base = { councilCode: header.councilCode, visibility: header.visibility };
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
  const council = await ctx.store.findCouncilByGssCode(header.councilCode);
  if (!council) {
    throw badInput(
      'input.councilCode',
      `no council is registered for ${header.councilCode}; register it first, or give ownerOrganisationId or ownerName`,
    );
  }
  return { ...base, ownerOrganisationId: council.id, ownerName: null };
}

function parseRow(
  raw: ImportAssetRowInput,
  owner: ImportOwner,
): { row: ImportRow } | { problems: { field: string; message: string }[] } {
  let parsed;
  try {
    parsed = parseArgument(importRowSchema, raw, 'row');
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
    },
  };
}

/** The existing building each row describes, found with as few requests as the rows' keys allow. */
async function findMatches(
  ctx: RequestContext,
  owner: ImportOwner,
  rows: readonly ImportRow[],
): Promise<ReadonlyMap<number, Building>> {
  const lookups = new Map<number, AssetReferenceLookup>();
  for (const row of rows) {
    if (row.assetReference) lookups.set(row.line, { ...owner, assetReference: row.assetReference });
  }
  const idsByReference = lookups.size
    ? await ctx.store.findBuildingIdsByAssetReference([...lookups.values()])
    : new Map<string, string>();
  const buildings = idsByReference.size
    ? await ctx.store.getBuildings([...idsByReference.values()])
    : new Map<string, Building>();

  const matches = new Map<number, Building>();
  await forEachLimited(rows, WRITE_CONCURRENCY, async (row) => {
    const lookup = lookups.get(row.line);
    let byReference: Building | null = null;
    let candidates: Building[] = [];
    if (lookup) {
      const id = idsByReference.get(assetReferenceLookupId(lookup));
      byReference = (id && buildings.get(id)) || null;
    } else if (row.uprn) {
      candidates = await ctx.store.listCurrentBuildingsByUprn(row.uprn);
    } else if (owner.ownerOrganisationId) {
      candidates = await ctx.store.listOwnerBuildingsNamed(owner.ownerOrganisationId, row.name);
    }
    const match = matchImportRow(row, owner, byReference, candidates);
    if (match) matches.set(row.line, match);
  });
  return matches;
}

async function applyDecision(
  ctx: RequestContext,
  decision: ImportDecision,
  row: ImportRow,
  change: ChangeContext,
  dryRun: boolean,
): Promise<RowResult> {
  const building = decision.kind === 'update' ? decision.after : decision.building;
  const warnings = [...(building.dataQualityIssues ?? [])];
  try {
    if (decision.kind === 'unchanged') {
      await ctx.assertAllowed('building.update', decision.building);
      return outcome(row.line, 'UNCHANGED', building, warnings, false);
    }
    if (decision.kind === 'create') {
      await ctx.assertAllowed('building.create', decision.building);
      if (!dryRun) await ctx.store.createBuilding(decision.building, change);
      return outcome(row.line, 'CREATED', building, warnings, dryRun);
    }
    await ctx.assertAllowed('building.update', decision.before);
    await ctx.assertAllowed('building.update', decision.after);
    if (!dryRun) await ctx.store.updateBuilding(decision.before, decision.after, 'IMPORTED', change);
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
  const count = (kind: ImportRowResult['outcome']) => rows.filter((r) => r.outcome === kind).length;
  return {
    rows,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECTED'),
    flagged: rows.filter((r) => r.warnings.length > 0).length,
    dryRun,
  };
}

async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
