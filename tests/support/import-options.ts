import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportOptions, ImportSummary } from '../../src/import/run-import';
import { CHELTENHAM } from './fixtures';

const workDir = mkdtempSync(join(tmpdir(), 'mash-import-'));

/** What `npm run import -- <file> --council E07000078` runs with, quiet, its report in a temporary folder. */
export function importOptions(file: string, overrides: Partial<ImportOptions> = {}): ImportOptions {
  return {
    file,
    format: 'transparency-code',
    council: CHELTENHAM,
    ownerOrganisationId: null,
    ownerName: null,
    visibility: null,
    dryRun: false,
    archiveMissing: false,
    columns: new Map(),
    defaultCategory: 'OTHER',
    reportPath: join(workDir, `report-${Math.random().toString(36).slice(2)}.csv`),
    batchSize: 100,
    progress: false,
    log: () => undefined,
    ...overrides,
  };
}

/** The summary's row for a line of the file. */
export const reportedRow = (summary: ImportSummary, line: number) =>
  summary.rows.find((r) => r.line === line);
