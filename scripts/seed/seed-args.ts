/** The seed's own flags, shared by `npm run seed` and `npm start -- --demo`. */
import { MIN_BUILDINGS } from './demo-council';

/**
 * The demo's "today" unless `--today` says otherwise: a fixed date, so the seeded cases are in the states the
 * summary prints whenever the demo is run (the server is pinned to it too: see src/local/main.ts).
 */
export const DEMO_TODAY = '2026-11-23';
export const DEFAULT_SEED = 1;
export const DEFAULT_BUILDINGS = 300;
const MAX_BUILDINGS = 5000;

export interface DemoSize {
  readonly seed: number;
  readonly buildings: number;
}

/** Reads `--seed` and `--buildings`; `fail` is called with a message for a bad value. */
export function parseDemoSize(
  values: { readonly seed?: string | undefined; readonly buildings?: string | undefined },
  fail: (message: string) => never,
): DemoSize {
  const seedText = values.seed ?? String(DEFAULT_SEED);
  if (!/^\d{1,9}$/.test(seedText))
    fail(`--seed must be a whole number from 0 to 999999999, got "${seedText}"`);
  const buildingsText = values.buildings ?? String(DEFAULT_BUILDINGS);
  const buildings = Number(buildingsText);
  if (!/^\d+$/.test(buildingsText) || buildings < MIN_BUILDINGS || buildings > MAX_BUILDINGS) {
    fail(
      `--buildings must be a whole number from ${MIN_BUILDINGS} to ${MAX_BUILDINGS}, got "${buildingsText}"`,
    );
  }
  return { seed: Number(seedText), buildings };
}
