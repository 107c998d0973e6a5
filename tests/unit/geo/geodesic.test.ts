import fc from 'fast-check';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceM } from '../../../src/geo/geodesic';

// The independent reference: Karney's method, by his own port (geographiclib-geodesic), to nanometres.
const { WGS84, DISTANCE } = geodesic.Geodesic;
const karneyM = (
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
) => WGS84.Inverse(from.latitude, from.longitude, to.latitude, to.longitude, DISTANCE).s12 ?? Number.NaN;

const britain = fc.record({
  latitude: fc.double({ min: 49.8, max: 60.9, noNaN: true }),
  longitude: fc.double({ min: -8.2, max: 1.8, noNaN: true }),
});
const anywhere = fc.record({
  latitude: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('the geodesic distance', () => {
  it("is Karney's to a millimetre between any two points of Great Britain", () => {
    fc.assert(
      fc.property(britain, britain, (from, to) => {
        expect(Math.abs(geodesicDistanceM(from, to) - karneyM(from, to))).toBeLessThan(0.001);
      }),
      { numRuns: 5000 },
    );
  });

  it("is Karney's to a millimetre from a point in Great Britain to one a metre to 30 km away", () => {
    fc.assert(
      fc.property(
        britain,
        fc.double({ min: -0.3, max: 0.3, noNaN: true }),
        fc.double({ min: -0.45, max: 0.45, noNaN: true }),
        (from, dLat, dLon) => {
          const to = { latitude: from.latitude + dLat, longitude: from.longitude + dLon };

          expect(Math.abs(geodesicDistanceM(from, to) - karneyM(from, to))).toBeLessThan(0.001);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("is Karney's to a millimetre anywhere on Earth short of the nearly antipodal", () => {
    fc.assert(
      fc.property(anywhere, anywhere, (from, to) => {
        const reference = karneyM(from, to);
        fc.pre(reference < 19_000_000);

        expect(Math.abs(geodesicDistanceM(from, to) - reference)).toBeLessThan(0.001);
      }),
      { numRuns: 5000 },
    );
  });

  it('is within 0.5% of the ellipsoid between nearly antipodal points, where the iteration may not settle', () => {
    const from = { latitude: 0.5, longitude: 0 };
    const to = { latitude: -0.5, longitude: 179.7 };

    expect(Math.abs(geodesicDistanceM(from, to) / karneyM(from, to) - 1)).toBeLessThan(0.005);
  });

  it('is nothing between a point and itself', () => {
    expect(
      geodesicDistanceM({ latitude: 51.9, longitude: -2.07 }, { latitude: 51.9, longitude: -2.07 }),
    ).toBe(0);
  });
});
