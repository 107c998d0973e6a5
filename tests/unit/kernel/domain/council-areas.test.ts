import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findCouncilArea, knownCouncilCodes } from '../../../../src/kernel/domain/council-areas';

describe('the shipped table of council areas', () => {
  // Rows copied from the table as committed before its compact encoding (issue 17), where each was written
  // ['GSS code', 'name', west, south, east, north] in degrees.
  it.each([
    ['E06000001', 'Hartlepool', -1.384, 54.621, -1.157, 54.728],
    ['E06000010', 'Kingston upon Hull, City of', -0.423, 53.719, -0.241, 53.814],
    ['E06000053', 'Isles of Scilly', -6.419, 49.864, -6.244, 49.981],
    ['E07000146', "King's Lynn and West Norfolk", 0.154, 52.436, 0.822, 52.988],
    ['E09000001', 'City of London', -0.114, 51.507, -0.072, 51.524],
    ['E10000030', 'Surrey', -0.849, 51.071, 0.059, 51.472],
  ])('%s is %s, box %d %d %d %d', (gssCode, name, west, south, east, north) => {
    expect(findCouncilArea(gssCode)).toEqual({ gssCode, name, west, south, east, north });
  });

  it('decodes to the table as committed before its compact encoding', () => {
    const codes = knownCouncilCodes();
    const rows = codes.map((code) => {
      const area = findCouncilArea(code);
      return area ? [area.gssCode, area.name, area.west, area.south, area.east, area.north] : [code];
    });

    // 299 districts, unitary authorities, metropolitan districts and London boroughs, and 21 counties.
    expect(codes.filter((code) => !code.startsWith('E10'))).toHaveLength(299);
    expect(codes.filter((code) => code.startsWith('E10'))).toHaveLength(21);
    // The digest of JSON.stringify of the old file's rows, in its (code) order.
    expect(createHash('sha256').update(JSON.stringify(rows)).digest('hex')).toBe(
      '552c157f51ec0d7e81cab7ce1f4bc4d812090e3f874afb4687fb5f5daf6ea927',
    );
  });

  it('knows no code outside the table', () => {
    expect(findCouncilArea('E07000999')).toBeNull();
  });
});
