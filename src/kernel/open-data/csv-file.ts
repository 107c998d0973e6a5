// Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte-order mark.
const BYTE_ORDER_MARK = '\ufeff';

// A field is quoted when it holds a comma, a quote or any line break.
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One open-data CSV file: a byte-order mark, a header row, CRLF after every record (RFC 4180). Every field that
 * holds a comma, a quote or any line break is quoted, quotes doubled: a bare `\n` or `\r` too, which a strict
 * reader takes as the end of a record (an address written one line per line once gave 209 extra rows in 10
 * councils' files). Text is published as given: line breaks are kept inside the quoted field, as councils' own
 * files have them, and a row has at most as many fields as there are columns.
 *
 * Written here rather than with csv-stringify (11 KB of the Lambda bundle, issue 17); the unit test holds the
 * output to what csv-stringify wrote with the options used before (header, CRLF, quoting any `\r` or `\n`).
 */
export function toCsvFile(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const record = (fields: readonly string[]) =>
    fields.slice(0, columns.length).map(csvField).join(',') + '\r\n';
  return BYTE_ORDER_MARK + record(columns) + rows.map(record).join('');
}
