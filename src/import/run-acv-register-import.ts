import { assetReferenceKey } from '../kernel/domain/identifiers';
import { readAcvRegisterRows } from './formats';
import type { AcvSourceRow } from './formats';
import type { GraphQLTransport } from './graphql-client';
import {
  readImportFile,
  rejectedRow,
  reportResults,
  sendInBatches,
  startProgress,
  summarise,
} from './import-engine';
import type { ImportOptions, ImportSummary, MissingBuilding, ReportedRow, RowOutcome } from './import-engine';
import { toReportCsv } from './import-report';

/** `--format acv-register`: a council's existing list of assets of community value, sent to importAcvEntries. */

const IMPORT_ACV_ENTRIES = /* GraphQL */ `
  mutation ImportAcvEntries($input: ImportAcvEntriesInput!) {
    importAcvEntries(input: $input) {
      rows {
        line
        outcome
        entryId
        status
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
      status: string | null;
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
export async function runAcvRegisterImport(
  options: ImportOptions,
  api: GraphQLTransport,
): Promise<ImportSummary> {
  const file = await readImportFile(options);
  const source = readAcvRegisterRows(file);
  const started = performance.now();
  const reported: ReportedRow[] = [];
  const byCouncil = splitByCouncil(source, options, reported);

  const { bar, tick } = startProgress(options, source.length, reported.length, started);
  const missing: (MissingBuilding & { version: number })[] = [];
  for (const [council, rows] of byCouncil) {
    const touched = new Set<string>();
    await sendInBatches(rows, options.batchSize, async (batch) => {
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
      return 'next';
    });
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

/**
 * The rows to send, per council: a row with no council or another council than --council is rejected, and
 * a reference repeated in the file is reported as DUPLICATE after its first row (`reported` gets both).
 */
function splitByCouncil(
  source: readonly AcvSourceRow[],
  options: ImportOptions,
  reported: ReportedRow[],
): Map<string, AcvSourceRow[]> {
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
  return byCouncil;
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
