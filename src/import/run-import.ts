import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { stringify } from 'csv-stringify/sync';
import { assetReferenceKey, canonicalUprn, isCouncilGssCode } from '../kernel/domain/identifiers';
import { findCouncilArea } from '../kernel/domain/council-areas';
import { toNameKey } from '../kernel/domain/names';
import type { BuildingCategory, Visibility } from '../registers/generated/resolvers-types';
import {
  ACV_REGISTER_FORMAT,
  FORMATS,
  findCouncilCodeColumn,
  readAcvRegisterRows,
  readRows,
  resolveColumns,
} from './formats';
import type { AcvSourceRow, MappableField, SourceRow } from './formats';
import { GraphQLRequestError } from './graphql-client';
import type { GraphQLTransport } from './graphql-client';
import { parseCsv } from './read-csv';

/**
 * `npm run import`: reads a council's asset file, sends it to importAssets in batches and reports every row.
 * Re-running it is safe at any point: rows are matched by asset reference (else UPRN and name), so a run
 * that was interrupted finishes the job and a file imported twice changes nothing the second time.
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

/**
 * `--archive-missing` refuses, without `--yes`, to archive more than this share of the source's current
 * buildings in the file's councils: a file that silently lost most of its rows (a truncated export, the
 * wrong --source) would otherwise archive them all. Cheltenham's real 2023 file over its 2021 one misses 127
 * of 491 (26%), a true change that an officer confirms with --yes after reading the list.
 */
export const ARCHIVE_SHARE_LIMIT = 0.1;

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

type ReadyRow = Extract<SourceRow, { input: unknown }>;

export async function runImport(options: ImportOptions, api: GraphQLTransport): Promise<ImportSummary> {
  if (options.format === ACV_REGISTER_FORMAT) return runAcvRegisterImport(options, api);
  const format = FORMATS.get(options.format);
  if (!format)
    throw new Error(
      `unknown --format ${options.format}; use one of ${[...FORMATS.keys(), ACV_REGISTER_FORMAT].join(', ')}`,
    );
  const file = parseCsv(await readFile(options.file));
  const source = readRows(file, format, {
    columns: options.columns,
    defaultCategory: options.defaultCategory,
  });
  const started = performance.now();
  const reported: ReportedRow[] = [];

  const importSource = options.source ?? options.format;
  if (!options.council && !resolveColumns(file, format, options).has('councilCode')) {
    // Said once, before anything is sent, not once per row.
    const column = findCouncilCodeColumn(file);
    throw new Error(
      column
        ? `no council: column "${column}" holds GSS codes; give --map "${column}=councilCode" (or --council <GSS code> for a file of one council)`
        : `no council: give --council <GSS code>, or --map <column>=councilCode for a column of GSS codes (looked for ${format.aliases.councilCode.join(', ')})`,
    );
  }

  // Rows the CLI cannot send: unreadable, or with no council. Rows of another council than --council are
  // left out (the file covers many councils; the caller asked for one).
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

  // An owner column: each value is looked up once, and so is each council (the owner of rows that name none),
  // so that rows of one owner are one group however the file names it (a code, a name, nothing).
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
  const groups = new Map<
    string,
    { council: string; owner: string | null; header: OwnerHeader; rows: ReadyRow[] }
  >();
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

  const { bar, tick } = startProgress(options, source.length - skipped, reported.length, started);

  const refusals = new Map<string, string[]>();
  const missing: (MissingBuilding & { version: number })[] = [];
  let current = 0;
  const listings = new Map<string, Promise<ListedBuilding[]>>();
  for (const { council, owner, header, rows } of groups.values()) {
    const { unique, duplicates } = mergeDuplicates(rows);
    reported.push(...duplicates);
    tick(duplicates.length, council);
    const touched = new Set<string>();
    let ownerId: string | null = header.ownerOrganisationId;
    let refused = false;
    for (let start = 0; start < unique.length; start += options.batchSize) {
      const batch = unique.slice(start, start + options.batchSize);
      let data: ImportAssetsData;
      try {
        data = await api<ImportAssetsData>(IMPORT_ASSETS, {
          input: {
            councilCode: council,
            ...header,
            visibility: options.visibility,
            source: importSource,
            dryRun: options.dryRun,
            rows: batch.map((row) => row.input),
          },
        });
      } catch (error) {
        // A refusal of the whole batch (the caller is no officer of this council or editor of this owner, the
        // council is not registered) holds for every batch of the group: report its rows, go on with the rest.
        const refusal = batchRefusal(error);
        if (refusal === null) throw error;
        const reason = `${council}${owner ? ` (owner ${owner})` : ''}: ${refusal.message}`;
        const rest = unique.slice(start);
        reported.push(...rest.map((row) => refusedRow(council, row, refusal.field, reason)));
        refusals.set(council, [...(refusals.get(council) ?? []), reason]);
        tick(rest.length, council);
        refused = true;
        break;
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
    }
    if (refused) continue;
    const listingKey = ownerId ? `owner:${ownerId}` : `council:${council}`;
    let listing = listings.get(listingKey);
    if (!listing) listings.set(listingKey, (listing = listBuildings(api, council, ownerId)));
    const found = findMissing(await listing, {
      council,
      ownerId,
      ownerName: header.ownerName,
      source: importSource,
      touched,
      rows,
    });
    current += found.current;
    missing.push(...found.missing);
  }
  bar?.stop();

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
    // A few at a time: each archive is its own versioned write with its audit event.
    let next = 0;
    const archiveNext = async () => {
      while (next < missing.length) {
        const index = next++;
        const building = missing[index];
        if (!building) continue;
        await api(ARCHIVE, { id: building.id, expectedVersion: building.version });
        missing[index] = { ...building, archived: true };
      }
    };
    await Promise.all(Array.from({ length: 8 }, archiveNext));
  }

  const resolutions = [...owners.values()];
  const councils = [...new Set([...groups.values()].map((group) => group.council))];
  const ready = source.filter((row): row is ReadyRow => 'input' in row);
  const summary = await summarise(options, file.encoding, source.length - skipped, started, reported, {
    fellToOther: ready.filter((row) => row.fellToOther).length,
    councils,
    missing,
    report: (rows) => toReportCsv(rows, missing, undefined, resolutions),
  });
  return {
    ...summary,
    source: importSource,
    skipped,
    owners: resolutions,
    perCouncil: councils.map((council) => summariseCouncil(council, summary.rows, refusals.get(council))),
    archiveRefused,
  };
}

