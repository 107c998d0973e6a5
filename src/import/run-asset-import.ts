import { assetReferenceKey } from '../kernel/domain/identifiers';
import { toNameKey } from '../kernel/domain/names';
import { ACV_REGISTER_FORMAT, FORMATS, findCouncilCodeColumn, readRows, resolveColumns } from './formats';
import type { ImportFormat, ReadyRow, SourceRow } from './formats';
import { GraphQLRequestError } from './graphql-client';
import type { GraphQLTransport } from './graphql-client';
import { archiveBuildings, findMissing, listBuildings } from './asset-missing-buildings';
import type { ListedBuilding } from './asset-missing-buildings';
import { findCouncil, resolveOwnerColumn } from './asset-owners';
import {
  readImportFile,
  rejectedRow,
  reportResults,
  sendInBatches,
  startProgress,
  summarise,
} from './import-engine';
import type {
  CouncilSummary,
  ImportOptions,
  ImportSummary,
  MissingBuilding,
  OwnerResolution,
  ReportedRow,
  RowOutcome,
} from './import-engine';
import { toReportCsv } from './import-report';

/**
 * `npm run import` of an asset file: reads a council's asset file, sends it to importAssets in batches and
 * reports every row. Re-running it is safe at any point: rows are matched by asset reference (else UPRN and
 * name), so a run that was interrupted finishes the job and a file imported twice changes nothing the second
 * time.
 */

/**
 * `--archive-missing` refuses, without `--yes`, to archive more than this share of the source's current
 * buildings in the file's councils: a file that silently lost most of its rows (a truncated export, the
 * wrong --source) would otherwise archive them all. Cheltenham's real 2023 file over its 2021 one misses 127
 * of 491 (26%), a true change that an officer confirms with --yes after reading the list.
 */
export const ARCHIVE_SHARE_LIMIT = 0.1;

const IMPORT_ASSETS = /* GraphQL */ `
  mutation ImportAssets($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      ownerOrganisationId
      rows {
        line
        outcome
        buildingId
        version
        problems {
          field
          message
        }
        warnings {
          code
          field
          message
        }
      }
    }
  }
`;

interface ImportAssetsData {
  importAssets: {
    ownerOrganisationId: string | null;
    rows: {
      line: number;
      outcome: Exclude<RowOutcome, 'DUPLICATE'>;
      buildingId: string | null;
      version: number | null;
      problems: { field: string; message: string }[];
      warnings: { code: string; field: string; message: string }[];
    }[];
  };
}

/** The owner a batch is sent with. */
interface OwnerHeader {
  readonly ownerOrganisationId: string | null;
  readonly ownerName: string | null;
}

/** The rows of one council and one owner: sent together, refused together, looked for missing together. */
interface OwnerGroup {
  readonly council: string;
  /** The owner column's value, when the file has one. */
  readonly owner: string | null;
  readonly header: OwnerHeader;
  readonly rows: ReadyRow[];
}

/** What one run has found so far, filled in as the groups are sent. */
interface AssetRun {
  readonly options: ImportOptions;
  readonly api: GraphQLTransport;
  readonly importSource: string;
  readonly reported: ReportedRow[];
  readonly refusals: Map<string, string[]>;
  readonly missing: (MissingBuilding & { version: number })[];
  /** One listing per owner (or council, for an owner not in the register), shared by its groups. */
  readonly listings: Map<string, Promise<ListedBuilding[]>>;
  readonly tick: (count: number, council: string) => void;
  /** The source's current buildings in the groups' councils, the base of ARCHIVE_SHARE_LIMIT. */
  current: number;
}

