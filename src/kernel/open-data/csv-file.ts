import { stringify } from 'csv-stringify/sync';

// Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte-order mark.
const BYTE_ORDER_MARK = '\ufeff';

/**
 * One open-data CSV file: a byte-order mark, a header row, CRLF between records (RFC 4180). Every field that
 * holds a comma, a quote or any line break is quoted, quotes doubled. csv-stringify quotes a field holding
 * its record delimiter (CRLF) but not a bare `\n` or `\r`, which a strict reader takes as the end of a record
 * (an address written one line per line once gave 209 extra rows in 10 councils' files), so `quoted_match`
 * asks for those too. Text is published as given: line breaks are kept inside the quoted field, as councils'
 * own files have them.
 */
export function toCsvFile(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    BYTE_ORDER_MARK +
    stringify(
      rows.map((row) => [...row]),
      { header: true, columns: [...columns], record_delimiter: 'windows', quoted_match: /[\r\n]/ },
    )
  );
}
