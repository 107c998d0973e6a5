import { stringify } from 'csv-stringify/sync';
import { ACV_REGISTER_FORMAT } from './formats';
import type { ImportSummary, MissingBuilding, OwnerResolution, ReportedRow } from './import-engine';

/** What a run leaves behind for the person who ran it: the report CSV and the summary printed at the end. */

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
