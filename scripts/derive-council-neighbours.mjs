// Derives src/kernel/domain/council-neighbours-data.ts (which English districts share a boundary, and which districts
// make up each county) from the ward boundary files of drkane/geo-lookups (ONS Geoportal, generalised clipped
// boundaries, Open Government Licence v3.0); see src/kernel/domain/council-neighbours.md.
// Usage: node scripts/derive-council-neighbours.mjs <folder with boundaries/ward/*.geojson> <la_all_codes.csv>
// Only the derived table is committed; the source files stay outside the repository.
//
// How: every vertex of every ward ring is projected to metres (a local equirectangular projection at 52.5°N,
// good to a few per cent across England) and dropped into a grid of TOLERANCE_M cells, keyed by its district.
// ONS generalises the ward boundaries of all districts as one topology, so two districts that share a border
// have the same vertices along it; a vertex of district A within one cell (in any of the 3x3 cells around
// it) of a vertex of district B is a point where they meet. Two districts are neighbours when they meet at
// MIN_MEETING_CELLS or more cells: one shared vertex is enough (districts that only touch at a corner are
// neighbours too), so the threshold is 1. The tolerance absorbs rounding; it does not bridge estuaries: the
// boundaries are clipped to the coastline, so districts facing each other across the Thames below Tower
// Bridge, the Humber or the Severn are not neighbours here (officers add them in their ACV settings).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOLERANCE_M = 100;
const MIN_MEETING_CELLS = 1;
const M_PER_DEGREE = 111_200;
const M_PER_DEGREE_LON = M_PER_DEGREE * Math.cos((52.5 * Math.PI) / 180);

const [wardDir, laCodes] = process.argv.slice(2);
if (!wardDir || !laCodes)
  throw new Error('usage: derive-council-neighbours.mjs <ward folder> <la_all_codes.csv>');

/** cell key -> set of district codes with a vertex in it */
const grid = new Map();
const districts = new Set();
function walk(coordinates, visit) {
  if (typeof coordinates[0] === 'number') visit(coordinates);
  else for (const inner of coordinates) walk(inner, visit);
}
for (const file of readdirSync(wardDir).filter((f) => /^E0[6-9]\d{6}\.geojson$/.test(f))) {
  const code = file.slice(0, 9);
  districts.add(code);
  const collection = JSON.parse(readFileSync(join(wardDir, file), 'utf8'));
  for (const feature of collection.features) {
    walk(feature.geometry.coordinates, ([lon, lat]) => {
      const key = `${Math.floor((lon * M_PER_DEGREE_LON) / TOLERANCE_M)},${Math.floor((lat * M_PER_DEGREE) / TOLERANCE_M)}`;
      let codes = grid.get(key);
      if (!codes) grid.set(key, (codes = new Set()));
      codes.add(code);
    });
  }
}

/** "A B" (A < B) -> the cells where they meet */
const meetings = new Map();
for (const [key, codes] of grid) {
  const [x, y] = key.split(',').map(Number);
  const near = new Set();
  for (let dx = -1; dx <= 1; dx++)
    for (let dy = -1; dy <= 1; dy++) for (const c of grid.get(`${x + dx},${y + dy}`) ?? []) near.add(c);
  for (const a of codes)
    for (const b of near) {
      if (a === b) continue;
      const pair = a < b ? `${a} ${b}` : `${b} ${a}`;
      if (!meetings.has(pair)) meetings.set(pair, new Set());
      meetings.get(pair).add(key);
    }
}
const neighbours = new Map([...districts].map((code) => [code, new Set()]));
for (const [pair, cells] of meetings) {
  if (cells.size < MIN_MEETING_CELLS) continue;
  const [a, b] = pair.split(' ');
  neighbours.get(a).add(b);
  neighbours.get(b).add(a);
}

// Counties (E10): their current districts, from the ONS lookup republished beside the boundaries.
const lines = readFileSync(laCodes, 'utf8').trim().split('\n');
const header = lines[0].split(',');
const col = (name) => header.indexOf(name);
const counties = new Map();
for (const line of lines.slice(1)) {
  const cells = line.split(',');
  const [lad, utla, current] = [cells[col('LADCD')], cells[col('UTLACD')], cells[col('Current')]];
  if (current !== 'TRUE' || !utla?.startsWith('E10') || !districts.has(lad)) continue;
  if (!counties.has(utla)) counties.set(utla, []);
  counties.get(utla).push(lad);
}

const sorted = (values) => [...values].sort();
// Each council as 2 base-36 digits, its place in the code order of all of them: the same codes, in the same order,
// as src/kernel/domain/council-areas-data.ts (derived from the same files; the unit test checks they match).
const councils = sorted([...districts, ...counties.keys()]);
if (councils.length > 36 ** 2) throw new Error('too many councils for 2 base-36 digits');
const place = new Map(councils.map((code, i) => [code, i.toString(36).padStart(2, '0')]));
const row = (code, others) =>
  place.get(code) +
  sorted(others)
    .map((other) => place.get(other))
    .join('');
// Neighbours are mutual: each pair is written once, under the first of the two in code order.
const neighbourRows = sorted(neighbours.keys()).map((code) =>
  row(
    code,
    [...neighbours.get(code)].filter((other) => other > code),
  ),
);
const countyRows = sorted(counties.keys()).map((code) => row(code, counties.get(code)));
writeFileSync(
  'src/kernel/domain/council-neighbours-data.ts',
  `// Generated by scripts/derive-council-neighbours.mjs; see src/kernel/domain/council-neighbours.md for source, licence,
// derivation and encoding (ONS boundaries, Open Government Licence v3.0; contains OS data © Crown copyright 2025).
// A council is written as its place in the code order of council-areas-data.ts (0 for the first), in 2 base-36 digits.
// DISTRICT_NEIGHBOURS: one row per district, unitary authority, metropolitan district and London borough, rows separated
// by spaces: the district, then those after it in code order whose ward boundaries meet its own, within ${TOLERANCE_M} m
// (neighbours are mutual: each pair is written once, under the first of the two).
export const DISTRICT_NEIGHBOURS =
  '${neighbourRows.join(' ')}';

// COUNTY_DISTRICTS: one row per county, rows separated by spaces: the county, then its districts.
export const COUNTY_DISTRICTS =
  '${countyRows.join(' ')}';
`,
);
const lonely = sorted(neighbours.keys()).filter((code) => neighbours.get(code).size === 0);
console.log(
  `${districts.size} districts, ${meetings.size} neighbouring pairs, ${counties.size} counties; without neighbours: ${lonely.join(' ') || 'none'}`,
);
