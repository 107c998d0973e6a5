/** What importAssets answers for each row: its outcome, the building it names, and its warnings. */
import { AppError } from '../../../kernel/domain/errors';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { Building, DataQualityIssue } from '../../../kernel/domain/records';
import type { RegisterContext } from '../../context';
import type { ImportRowResult } from '../../generated/resolvers-types';
import type { ImportDecision, ImportRow } from '../domain/asset-import';
import { hideUnseenConflict } from './hide-unseen-conflict';
import type { RowProblem } from './import-row-input';

export type RowResult = ImportRowResult & { readonly warnings: DataQualityIssue[] };

/**
 * A row's outcome under the access rules; with `write`, the row is also written on its own (the path for
 * rows whose group transaction failed).
 */
export async function applyDecision(
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

/** A row left out, with the problems that kept it out. */
export function rejected(line: number, problems: RowProblem[]): RowResult {
  return { line, outcome: 'REJECTED', buildingId: null, version: null, problems, warnings: [] };
}
