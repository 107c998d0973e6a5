import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { BuildingCategory, Visibility } from '../registers/generated/resolvers-types';
import type { MappableField } from './formats';
import { parseCsv } from './read-csv';
import type { CsvFile } from './read-csv';

/**
 * What both runs of `npm run import` share (the asset run, run-asset-import.ts, and the ACV register run,
 * run-acv-register-import.ts): the options, the file read, the batches, the progress bar, the rows reported
 * and the summary counted. Retries live in graphql-client.ts, under every request the runs send.
 */

export interface ImportOptions {
  readonly file: string;
  readonly format: string;
  /** Every row's council; when null, each row's GSS code column decides (a multi-council file is split). */
  readonly council: string | null;
  /** The owning organisation; default: the council registered for each council code. */
  readonly ownerOrganisationId: string | null;
  /** The owner's name when the owner is not in the register. */
  readonly ownerName: string | null;
  readonly visibility: Visibility | null;
  readonly dryRun: boolean;
  readonly archiveMissing: boolean;
  readonly columns: ReadonlyMap<MappableField, string>;
  readonly defaultCategory: BuildingCategory;
  /** Where to write the CSV of rejected, flagged and missing rows; null: `<file name>.report.csv` here. */
  readonly reportPath: string | null;
  readonly batchSize: number;
  /** Show a progress bar (on a terminal). */
  readonly progress: boolean;
  readonly log: (message: string) => void;
  /**
   * The kind of file (`--source`; default: the format): recorded on the buildings the file creates, and
   * missing buildings are looked for among that source's only, so a list of libraries imported after the
   * asset file never makes the asset file's buildings "missing".
   */
  readonly source?: string | null;
  /** `--yes`: archive missing buildings even when they are more than ARCHIVE_SHARE_LIMIT of the source's. */
  readonly yes?: boolean;
}

export type RowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED' | 'DUPLICATE';

export interface ReportedRow {
  readonly line: number;
  readonly councilCode: string | null;
  readonly outcome: RowOutcome;
  readonly buildingId: string | null;
  readonly name: string;
  readonly assetReference: string | null;
  readonly problems: readonly { field: string; message: string }[];
  readonly warnings: readonly { code: string; field: string; message: string }[];
}

export interface MissingBuilding {
  readonly id: string;
  readonly name: string;
  readonly assetReference: string | null;
  readonly councilCode: string;
  readonly archived: boolean;
}

/** How an owner column's value was found in the register (or not), once per distinct value. */
export interface OwnerResolution {
  /** The value as the file gives it. */
  readonly value: string;
  readonly outcome: 'MATCHED_CODE' | 'MATCHED_NAME' | 'NOT_REGISTERED' | 'AMBIGUOUS';
  readonly organisationId: string | null;
  /** The owner's name the rows are recorded with when it is not registered. */
  readonly ownerName: string | null;
  readonly message: string;
}

/** One council's part of a run. */
export interface CouncilSummary {
  readonly councilCode: string;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  /** Rows the API refused as a whole batch (FORBIDDEN, a council not registered...), with its reason. */
  readonly refused: number;
  readonly refusals: readonly string[];
}

export interface ImportSummary {
  /** The --format the file was read as. */
  readonly format: string;
  /** The source the file's buildings are recorded under and missing buildings looked for in. */
  readonly source?: string;
  readonly encoding: string;
  readonly total: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  /** Rows that repeat an earlier row's asset reference: merged into it, not written themselves. */
  readonly duplicates: number;
  /** Rows with at least one warning, whatever their outcome. */
  readonly flagged: number;
  /** Rows whose holding type named no category, so they were recorded as OTHER. */
  readonly fellToOther: number;
  readonly councils: readonly string[];
  /** Per council: counts, and the batches the API refused as a whole. */
  readonly perCouncil?: readonly CouncilSummary[];
  /** Rows of other councils than --council: left out, not rejected. */
  readonly skipped?: number;
  /** Each owner column value and what it was matched to. */
  readonly owners?: readonly OwnerResolution[];
  /** The owner's current buildings of the source in the file's councils that the file does not mention. */
  readonly missing: readonly MissingBuilding[];
  /** Why --archive-missing archived nothing (more than ARCHIVE_SHARE_LIMIT without --yes); null otherwise. */
  readonly archiveRefused?: string | null;
  readonly rows: readonly ReportedRow[];
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly reportPath: string;
}

