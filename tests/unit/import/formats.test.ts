import { describe, expect, it } from 'vitest';
import { FORMATS, findCouncilCodeColumn, readRows } from '../../../src/import/formats';
import type { MappableField, SourceRow } from '../../../src/import/formats';
import { parseCsv } from '../../../src/import/read-csv';

const read = (format: string, csv: string, columns: [MappableField, string][] = []): SourceRow[] =>
  readRows(parseCsv(new Uint8Array(Buffer.from(csv))), FORMATS.get(format)!, {
    columns: new Map(columns),
    defaultCategory: 'OTHER',
  });

const first = (rows: SourceRow[]) => {
  const row = rows[0];
  if (!row || !('input' in row)) throw new Error(`expected a readable row, got ${JSON.stringify(row)}`);
  return row;
};

const HEADER =
  'UPRN,AssetCode,PropertyName,StreetName,PostTown,PostCode,GeoX,GeoY,TenureType,TenureDetail,HoldingType\n';

describe('the transparency-code format', () => {
  it('reads a Cheltenham 2021 row: grid reference with decimals, zero-padded UPRN, lines in the street, NBSP', () => {
    const row = first(
      read(
        'transparency-code',
        `${HEADER}010012809147,09/00803/Land,2 Pieces of Land,"Land Near The Railway Line\rReddings Road\r \r",Cheltenham," \nGL50 4RN",394751.00,222273.00,Freehold\u00a0,Occupied by local authority,Land\n`,
      ),
    );

    expect(row.input).toMatchObject({
      line: 2,
      uprn: '010012809147',
      assetReference: '09/00803/Land',
      name: '2 Pieces of Land',
      address: {
        lines: ['Land Near The Railway Line', 'Reddings Road'],
        postTown: 'Cheltenham',
        postcode: 'GL50 4RN',
      },
      tenure: { type: 'FREEHOLD', detail: 'Occupied by local authority' },
      category: 'LAND',
    });
    expect(row.input.location?.latitude).toBeCloseTo(51.9, 1);
    expect(row.fellToOther).toBe(false);
  });

  it.each([
    ['Land and Building', 'OTHER', true],
    ['Land', 'LAND', false],
    ['Car Park', 'CAR_PARK', false],
    ['Community Centre', 'COMMUNITY_CENTRE', false],
    ['Public Conveniences', 'OTHER', true],
  ])('maps holding type %j to %s', (holdingType, category, fellToOther) => {
    const row = first(
      read('transparency-code', `${HEADER}1,A1,Name,Street,Town,,,,Freehold,,${holdingType}\n`),
    );

    expect([row.input.category, row.fellToOther]).toEqual([category, fellToOther]);
  });

  it('takes no location from empty coordinates, and keeps a row whose coordinates are no numbers without them', () => {
    const rows = read(
      'transparency-code',
      `${HEADER}1,A1,Name,Street,Town,,,,,,Land\n2,A2,Name,Street,Town,,39x,222,,,Land\n`,
    );

    expect(first(rows).input.location).toBeNull();
    expect(first(rows).input.repairs).toBeUndefined();
    expect(rows[1]).toMatchObject({
      line: 3,
      input: {
        name: 'Name',
        location: null,
        repairs: [
          {
            field: 'location',
            message: 'the location was left out: easting "39x" / northing "222" are not numbers',
          },
        ],
      },
    });
  });

  it('keeps a row whose grid reference is outside Great Britain, without its location', () => {
    const rows = read('transparency-code', `${HEADER}1,A1,Name,Street,Town,GL50 1DY,812345,222126,,,Land\n`);

    expect(first(rows).input).toMatchObject({
      address: { postcode: 'GL50 1DY' },
      location: null,
      repairs: [
        {
          field: 'location',
          message:
            'the location was left out: easting 812345 / northing 222126 is not a British National Grid reference in Great Britain (0-700000, 0-1300000)',
        },
      ],
    });
  });
});

describe('the transparency-code format, 2023 Cheltenham layout (one Site Address column, no name column)', () => {
  const HEADER_2023 =
    'Organisation,Organisation Label,UPRN,AssetCode,Site Address,GeoX,GeoY,TenureType,Tenure Detail,Holding Type\r\n';

  it('takes the name and address line from the Site Address, and the postcode from its end', () => {
    const rows = read(
      'transparency-code',
      `${HEADER_2023}Cheltenham Borough Council,23UB,200002688372,09/00046/BLDG,39 Grosvenor Street Cheltenham Gloucestershire GL52 2SQ,395286,222263,Freehold,Leasehold,Community Buildings\r\n` +
        `Cheltenham Borough Council,23UB,010000481734,09/00417/SITE,Pittville Park Evesham Road Cheltenham Gloucestershire,395464,223627,Freehold,Occupied by local authority,"Parks, Gardens and open space"\r\n` +
        ',,,,,,,,,\r\n',
    );

    expect(rows).toHaveLength(2);
    expect(first(rows).input).toMatchObject({
      uprn: '200002688372',
      assetReference: '09/00046/BLDG',
      name: '39 Grosvenor Street Cheltenham Gloucestershire',
      address: {
        lines: ['39 Grosvenor Street Cheltenham Gloucestershire'],
        postTown: null,
        postcode: 'GL52 2SQ',
      },
      tenure: { type: 'FREEHOLD', detail: 'Leasehold' },
    });
    expect(first(rows.slice(1)).input).toMatchObject({
      name: 'Pittville Park Evesham Road Cheltenham Gloucestershire',
      address: { lines: ['Pittville Park Evesham Road Cheltenham Gloucestershire'], postcode: null },
      category: 'PARK_OR_OPEN_SPACE',
    });
  });

  it('keeps a name column where the file has one, and still says when neither exists', () => {
    const row = first(
      read('transparency-code', 'UPRN,Site Name,Site Address\n1,Pavilion,Evesham Road Cheltenham GL52 3JE\n'),
    );

    expect(row.input).toMatchObject({
      name: 'Pavilion',
      address: { lines: ['Evesham Road Cheltenham'], postcode: 'GL52 3JE' },
    });
    expect(() => read('transparency-code', 'UPRN,Street\n1,Evesham Road\n')).toThrow(/no name column/);
  });
});