export async function runAssetImport(options: ImportOptions, api: GraphQLTransport): Promise<ImportSummary> {
  const format = FORMATS.get(options.format);
  if (!format)
    throw new Error(
      `unknown --format ${options.format}; use one of ${[...FORMATS.keys(), ACV_REGISTER_FORMAT].join(', ')}`,
    );
  const file = await readImportFile(options);
  const source = readRows(file, format, {
    columns: options.columns,
    defaultCategory: options.defaultCategory,
  });
  const started = performance.now();
  const reported: ReportedRow[] = [];
  assertCouncilGiven(file, format, options);
  const { placed, skipped } = placeRows(source, options, reported);
  const { groups, owners } = await groupByOwner(placed, options, api, reported);

  const { bar, tick } = startProgress(options, source.length - skipped, reported.length, started);
  const run: AssetRun = {
    options,
    api,
    importSource: options.source ?? options.format,
    reported,
    refusals: new Map(),
    missing: [],
    listings: new Map(),
    tick,
    current: 0,
  };
  for (const group of groups) await importGroup(run, group);
  bar?.stop();
  const archiveRefused = await archiveMissing(run);

  const resolutions = [...owners.values()];
  const councils = [...new Set(groups.map((group) => group.council))];
  const ready = source.filter((row): row is ReadyRow => 'input' in row);
  const { missing, refusals } = run;
  const summary = await summarise(options, file.encoding, source.length - skipped, started, reported, {
    fellToOther: ready.filter((row) => row.fellToOther).length,
    councils,
    missing,
    report: (rows) => toReportCsv(rows, missing, undefined, resolutions),
  });
  return {
    ...summary,
    source: run.importSource,
    skipped,
    owners: resolutions,
    perCouncil: councils.map((council) => summariseCouncil(council, summary.rows, refusals.get(council))),
    archiveRefused,
  };
}

/** A file with no council column and no --council stops before anything is sent, said once, not per row. */
function assertCouncilGiven(
  file: Parameters<typeof resolveColumns>[0],
  format: ImportFormat,
  options: ImportOptions,
) {
  if (options.council || resolveColumns(file, format, options).has('councilCode')) return;
  const column = findCouncilCodeColumn(file);
  throw new Error(
    column
      ? `no council: column "${column}" holds GSS codes; give --map "${column}=councilCode" (or --council <GSS code> for a file of one council)`
      : `no council: give --council <GSS code>, or --map <column>=councilCode for a column of GSS codes (looked for ${format.aliases.councilCode.join(', ')})`,
  );
}

/**
 * Each row's council. Rows the CLI cannot send (unreadable, or with no council) are reported rejected; rows
 * of another council than --council are left out and counted (the file covers many councils; the caller
 * asked for one).
 */
function placeRows(
  source: readonly SourceRow[],
  options: ImportOptions,
  reported: ReportedRow[],
): { placed: { council: string; row: ReadyRow }[]; skipped: number } {
  const placed: { council: string; row: ReadyRow }[] = [];
  let skipped = 0;
  for (const row of source) {
    if ('problems' in row) {
      reported.push(rejectedRow(row.line, null, '', null, row.problems));
      continue;
    }
    if (options.council && row.councilCode && row.councilCode !== options.council) {
      skipped++;
      continue;
    }
    const council = options.council ?? row.councilCode;
    if (!council) {
      reported.push(
        rejectedRow(row.line, null, row.input.name, row.input.assetReference ?? null, [
          { field: 'councilCode', message: 'no council: the row has no GSS code; give --council <GSS code>' },
        ]),
      );
      continue;
    }
    placed.push({ council, row });
  }
  if (skipped > 0)
    options.log(`${skipped} rows of other councils than --council ${options.council} left out`);
  return { placed, skipped };
}

/**
 * The rows grouped by council and owner. With an owner column, each value is looked up once, and so is each
 * council (the owner of rows that name none), so that rows of one owner are one group however the file names
 * it (a code, a name, nothing). Rows of an ambiguous name are reported rejected.
 */
