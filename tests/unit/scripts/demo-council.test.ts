import { describe, expect, it } from 'vitest';
import { planDemoCouncil } from '../../../scripts/seed/demo-council';
import { planAcvCases } from '../../../scripts/seed/acv-cases';

/** Cheltenham's extent as published (ONS ward boundaries): written out, not read from the register's data. */
const CHELTENHAM_BOX = { west: -2.143, south: 51.858, east: -2.01, north: 51.939 };

describe('the demo council plan', () => {
  it('is the same for the same seed and differs for another', () => {
    const plan = (seed: number) => JSON.stringify(planDemoCouncil({ seed, buildings: 40 }));

    expect(plan(5)).toBe(plan(5));
    expect(plan(5)).not.toBe(plan(6));
  });

  it('puts every building inside Cheltenham with a Cheltenham postcode, for many seeds', () => {
    for (let seed = 0; seed < 25; seed++) {
      for (const { input } of planDemoCouncil({ seed, buildings: 60 }).buildings) {
        const { latitude, longitude } = input['location'] as { latitude: number; longitude: number };
        expect(longitude).toBeGreaterThanOrEqual(CHELTENHAM_BOX.west);
        expect(longitude).toBeLessThanOrEqual(CHELTENHAM_BOX.east);
        expect(latitude).toBeGreaterThanOrEqual(CHELTENHAM_BOX.south);
        expect(latitude).toBeLessThanOrEqual(CHELTENHAM_BOX.north);
        expect((input['address'] as { postcode: string }).postcode).toMatch(
          /^GL5[0-3] \d[ABD-HJLNP-UW-Z]{2}$/,
        );
      }
    }
  });

  it('gives an owner no asset reference twice', () => {
    const { buildings } = planDemoCouncil({ seed: 3, buildings: 300 });
    const references = buildings.map((b) => `${b.ownerKey}|${String(b.input['assetReference'])}`);

    expect(new Set(references).size).toBe(references.length);
  });

  it('dates every ACV step on or before today, each case in order', () => {
    for (const acvCase of planAcvCases('2026-11-23')) {
      const dates = acvCase.steps.map((step) => step.on);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((date) => date <= '2026-11-23')).toBe(true);
    }
  });
});
