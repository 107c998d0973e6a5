import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAcvRegisterRows } from '../../../src/import/formats';
import { parseCsv } from '../../../src/import/read-csv';

const read = (csv: string) => readAcvRegisterRows(parseCsv(new Uint8Array(Buffer.from(csv))));

describe('the acv-register format', () => {
  it('reads the Windows-1252 fixture: 26 rows, first lines numbered, a line break kept inside notes', () => {
    const file = parseCsv(readFileSync('tests/unit/fixtures/acv-register-cheltenham.csv'));
    const rows = readAcvRegisterRows(file);

    expect(file.encoding).toBe('windows-1252');
    expect(rows).toHaveLength(26);
    expect(rows[5]?.input.notes).toBe('A private house.\nGround: a residence (Schedule 1 para 1).');
    expect(rows[6]?.line).toBe(9);
    expect(rows[10]?.input).toMatchObject({
      name: 'Montpellier Café',
      decision: 'removed',
      endDate: '2024-04-30',
    });
    expect(rows.map((row) => row.councilCode).filter((code) => code !== 'E07000078')).toEqual([
      null, // local-authority:CHT is not a GSS code: --council decides
      'E07000083',
    ]);
  });

  it('reads spreadsheet column names and makes the point from longitude/latitude or a grid reference', () => {
    const rows = read(
      '\ufeffRef,Asset name,Address,Date nominated,Nominated by,Decision,Decision date,Latitude,Longitude,Easting,Northing\n' +
        'A-CV-1,The Magdala,"2A South Hill Park, London",01/02/2019,Friends of the Magdala,Successful,29/03/2019,51.5563,-0.1643,,\n' +
        'A-CV-2,Hall,"Hall Road",,,pending,,,,394751.00,222273.00\n',
    );

    expect(rows[0]?.input).toMatchObject({
      line: 2,
      reference: 'A-CV-1',
      name: 'The Magdala',
      addressText: '2A South Hill Park, London',
      nominationDate: '01/02/2019',
      nominatingGroup: 'Friends of the Magdala',
      decision: 'Successful',
      decisionDate: '29/03/2019',
      point: 'POINT(-0.1643 51.5563)',
    });
    expect(rows[1]?.input.point).toBe('POINT(-2.077693 51.898977)');
  });

  it('refuses a file without a reference column, saying what it looked for', () => {
    expect(() => read('name,decision\nThe Magdala,listed\n')).toThrow(
      /no reference column found \(looked for reference, ref/,
    );
  });
});
