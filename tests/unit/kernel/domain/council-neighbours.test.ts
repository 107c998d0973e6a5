import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { knownCouncilCodes } from '../../../../src/kernel/domain/council-areas';
import {
  countyDistrictTable,
  districtNeighbourTable,
  districtsOf,
  hasLocalConnection,
  neighbouringDistrictsOf,
} from '../../../../src/kernel/domain/council-neighbours';

const CHELTENHAM = 'E07000078';
const COTSWOLD = 'E07000079';
const GLOUCESTER = 'E07000081';
const TEWKESBURY = 'E07000083';
const GLOUCESTERSHIRE = 'E10000013';
const WORCESTER = 'E07000237';
const DUDLEY = 'E08000027';
const ISLE_OF_WIGHT = 'E06000046';
const ISLES_OF_SCILLY = 'E06000053';

const table = districtNeighbourTable();
const boxCodes = knownCouncilCodes();

describe('the shipped table of neighbouring councils', () => {
  it('covers exactly the districts of the council areas table, and its counties', () => {
    expect([...table.keys()].sort()).toEqual(boxCodes.filter((code) => !code.startsWith('E10')).sort());
    expect([...countyDistrictTable().keys()].sort()).toEqual(
      boxCodes.filter((code) => code.startsWith('E10')).sort(),
    );
  });

  // The table as it was committed before its compact encoding (issue 17): [code, 'codes separated by spaces']
  // rows in code order, 299 districts with 777 pairs and 21 counties with 164 districts; the digests are of
  // JSON.stringify of those rows, taken from the old file.
  it('decodes to the table as committed before its compact encoding', () => {
    const districtRows = [...table]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, list]) => [code, list.join(' ')]);
    const countyRows = [...countyDistrictTable()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, list]) => [code, list.join(' ')]);
    const digest = (rows: unknown) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');

    expect(districtRows).toHaveLength(299);
    expect([...table.values()].reduce((sum, list) => sum + list.length, 0)).toBe(2 * 777);
    expect(countyRows).toHaveLength(21);
    expect([...countyDistrictTable().values()].reduce((sum, list) => sum + list.length, 0)).toBe(164);
    expect(districtRows[0]).toEqual(['E06000001', 'E06000004 E06000047']);
    expect(table.get('E06000053')).toEqual([]);
    expect(table.get('E09000033')).toEqual(['E09000001', 'E09000005', 'E09000007', 'E09000020', 'E09000022']);
    expect(countyDistrictTable().get('E10000034')).toEqual([
      'E07000234',
      'E07000235',
      'E07000236',
      'E07000237',
      'E07000238',
      'E07000239',
    ]);
    expect(digest(districtRows)).toBe('2ee9c1a34fc54954ab6b6766787c7465920293ab4e083043acd545e3ee70af24');
    expect(digest(countyRows)).toBe('c9c8eb0f366100aed8b51e656a858507cc44fff04639da7ff55bceea2c318915');
  });

  it('is symmetric, and no district neighbours itself', () => {
    for (const [code, list] of table) {
      expect(list).not.toContain(code);
      for (const other of list) expect(table.get(other), `${other} lists ${code}`).toContain(code);
    }
  });

  it('gives every district a neighbour by land except the two island councils', () => {
    const alone = [...table].filter(([, list]) => list.length === 0).map(([code]) => code);
    expect(alone.sort()).toEqual([ISLE_OF_WIGHT, ISLES_OF_SCILLY]);
  });

  // Real pairs from the map (Ordnance Survey boundary maps), not from the derivation.
  it.each([
    [CHELTENHAM, [COTSWOLD, TEWKESBURY]],
    [GLOUCESTER, ['E07000082', TEWKESBURY]], // Stroud, Tewkesbury
    ['E09000001', ['E09000007', 'E09000012', 'E09000019', 'E09000028', 'E09000030', 'E09000033']], // City of London: Southwark across the Thames
  ])('%s neighbours exactly %j', (code, expected) => {
    expect(table.get(code)).toEqual(expected);
  });

  it.each([
    ['Cheltenham and Tewkesbury', CHELTENHAM, TEWKESBURY, true],
    ['Dudley and Birmingham', DUDLEY, 'E08000025', true],
    ['Cumberland and Westmorland and Furness (2023)', 'E06000063', 'E06000064', true],
    ['North Yorkshire and York', 'E06000065', 'E06000014', true],
    ['Dorset and Bournemouth, Christchurch and Poole', 'E06000059', 'E06000058', true],
    ['North and West Northamptonshire', 'E06000061', 'E06000062', true],
    ['Buckinghamshire and Milton Keynes', 'E06000060', 'E06000042', true],
    ['Somerset and North Somerset', 'E06000066', 'E06000024', true],
    ['Cheltenham and Dudley', CHELTENHAM, DUDLEY, false],
    ['Cheltenham and Gloucester (Tewkesbury lies between)', CHELTENHAM, GLOUCESTER, false],
    ['Cornwall and the Isles of Scilly (sea)', 'E06000052', ISLES_OF_SCILLY, false],
  ])('%s: neighbours %s', (_name, a, b, expected) => {
    expect(table.get(a)?.includes(b)).toBe(expected);
  });
});

describe('local connection by area', () => {
  it('counts a body working in a real neighbouring district, with nothing typed in', () => {
    expect(hasLocalConnection([TEWKESBURY], CHELTENHAM, [])).toBe(true);
    expect(hasLocalConnection([DUDLEY], CHELTENHAM, [])).toBe(false);
  });

  it('adds the neighbours officers typed in to the shipped ones', () => {
    expect(hasLocalConnection([GLOUCESTER], CHELTENHAM, [])).toBe(false);
    expect(hasLocalConnection([GLOUCESTER], CHELTENHAM, [GLOUCESTER])).toBe(true);
    expect(hasLocalConnection([TEWKESBURY], CHELTENHAM, [GLOUCESTER])).toBe(true);
  });

  it('treats a county as the districts it covers', () => {
    expect(districtsOf(GLOUCESTERSHIRE)).toEqual([
      'E07000078',
      'E07000079',
      'E07000080',
      'E07000081',
      'E07000082',
      'E07000083',
    ]);
    expect(hasLocalConnection([GLOUCESTERSHIRE], CHELTENHAM, [])).toBe(true);
    // Worcester meets Malvern Hills and Wychavon only: no Gloucestershire district.
    expect(hasLocalConnection([GLOUCESTERSHIRE], WORCESTER, [])).toBe(false);
    expect(neighbouringDistrictsOf(GLOUCESTERSHIRE)).not.toContain(CHELTENHAM);
    expect(neighbouringDistrictsOf(GLOUCESTERSHIRE)).toContain('E06000019'); // Herefordshire
  });

  it('matches a code the table does not know only exactly', () => {
    expect(districtsOf('E07000999')).toEqual(['E07000999']);
    expect(neighbouringDistrictsOf('E07000999')).toEqual([]);
    expect(hasLocalConnection(['E07000999'], 'E07000999', [])).toBe(true);
  });
});
