// `npm run import -- <file> --format transparency-code|points|acv-register [options]`: see src/import/README.md.
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILDING_CATEGORIES, VISIBILITIES } from '../kernel/domain/records';
import type { BuildingCategory, Visibility } from '../registers/generated/resolvers-types';
import { MAPPABLE_FIELDS } from './formats';
import type { MappableField } from './formats';
import { createGraphQLClient } from './graphql-client';
import { chooseEndpoint } from './local-endpoint';
import type { ChosenEndpoint } from './local-endpoint';
import { ARCHIVE_SHARE_LIMIT, formatSummary, runImport } from './run-import';

export const IMPORT_USAGE = `Usage: npm run import -- <file.csv> --format transparency-code|points|acv-register [options]

  transparency-code, points: land and building assets (importAssets)
  acv-register: a council's list of assets of community value in the planning.data.gov.uk fields
    (importAcvEntries; dates YYYY-MM-DD or DD/MM/YYYY; --council or --dry-run, --report, --batch apply)

  --council GSS         every row is in this council; with a file of many councils (a GSS code column such as
                        ONS_CODE), only that council's rows are imported and the others left out
  --owner ID            the owning organisation (default: the owner column, else the council registered for
                        the GSS code)
  --owner-name NAME     the owner's name, when the owner is not in the register
  --visibility V        PUBLIC (default) or PARTNERS, for buildings the file creates
  --category C          category for rows without a holding type (points files; default OTHER)
  --map column=field    read a field from another column (repeatable); fields: ${MAPPABLE_FIELDS.join(', ')}
  --endpoint URL        the GraphQL API (default $MASH_ENDPOINT, else the URL npm start wrote to
                        <data dir>/endpoint, else http://localhost:4000/graphql)
  --data-dir DIR        the data folder of the npm start to talk to (default .data), as given to npm start
  --token T             a bearer token (default $MASH_TOKEN); locally: npm run -s token -- <user>
  --dry-run             check and match every row, write nothing
  --source NAME         the kind of file (default: the format), recorded on the buildings it creates; missing
                        buildings are looked for among this source's only (e.g. --source libraries)
  --archive-missing     archive the owner's buildings of this source in these councils that the file no
                        longer lists; lists them first, and archives none when they are more than ${ARCHIVE_SHARE_LIMIT * 100}% of
                        the source's buildings there, unless --yes
  --yes                 with --archive-missing: archive them even when they are more than ${ARCHIVE_SHARE_LIMIT * 100}%
  --report FILE         CSV of rejected, flagged and missing rows (default <file name>.report.csv in the
                        folder the command is run from)
  --batch N             rows per request, 1-100 (default 100)`;

export class UsageError extends Error {}

export function parseImportArgs(argv: readonly string[], env: Record<string, string | undefined>) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      council: { type: 'string' },
      owner: { type: 'string' },
      'owner-name': { type: 'string' },
      visibility: { type: 'string' },
      category: { type: 'string' },
      map: { type: 'string', multiple: true },
      endpoint: { type: 'string' },
      'data-dir': { type: 'string' },
      token: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'archive-missing': { type: 'boolean' },
      source: { type: 'string' },
      yes: { type: 'boolean' },
      report: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('give exactly one file');
  // npm runs scripts from the repository root; paths are the user's, from the folder they typed the command in.
  const workingDir = env['INIT_CWD'] ?? process.cwd();
  if (!values.format) throw new UsageError('--format is required');
  const columns = new Map<MappableField, string>();
  for (const mapping of values.map ?? []) {
    const at = mapping.lastIndexOf('=');
    const field = mapping.slice(at + 1) as MappableField;
    if (at < 1 || !MAPPABLE_FIELDS.includes(field))
      throw new UsageError(`--map ${mapping}: expected column=field`);
    columns.set(field, mapping.slice(0, at));
  }
  const category = (values.category ?? 'OTHER').toUpperCase();
  if (!(BUILDING_CATEGORIES as readonly string[]).includes(category))
    throw new UsageError(`--category ${category} is not a category`);
  const visibility = values.visibility?.toUpperCase() ?? null;
  if (visibility && !(VISIBILITIES as readonly string[]).includes(visibility))
    throw new UsageError(`--visibility ${visibility}`);
  const batchSize = Number(values.batch ?? 100);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100)
    throw new UsageError('--batch must be 1 to 100');
  return {
    endpoint: chooseEndpoint(values.endpoint, values['data-dir'], env),
    token: values.token ?? env['MASH_TOKEN'] ?? null,
    options: {
      file: resolve(workingDir, file),
      format: values.format,
      council: values.council?.toUpperCase() ?? null,
      ownerOrganisationId: values.owner ?? null,
      ownerName: values['owner-name'] ?? null,
      visibility: visibility as Visibility | null,
      dryRun: values['dry-run'] ?? false,
      archiveMissing: values['archive-missing'] ?? false,
      source: values.source ?? null,
      yes: values.yes ?? false,
      columns,
      defaultCategory: category as BuildingCategory,
      // Beside the user, not beside the file: the input may sit in a folder that is not theirs to write.
      reportPath: resolve(workingDir, values.report ?? `${basename(file)}.report.csv`),
      batchSize,
      progress: process.stderr.isTTY,
      log: (message: string) => console.error(message),
    },
  };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseImportArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    console.error(`${error.message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  if (!parsed) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const api = createGraphQLClient({
    endpoint: parsed.endpoint.url,
    token: parsed.token,
    onRetry: (reason, attempt, waitMs) =>
      console.error(`retrying in ${waitMs} ms (attempt ${attempt}): ${reason}`),
  });
  try {
    const summary = await runImport(parsed.options, api);
    console.log(formatSummary(summary, parsed.options.dryRun));
    // Archiving refused for its share: the rows are in, the archive waits for --yes.
    return summary.archiveRefused ? 1 : 0;
  } catch (error) {
    console.error(`Import stopped: ${error instanceof Error ? error.message : String(error)}`);
    console.error(endpointNote(parsed.endpoint));
    console.error(
      'Nothing is doubled by running the same command again: it continues where this run stopped.',
    );
    return 1;
  }
}

/** Where the endpoint came from, and how to choose another. */
export function endpointNote(endpoint: ChosenEndpoint): string {
  const from =
    endpoint.source === 'default' ? 'the default (no npm start endpoint file found)' : endpoint.source;
  return `Endpoint ${endpoint.url}, from ${from}; --endpoint URL names another.`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