/** The owner a batch is sent with. */
interface OwnerHeader {
  readonly ownerOrganisationId: string | null;
  readonly ownerName: string | null;
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

const COUNCIL_BY_CODE = /* GraphQL */ `
  query CouncilByCode($code: String!) {
    councilByGssCode(gssCode: $code) {
      id
      name
    }
  }
`;
const ORGANISATIONS_NAMED = /* GraphQL */ `
  query OrganisationsNamed($prefix: String!) {
    organisationsByName(prefix: $prefix, first: 20) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`;

/**
 * What an owner column's value names: a council by its GSS code, else the one organisation of exactly that
 * name (case, accents and punctuation aside). No match: the rows are recorded with the value as the owner's
 * name (managed by the area's council officers) and no organisation is created, because whoever created it
 * would become its first admin, and a council officer importing their own file is no admin of a department
 * or of another council. Two or more of one name: the rows are not imported (a name is no proof of which).
 */
async function resolveOwnerColumn(api: GraphQLTransport, value: string): Promise<OwnerResolution> {
  const code = value.toUpperCase();
  if (isCouncilGssCode(code)) {
    const council = await findCouncil(api, code);
    const name = findCouncilArea(code)?.name ?? code;
    return council
      ? {
          value,
          outcome: 'MATCHED_CODE',
          organisationId: council.id,
          ownerName: null,
          message: `${value} is ${council.name} (${council.id})`,
        }
      : {
          value,
          outcome: 'NOT_REGISTERED',
          organisationId: null,
          ownerName: name,
          message: `no council is registered for ${code}: its rows are recorded with "${name}" as the owner's name, managed by the area's council officers`,
        };
  }
  const data = await api<{ organisationsByName: { edges: { node: { id: string; name: string } }[] } }>(
    ORGANISATIONS_NAMED,
    { prefix: value.slice(0, 100) },
  );
  const named = data.organisationsByName.edges
    .map((edge) => edge.node)
    .filter((organisation) => toNameKey(organisation.name) === toNameKey(value));
  const [only] = named;
  if (named.length === 1 && only)
    return {
      value,
      outcome: 'MATCHED_NAME',
      organisationId: only.id,
      ownerName: null,
      message: `"${value}" is ${only.name} (${only.id})`,
    };
  if (named.length > 1)
    return {
      value,
      outcome: 'AMBIGUOUS',
      organisationId: null,
      ownerName: null,
      message: `"${value}" names ${named.length} organisations (${named.map((o) => o.id).join(', ')}): its rows were not imported; import them with --owner <id>`,
    };
  return {
    value,
    outcome: 'NOT_REGISTERED',
    organisationId: null,
    ownerName: value,
    message: `no organisation is named "${value}": its rows are recorded with that owner's name, managed by the area's council officers (once it is registered, an officer hands them to it with updateBuilding)`,
  };
}

/** The council registered for a GSS code, or null. */
async function findCouncil(
  api: GraphQLTransport,
  code: string,
): Promise<{ id: string; name: string } | null> {
  const data = await api<{ councilByGssCode: { id: string; name: string } | null }>(COUNCIL_BY_CODE, {
    code,
  });
  return data.councilByGssCode;
}

/** The progress bar (rows done of the file, rows per second, the council being sent) when on a terminal. */
function startProgress(options: ImportOptions, total: number, done: number, started: number) {
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

const LIST_OWNER = /* GraphQL */ `
  query OwnerBuildings($id: ID!, $after: String) {
    buildingsByOwner(organisationId: $id, first: 100, after: $after) {
      edges {
        node {
          id
          name
          version
          uprn
          assetReference
          councilCode
          importSource
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const LIST_COUNCIL = /* GraphQL */ `
  query CouncilBuildings($council: String!, $after: String) {
    buildingsByCouncil(councilCode: $council, first: 100, after: $after) {
      edges {
        node {
          id
          name
          version
          uprn
          assetReference
          councilCode
          importSource
          ownerName
          owner {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const ARCHIVE = /* GraphQL */ `
  mutation Archive($id: ID!, $expectedVersion: Int!) {
    archiveBuilding(id: $id, expectedVersion: $expectedVersion) {
      id
    }
  }
`;

interface ListedBuilding {
  id: string;
  name: string;
  version: number;
  uprn: string | null;
  assetReference: string | null;
  councilCode: string;
  importSource: string | null;
  ownerName?: string | null;
  owner?: { id: string } | null;
}
type Connection = {
  edges: { node: ListedBuilding }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/** Every current building of the owner (any council), or of the council when the owner is not in the register. */
async function listBuildings(
  api: GraphQLTransport,
  council: string,
  ownerId: string | null,
): Promise<ListedBuilding[]> {
  const listed: ListedBuilding[] = [];
  let after: string | null = null;
  do {
    const page: Connection = ownerId
      ? (await api<{ buildingsByOwner: Connection }>(LIST_OWNER, { id: ownerId, after })).buildingsByOwner
      : (await api<{ buildingsByCouncil: Connection }>(LIST_COUNCIL, { council, after })).buildingsByCouncil;
    listed.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return listed;
}

/**
 * The owner's current buildings of the file's source in `council` (`current`), and those of them that no row
 * of the file touched or names (`missing`). A building a rejected row names is not missing (it is in the file,
 * the row just needs fixing), so --archive-missing never archives what a typo kept from matching; nor is one
 * another source recorded (a list of libraries after the asset file) or one recorded by hand.
 */
function findMissing(
  listed: readonly ListedBuilding[],
  group: {
    readonly council: string;
    readonly ownerId: string | null;
    readonly ownerName: string | null;
    readonly source: string;
    readonly touched: ReadonlySet<string>;
    readonly rows: readonly ReadyRow[];
  },
): { current: number; missing: (MissingBuilding & { version: number })[] } {
  const { council, ownerId, touched, rows } = group;
  const references = new Set(
    rows.flatMap((row) => (row.input.assetReference ? [assetReferenceKey(row.input.assetReference)] : [])),
  );
  const uprnNames = new Set(
    rows.flatMap((row) =>
      row.input.uprn ? [`${canonicalUprn(row.input.uprn)}|${toNameKey(row.input.name)}`] : [],
    ),
  );
  const mentioned = (building: ListedBuilding) =>
    touched.has(building.id) ||
    (building.assetReference !== null && references.has(assetReferenceKey(building.assetReference))) ||
    (building.uprn !== null && uprnNames.has(`${canonicalUprn(building.uprn)}|${toNameKey(building.name)}`));

  const ofSource = listed.filter(
    (building) =>
      building.councilCode === council &&
      building.importSource === group.source &&
      (ownerId !== null || (!building.owner && building.ownerName === group.ownerName)),
  );
  return {
    current: ofSource.length,
    missing: ofSource
      .filter((building) => !mentioned(building))
      .map((building) => ({
        id: building.id,
        name: building.name,
        assetReference: building.assetReference,
        councilCode: building.councilCode,
        version: building.version,
        archived: false,
      })),
  };
}

function rejectedRow(
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

/** The report: one line per reason a row was rejected, per warning, and per building missing from the file. */
export function toReportCsv(
  rows: readonly ReportedRow[],
  missing: readonly MissingBuilding[],
  labels: { readonly reference: string; readonly id: string; readonly missingReason?: string } = {
    reference: 'asset reference',
    id: 'building id',
  },
  owners: readonly OwnerResolution[] = [],
): string {
  const records: string[][] = [];
  // What each owner column value was matched to, first: a wrong match is the thing to check before anything.
  for (const owner of owners) {
    records.push([
      '',
      '',
      owner.outcome,
      '',
      owner.value,
      owner.organisationId ?? '',
      'OWNER',
      'owner',
      owner.message,
    ]);
  }
  for (const row of rows) {
    const base = [
      String(row.line),
      row.councilCode ?? '',
      row.outcome,
      row.assetReference ?? '',
      row.name,
      row.buildingId ?? '',
    ];
    for (const problem of row.problems) records.push([...base, 'REJECTED', problem.field, problem.message]);
    for (const warning of row.warnings) records.push([...base, warning.code, warning.field, warning.message]);
  }
  for (const building of missing) {
    records.push([
      '',
      building.councilCode,
      building.archived ? 'ARCHIVED' : 'MISSING',
      building.assetReference ?? '',
      building.name,
      building.id,
      'MISSING_FROM_FILE',
      '',
      building.archived
        ? 'not in this file: archived (--archive-missing)'
        : (labels.missingReason ??
          'in the register but not in this file; run again with --archive-missing to archive it'),
    ]);
  }
  return stringify(records, {
    header: true,
    columns: ['line', 'council', 'outcome', labels.reference, 'name', labels.id, 'code', 'field', 'reason'],
  });
}

/** The summary printed at the end of a run. */
export function formatSummary(summary: ImportSummary, dryRun: boolean): string {
  const lines = [formatTotals(summary, dryRun)];
  if (summary.skipped) lines.push(`  skipped   ${summary.skipped} (rows of other councils than --council)`);
  const councils = summary.perCouncil ?? [];
  if (councils.length > 1 || councils.some((council) => council.refused > 0)) {
    lines.push('Per council:');
    for (const c of councils) {
      lines.push(
        `  ${c.councilCode}  created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}${c.refused ? `, refused ${c.refused}` : ''}`,
      );
      for (const refusal of c.refusals) lines.push(`    refused: ${refusal}`);
    }
  }
  if (summary.owners?.length) {
    lines.push('Owners named by the file:');
    for (const owner of summary.owners) lines.push(`  ${owner.outcome}: ${owner.message}`);
  }
  if (summary.archiveRefused) lines.push(summary.archiveRefused);
  return lines.join('\n');
}

function formatTotals(summary: ImportSummary, dryRun: boolean): string {
  const missingLine = summary.missing.length
    ? `${summary.missing.length} of the register's buildings${summary.source ? ` from ${summary.source} files` : ''} are not in the file (${summary.missing.filter((m) => m.archived).length} archived)`
    : `every current building of the owner in these councils${summary.source ? ` from ${summary.source} files` : ''} is in the file`;
  return [
    `${dryRun ? 'Dry run (nothing written): ' : ''}${summary.total} rows from ${summary.councils.join(', ') || 'no council'} (${summary.encoding}) in ${summary.seconds.toFixed(1)} s, ${summary.rowsPerSecond.toFixed(0)} rows/s`,
    `  created   ${summary.created}`,
    `  updated   ${summary.updated}`,
    `  unchanged ${summary.unchanged}`,
    `  duplicate ${summary.duplicates} (same ${summary.format === ACV_REGISTER_FORMAT ? 'reference' : 'asset reference'} as an earlier row; not imported)`,
    `  rejected  ${summary.rejected}`,
    ...(summary.format === ACV_REGISTER_FORMAT
      ? [
          `  flagged   ${summary.flagged} (rows with warnings: dates assumed, listings expired...)`,
          `Rejected and flagged rows with reasons: ${summary.reportPath}`,
        ]
      : [
          `  flagged   ${summary.flagged} (rows with data quality warnings)`,
          `  OTHER     ${summary.fellToOther} (holding type named no category)`,
          `  ${missingLine}`,
          `Rejected, flagged and missing rows with reasons: ${summary.reportPath}`,
        ]),
  ].join('\n');
}

// --- acv-register: a council's existing list of assets of community value (importAcvEntries) -------------

const IMPORT_ACV_ENTRIES = /* GraphQL */ `
  mutation ImportAcvEntries($input: ImportAcvEntriesInput!) {
    importAcvEntries(input: $input) {
      rows {
        line
        outcome
        entryId
        state
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

interface ImportAcvEntriesData {
  importAcvEntries: {
    rows: {
      line: number;
      outcome: Exclude<RowOutcome, 'DUPLICATE'>;
      entryId: string | null;
      state: string | null;
      problems: { field: string; message: string }[];
      warnings: { code: string; field: string; message: string }[];
    }[];
  };
}

/**
 * The `acv-register` run: rows split by council (`--council`, else each row's organisation GSS code), a
 * reference repeated in the file kept once (the later rows reported as DUPLICATE), batches of up to 100 to
 * importAcvEntries, the same progress bar, summary and report as the asset import. Entries are found again
 * by reference, so running the same file again changes nothing and an interrupted run finishes the job.
 */
async function runAcvRegisterImport(options: ImportOptions, api: GraphQLTransport): Promise<ImportSummary> {
  const file = parseCsv(await readFile(options.file));
  const source = readAcvRegisterRows(file);
  const started = performance.now();
  const reported: ReportedRow[] = [];
  const byCouncil = new Map<string, AcvSourceRow[]>();
  const firstLine = new Map<string, number>();
  for (const row of source) {
    const council = options.council ?? row.councilCode;
    const problem = !council
      ? 'no council: give --council <GSS code> or a GSS code in the organisation column'
      : options.council && row.councilCode && row.councilCode !== options.council
        ? `the row is for ${row.councilCode}, not --council ${options.council}`
        : null;
    if (!council || problem) {
      reported.push({
        ...rejectedRow(row.line, row.councilCode, row.input.name, row.input.reference, [
          { field: 'organisation', message: problem ?? '' },
        ]),
      });
      continue;
    }
    const key = `${council}|${assetReferenceKey(row.input.reference)}`;
    const first = row.input.reference ? firstLine.get(key) : undefined;
    if (first !== undefined) {
      reported.push({
        line: row.line,
        councilCode: council,
        outcome: 'DUPLICATE',
        buildingId: null,
        name: row.input.name,
        assetReference: row.input.reference,
        problems: [],
        warnings: [
          {
            code: 'DUPLICATE_REFERENCE',
            field: 'reference',
            message: `reference ${row.input.reference} was already given on line ${first}; that row was imported and this one was not`,
          },
        ],
      });
      continue;
    }
    firstLine.set(key, row.line);
    byCouncil.set(council, [...(byCouncil.get(council) ?? []), row]);
  }

  const { bar, tick } = startProgress(options, source.length, reported.length, started);
  const missing: (MissingBuilding & { version: number })[] = [];
  for (const [council, rows] of byCouncil) {
    const touched = new Set<string>();
    for (let start = 0; start < rows.length; start += options.batchSize) {
      const batch = rows.slice(start, start + options.batchSize);
      const data = await api<ImportAcvEntriesData>(IMPORT_ACV_ENTRIES, {
        input: { councilCode: council, dryRun: options.dryRun, rows: batch.map((row) => row.input) },
      });
      for (const result of data.importAcvEntries.rows) if (result.entryId) touched.add(result.entryId);
      reported.push(
        ...reportResults(council, batch, data.importAcvEntries.rows, (row, result) => ({
          id: result.entryId,
          name: row?.input.name ?? '',
          reference: row?.input.reference ?? null,
        })),
      );
      tick(batch.length, council);
    }
    missing.push(...(await findMissingEntries(api, council, touched, rows)));
  }
  bar?.stop();

  return summarise(options, file.encoding, source.length, started, reported, {
    fellToOther: 0,
    councils: [...byCouncil.keys()],
    missing,
    report: (rows) =>
      toReportCsv(rows, missing, {
        reference: 'reference',
        id: 'entry id',
        missingReason:
          'on the council list in the register but not in this file; an import never removes an entry: ' +
          'an officer records its removal (removeListing), with the reason the Act requires',
      }),
  });
}

/** The report's rows for one batch's answers, each named from the row sent with its line number. */
function reportResults<Row extends { readonly line: number }, Result extends ApiRowResult>(
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
interface ApiRowResult {
  readonly line: number;
  readonly outcome: Exclude<RowOutcome, 'DUPLICATE'>;
  readonly problems: readonly { field: string; message: string }[];
  readonly warnings: readonly { code: string; field: string; message: string }[];
}

/** The end of a run: the report written, the rows in file order and counted. */
async function summarise(
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

// The council's two public ACV lists, a page at a time.
const listAcvQuery = (field: 'assetsOfCommunityValue' | 'unsuccessfulNominations') => /* GraphQL */ `
  query CouncilAcvList($council: String!, $after: String) {
    list: ${field}(councilCode: $council, first: 100, after: $after) {
      edges {
        node {
          id
          registerReference
          site {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface AcvListPage {
  edges: { node: { id: string; registerReference: string | null; site: { name: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The council's entries on its two public lists (assets of community value, unsuccessful nominations) that
 * no row of the file gave: found by the entry's register reference, else its id (which the open-data
 * download publishes as the reference). They are reported, never changed.
 */
async function findMissingEntries(
  api: GraphQLTransport,
  council: string,
  touched: ReadonlySet<string>,
  rows: readonly AcvSourceRow[],
): Promise<(MissingBuilding & { version: number })[]> {
  const given = new Set(rows.map((row) => assetReferenceKey(row.input.reference)));
  const entries: AcvListPage['edges'][number]['node'][] = [];
  for (const field of ['assetsOfCommunityValue', 'unsuccessfulNominations'] as const) {
    let after: string | null = null;
    do {
      const { list }: { list: AcvListPage } = await api(listAcvQuery(field), { council, after });
      entries.push(...list.edges.map((edge) => edge.node));
      after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
    } while (after);
  }
  return entries
    .filter(
      (entry) =>
        !touched.has(entry.id) &&
        !given.has(assetReferenceKey(entry.registerReference ?? entry.id)) &&
        !given.has(assetReferenceKey(entry.id)),
    )
    .map((entry) => ({
      id: entry.id,
      name: entry.site.name,
      assetReference: entry.registerReference ?? entry.id,
      councilCode: council,
      version: 0,
      archived: false,
    }));
}
