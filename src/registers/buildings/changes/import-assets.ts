/**
 * importAssets: one batch of an asset file's rows, each matched to the building it describes and created,
 * updated or left as it is. The rules of matching and of what a row does are pure (domain/asset-import.ts);
 * this runs them over the store: the owner, the lookups, the access checks and the grouped writes.
 *
 * DynamoDB requests per call are 2 BatchGetItem in one round trip (asset reference claims, and the markers
 * of their stems), 1 BatchGetItem of the buildings the claims name, 1 Query per row without an asset
 * reference (by UPRN or by name), and per row whose reference no building has that gives a UPRN and a
 * reference of three or more parts whose stem some building of the owner holds (a recoded reference?), and
 * 1 TransactWriteItems per 12 created or updated rows (+1 GetItem for the caller's access item, +1 GetItem
 * for the council when no owner is given). A 100-row call with asset references into an empty register
 * costs about 12 requests; a group whose transaction fails is written again row by row. Unchanged rows cost
 * nothing beyond the lookups.
 */
import { randomUUID } from 'node:crypto';
import { changeBy, requireUser } from '../../../kernel/changes/change-protocol';
import { badInput } from '../../../kernel/domain/errors';
import type { ChangeContext } from '../../../kernel/domain/ports';
import { importHeaderSchema, parseArgument } from '../../../kernel/graphql/inputs';
import type { ImportHeaderArgs } from '../../../kernel/graphql/inputs';
import { importCounts } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';
import type { ImportAssetsInput, ImportAssetsResult } from '../../generated/resolvers-types';
import {
  assetReferenceStem,
  decideImport,
  findRepeatedReferences,
  MAX_IMPORT_ROWS,
} from '../domain/asset-import';
import type { ImportDecision, ImportOwner, ImportRow } from '../domain/asset-import';
import { MAX_ITEMS_PER_BUILDING_WRITE, SHARED_ITEMS_PER_BUILDING_BATCH } from '../domain/building-port';
import type { BuildingWrite } from '../domain/building-port';
import { findImportMatches } from './find-import-matches';
import { forEachLimited } from './for-each-limited';
import { parseRow } from './import-row-input';
import { applyDecision, rejected } from './import-row-outcome';
import type { RowResult } from './import-row-outcome';

// Rows are written several to a transaction (a building write is at most 8 items, plus the batch's shared
// checks, a transaction at most 100), a few transactions at a time: a council's file loads in seconds, and a
// 100-row call sends 9 TransactWriteItems instead of 100.
const ROWS_PER_TRANSACTION = Math.floor(
  (100 - SHARED_ITEMS_PER_BUILDING_BATCH) / MAX_ITEMS_PER_BUILDING_WRITE,
);
const WRITE_CONCURRENCY = 4;

/** A row checked and ready to write. */
interface PendingWrite {
  readonly index: number;
  readonly row: ImportRow;
  readonly decision: Exclude<ImportDecision, { kind: 'unchanged' }>;
}

/** Imports one batch of rows for one owner (see the header for what it costs). */
export async function importAssets(
  ctx: RegisterContext,
  input: ImportAssetsInput,
): Promise<ImportAssetsResult> {
  const actor = await requireUser(ctx);
  const header = parseArgument(importHeaderSchema(), input, 'input');
  if (input.rows.length === 0 || input.rows.length > MAX_IMPORT_ROWS) {
    throw badInput('input.rows', `must hold 1 to ${MAX_IMPORT_ROWS} rows`);
  }
  const owner = await resolveOwner(ctx, header);
  // The batch's rows all share owner, area and visibility: refuse at once a caller who may write none.
  await ctx.assertAllowed('building.create', owner);
  const change = changeBy(ctx, actor);
  const dryRun = input.dryRun ?? false;

  const results: (RowResult | null)[] = input.rows.map(() => null);
  const unique = takeRows(input, owner, results);
  const matches = await findImportMatches(
    ctx,
    owner,
    unique.map((r) => r.row),
  );
  const pending: PendingWrite[] = [];
  for (const { index, row } of unique) {
    const decision = decideImport(row, owner, matches.get(row.line) ?? null, change, randomUUID());
    // Checked first (access rules, in memory); written below, several rows to a transaction.
    results[index] = await applyDecision(ctx, decision, row, change, { write: false, dryRun });
    if (!dryRun && results[index]?.outcome !== 'REJECTED' && decision.kind !== 'unchanged') {
      pending.push({ index, row, decision });
    }
  }
  await writeInGroups(ctx, pending, change, results);
  return {
    ...importCounts(results as RowResult[], dryRun),
    ownerOrganisationId: owner.ownerOrganisationId,
  };
}

/**
 * The batch's rows that can be imported, with their place in the answer; each other row gets its rejection
 * in `results` (a row that cannot be parsed, or that repeats an earlier row's asset reference).
 */
function takeRows(
  input: ImportAssetsInput,
  owner: ImportOwner,
  results: (RowResult | null)[],
): { index: number; row: ImportRow }[] {
  const rows: { index: number; row: ImportRow }[] = [];
  input.rows.forEach((raw, index) => {
    const parsed = parseRow(raw, owner);
    if ('problems' in parsed) results[index] = rejected(raw.line, parsed.problems);
    else rows.push({ index, row: parsed.row });
  });
  const repeats = findRepeatedReferences(rows.map((r) => r.row));
  return rows.filter(({ index, row }) => {
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
}

/** Writes the checked rows several to a transaction; a group that fails is written again row by row. */
async function writeInGroups(
  ctx: RegisterContext,
  pending: readonly PendingWrite[],
  change: ChangeContext,
  results: (RowResult | null)[],
): Promise<void> {
  const groups = groupsKeepingStemsTogether(pending);
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
}

/**
 * The rows in groups of at most ROWS_PER_TRANSACTION, the rows of one asset reference stem in one group where
 * they fit: their writes share the stem's marker, and two transactions in flight at once that both put it
 * would race (DynamoDB cancels one, to be retried).
 */
export function groupsKeepingStemsTogether<T extends { readonly row: Pick<ImportRow, 'assetReference'> }>(
  pending: readonly T[],
  size = ROWS_PER_TRANSACTION,
): T[][] {
  const byStem = new Map<string, T[]>();
  pending.forEach((one, index) => {
    const stem = one.row.assetReference ? assetReferenceStem(one.row.assetReference) : null;
    const key = stem ? `stem:${stem}` : `row:${index}`;
    byStem.set(key, [...(byStem.get(key) ?? []), one]);
  });
  const groups: T[][] = [];
  let current: T[] = [];
  for (const cluster of byStem.values()) {
    if (current.length + cluster.length > size && current.length) {
      groups.push(current);
      current = [];
    }
    for (const one of cluster) {
      if (current.length === size) {
        groups.push(current);
        current = [];
      }
      current.push(one);
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

function toBuildingWrite(decision: PendingWrite['decision']): BuildingWrite {
  return decision.kind === 'create'
    ? { before: null, after: decision.building, action: 'CREATED' }
    : { before: decision.before, after: decision.after, action: 'IMPORTED' };
}

/** Who owns the batch's rows: the organisation or name given, or else the council of the area. */
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
