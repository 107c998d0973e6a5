import { parse } from 'csv-parse/sync';

/**
 * Reads a CSV as a strict RFC 4180 reader does: every record has the header's number of fields
 * (no relax_column_count), quotes only around whole fields (no relax_quotes), and any line break outside
 * quotes (`\r\n`, `\n` or `\r`) ends a record, as in spreadsheets. A line break left unquoted in a field
 * therefore shows as an extra, short record and fails the read instead of passing unnoticed.
 */
export function parseStrictCsv(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, {
    bom: true,
    columns: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
  });
}