describe('the points format', () => {
  it('reads longitude, latitude, a comma-separated address and the GSS code of each row', () => {
    const row = first(
      read(
        'points',
        'name,address,postcode,area_name,area_code,lon,lat\nAltrincham,"Roberts House, 80 Manchester Road, Altrincham",WA14 4PU,Trafford,E08000009,-2.351888,53.395925\n',
      ),
    );

    expect(row).toMatchObject({
      councilCode: 'E08000009',
      input: {
        name: 'Altrincham',
        address: { lines: ['Roberts House', '80 Manchester Road', 'Altrincham'], postcode: 'WA14 4PU' },
        location: { latitude: 53.395925, longitude: -2.351888 },
        category: 'OTHER',
      },
    });
  });

  it.each([
    [
      'longitude before latitude',
      'name,lon,lat\nAltrincham,53.395925,-2.351888\n',
      'longitude 53.395925, latitude -2.351888',
      'longitude -2.351888, latitude 53.395925',
    ],
    [
      'latitude before longitude',
      'name,lat,lon\nAltrincham,-2.351888,53.395925\n',
      'latitude -2.351888, longitude 53.395925',
      'latitude 53.395925, longitude -2.351888',
    ],
  ])(
    "reads swapped coordinates the right way round, quoting them in the file's order (%s)",
    (_order, csv, given, read_) => {
      const row = first(read('points', csv));

      expect(row.input.location).toEqual({ latitude: 53.395925, longitude: -2.351888 });
      expect(row.input.repairs).toEqual([
        {
          field: 'location',
          message: `longitude and latitude appear swapped: the file gives ${given}; read as ${read_}; check the coordinates`,
        },
      ]);
    },
  );

  it('reads a field from another column with --map', () => {
    const row = first(
      read('points', 'office,x,y\nBolton,-2.43,53.58\n', [
        ['name', 'office'],
        ['longitude', 'x'],
        ['latitude', 'y'],
      ]),
    );

    expect(row.input).toMatchObject({ name: 'Bolton', location: { latitude: 53.58, longitude: -2.43 } });
  });
});

describe('national files of public land (one row per site, many councils)', () => {
  const NATIONAL =
    'Unique_Reference_Number,Property_Centre,Holder,Local_Authority,ONS_CODE,OSGBGridRefEast,OSGBGridRefNorth,Postcode\n';

  it('reads ONS_CODE, OSGBGridRefEast/North, Unique_Reference_Number, Property_Centre and the holder without --map', () => {
    const row = first(
      read(
        'transparency-code',
        `${NATIONAL}PL-1003,Cheltenham Library,E10000013,Cheltenham,e07000078,394770,222520,GL50 3JT\n`,
      ),
    );

    expect(row).toMatchObject({ councilCode: 'E07000078', owner: 'E10000013' });
    expect(row.input).toMatchObject({ assetReference: 'PL-1003', name: 'Cheltenham Library' });
    // A grid reference, converted: Cheltenham is near 51.90 N, 2.08 W (not 394770, 222520).
    expect(row.input.location?.latitude).toBeCloseTo(51.9, 1);
    expect(row.input.location?.longitude).toBeCloseTo(-2.08, 1);
  });

  it('leaves the owner to the area when the holder is blank, and never reads a council file\'s "Organisation" as one', () => {
    const blank = first(read('transparency-code', `${NATIONAL}PL-1002,Pump Room,,Cheltenham,E07000078,,,\n`));
    const own = first(
      read(
        'transparency-code',
        'Organisation,Asset Name,GSS Code\nCheltenham Borough Council,Hall,E07000078\n',
      ),
    );

    const dash = first(read('transparency-code', `${NATIONAL}PL-1005,Depot,-,Cheltenham,E07000078,,,\n`));

    expect(blank.owner).toBeNull();
    expect(dash.owner).toBeNull();
    expect(own.owner).toBeNull();
  });

  it('names the column that holds council codes when no format knows its name', () => {
    const file = parseCsv(
      new Uint8Array(
        Buffer.from('Site,Area,LAD23CD_X\nA,Cheltenham,E07000078\nB,Tewkesbury,E07000083\nC,,\n'),
      ),
    );

    expect(findCouncilCodeColumn(file)).toBe('LAD23CD_X');
    expect(
      findCouncilCodeColumn(parseCsv(new Uint8Array(Buffer.from('Site,Area\nA,Cheltenham\n')))),
    ).toBeNull();
  });
});
