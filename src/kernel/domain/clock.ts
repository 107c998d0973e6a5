/**
 * The one source of "now". Everything that stamps or compares times takes a Clock, so tests (and later the
 * ACV timetable) can fix the date instead of depending on the machine's.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers `at` (advance it by assigning a new value to `at`). */
export function fixedClock(at: Date): Clock & { at: Date } {
  return {
    at,
    now() {
      return new Date(this.at.getTime());
    },
  };
}

/**
 * A clock for rehearsing a case (`npm start -- --today 2027-03-01`): the date in England is always `date`.
 * Time runs from noon UTC on that day as the real clock runs, and stops at 22:59:59.999 UTC, which is still
 * `date` in London in winter and in summer, so timestamps keep their order and the date never moves on.
 */
export function pinnedDayClock(date: string, real: Clock = systemClock): Clock {
  const noon = Date.parse(`${date}T12:00:00.000Z`);
  const last = Date.parse(`${date}T22:59:59.999Z`);
  if (Number.isNaN(noon)) throw new RangeError(`Not an ISO calendar date: ${date}`);
  const startedAt = real.now().getTime();
  return { now: () => new Date(Math.min(noon + (real.now().getTime() - startedAt), last)) };
}

/** A calendar date in England, `YYYY-MM-DD` (the statutory periods count whole days). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2027-02-29 is not one): the schema's `Date`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// Made on first use: building a formatter with a time zone loads ICU's zone data, ~15 ms of a Lambda cold
// start that most requests (a building, a list) never need.
let londonDateFormat: Intl.DateTimeFormat | undefined;

/** The calendar date in England at `instant` (00:30 BST on 29 March is still 28 March in UTC). */
export function londonDate(instant: Date): IsoDate {
  londonDateFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return londonDateFormat.format(instant);
}
