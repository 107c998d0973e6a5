import { knownCouncilCodes } from './council-areas';
import { COUNTY_DISTRICTS, DISTRICT_NEIGHBOURS } from './council-neighbours-data';

/**
 * Which English councils are neighbours, for the local connection of reg 4 (SI 2012/2421: a body's activities
 * concern the council's area or a neighbouring authority's). The table is derived from ONS ward boundaries
 * (council-neighbours.md): two districts (E06, E07, E08, E09) are neighbours when their boundaries meet.
 *
 * Counties (E10) overlap their districts, so they are compared by area, as the sets of districts they cover:
 * a county covers its districts, a district covers itself. A body working in Gloucestershire therefore works
 * in Cheltenham's area; a county's neighbours are the districts meeting any of its districts from outside.
 * A code the table does not know (a council created after it) covers only itself and has no shipped
 * neighbours; its officers type them in.
 */

let neighbours: ReadonlyMap<string, readonly string[]> | undefined;
let counties: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The rows of council-neighbours-data.ts as codes: each row is a council then other councils, every council
 * written as 2 base-36 digits, its place in the code order of the council areas table.
 */
function decodeRows(rows: string): string[][] {
  const codes = knownCouncilCodes();
  return rows.split(' ').map((row) =>
    Array.from({ length: row.length / 2 }, (_, i) => {
      const code = codes[parseInt(row.slice(2 * i, 2 * i + 2), 36)];
      if (code === undefined)
        throw new Error(`council-neighbours-data.ts: no council ${row.slice(2 * i, 2 * i + 2)}`);
      return code;
    }),
  );
}

function tables() {
  if (!neighbours) {
    // Each pair is written once, under the first district in code order: the table is symmetric.
    const lists = new Map<string, string[]>();
    const rows = decodeRows(DISTRICT_NEIGHBOURS);
    for (const [code = ''] of rows) lists.set(code, []);
    for (const [code = '', ...later] of rows)
      for (const other of later) {
        lists.get(code)?.push(other);
        lists.get(other)?.push(code);
      }
    for (const list of lists.values()) list.sort();
    neighbours = lists;
  }
  counties ??= new Map(decodeRows(COUNTY_DISTRICTS).map(([code = '', ...districts]) => [code, districts]));
  return { neighbours, counties };
}

/** The shipped table, decoded: every district with the districts whose boundaries meet it, in code order. */
export function districtNeighbourTable(): ReadonlyMap<string, readonly string[]> {
  return tables().neighbours;
}

/** The shipped table, decoded: every county with its districts, in code order. */
export function countyDistrictTable(): ReadonlyMap<string, readonly string[]> {
  return tables().counties;
}

/** The districts a council's area covers: a county's districts, or the council itself. */
export function districtsOf(councilCode: string): readonly string[] {
  return tables().counties.get(councilCode) ?? [councilCode];
}

/** The districts whose boundaries meet the council's area from outside, by the shipped table. */
export function neighbouringDistrictsOf(councilCode: string): string[] {
  const own = new Set(districtsOf(councilCode));
  const found = new Set<string>();
  for (const district of own)
    for (const other of tables().neighbours.get(district) ?? []) if (!own.has(other)) found.add(other);
  return [...found].sort();
}

/**
 * The districts where a body's work gives it a local connection to land in `councilCode`'s area: the area
 * itself, its shipped neighbours, and the areas of the `addedNeighbours` its officers typed in.
 */
export function localConnectionDistricts(
  councilCode: string,
  addedNeighbours: readonly string[],
): ReadonlySet<string> {
  return new Set([
    ...districtsOf(councilCode),
    ...neighbouringDistrictsOf(councilCode),
    ...addedNeighbours.flatMap(districtsOf),
  ]);
}

/** True when a body working in `bodyAreas` has a local connection with land in `councilCode`'s area. */
export function hasLocalConnection(
  bodyAreas: readonly string[],
  councilCode: string,
  addedNeighbours: readonly string[],
): boolean {
  const local = localConnectionDistricts(councilCode, addedNeighbours);
  return bodyAreas.some((area) => districtsOf(area).some((district) => local.has(district)));
}
