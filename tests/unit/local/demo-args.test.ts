import { describe, expect, it } from 'vitest';
import { UsageError, parseLocalArgs } from '../../../src/local/parse-local-args';
import { DEMO_TODAY } from '../../../scripts/seed/seed-args';

describe('npm start -- --demo', () => {
  it('seeds 300 buildings from seed 1 and pins today to the demo date by default', () => {
    const args = parseLocalArgs(['--demo'], {});

    expect(args.demo).toEqual({ seed: 1, buildings: 300 });
    expect(args.today).toBe(DEMO_TODAY);
  });

  it('takes --seed, --buildings and a --today of its own', () => {
    const args = parseLocalArgs(['--demo', '--seed', '42', '--buildings', '30', '--today', '2027-01-04'], {});

    expect(args.demo).toEqual({ seed: 42, buildings: 30 });
    expect(args.today).toBe('2027-01-04');
  });

  it('leaves the register and the date alone without --demo', () => {
    expect(parseLocalArgs([], {})).toMatchObject({ demo: null, today: null });
  });

  it.each([
    [['--seed', '3'], /go with --demo/],
    [['--demo', '--buildings', '5'], /--buildings must be a whole number from 24/],
    [['--demo', '--seed', '1.5'], /--seed must be a whole number/],
    [['--demo', '--seed', 'abc'], /--seed must be a whole number/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseLocalArgs(argv, {})).toThrow(UsageError);
    expect(() => parseLocalArgs(argv, {})).toThrow(message);
  });
});
