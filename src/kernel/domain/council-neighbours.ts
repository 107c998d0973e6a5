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

function tables() {
  neighbours ??= new Map(DISTRICT_NEIGHBOURS.map(([code, list]) => [code, list ? list.split(' ') : []]));
  counties ??= new Map(COUNTY_DISTRICTS.map(([code, list]) => [code, list.split(' ')]));
  return { neighbours, counties };
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