/** The file named by --file, decoded and parsed (read-csv.ts says which encodings). */
export async function readImportFile(options: ImportOptions): Promise<CsvFile> {
  return parseCsv(await readFile(options.file));
}

/**
 * Sends the rows in batches of `size`, one after another (each batch is one mutation; the API runs its rows'
 * writes concurrently). `send`, given each batch and its start, answers 'stop' to end the run of batches early.
 */
export async function sendInBatches<Row>(
  rows: readonly Row[],
  size: number,
  send: (batch: readonly Row[], start: number) => Promise<'next' | 'stop'>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    if ((await send(rows.slice(start, start + size), start)) === 'stop') return;
  }
}

/** The progress bar (rows done of the file, rows per second, the council being sent) when on a terminal. */
export function startProgress(options: ImportOptions, total: number, done: number, started: number) {
  const bar = options.progress
    ? new cliProgress.SingleBar(
        { format: ' {bar} {value}/{total} rows | {speed} rows/s | {council}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, done, { speed: '0', council: '' });
  const tick = (count: number, council: string) => {
    const seconds = (performance.now() - started) / 1000;
    bar?.increment(count, {
      speed: ((bar.getProgress() * total) / Math.max(seconds, 0.001)).toFixed(0),
      council,
    });
  };
  return { bar, tick };
}

export function rejectedRow(
  line: number,
  councilCode: string | null,
  name: string,
  assetReference: string | null,
  problems: { field: string; message: string }[],
): ReportedRow {
  return {
    line,
    councilCode,
    outcome: 'REJECTED',
    buildingId: null,
    name,
    assetReference,
    problems,
    warnings: [],
  };
}

/** The report's rows for one batch's answers, each named from the row sent with its line number. */
export function reportResults<Row extends { readonly line: number }, Result extends ApiRowResult>(
  council: string,
  batch: readonly Row[],
  results: readonly Result[],
  describe: (
    row: Row | undefined,
    result: Result,
  ) => { id: string | null; name: string; reference: string | null },
): ReportedRow[] {
  const sent = new Map(batch.map((row) => [row.line, row]));
  return results.map((result) => {
    const { id, name, reference } = describe(sent.get(result.line), result);
    return {
      line: result.line,
      councilCode: council,
      outcome: result.outcome,
      buildingId: id,
      name,
      assetReference: reference,
      problems: result.problems,
      warnings: result.warnings,
    };
  });
}

/** What both import mutations answer for each row. */
export interface ApiRowResult {
  readonly line: number;
  readonly outcome: Exclude<RowOutcome, 'DUPLICATE'>;
  readonly problems: readonly { field: string; message: string }[];
  readonly warnings: readonly { code: string; field: string; message: string }[];
}

/** The end of a run: the report written, the rows in file order and counted. */
export async function summarise(
  options: ImportOptions,
  encoding: ImportSummary['encoding'],
  total: number,
  started: number,
  reported: ReportedRow[],
  run: {
    readonly fellToOther: number;
    readonly councils: string[];
    readonly missing: readonly (MissingBuilding & { version: number })[];
    /** The report CSV of the rows, in file order. */
    readonly report: (rows: readonly ReportedRow[]) => string;
  },
): Promise<ImportSummary> {
  const seconds = (performance.now() - started) / 1000;
  reported.sort((a, b) => a.line - b.line);
  const reportPath = options.reportPath ?? `${basename(options.file)}.report.csv`;
  await writeFile(reportPath, run.report(reported));
  const count = (outcome: RowOutcome) => reported.filter((row) => row.outcome === outcome).length;
  return {
    format: options.format,
    encoding,
    total,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECTED'),
    duplicates: count('DUPLICATE'),
    flagged: reported.filter((row) => row.warnings.length > 0).length,
    fellToOther: run.fellToOther,
    councils: run.councils,
    missing: run.missing.map(({ version: _version, ...rest }) => rest),
    rows: reported,
    seconds,
    rowsPerSecond: total / Math.max(seconds, 0.001),
    reportPath,
  };
}
