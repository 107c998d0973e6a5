import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';

/** One data row of a CSV file: its first line in the file and its cells by (normalised) column name. */
export interface CsvRow {
  readonly line: number;
  readonly cells: ReadonlyMap<string, string>;
}

export interface CsvFile {
  readonly encoding: 'utf-8' | 'utf-16le' | 'windows-1252';
  /** Column names as written, in order (duplicates included). */
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
}

/**
 * Decodes a file as councils really save them: UTF-8 with or without a byte-order mark, UTF-16 with one
 * (Excel's "Unicode text"), else Windows-1252 (Excel's "CSV" on a British Windows machine). A file that is
 * valid UTF-8 is read as UTF-8; anything else is Windows-1252, where every byte is a character.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvFile['encoding'] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** A column name as a key: lower case, letters and digits only (`Post Code`, `PostCode`, `post_code` meet). */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Parses CSV text with csv-parse: quoted fields may hold commas, quotes and line breaks; rows may be shorter
 * or longer than the header. A repeated column name keeps its first column (the Cheltenham file repeats
 * `Organisation` and `OrganisationLabel`). Rows with no text at all are skipped.
 */
export function parseCsv(bytes: Uint8Array): CsvFile {
  const { text, encoding } = decodeText(bytes);
  const records = parse(text, {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...data] = records;
  if (!header) return { encoding, headers: [], rows: [] };
  const headers = header.record.map((name) => name.trim());
  const rows: CsvRow[] = [];
  let previousEnd = header.info.lines;
  for (const { record, info } of data) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.every((cell) => cell.trim() === '')) continue;
    const cells = new Map<string, string>();
    headers.forEach((name, index) => {
      const key = columnKey(name);
      if (key && !cells.has(key)) cells.set(key, record[index] ?? '');
    });
    rows.push({ line, cells });
  }
  return { encoding, headers, rows };
}