async function groupByOwner(
  placed: readonly { council: string; row: ReadyRow }[],
  options: ImportOptions,
  api: GraphQLTransport,
  reported: ReportedRow[],
): Promise<{ groups: OwnerGroup[]; owners: Map<string, OwnerResolution> }> {
  const ownerColumn =
    !options.ownerOrganisationId && !options.ownerName && placed.some(({ row }) => row.owner !== null);
  const owners = new Map<string, OwnerResolution>();
  const councilIds = new Map<string, string | null>();
  if (ownerColumn) {
    for (const { council, row } of placed) {
      if (row.owner !== null && !owners.has(toNameKey(row.owner)))
        owners.set(toNameKey(row.owner), await resolveOwnerColumn(api, row.owner));
      if (!councilIds.has(council)) councilIds.set(council, (await findCouncil(api, council))?.id ?? null);
    }
  }
  const groups = new Map<string, OwnerGroup>();
  for (const { council, row } of placed) {
    const resolution = ownerColumn && row.owner !== null ? owners.get(toNameKey(row.owner)) : undefined;
    if (resolution?.outcome === 'AMBIGUOUS') {
      reported.push(refusedRow(council, row, 'owner', resolution.message));
      continue;
    }
    const header: OwnerHeader = !ownerColumn
      ? { ownerOrganisationId: options.ownerOrganisationId, ownerName: options.ownerName }
      : resolution
        ? {
            ownerOrganisationId: resolution.organisationId,
            ownerName: resolution.organisationId ? null : resolution.ownerName,
          }
        : { ownerOrganisationId: councilIds.get(council) ?? null, ownerName: null };
    const key = [council, header.ownerOrganisationId ?? '', header.ownerName ?? ''].join('\u0000');
    const group = groups.get(key) ?? { council, owner: resolution?.value ?? null, header, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return { groups: [...groups.values()], owners };
}

/**
 * Sends one group's rows (the first of each asset reference; the others are reported DUPLICATE), then looks
 * for the source's buildings of its owner in its council that the file does not mention. A refusal of the
 * whole batch (the caller is no officer of this council or editor of this owner, the council is not
 * registered) holds for every batch of the group: its rows are reported and the run goes on with the rest.
 */
async function importGroup(run: AssetRun, { council, owner, header, rows }: OwnerGroup): Promise<void> {
  const { options, api, reported, tick } = run;
  const { unique, duplicates } = mergeDuplicates(rows);
  reported.push(...duplicates);
  tick(duplicates.length, council);
  const touched = new Set<string>();
  let ownerId: string | null = header.ownerOrganisationId;
  let refused = false;
  await sendInBatches(unique, options.batchSize, async (batch, start) => {
    let data: ImportAssetsData;
    try {
      data = await api<ImportAssetsData>(IMPORT_ASSETS, {
        input: {
          councilCode: council,
          ...header,
          visibility: options.visibility,
          source: run.importSource,
          dryRun: options.dryRun,
          rows: batch.map((row) => row.input),
        },
      });
    } catch (error) {
      const refusal = batchRefusal(error);
      if (refusal === null) throw error;
      const reason = `${council}${owner ? ` (owner ${owner})` : ''}: ${refusal.message}`;
      const rest = unique.slice(start);
      reported.push(...rest.map((row) => refusedRow(council, row, refusal.field, reason)));
      run.refusals.set(council, [...(run.refusals.get(council) ?? []), reason]);
      tick(rest.length, council);
      refused = true;
      return 'stop';
    }
    ownerId = data.importAssets.ownerOrganisationId;
    for (const result of data.importAssets.rows) if (result.buildingId) touched.add(result.buildingId);
    reported.push(
      ...reportResults(council, batch, data.importAssets.rows, (row, result) => ({
        id: result.buildingId,
        name: row?.input.name ?? '',
        reference: row?.input.assetReference ?? null,
      })),
    );
    tick(batch.length, council);
    return 'next';
  });
  if (refused) return;
  const listingKey = ownerId ? `owner:${ownerId}` : `council:${council}`;
  let listing = run.listings.get(listingKey);
  if (!listing) run.listings.set(listingKey, (listing = listBuildings(api, council, ownerId)));
  const found = findMissing(await listing, {
    council,
    ownerId,
    ownerName: header.ownerName,
    source: run.importSource,
    touched,
    rows,
  });
  run.current += found.current;
  run.missing.push(...found.missing);
}

/**
 * `--archive-missing`: prints what it archives (or would), then archives it, unless that is more than
 * ARCHIVE_SHARE_LIMIT of the source's current buildings without --yes. Returns why it archived nothing then.
 */
async function archiveMissing(run: AssetRun): Promise<string | null> {
  const { options, missing, current, importSource } = run;
  const archiveRefused =
    options.archiveMissing && missing.length > ARCHIVE_SHARE_LIMIT * current && !options.yes
      ? `--archive-missing archived nothing: ${missing.length} of the ${current} current buildings of source "${importSource}" in these councils are not in the file, more than ${ARCHIVE_SHARE_LIMIT * 100}%; check the list in the report and run again with --yes to archive them`
      : null;
  if (options.archiveMissing) {
    options.log(
      `${options.dryRun || archiveRefused ? 'Would archive' : 'Archiving'} ${missing.length} of ${current} current buildings of source "${importSource}" not in the file:`,
    );
    for (const building of missing.slice(0, 20))
      options.log(
        `  ${building.councilCode} ${building.assetReference ?? '-'} ${building.name} (${building.id})`,
      );
    if (missing.length > 20) options.log(`  ... and ${missing.length - 20} more (all in the report)`);
    if (archiveRefused) options.log(archiveRefused);
  }
  if (options.archiveMissing && !options.dryRun && !archiveRefused) {
    await archiveBuildings(run.api, missing);
  }
  return archiveRefused;
}

/** One council's counts, from the rows reported for it. */
function summariseCouncil(
  council: string,
  rows: readonly ReportedRow[],
  refusals: readonly string[] = [],
): CouncilSummary {
  const own = rows.filter((row) => row.councilCode === council);
  const count = (outcome: RowOutcome) => own.filter((row) => row.outcome === outcome).length;
  const refused = own.filter((row) => row.problems.some((p) => refusals.includes(p.message))).length;
  return {
    councilCode: council,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECTED') - refused,
    refused,
    refusals: [...new Set(refusals)],
  };
}

/**
 * The refusal of a whole importAssets call, which holds for its council and owner only: FORBIDDEN (the caller
 * is no officer of the area or editor of the owner) or BAD_USER_INPUT on the batch's header (no council
 * registered for the code). Null for anything else, which stops the run.
 */
function batchRefusal(error: unknown): { field: string; message: string } | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  const first = error.errors[0];
  const code = first?.extensions?.['code'];
  if (!first || (code !== 'FORBIDDEN' && code !== 'BAD_USER_INPUT')) return null;
  const field = first.extensions?.['field'];
  if (code === 'BAD_USER_INPUT' && (typeof field !== 'string' || field.startsWith('input.rows'))) return null;
  return {
    field: typeof field === 'string' ? field.replace(/^input\./, '') : 'councilCode',
    message: `${code}: ${first.message}`,
  };
}

function refusedRow(council: string, row: ReadyRow, field: string, message: string): ReportedRow {
  return rejectedRow(row.line, council, row.input.name, row.input.assetReference ?? null, [
    { field, message },
  ]);
}

/**
 * Keeps the first row of each asset reference and reports the others as duplicates: one asset is one
 * building, and which of two conflicting rows is right only the council can say (the warning asks them).
 */
function mergeDuplicates(rows: readonly ReadyRow[]): { unique: ReadyRow[]; duplicates: ReportedRow[] } {
  const first = new Map<string, { row: ReadyRow; lines: number[] }>();
  const duplicates: ReportedRow[] = [];
  for (const row of rows) {
    const reference = row.input.assetReference;
    if (!reference) continue;
    const key = assetReferenceKey(reference);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { row, lines: [] });
      continue;
    }
    seen.lines.push(row.line);
    duplicates.push({
      line: row.line,
      councilCode: row.councilCode,
      outcome: 'DUPLICATE',
      buildingId: null,
      name: row.input.name,
      assetReference: reference,
      problems: [],
      warnings: [
        {
          code: 'DUPLICATE_ASSET_REFERENCE',
          field: 'assetReference',
          message: `asset reference ${reference} was already given on line ${seen.row.line}; that row was imported and this one was not`,
        },
      ],
    });
  }
  const unique = rows
    .filter((row) => !duplicates.some((dup) => dup.line === row.line))
    .map((row) => {
      const reference = row.input.assetReference;
      const lines = reference ? (first.get(assetReferenceKey(reference))?.lines ?? []) : [];
      return lines.length ? { ...row, input: { ...row.input, duplicateLines: lines } } : row;
    });
  return { unique, duplicates };
}
