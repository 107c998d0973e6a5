import { describe, expect, it } from 'vitest';
import { describeLocationProblem } from '../../../../src/kernel/domain/location';

describe('describeLocationProblem', () => {
  it.each([
    ['London', 51.5074, -0.1278],
    ['Cheltenham', 51.8994, -2.0783],
    ['Manchester (Alexandra Park Jobcentre)', 53.460392, -2.251979],
    ['Lerwick, Shetland', 60.1546, -1.1494],
    ['St Mary’s, Isles of Scilly', 49.9146, -6.3117],
    ['Belfast', 54.5973, -5.9301],
    ['Lowestoft, the most easterly town', 52.4811, 1.7534],
  ])('accepts a point in %s', (_place, latitude, longitude) => {
    expect(describeLocationProblem({ latitude, longitude })).toBeNull();
  });

  it.each([
    ['Paris', 48.8566, 2.3522],
    ['New York', 40.7128, -74.006],
    ['the origin, a default left in a form', 0, 0],
  ])('rejects a point in %s, asking for WGS84', (_place, latitude, longitude) => {
    expect(describeLocationProblem({ latitude, longitude })).toBe(
      `latitude ${latitude}, longitude ${longitude} is not in or near the UK; give WGS84 latitude and longitude (not easting/northing)`,
    );
  });

  it('says latitude and longitude appear swapped when only the swapped pair is in the UK, naming each value', () => {
    expect(describeLocationProblem({ latitude: -2.0783, longitude: 51.8994 })).toBe(
      'latitude and longitude appear swapped: latitude -2.0783, longitude 51.8994 is not in or near the UK, latitude 51.8994, longitude -2.0783 is',
    );
  });

  it.each([
    ['as given (easting, northing)', 395265, 222126],
    ['swapped (northing, easting)', 222126, 395265],
    ['with the decimals the Cheltenham file has', 394751.0, 222451.0],
  ])('rejects a British National Grid easting and northing %s, naming WGS84', (_how, latitude, longitude) => {
    const problem = describeLocationProblem({ latitude, longitude });

    expect(problem).toMatch(/WGS84/);
    expect(problem).toMatch(/easting\/northing/);
  });

  it.each([
    ['a latitude that is not a number', Number.NaN, -2.0783, 'latitude must be between -90 and 90'],
    ['an infinite latitude', Number.POSITIVE_INFINITY, -2.0783, 'latitude must be between -90 and 90'],
    ['a longitude that is not a number', 51.8994, Number.NaN, 'longitude must be between -180 and 180'],
  ])('rejects %s', (_what, latitude, longitude, expected) => {
    expect(describeLocationProblem({ latitude, longitude })).toBe(expected);
  });
});
