import { describe, expect, it } from 'vitest';
import {
  assessBuildingQuality,
  isPlaceholderName,
} from '../../../../../src/registers/buildings/domain/data-quality';

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

describe('assessBuildingQuality: the postcode', () => {
  const at = (
    postcode: string,
    councilCode = CHELTENHAM,
    location: { latitude: number; longitude: number } | null = null,
  ) =>
    assessBuildingQuality({ name: 'Depot', councilCode, location, address: { postcode } }).map(
      (issue) => issue.code,
    );

  it.each(['GL50 1DY', 'GL51 6SH', 'GL52 3JE', 'GL53 7HA', 'GL50'])(
    'takes Cheltenham postcode %s for Cheltenham',
    (postcode) => {
      expect(at(postcode)).toEqual([]);
    },
  );

  it('flags a Manchester postcode on a Cheltenham building, with the distance', () => {
    const [issue] = assessBuildingQuality({
      name: 'Storage Yard',
      councilCode: CHELTENHAM,
      location: null,
      address: { postcode: 'M1 1AE' },
    });

    expect(issue).toMatchObject({ code: 'POSTCODE_OUTSIDE_COUNCIL_AREA', field: 'address.postcode' });
    expect(issue?.message).toMatch(/^postcode district M1 lies 169 km outside Cheltenham \(E07000078\)/);
  });

  it('leaves alone districts that straddle or touch the boundary', () => {
    // GL52 and GL51 hold postcodes of Cheltenham and of Tewkesbury borough (E07000083); GL54 is mostly
    // Cotswold's (E07000079) with a few of Cheltenham's; SK7 is Stockport's (E08000007) and Cheshire East's
    // (E06000049); GL20 (Tewkesbury) touches Cheltenham's box.
    expect(at('GL52 9AA', 'E07000083')).toEqual([]);
    expect(at('GL51 9AA', 'E07000083')).toEqual([]);
    expect(at('GL54 1AA', CHELTENHAM)).toEqual([]);
    expect(at('GL54 1AA', 'E07000079')).toEqual([]);
    expect(at('SK7 1AA', 'E08000007')).toEqual([]);
    expect(at('SK7 1AA', 'E06000049')).toEqual([]);
    expect(at('GL20 5AA', CHELTENHAM)).toEqual([]);
  });

  it('flags a district of the next county, clear of the boundary, and any district for the wrong council', () => {
    expect(at('GL56 0AA', CHELTENHAM)).toEqual(['POSTCODE_OUTSIDE_COUNCIL_AREA']); // Moreton-in-Marsh
    expect(at('GL50 1DY', 'E08000003')).toEqual(['POSTCODE_OUTSIDE_COUNCIL_AREA']); // Manchester
  });

  it('flags a location far from its postcode, once: not again when either is outside the council', () => {
    const gloucestershire = 'E10000013';
    // A Cheltenham postcode with a location in Stroud, both in Gloucestershire.
    expect(at('GL50 1DY', gloucestershire, { latitude: 51.745, longitude: -2.217 })).toEqual([
      'POSTCODE_LOCATION_MISMATCH',
    ]);
    // The Promenade with its own postcode.
    expect(at('GL50 1DY', gloucestershire, { latitude: 51.8994, longitude: -2.0783 })).toEqual([]);
    // A Manchester location with a Cheltenham postcode: the location is the one outside.
    expect(at('GL50 1DY', CHELTENHAM, { latitude: 53.4808, longitude: -2.2426 })).toEqual([
      'LOCATION_OUTSIDE_COUNCIL_AREA',
    ]);
    // A Manchester postcode with a Cheltenham location: the postcode is.
    expect(at('M1 1AE', CHELTENHAM, { latitude: 51.8994, longitude: -2.0783 })).toEqual([
      'POSTCODE_OUTSIDE_COUNCIL_AREA',
    ]);
  });

  it('flags an outward code that is no district, and says nothing of one without coordinates or no postcode', () => {
    expect(at('GL99 1AA')).toEqual(['UNKNOWN_POSTCODE_DISTRICT']);
    expect(at('S94 1AA', 'E08000019')).toEqual([]);
    expect(
      assessBuildingQuality({
        name: 'Depot',
        councilCode: CHELTENHAM,
        location: null,
        address: { postcode: null },
      }),
    ).toEqual([]);
    // A council the reference data does not know: the postcode is still checked against the location.
    expect(at('M1 1AE', 'E07000999', { latitude: 51.8994, longitude: -2.0783 })).toEqual([
      'POSTCODE_LOCATION_MISMATCH',
    ]);
  });
});
