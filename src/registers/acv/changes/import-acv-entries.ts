/**
 * importAcvEntries: a council's existing ACV register, up to 100 rows a call, each row decided by the pure
 * rules of domain/acv-register-import.ts against the entry with the same reference, then written.
 */
import { randomUUID } from 'node:crypto';
import {
  decideAcvRegisterRow,
  MAX_ACV_IMPORT_ROWS,
  MAX_REGISTER_REFERENCE_LENGTH,
} from '../domain/acv-register-import';
import type { AcvRegisterRow, AcvRowDecision } from '../domain/acv-register-import';
import type { AcvEntry } from '../domain/acv-records';
import { DEFAULT_LISTING_EXPIRY_CONVENTION } from '../domain/acv-timetable';
import { AppError, badInput } from '../../../kernel/domain/errors';
import { assetReferenceKey, RECORD_ID_PATTERN } from '../../../kernel/domain/identifiers';
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { RegisterContext } from '../../context';
import type { AcvImportRowResult, ImportAcvEntriesResult } from '../../generated/resolvers-types';
import { acvToday } from './acv-change-support';
import { forEachLimited } from '../../buildings/changes/for-each-limited';
import { changeBy, nextVersion, requireUser } from '../../../kernel/changes/change-protocol';
import { importCounts } from '../../../kernel/graphql/support';
import { councilCodeSchema, parseArgument } from '../../../kernel/graphql/inputs';

// Each created or updated entry is its own transaction (entry, reference claim, tasks, audit event); a few
// run at a time so a 100-row call takes a second or two, not a hundred round trips in a row.
const WRITE_CONCURRENCY = 4;

/**
 * importAcvEntries: DynamoDB requests per call are 1 GetItem for the caller's access item, 1 GetItem for the
 * council's ACV settings, 1 BatchGetItem for the rows' reference claims, 1 BatchGetItem for the entries they
 * name (and for references that are entry ids, as in the register's own export), then 1 TransactWriteItems per
 * created or updated row. Unchanged and rejected rows cost nothing beyond the lookups: the same file again
 * costs 4 requests per 100 rows.
 */
export async function importAcvEntries(
  ctx: RegisterContext,
  councilCodeArgument: string,
  rows: readonly AcvRegisterRow[],
  dryRun: boolean,
): Promise<ImportAcvEntriesResult> {
  const actor = await requireUser(ctx);
  const councilCode = parseArgument(councilCodeSchema(), councilCodeArgument, 'input.councilCode');
  if (rows.length === 0 || rows.length > MAX_ACV_IMPORT_ROWS) {
    throw badInput('input.rows', `must hold 1 to ${MAX_ACV_IMPORT_ROWS} rows`);
  }
  await ctx.assertAllowed('acv.import', { councilCode });
  const settings = await ctx.stores.acv.getAcvSettings(councilCode);
  const change = changeBy(ctx, actor);
  const today = acvToday(ctx);

  const { results, unique } = withoutRepeatedReferences(rows);

  // Only references a row may have are looked up (a longer one is the row's problem, and no key).
  const existing = await findExisting(
    ctx,
    councilCode,
    unique
      .map((u) => u.row.reference.trim())
      .filter((reference) => reference !== '' && reference.length <= MAX_REGISTER_REFERENCE_LENGTH),
  );
  const context = {
    councilCode,
    userId: actor.userId,
    at: change.at,
    today,
    listingExpiryConvention: settings?.listingExpiryConvention ?? DEFAULT_LISTING_EXPIRY_CONVENTION,
  };
  await forEachLimited(unique, WRITE_CONCURRENCY, async ({ index, row }) => {
    const before = existing.get(assetReferenceKey(row.reference)) ?? null;
    const decision = decideAcvRegisterRow(row, before, { ...context, newId: randomUUID() });
    results[index] = await apply(ctx, row, before, decision, change, dryRun);
  });
  return summarise(results, dryRun);
}

