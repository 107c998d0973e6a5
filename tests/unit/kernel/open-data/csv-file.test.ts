import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsvFile } from '../../../../src/kernel/open-data/csv-file';
import { parseStrictCsv } from '../../../support/strict-csv';

const COLUMNS = ['a', 'b', 'c'];
// Text made of what breaks CSV: every kind of line break, quotes, commas, spaces and formula characters.
const awkwardText = fc
  .array(fc.constantFrom('\r\n', '\n', '\r', '"', ',', ' ', '=', '+', '-', '@', 'x', 'é', ';'), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

describe('toCsvFile', () => {
  it('quotes a field that holds only a bare line feed or carriage return', () => {
    const csv = toCsvFile(COLUMNS, [['\r', '\n', 'a\rb\nc']]);

    expect(csv).toBe('\ufeffa,b,c\r\n"\r","\n","a\rb\nc"\r\n');
  });

  it('gives a strict reader back every record and field exactly as written, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(awkwardText, awkwardText, awkwardText), { maxLength: 6 }), (rows) => {
        const records = parseStrictCsv(toCsvFile(COLUMNS, rows));

        expect(records).toEqual(rows.map(([a, b, c]) => ({ a, b, c })));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps formula characters at the start of a field as text, unchanged', () => {
    const records = parseStrictCsv(toCsvFile(COLUMNS, [['=SUM(A1)', '+44 1242', '-1']]));

    expect(records).toEqual([{ a: '=SUM(A1)', b: '+44 1242', c: '-1' }]);
  });

  // toCsvFile once called csv-stringify with these options; the register's own writer must write the same bytes.
  it('writes what csv-stringify writes with the options it was once called with', () => {
    const viaCsvStringify = (columns: string[], rows: string[][]) =>
      '\ufeff' +
      stringify(rows, { header: true, columns, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    fc.assert(
      fc.property(
        fc.array(awkwardText, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(awkwardText, { maxLength: 5 }), { maxLength: 6 }),
        (columns, rows) => {
          expect(toCsvFile(columns, rows)).toBe(viaCsvStringify(columns, rows));
        },
      ),
      { numRuns: 500 },
    );
    expect(toCsvFile(COLUMNS, [])).toBe(viaCsvStringify(COLUMNS, []));
    expect(toCsvFile(COLUMNS, [['', '', '']])).toBe(viaCsvStringify(COLUMNS, [['', '', '']]));
  });
});
