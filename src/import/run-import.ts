import { ACV_REGISTER_FORMAT } from './formats';
import type { GraphQLTransport } from './graphql-client';
import type { ImportOptions, ImportSummary } from './import-engine';
import { runAcvRegisterImport } from './run-acv-register-import';
import { runAssetImport } from './run-asset-import';

/**
 * `npm run import`: one run per kind of file. An asset file goes to importAssets (run-asset-import.ts), a
 * council's ACV register to importAcvEntries (run-acv-register-import.ts); both over import-engine.ts.
 */
export async function runImport(options: ImportOptions, api: GraphQLTransport): Promise<ImportSummary> {
  return options.format === ACV_REGISTER_FORMAT
    ? runAcvRegisterImport(options, api)
    : runAssetImport(options, api);
}

export { ARCHIVE_SHARE_LIMIT } from './run-asset-import';
export { formatSummary, toReportCsv } from './import-report';
export type {
  CouncilSummary,
  ImportOptions,
  ImportSummary,
  MissingBuilding,
  OwnerResolution,
  ReportedRow,
  RowOutcome,
} from './import-engine';
