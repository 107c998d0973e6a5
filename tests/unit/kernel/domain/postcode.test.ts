import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalisePostcode } from '../../../../src/kernel/domain/postcode';
import { sharedDataFile } from '../../../support/shared-data';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Every value of the column named `column` (the first column of that name), as the file has it. */
function readColumn(file: string, column: string, encoding: BufferEncoding): string[] {
  const [header, ...rows] = parseCsv(readFileSync(sharedDataFile(file), encoding));
  const index = header?.indexOf(column) ?? -1;
  if (index < 0) throw new Error(`${file} has no ${column} column`);
  return rows.filter((row) => row.length > 1).map((row) => row[index] ?? '');
}

describe('normalisePostcode', () => {
  it.each([
    ['A9 9AA', 'M1 1AE', 'M1 1AE'],
    ['A99 9AA', 'M60 2LA', 'M60 2LA'],
    ['A99 9AA (Birmingham)', 'B33 8TH', 'B33 8TH'],
    ['AA9 9AA', 'CR2 6XH', 'CR2 6XH'],
    ['AA99 9AA', 'GL50 1PP', 'GL50 1PP'],
    ['AA99 9AA (Trafford)', 'WA14 4PU', 'WA14 4PU'],
    ['A9A 9AA', 'W1A 0AX', 'W1A 0AX'],
    ['AA9A 9AA', 'EC1A 1BB', 'EC1A 1BB'],
    ['the Girobank exception', 'GIR 0AA', 'GIR 0AA'],
    ['the Girobank exception in lower case without the space', 'gir0aa', 'GIR 0AA'],
  ])('accepts the %s format (%s)', (_format, raw, expected) => {
    expect(normalisePostcode(raw)).toEqual({ ok: true, postcode: expected, partial: false });
  });

  it.each([
    ['without the space', 'GL501PP', 'GL50 1PP'],
    ['in lower case', 'gl50 1pp', 'GL50 1PP'],
    ['in mixed case without the space', 'm15Jb', 'M1 5JB'],
    ['with spaces around it', '  GL52 3JE  ', 'GL52 3JE'],
    ['with several spaces in the middle', 'GL52    3JE', 'GL52 3JE'],
    ['with the space in the wrong place', 'GL5 01PP', 'GL50 1PP'],
    ['with a line break instead of the space', 'GL50\n1PP', 'GL50 1PP'],
    ['with Windows line breaks around it', '\r\nGL53 0DJ\r\n', 'GL53 0DJ'],
    ['with a tab inside', 'M15\t5JB', 'M15 5JB'],
    ['with a non-breaking space', 'GL50\u00a01PP', 'GL50 1PP'],
    ['as the Cheltenham file has it, with blank lines before', '\n \n \nGL53 0DJ\n', 'GL53 0DJ'],
  ])('normalises a postcode written %s', (_how, raw, expected) => {
    expect(normalisePostcode(raw)).toEqual({ ok: true, postcode: expected, partial: false });
  });

  it.each([
    ['GL50', 'GL50'],
    ['gl52', 'GL52'],
    ['M1', 'M1'],
    ['M15', 'M15'],
    ['EC1A', 'EC1A'],
    ['W1A', 'W1A'],
    [' GL53\n', 'GL53'],
  ])('accepts the outward code %j alone and flags it as partial', (raw, expected) => {
    expect(normalisePostcode(raw)).toEqual({ ok: true, postcode: expected, partial: true });
  });

  it.each([
    ['an empty string', '', /is empty/],
    ['only whitespace and line breaks', ' \n\u00a0\t ', /is empty/],
    ['too many characters', 'GL50 1PPX', /too long/],
    ['a sentence', 'Municipal Offices, Promenade', /too long/],
    ['digits only', '12345', /not a UK postcode/],
    ['digits only, short', '5021', /not a UK postcode/],
    ['C in the inward code', 'GL50 1CI', /not a UK postcode/],
    ['I in the inward code', 'GL50 1IA', /not a UK postcode/],
    ['K in the inward code', 'M1 1KA', /not a UK postcode/],
    ['M in the inward code', 'M1 1AM', /not a UK postcode/],
    ['O in the inward code', 'GL50 1OA', /not a UK postcode/],
    ['V in the inward code', 'GL50 1AV', /not a UK postcode/],
    ['letters swapped into the inward code', 'GL50 PP1', /not a UK postcode/],
    ['an outward code without a digit', 'GL 1PP', /not a UK postcode/],
    ['I as the second outward letter', 'GI50 1PP', /not a UK postcode/],
    ['a letter alone', 'M', /not a UK postcode/],
    ['an outward code starting with a digit', '1M', /not a UK postcode/],
    ['an outward code with I second', 'GI5', /not a valid outward code/],
  ])('rejects %s with a reason', (_what, raw, reason) => {
    const result = normalisePostcode(raw);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('quotes what it was given in the reason, so an import report can show the row', () => {
    expect(normalisePostcode(' GL50 1CI ')).toEqual({
      ok: false,
      reason:
        '"GL50 1CI" is not a UK postcode (expected a form such as A9 9AA, AA9A 9AA or an outward code such as GL50)',
    });
  });

  it('accepts every postcode in the Greater Manchester Jobcentre Plus file as a full postcode', () => {
    const postcodes = readColumn('gm-jobcentre-plus.csv', 'postcode', 'utf8').filter((p) => p.trim() !== '');

    const refused = postcodes.filter((raw) => {
      const result = normalisePostcode(raw);
      return !result.ok || result.partial;
    });

    expect(postcodes).toHaveLength(26);
    expect(refused).toEqual([]);
  });

  it('accepts every postcode in the Cheltenham land and assets file, line breaks and all', () => {
    // The file is Windows-1252 (it holds a 0xA0 non-breaking space); latin1 reads its postcodes faithfully.
    const postcodes = readColumn('cheltenham-land-and-assets-2021.csv', 'PostCode', 'latin1').filter(
      (p) => p.trim() !== '',
    );

    const results = postcodes.map((raw) => ({ raw, result: normalisePostcode(raw) }));

    expect(postcodes.length).toBeGreaterThan(150);
    expect(postcodes.some((raw) => raw.includes('\n'))).toBe(true);
    expect(results.filter(({ result }) => !result.ok || result.partial)).toEqual([]);
    expect(results.find(({ raw }) => raw === '\n \n \nGL53 0DJ\n')?.result).toEqual({
      ok: true,
      postcode: 'GL53 0DJ',
      partial: false,
    });
  });
});
