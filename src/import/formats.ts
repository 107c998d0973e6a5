import { gridToWgs84, isBritishNationalGrid } from '../geo/british-national-grid';
import type {
  AcvRegisterRowInput,
  BuildingCategory,
  ImportAssetRowInput,
  TenureType,
} from '../registers/generated/resolvers-types';
import { isPlaceholderName } from '../registers/buildings/domain/data-quality';
import { isCouncilGssCode } from '../kernel/domain/identifiers';
import { toNameKey } from '../kernel/domain/names';
import { describeLocationProblem } from '../kernel/domain/location';
import { BUILDING_CATEGORIES } from '../kernel/domain/records';
import { columnKey } from './read-csv';
import type { CsvFile, CsvRow } from './read-csv';

/**
 * The file formats `npm run import` reads, each turning CSV rows into importAssets rows. A format only
 * reshapes: validation (postcodes, UPRNs, lengths) is the API's, so the CLI and single writes agree.
 * Adding an asset format is one more entry in FORMATS; `acv-register` (at the end) feeds importAcvEntries
 * instead, so it has its own reader and its own run, run-acv-register-import.ts.
 */

/** A field of the register a column can feed; `--map column=field` points a column at one. */
export const MAPPABLE_FIELDS = [
  'name',
  'uprn',
  'assetReference',
  'address',
  'streetNumber',
  'postTown',
  'postcode',
  'easting',
  'northing',
  'latitude',
  'longitude',
  'tenureType',
  'tenureDetail',
  'holdingType',
  'category',
  'councilCode',
  'owner',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

export interface FormatOptions {
  /** Column overrides from `--map column=field`: field -> column name as written in the file. */
  readonly columns: ReadonlyMap<MappableField, string>;
  /** The category for rows that give none (points files have no holding type). */
  readonly defaultCategory: BuildingCategory;
}

/** A row ready to send, or the reasons it cannot be. */
export type SourceRow =
  | {
      readonly line: number;
      readonly councilCode: string | null;
      /**
       * Who holds it, as the file's owner column gives it (a GSS code or a name), when that is another column
       * than the council's: national files name the area a site lies in and, apart, the department or council
       * that holds it. Null: the area's council (or --owner).
       */
      readonly owner: string | null;
      readonly input: Omit<ImportAssetRowInput, 'duplicateLines'>;
      /** True when the holding type named no category the register knows, so the row is OTHER. */
      readonly fellToOther: boolean;
    }
  | { readonly line: number; readonly problems: { field: string; message: string }[] };

/** A row the file gave in full: one to send. */
export type ReadyRow = Extract<SourceRow, { input: unknown }>;

export interface ImportFormat {
  readonly name: string;
  readonly description: string;
  /** Column names (as `columnKey`s) each field is read from, first found wins. */
  readonly aliases: Readonly<Record<MappableField, readonly string[]>>;
  /** How the address column is split into lines. */
  readonly addressSeparator: RegExp;
  /**
   * Columns (as `columnKey`s) that hold the whole address on one line with the postcode at its end, as in
   * Cheltenham's 2023 file (`Site Address`: "Pittville Park Evesham Road Cheltenham Gloucestershire"), read
   * when the file has no separate name, address or postcode column: the text before the postcode becomes
   * the name and the address line, and a postcode at its end the postcode.
   */
  readonly combinedAddress: readonly string[];
}

// Who holds a site, apart from the area it lies in (national files of public land: a department, a county
// council holding land in a district). Never `organisation`, which councils' own files use for themselves.
const OWNER_COLUMNS = [
  'owner',
  'ownername',
  'ownerorganisation',
  'holder',
  'holdername',
  'holdingorganisation',
  'holdingbody',
  'landowner',
  'landholder',
  'department',
  'departmentname',
];

// Column names seen in councils' Transparency Code files (2015 template, Cheltenham's 2021 layout and the
// layouts of other years), compared as columnKeys.
const TRANSPARENCY_CODE: ImportFormat = {
  name: 'transparency-code',
  description: 'Local Government Transparency Code 2015 land and building assets',
  aliases: {
    name: [
      'propertyname',
      'nameofbuildingland',
      'nameofbuildingorland',
      'buildingname',
      'assetname',
      'sitename',
      'name',
      // National files of public land (one row per site, hundreds of councils): the site's name.
      'propertycentre',
    ],
    uprn: ['uprn', 'uniquepropertyreferencenumber'],
    assetReference: [
      'assetcode',
      'uniqueassetidentity',
      'uniqueassetid',
      'assetreference',
      'assetref',
      'assetid',
      'assetnumber',
      'uniquereferencenumber',
    ],
    address: ['streetname', 'street', 'address', 'addressline1'],
    streetNumber: ['streetnumber', 'streetnumbers', 'buildingnumber', 'number'],
    postTown: ['posttown', 'town'],
    postcode: ['postcode', 'postalcode'],
    easting: ['geox', 'easting', 'mapreferenceeasting', 'eastingx', 'osgbgridrefeast', 'gridrefeast', 'x'],
    northing: [
      'geoy',
      'northing',
      'mapreferencenorthing',
      'northingy',
      'osgbgridrefnorth',
      'gridrefnorth',
      'y',
    ],
    latitude: ['latitude', 'lat'],
    longitude: ['longitude', 'long', 'lon', 'lng'],
    tenureType: ['tenuretype', 'freeholdorleasehold', 'freeholdleasehold', 'tenure'],
    tenureDetail: ['tenuredetail', 'tenuredetails'],
    holdingType: ['holdingtype', 'assettype', 'propertytype', 'typeofholding'],
    category: ['category', 'registercategory'],
    councilCode: [
      'gsscode',
      'gss',
      'councilcode',
      'organisationgsscode',
      'areacode',
      'ladcode',
      'onscode',
      'localauthoritycode',
      'lacode',
    ],
    owner: OWNER_COLUMNS,
  },
  addressSeparator: /\r\n|\r|\n/,
  combinedAddress: ['siteaddress', 'fulladdress', 'propertyaddress', 'assetaddress'],
};

// Named places with coordinates, like Trafford Data Lab's gm-jobcentre-plus.csv.
const POINTS: ImportFormat = {
  name: 'points',
  description: 'named places with longitude/latitude (or easting/northing) and an address',
  aliases: {
    name: ['name', 'sitename', 'placename'],
    uprn: ['uprn'],
    assetReference: ['reference', 'ref', 'id', 'assetreference'],
    address: ['address'],
    streetNumber: [],
    postTown: ['town', 'posttown'],
    postcode: ['postcode'],
    easting: ['easting'],
    northing: ['northing'],
    latitude: ['lat', 'latitude'],
    longitude: ['lon', 'lng', 'long', 'longitude'],
    tenureType: ['tenure'],
    tenureDetail: [],
    holdingType: ['type'],
    category: ['category'],
    councilCode: ['areacode', 'gsscode', 'gss', 'councilcode', 'ladcode', 'onscode'],
    owner: OWNER_COLUMNS,
  },
  addressSeparator: /\r\n|\r|\n|,/,
  combinedAddress: [],
};

export const FORMATS: ReadonlyMap<string, ImportFormat> = new Map(
  [TRANSPARENCY_CODE, POINTS].map((format) => [format.name, format]),
);

/** Reads every row of `file` in `format`; rows that cannot be read are returned with their reasons. */
export function readRows(file: CsvFile, format: ImportFormat, options: FormatOptions): SourceRow[] {
  const columns = resolveColumns(file, format, options);
  const present = new Set(file.headers.map(columnKey));
  const combined = format.combinedAddress.find((key) => present.has(key)) ?? null;
  if (!columns.has('name') && combined === null) {
    throw new Error(
      `no name column found (looked for ${[...format.aliases.name, ...format.combinedAddress].join(', ')}); use --map <column>=name`,
    );
  }
  return file.rows.map((row) => readRow(withCombinedAddress(row, columns, combined), format, options));
}

// The name, address and postcode a one-line address column gives to a row whose file has no such columns.
const COMBINED = { name: '\u0000name', address: '\u0000address', postcode: '\u0000postcode' } as const;
const TRAILING_POSTCODE = /\s*\b([A-Z]{1,2}[0-9][0-9A-Z]?\s*[0-9][A-Z]{2})$/i;

function withCombinedAddress(
  row: CsvRow,
  columns: ReadonlyMap<MappableField, string>,
  combined: string | null,
): { row: CsvRow; columns: ReadonlyMap<MappableField, string> } {
  if (combined === null) return { row, columns };
  const text = singleLine(row.cells.get(combined) ?? '');
  const match = TRAILING_POSTCODE.exec(text);
  const place = match ? text.slice(0, match.index).trim() : text;
  const cells = new Map(row.cells);
  const filled = new Map(columns);
  for (const field of ['name', 'address', 'postcode'] as const) {
    if (filled.has(field)) continue;
    cells.set(COMBINED[field], field === 'postcode' ? (match?.[1] ?? '') : place);
    filled.set(field, COMBINED[field]);
  }
  return { row: { line: row.line, cells }, columns: filled };
}

/** The column (as a columnKey) each field is read from, by alias or `--map`. */
export function resolveColumns(
  file: CsvFile,
  format: ImportFormat,
  options: FormatOptions,
): ReadonlyMap<MappableField, string> {
  const present = new Set(file.headers.map(columnKey));
  const columns = new Map<MappableField, string>();
  for (const field of MAPPABLE_FIELDS) {
    const mapped = options.columns.get(field);
    if (mapped !== undefined) {
      if (!present.has(columnKey(mapped)))
        throw new Error(`--map names a column "${mapped}" the file does not have`);
      columns.set(field, columnKey(mapped));
      continue;
    }
    const found = format.aliases[field].find((alias) => present.has(alias));
    if (found) columns.set(field, found);
  }
  return columns;
}

function readRow(
  { row, columns }: { row: CsvRow; columns: ReadonlyMap<MappableField, string> },
  format: ImportFormat,
  options: FormatOptions,
): SourceRow {
  const raw = (field: MappableField): string => {
    const column = columns.get(field);
    return column ? (row.cells.get(column) ?? '') : '';
  };
  const one = (field: MappableField): string | null => singleLine(raw(field)) || null;
  const repairs: { field: string; message: string }[] = [];

  const location = readLocation(raw, latitudeComesFirst(columns, row), repairs);
  const lines = splitLines(raw('address'), format.addressSeparator);
  const streetNumber = one('streetNumber');
  if (streetNumber) lines[0] = lines[0] ? `${streetNumber} ${lines[0]}` : streetNumber;
  const { category, fellToOther } = readCategory(
    one('category'),
    one('holdingType'),
    options.defaultCategory,
  );
  const tenureType = readTenureType(one('tenureType'));
  const tenureDetail = one('tenureDetail');
  const uprn = one('uprn');

  return {
    line: row.line,
    councilCode: one('councilCode')?.toUpperCase() ?? null,
    owner: readOwner(one('owner')),
    fellToOther,
    input: {
      line: row.line,
      name: one('name') ?? '',
      ...(columns.get('name') === COMBINED.name ? { nameIsAddress: true } : {}),
      uprn: uprn ? uprn.replace(/\.0+$/, '') : null,
      assetReference: one('assetReference'),
      address: { lines: fitLines(lines), postTown: one('postTown'), postcode: one('postcode') },
      location,
      tenure: tenureType ? { type: tenureType, detail: tenureDetail } : null,
      category,
      ...(repairs.length > 0 ? { repairs } : {}),
    },
  };
}

// A holder given as a placeholder (`-`, `N/A`, `unknown`) or with no letter or digit names no one: the area's
// council holds the row, as for a blank.
function readOwner(value: string | null): string | null {
  return value === null || isPlaceholderName(value) || toNameKey(value) === '' ? null : value;
}

/**
 * The file's column that holds council GSS codes (in at least four of five of its first 200 filled cells),
 * for a file whose code column has a name no format knows: the one message a user then needs, naming it.
 */
export function findCouncilCodeColumn(file: CsvFile): string | null {
  const sample = file.rows.slice(0, 200);
  for (const header of file.headers) {
    const key = columnKey(header);
    const values = sample.map((row) => singleLine(row.cells.get(key) ?? '')).filter(Boolean);
    const codes = values.filter((value) => isCouncilGssCode(value.toUpperCase())).length;
    if (values.length > 0 && codes >= 0.8 * values.length) return header;
  }
  return null;
}

// Whether the file's latitude column comes before its longitude column, to quote a pair in the file's order.
function latitudeComesFirst(columns: ReadonlyMap<MappableField, string>, row: CsvRow): boolean {
  const order = [...row.cells.keys()];
  return order.indexOf(columns.get('latitude') ?? '') <= order.indexOf(columns.get('longitude') ?? '');
}

/** Text on one line: line breaks, tabs and non-breaking spaces become single spaces. */
export function singleLine(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

function splitLines(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map(singleLine)
    .filter((line) => line.length > 0);
}

// The API takes at most 4 address lines: a longer address keeps its first three and joins the rest.
function fitLines(lines: string[]): string[] {
  return lines.length <= 4 ? lines : [...lines.slice(0, 3), lines.slice(3).join(', ')];
}

function readNumber(value: string): number | null | 'bad' {
  const text = singleLine(value).replace(/,/g, '');
  if (!text) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : 'bad';
}

/**
 * The row's location in WGS84, or null. A location the file gives unusably never loses the row: it is left out
 * (coordinates that are no numbers, a grid reference outside Great Britain) or read swapped (latitude and
 * longitude that only make sense the other way round), and `repairs` says so in the file's own terms, to be
 * kept on the building. Other points outside the UK are the API's to judge (it leaves them out and flags them).
 */
function readLocation(
  raw: (field: MappableField) => string,
  latitudeFirst: boolean,
  repairs: { field: string; message: string }[],
): { latitude: number; longitude: number } | null {
  const latitude = readNumber(raw('latitude'));
  const longitude = readNumber(raw('longitude'));
  if (latitude === 'bad' || longitude === 'bad') {
    repairs.push({
      field: 'location',
      message: `the location was left out: latitude "${singleLine(raw('latitude'))}" / longitude "${singleLine(raw('longitude'))}" are not numbers`,
    });
    return null;
  }
  if (latitude !== null && longitude !== null) {
    const point = { latitude, longitude };
    const swapped = { latitude: longitude, longitude: latitude };
    if (describeLocationProblem(point) === null || describeLocationProblem(swapped) !== null) return point;
    const given = latitudeFirst
      ? `latitude ${latitude}, longitude ${longitude}`
      : `longitude ${longitude}, latitude ${latitude}`;
    const read = latitudeFirst
      ? `latitude ${longitude}, longitude ${latitude}`
      : `longitude ${latitude}, latitude ${longitude}`;
    repairs.push({
      field: 'location',
      message: `longitude and latitude appear swapped: the file gives ${given}; read as ${read}; check the coordinates`,
    });
    return swapped;
  }
  const easting = readNumber(raw('easting'));
  const northing = readNumber(raw('northing'));
  if (easting === 'bad' || northing === 'bad') {
    repairs.push({
      field: 'location',
      message: `the location was left out: easting "${singleLine(raw('easting'))}" / northing "${singleLine(raw('northing'))}" are not numbers`,
    });
    return null;
  }
  if (easting === null || northing === null || (easting === 0 && northing === 0)) return null;
  // Some files put longitude/latitude in their X/Y columns.
  if (Math.abs(easting) <= 180 && Math.abs(northing) <= 90) return { latitude: northing, longitude: easting };
  if (!isBritishNationalGrid(easting, northing)) {
    repairs.push({
      field: 'location',
      message: `the location was left out: easting ${easting} / northing ${northing} is not a British National Grid reference in Great Britain (0-700000, 0-1300000)`,
    });
    return null;
  }
  return gridToWgs84(easting, northing);
}

function readTenureType(value: string | null): TenureType | null {
  if (!value) return null;
  if (/free/i.test(value)) return 'FREEHOLD';
  if (/lease/i.test(value)) return 'LEASEHOLD';
  return null;
}

// Holding types as councils write them, to the register's categories; first match wins. "Land and
// Building" says nothing about use, so it is OTHER (and counted, so the officer knows how many to refine).
const HOLDING_TYPES: readonly [RegExp, BuildingCategory][] = [
  [/car ?park|parking/i, 'CAR_PARK'],
  [/librar/i, 'LIBRARY'],
  [/community (centre|center|hub)/i, 'COMMUNITY_CENTRE'],
  [/\bhall\b/i, 'HALL'],
  [/office/i, 'OFFICE'],
  [/\bpub\b|public house/i, 'PUB'],
  [/shop|retail/i, 'SHOP'],
  [/sport|leisure|pool|gym/i, 'SPORTS_FACILITY'],
  [/\bpark\b|open space|playing field|recreation ground|allotment|garden/i, 'PARK_OR_OPEN_SPACE'],
  [/church|chapel|worship|mosque|temple|synagogue/i, 'PLACE_OF_WORSHIP'],
  [/health|clinic|surgery|hospital/i, 'HEALTH_FACILITY'],
  [/school|education|college/i, 'EDUCATION'],
  [/heritage|monument|museum|listed/i, 'HERITAGE'],
  [/depot|industrial|workshop|warehouse|factory/i, 'DEPOT_OR_INDUSTRIAL'],
  [/residential|housing|dwelling|flat/i, 'RESIDENTIAL'],
  [/building/i, 'OTHER'],
  [/land|site|plot/i, 'LAND'],
];

function readCategory(
  category: string | null,
  holdingType: string | null,
  fallback: BuildingCategory,
): { category: BuildingCategory; fellToOther: boolean } {
  const named = category?.toUpperCase().replace(/[^A-Z]+/g, '_');
  if (named && (BUILDING_CATEGORIES as readonly string[]).includes(named)) {
    return { category: named as BuildingCategory, fellToOther: false };
  }
  if (holdingType) {
    const match = HOLDING_TYPES.find(([pattern]) => pattern.test(holdingType));
    const mapped = match ? match[1] : 'OTHER';
    return { category: mapped, fellToOther: mapped === 'OTHER' };
  }
  return { category: fallback, fellToOther: fallback === 'OTHER' };
}

// --- acv-register: a council's existing list of assets of community value ---------------------------------

/**
 * The planning.data.gov.uk `asset-of-community-value` fields (and the column names council spreadsheets use
 * for them), compared as columnKeys. Only reshaping happens here: dates, decisions and points are read by
 * the API (src/registers/acv/domain/acv-register-import.ts), so a bad value is reported on its row with its field.
 */
export const ACV_REGISTER_FORMAT = 'acv-register';
export const ACV_REGISTER_DESCRIPTION =
  "a council's list of assets of community value in the planning.data.gov.uk asset-of-community-value fields";

type AcvRegisterField = Exclude<keyof AcvRegisterRowInput, 'line'>;
const ACV_REGISTER_COLUMNS: Readonly<Record<AcvRegisterField, readonly string[]>> = {
  reference: ['reference', 'ref', 'acvreference', 'referencenumber', 'id'],
  name: ['name', 'assetname', 'sitename', 'propertyname', 'nameofasset'],
  addressText: ['addresstext', 'address', 'siteaddress'],
  description: ['description', 'assetdescription'],
  point: ['point', 'wkt'],
  organisation: ['organisation', 'gsscode', 'councilcode'],
  nominationDate: ['nominationdate', 'datenominated', 'dateofnomination', 'datenominationreceived'],
  nominatingGroup: ['nominatinggroup', 'nominator', 'nominatedby', 'nominatingbody'],
  decision: ['decision', 'outcome', 'status'],
  decisionDate: ['decisiondate', 'dateofdecision', 'datelisted', 'listingdate'],
  expiryDate: ['expirydate', 'dateofexpiry', 'listingexpirydate', 'listingexpires'],
  notificationToSellDate: [
    'notificationtoselldate',
    'notificationtosell',
    'disposalnoticedate',
    'noticeofintendeddisposal',
  ],
  interestedGroup: ['interestedgroup', 'interestedgroups', 'potentialbidders'],
  protectedPeriodStartDate: ['protectedperiodstartdate', 'protectedperiodstart'],
  notes: ['notes', 'reasons', 'comments'],
  entryDate: ['entrydate'],
  startDate: ['startdate'],
  endDate: ['enddate', 'dateremoved', 'removaldate'],
};

/** A row ready for importAcvEntries (with its council, when its organisation column is a GSS code). */
export interface AcvSourceRow {
  readonly line: number;
  readonly councilCode: string | null;
  readonly input: AcvRegisterRowInput;
}

/**
 * Reads an ACV register file. Without a point column, latitude/longitude or easting/northing columns (as
 * council spreadsheets have) are turned into the WKT point, grid references converted to WGS84.
 */
export function readAcvRegisterRows(file: CsvFile): AcvSourceRow[] {
  const present = new Set(file.headers.map(columnKey));
  const column = (field: AcvRegisterField) => ACV_REGISTER_COLUMNS[field].find((c) => present.has(c));
  for (const required of ['reference', 'name'] as const) {
    if (!column(required))
      throw new Error(
        `no ${required} column found (looked for ${ACV_REGISTER_COLUMNS[required].join(', ')}); is this an ACV register file?`,
      );
  }
  const fields = Object.keys(ACV_REGISTER_COLUMNS) as AcvRegisterField[];
  return file.rows.map((row) => {
    const cell = (field: AcvRegisterField): string | null => {
      const name = column(field);
      const value = name ? (row.cells.get(name) ?? '').trim() : '';
      return value === '' ? null : value;
    };
    const input: Record<string, string | null> = {};
    for (const field of fields) input[field] = cell(field);
    const point = input['point'] ?? pointFromColumns(row);
    const organisation = singleLine(input['organisation'] ?? '').toUpperCase();
    return {
      line: row.line,
      councilCode: isCouncilGssCode(organisation) ? organisation : null,
      input: {
        ...(input as Omit<AcvRegisterRowInput, 'line' | 'reference' | 'name'>),
        line: row.line,
        reference: singleLine(input['reference'] ?? ''),
        name: singleLine(input['name'] ?? ''),
        point,
      },
    };
  });
}

function pointFromColumns(row: CsvRow): string | null {
  const number = (...names: string[]): number | null => {
    const found = names.map((name) => row.cells.get(name)).find((value) => value && value.trim() !== '');
    const value = found === undefined ? null : readNumber(found);
    return typeof value === 'number' ? value : null;
  };
  const latitude = number('latitude', 'lat');
  const longitude = number('longitude', 'long', 'lon', 'lng');
  if (latitude !== null && longitude !== null) return `POINT(${longitude} ${latitude})`;
  const easting = number('easting', 'geox', 'x');
  const northing = number('northing', 'geoy', 'y');
  if (easting !== null && northing !== null && isBritishNationalGrid(easting, northing)) {
    const wgs84 = gridToWgs84(easting, northing);
    return `POINT(${wgs84.longitude} ${wgs84.latitude})`;
  }
  return null;
}