/** One result per row, the repeats of a reference already in the batch rejected; the rest to decide. */
function withoutRepeatedReferences(rows: readonly AcvRegisterRow[]): {
  results: AcvImportRowResult[];
  unique: { index: number; row: AcvRegisterRow }[];
} {
  const results: AcvImportRowResult[] = rows.map((row) => rejected(row, []));
  const firstLine = new Map<string, number>();
  const unique: { index: number; row: AcvRegisterRow }[] = [];
  rows.forEach((row, index) => {
    const key = assetReferenceKey(row.reference);
    const first = key ? firstLine.get(key) : undefined;
    if (first !== undefined) {
      results[index] = rejected(row, [
        {
          field: 'reference',
          message: `repeats the reference of line ${first} in this batch; send each entry once (npm run import keeps the first)`,
        },
      ]);
      return;
    }
    if (key) firstLine.set(key, row.line);
    unique.push({ index, row });
  });

  return { results, unique };
}

/**
 * The council's entries the references name, by reference key: an entry that holds the reference, else (for
 * a file the register itself published, whose references are entry ids) the council's entry with that id
 * and no register reference of its own.
 */
async function findExisting(
  ctx: RegisterContext,
  councilCode: string,
  references: readonly string[],
): Promise<ReadonlyMap<string, AcvEntry>> {
  const claimed = await ctx.stores.acv.findAcvEntryIdsByRegisterReference(councilCode, references);
  const byId = new Map<string, string>();
  for (const reference of references) {
    const key = assetReferenceKey(reference);
    const id = reference.trim().toLowerCase();
    if (!claimed.has(key) && RECORD_ID_PATTERN.test(id)) byId.set(key, id);
  }
  const ids = [...claimed.values(), ...byId.values()];
  const entries = ids.length ? await ctx.stores.acv.getAcvEntries(ids) : new Map<string, AcvEntry>();
  const found = new Map<string, AcvEntry>();
  for (const [key, id] of claimed) {
    const entry = entries.get(id);
    if (entry) found.set(key, entry);
  }
  for (const [key, id] of byId) {
    const entry = entries.get(id);
    if (entry && entry.councilCode === councilCode && !entry.registerReference) found.set(key, entry);
  }
  return found;
}

async function apply(
  ctx: RegisterContext,
  row: AcvRegisterRow,
  before: AcvEntry | null,
  decision: AcvRowDecision,
  change: ChangeContext,
  dryRun: boolean,
): Promise<AcvImportRowResult> {
  if (decision.kind === 'rejected') return rejected(row, decision.problems);
  const base = {
    line: row.line,
    reference: row.reference,
    status: decision.state,
    state: decision.state,
    problems: [],
    warnings: [...decision.warnings],
  };
  try {
    if (decision.kind === 'unchanged' || !before) {
      if (decision.kind === 'unchanged') {
        return { ...base, outcome: 'UNCHANGED', entryId: decision.entry.id, version: decision.entry.version };
      }
      if (!dryRun)
        await ctx.stores.acv.createAcvEntry(
          { entry: decision.entry, notices: [], auditAction: 'IMPORTED' },
          change,
        );
      return {
        ...base,
        outcome: 'CREATED',
        entryId: dryRun ? null : decision.entry.id,
        version: dryRun ? null : decision.entry.version,
      };
    }
    const after = nextVersion(decision.entry, change);
    if (!dryRun)
      await ctx.stores.acv.updateAcvEntry(
        before,
        { entry: after, notices: [], auditAction: 'IMPORTED' },
        change,
      );
    return { ...base, outcome: 'UPDATED', entryId: after.id, version: dryRun ? null : after.version };
  } catch (error) {
    // A concurrent import of the same reference, or an officer's step on the entry meanwhile: the row is
    // refused with the reason and the rest of the batch goes on; importing again takes it.
    if (!(error instanceof AppError)) throw error;
    const field = typeof error.details['field'] === 'string' ? error.details['field'] : 'row';
    return { ...rejected(row, [{ field, message: error.message }]), warnings: base.warnings };
  }
}

function rejected(
  row: AcvRegisterRow,
  problems: readonly { field: string; message: string }[],
): AcvImportRowResult {
  return {
    line: row.line,
    reference: row.reference,
    outcome: 'REJECTED',
    entryId: null,
    version: null,
    status: null,
    state: null,
    problems: [...problems],
    warnings: [],
  };
}

function summarise(rows: AcvImportRowResult[], dryRun: boolean): ImportAcvEntriesResult {
  return importCounts(rows, dryRun);
}
