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
