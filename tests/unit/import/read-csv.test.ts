import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../../src/import/read-csv';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('decodeText', () => {
  it.each([
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Café')]), 'utf-8'],
    ['UTF-8 without one', bytes('Café'), 'utf-8'],
    [
      'Windows-1252 (Excel on a British PC)',
      new Uint8Array(iconv.encode('Café', 'windows-1252')),
      'windows-1252',
    ],
    [
      'UTF-16 with a byte-order mark',
      new Uint8Array([0xff, 0xfe, ...iconv.encode('Café', 'utf-16le')]),
      'utf-16le',
    ],
  ])('reads %s', (_, input, encoding) => {
    expect(decodeText(input)).toEqual({ text: 'Café', encoding });
  });

  it("turns Windows-1252's non-breaking space (0xA0) into U+00A0, not a replacement character", () => {
    expect(decodeText(new Uint8Array([0x46, 0x72, 0x65, 0x65, 0xa0])).text).toBe('Free\u00a0');
  });
});

describe('parseCsv', () => {
  it('keeps the first of two columns with one name, and gives each row its first line in the file', () => {
    const file = parseCsv(
      bytes('Org,Org,Name,Street\r\nA,B,One,"High St\nCheltenham"\r\n\r\nC,D,Two,Low St\r\n'),
    );

    expect(file.headers).toEqual(['Org', 'Org', 'Name', 'Street']);
    expect(file.rows.map((row) => [row.line, row.cells.get('org'), row.cells.get('street')])).toEqual([
      [2, 'A', 'High St\nCheltenham'],
      [5, 'C', 'Low St'],
    ]);
  });

  it('takes rows shorter or longer than the header', () => {
    const file = parseCsv(bytes('a,b\n1\n2,3,4\n'));

    expect(file.rows.map((row) => [row.cells.get('a'), row.cells.get('b') ?? ''])).toEqual([
      ['1', ''],
      ['2', '3'],
    ]);
  });
});
