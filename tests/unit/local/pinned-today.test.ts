import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config';
import { fixedClock, pinnedDayClock } from '../../../src/kernel/domain/clock';
import { londonDate } from '../../../src/kernel/domain/clock';
import { UsageError, parseLocalArgs } from '../../../src/local/parse-local-args';

// `npm start -- --today 2027-03-01`: the local server believes that date; the Lambda refuses it.

const LOCAL = { TABLE_NAME: 'mash', AUTH_MODE: 'local', CURSOR_SECRET: 'x'.repeat(32) };

describe('--today', () => {
  it('is read from the command line, and is off by default', () => {
    expect(parseLocalArgs(['--today', '2027-03-01'], {}).today).toBe('2027-03-01');
    expect(parseLocalArgs([], {}).today).toBeNull();
  });

  it.each(['2027-02-29', '1 March 2027', '2027-3-1', ''])('refuses %j with a usage message', (text) => {
    expect(() => parseLocalArgs(['--today', text], {})).toThrow(UsageError);
    expect(() => parseLocalArgs(['--today', text], {})).toThrow(/--today must be a calendar date/);
  });

  it('reaches the configuration of the local server', () => {
    expect(readConfig({ ...LOCAL, PINNED_TODAY: '2027-03-01' }).pinnedToday).toBe('2027-03-01');
    expect(readConfig(LOCAL).pinnedToday).toBeNull();
  });

  it('is refused by the configuration the Lambda reads (AUTH_MODE=cognito)', () => {
    expect(() =>
      readConfig({
        TABLE_NAME: 'mash',
        COGNITO_USER_POOL_ID: 'eu-west-2_abc',
        COGNITO_CLIENT_ID: 'client',
        CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-2:1:secret:x',
        PINNED_TODAY: '2027-03-01',
      }),
    ).toThrow(/PINNED_TODAY \(--today\) is for the local server only/);
  });

  it.each([
    ['a winter date', '2027-01-10'],
    ['a summer date', '2027-07-01'],
    ['the day the clocks go forward', '2027-03-28'],
    ['the day the clocks go back', '2027-10-31'],
  ])('keeps the London date on %s however long the server runs, with time moving forward', (_name, date) => {
    const real = fixedClock(new Date('2026-11-24T09:00:00Z'));
    const clock = pinnedDayClock(date, real);
    const first = clock.now();
    real.at = new Date(real.at.getTime() + 60_000);
    const aMinuteLater = clock.now();
    real.at = new Date(real.at.getTime() + 3 * 86_400_000);
    const daysLater = clock.now();

    expect(londonDate(first)).toBe(date);
    expect(aMinuteLater.getTime() - first.getTime()).toBe(60_000);
    expect(londonDate(daysLater)).toBe(date);
  });
});
