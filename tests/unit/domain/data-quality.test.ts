import { describe, expect, it } from 'vitest';
import { assessBuildingQuality, isPlaceholderName } from '../../../src/domain/data-quality';

const CHELTENHAM = 'E07000078';

describe('isPlaceholderName', () => {
  it.each(['N/A', 'n/a', ' - ', '--', 'TBC', 'unknown', '?', ''])('takes %j for a placeholder', (name) => {
    expect(isPlaceholderName(name)).toBe(true);
  });

  it.each(['Pittville Pump Room', 'NA Hall', 'Unit 2', 'N/A Car Park'])('takes %j for a name', (name) => {
    expect(isPlaceholderName(name)).toBe(false);
  });
});

describe('assessBuildingQuality', () => {
  it('flags a Cheltenham building located in Manchester', () => {
    const issues = assessBuildingQuality({
      name: 'Depot',
      councilCode: CHELTENHAM,
      location: { latitude: 53.4808, longitude: -2.2426 },
    });

    expect(issues).toEqual([
      expect.objectContaining({ code: 'LOCATION_OUTSIDE_COUNCIL_AREA', field: 'location' }),
    ]);
    expect(issues[0]?.message).toMatch(/km outside Cheltenham/);
  });

  it('accepts a location inside, or just over the boundary of, its council', () => {
    expect(
      assessBuildingQuality({
        name: 'Pump Room',
        councilCode: CHELTENHAM,
        location: { latitude: 51.9117, longitude: -2.0676 },
      }),
    ).toEqual([]);
    // Two kilometres west of the box: a site on the boundary, within the tolerance.
    expect(
      assessBuildingQuality({
        name: 'Edge',
        councilCode: CHELTENHAM,
        location: { latitude: 51.9, longitude: -2.17 },
      }),
    ).toEqual([]);
  });

  it('flags a placeholder name, and says nothing about a council the reference data does not know', () => {
    expect(
      assessBuildingQuality({
        name: 'N/A',
        councilCode: 'E07000999',
        location: { latitude: 53.48, longitude: -2.24 },
      }),
    ).toEqual([expect.objectContaining({ code: 'PLACEHOLDER_NAME', field: 'name' })]);
  });
});
