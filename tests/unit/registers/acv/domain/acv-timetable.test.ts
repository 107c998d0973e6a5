import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  appealDeadline,
  appealPeriodEndsOn,
  compensationClaimDeadline,
  endOfMonthsBeginningWith,
  endOfWeeksBeginningWith,
  fullMoratoriumEndsOn,
  interimMoratoriumEndsOn,
  isIsoDate,
  listingExpiresOn,
  nominationDecisionDueOn,
  protectedPeriodEndsOn,
  renominationOpensOn,
  reviewDecisionDueOn,
  reviewRequestDeadline,
} from '../../../../../src/registers/acv/domain/acv-timetable';
import { londonDate } from '../../../../../src/kernel/domain/clock';

type Counting = 'BEGINNING_WITH' | 'OF';
type DayKind = 'CALENDAR' | 'WORKING';
type Period =
  | 'nomination decision'
  | 'listing'
  | 're-nomination'
  | 'review request'
  | 'review decision'
  | 'appeal'
  | 'interim moratorium'
  | 'full moratorium'
  | 'protected period'
  | 'compensation claim';

// Both questions, answered once per period from the words of the rule (acv-timetable.ts says why).
const HOW: Record<Period, readonly [Counting, DayKind, (from: string) => string]> = {
  'nomination decision': ['BEGINNING_WITH', 'CALENDAR', nominationDecisionDueOn],
  listing: ['BEGINNING_WITH', 'CALENDAR', (d) => listingExpiresOn(d, 'STATUTE')],
  're-nomination': ['BEGINNING_WITH', 'CALENDAR', renominationOpensOn],
  'review request': ['BEGINNING_WITH', 'CALENDAR', reviewRequestDeadline],
  'review decision': ['BEGINNING_WITH', 'CALENDAR', reviewDecisionDueOn],
  appeal: ['OF', 'WORKING', appealDeadline],
  'interim moratorium': ['BEGINNING_WITH', 'CALENDAR', interimMoratoriumEndsOn],
  'full moratorium': ['BEGINNING_WITH', 'CALENDAR', fullMoratoriumEndsOn],
  'protected period': ['BEGINNING_WITH', 'CALENDAR', protectedPeriodEndsOn],
  'compensation claim': ['OF', 'CALENDAR', compensationClaimDeadline],
};

// Each row: a period, what the case shows, the day it counts from, and its last day, worked out by hand with
// a calendar (not by the code): "N weeks beginning with D" counts D (ends D + 7N - 1); "within N days of D"
// or "N weeks after D" does not (ends D + N, D + 7N); "N months beginning with D" ends the day before the
// same day N months later, or on the last day of that month when it has no such day. Only the appeal (a
// Tribunal time limit) then moves off a weekend, Christmas Day, Good Friday or an English bank holiday.
// Weekdays: 1 January 2027 is a Friday, 1 January 2028 a Saturday, 1 January 2029 a Monday.
const CASES: readonly [Period, string, string, string][] = [
  ['interim moratorium', '6 weeks beginning with 10 January', '2027-01-10', '2027-02-20'],
  ['full moratorium', 'from 31 August ends on the last day of February', '2026-08-31', '2027-02-28'],
  ['full moratorium', 'from 31 August ends on 29 February in a leap year', '2027-08-31', '2028-02-29'],
  ['protected period', 'from 31 August (18 months) into a leap February', '2026-08-31', '2028-02-29'],
  ['protected period', 'from 31 August (18 months) into a common February', '2027-08-31', '2029-02-28'],
  ['full moratorium', 'from 31 October ends on 30 April (April has no 31st)', '2026-10-31', '2027-04-30'],
  ['protected period', 'from 31 October ends on 30 April', '2026-10-31', '2028-04-30'],
  ['full moratorium', 'from an ordinary day ends the day before the same day', '2027-06-01', '2027-11-30'],
  ['full moratorium', 'from 29 February', '2028-02-29', '2028-08-28'],
  ['protected period', 'from 29 February', '2028-02-29', '2029-08-28'],
  ['interim moratorium', 'from 29 February', '2028-02-29', '2028-04-10'],
  ['interim moratorium', 'across 29 February', '2028-02-20', '2028-04-01'],
  ['listing', 'from 30 April 2019 (statute): last day 29 April 2024', '2019-04-30', '2024-04-29'],
  ['listing', 'from 29 February (statute): no 29 February in 2033', '2028-02-29', '2033-02-28'],
  ['listing', 'from 1 March (statute) ends on the last day of February', '2027-03-01', '2032-02-29'],
  ['re-nomination', 'opens 8 weeks before the last day (the last day counts)', '2032-02-09', '2031-12-16'],
  // reg 7, "eight weeks beginning with the date of receipt": receipt counts, so 55 days later, on the calendar.
  ['nomination decision', 'receipt + 55 days, the last day of February', '2027-01-04', '2027-02-28'],
  [
    'nomination decision',
    'receipt + 55 days in a leap year: 28, not 29, February',
    '2028-01-04',
    '2028-02-28',
  ],
  ['nomination decision', 'across the leap day', '2028-02-01', '2028-03-27'],
  ['nomination decision', 'ends on Christmas Day, a Saturday: not moved', '2027-10-31', '2027-12-25'],
  ['review request', '8 weeks beginning with the listing notice', '2027-02-10', '2027-04-06'],
  ['review request', 'ends on a Sunday (26 December): not moved', '2027-11-01', '2027-12-26'],
  ['review decision', '8 weeks beginning with the request', '2027-03-01', '2027-04-25'],
  ['review decision', 'ends on Good Friday 2028 across a leap day: not moved', '2028-02-19', '2028-04-14'],
  ['interim moratorium', 'ends on Easter Monday: not moved', '2027-02-16', '2027-03-29'],
  ['full moratorium', 'ends on Christmas Day: not moved', '2027-06-26', '2027-12-25'],
  ['compensation claim', '13 weeks after the moratorium ends', '2027-07-12', '2027-10-11'],
  ['compensation claim', 'ends on the spring bank holiday: not moved', '2027-03-01', '2027-05-31'],
  // GRC Rules r.22(1)(b), "within 28 days of the date on which notice ... was sent": the day sent + 28 ...
  ['appeal', 'sent Tuesday 20 April 2027: Tuesday 18 May (DOMAIN.md)', '2027-04-20', '2027-05-18'],
  ['appeal', 'sent Thursday 1 April: Thursday 29 April, not the 28th', '2027-04-01', '2027-04-29'],
  ['appeal', 'into a leap February: 29 February 2028, a Tuesday', '2028-02-01', '2028-02-29'],
  ['appeal', 'into March of a common year', '2027-02-01', '2027-03-01'],
  // ... then r.12(2): a last day that is not a working day runs to the next working day.
  ['appeal', 'ends Saturday 3 July: Monday 5 July', '2027-06-05', '2027-07-05'],
  ['appeal', 'ends on the last day of February, a Sunday: Monday 1 March', '2027-01-31', '2027-03-01'],
  ['appeal', 'ends Friday 24 December 2027, the day before Christmas', '2027-11-26', '2027-12-24'],
  [
    'appeal',
    'ends on Christmas Day 2027 (Saturday): past both substitutes to 29 December',
    '2027-11-27',
    '2027-12-29',
  ],
  [
    'appeal',
    'ends on Monday 27 December 2027 (Christmas substitute): 29 December',
    '2027-11-29',
    '2027-12-29',
  ],
  ['appeal', 'ends Wednesday 29 December 2027, after the substitutes', '2027-12-01', '2027-12-29'],
  [
    'appeal',
    'ends on Christmas Day 2026 (Friday): past Boxing Day substitute to 29 December',
    '2026-11-27',
    '2026-12-29',
  ],
  [
    'appeal',
    'ends on Monday 28 December 2026 (Boxing Day substitute): Tuesday 29',
    '2026-11-30',
    '2026-12-29',
  ],
  [
    'appeal',
    'ends on Saturday 1 January 2028: past the New Year substitute to Tuesday 4th',
    '2027-12-04',
    '2028-01-04',
  ],
  ['appeal', 'ends Thursday 25 March 2027, the day before Good Friday', '2027-02-25', '2027-03-25'],
  ['appeal', 'ends on Good Friday 2027: past Easter Monday to Tuesday 30 March', '2027-02-26', '2027-03-30'],
  ['appeal', 'ends on Easter Monday 2027: Tuesday 30 March', '2027-03-01', '2027-03-30'],
  ['appeal', 'ends Tuesday 30 March 2027, after Easter', '2027-03-02', '2027-03-30'],
  [
    'appeal',
    'ends on the spring clock change (Sunday 28 March 2027), then Easter Monday',
    '2027-02-28',
    '2027-03-30',
  ],
  [
    'appeal',
    'ends on the autumn clock change (Sunday 31 October 2027): Monday 1 November',
    '2027-10-03',
    '2027-11-01',
  ],
  ['appeal', 'ends on the State Funeral bank holiday, 19 September 2022', '2022-08-22', '2022-09-20'],
  [
    'appeal',
    'ends on the moved spring bank holiday 2022, then the Platinum Jubilee',
    '2022-05-05',
    '2022-06-06',
  ],
  ['appeal', 'ends on the Coronation bank holiday, 8 May 2023', '2023-04-10', '2023-05-09'],
  ['appeal', 'ends on the Diamond Jubilee, 5 June 2012', '2012-05-08', '2012-06-06'],
  [
    'appeal',
    'ends on the moved early May bank holiday (VE Day), Friday 8 May 2020',
    '2020-04-10',
    '2020-05-11',
  ],
  [
    'appeal',
    'beyond the table, by rule: Christmas Day 2029 (Tuesday) and Boxing Day',
    '2029-11-27',
    '2029-12-27',
  ],
  [
    'appeal',
    'beyond the table, by rule: Good Friday 2029 (30 March) and Easter Monday',
    '2029-03-02',
    '2029-04-03',
  ],
];

// The council convention that counts the fifth anniversary itself (some councils publish it so).
const ANNIVERSARY_CASES: readonly [string, string, string][] = [
  ['from 30 April 2019: last day 30 April 2024', '2019-04-30', '2024-04-30'],
  ['from 29 February', '2028-02-29', '2033-02-28'],
];

// Either side of the clock changes (BST starts 28 March 2027, ends 31 October 2027): counted in days, no slip.
const CLOCK_CASES: readonly [Period, string, string, string][] = [
  ['interim moratorium', 'from the day before the spring change', '2027-03-27', '2027-05-07'],
  ['interim moratorium', 'from the day of the spring change', '2027-03-28', '2027-05-08'],
  ['interim moratorium', 'from the day after the spring change', '2027-03-29', '2027-05-09'],
  ['interim moratorium', 'from the day before the autumn change', '2027-10-30', '2027-12-10'],
  ['interim moratorium', 'from the day of the autumn change', '2027-10-31', '2027-12-11'],
  ['interim moratorium', 'from the day after the autumn change', '2027-11-01', '2027-12-12'],
  ['full moratorium', 'from the day of the spring change', '2027-03-28', '2027-09-27'],
  ['full moratorium', 'from the day of the autumn change ends 30 April', '2027-10-31', '2028-04-30'],
];

describe('the ACV timetable', () => {
  it.each([...CASES, ...CLOCK_CASES])('%s, %s: from %s to %s', (period, _case, from, expected) => {
    const [, , compute] = HOW[period];
    expect(compute(from)).toBe(expected);
  });

  it.each(ANNIVERSARY_CASES)('listing (anniversary convention), %s', (_case, from, expected) => {
    expect(listingExpiresOn(from, 'ANNIVERSARY')).toBe(expected);
  });

  it('has cases for every period, and for each answer to both questions', () => {
    const covered = new Set(CASES.map(([period]) => period));
    expect([...covered].sort()).toEqual(Object.keys(HOW).sort());
    for (const [period, [counting, days]] of Object.entries(HOW)) {
      expect(['BEGINNING_WITH', 'OF'], period).toContain(counting);
      expect(['CALENDAR', 'WORKING'], period).toContain(days);
    }
  });

  it('counts "within N days of" from the day after: 28 days of 20 April end on 18 May', () => {
    expect(appealPeriodEndsOn('2027-04-20')).toBe('2027-05-18');
    expect(appealPeriodEndsOn('2027-11-27')).toBe('2027-12-25');
  });

  it('moves only the Tribunal limit to a working day: a calendar period ending on a holiday stays', () => {
    // The same last day, Christmas Day 2027: the appeal runs on to 29 December, a moratorium does not.
    expect(appealDeadline('2027-11-27')).toBe('2027-12-29');
    expect(fullMoratoriumEndsOn('2027-06-26')).toBe('2027-12-25');
  });

  it('counts "N weeks beginning with" the start day itself', () => {
    expect(endOfWeeksBeginningWith('2027-01-10', 1)).toBe('2027-01-16');
    expect(endOfMonthsBeginningWith('2027-01-10', 1)).toBe('2027-02-09');
  });

  it('moves across year ends and leap days by calendar days', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it.each([
    ['2027-02-29', false],
    ['2028-02-29', true],
    ['2027-13-01', false],
    ['2027-04-31', false],
    ['27-04-01', false],
    ['2027-4-1', false],
    ['2027-04-30', true],
  ])('accepts %s as a calendar date: %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  // The date in England, not in UTC: a step at 00:30 BST on 29 March happened on 29 March.
  it.each([
    ['2027-03-27T23:59:00Z', '2027-03-27', 'the last minute before the spring change (GMT)'],
    ['2027-03-28T00:30:00Z', '2027-03-28', 'half an hour before the clocks go forward'],
    ['2027-03-28T23:30:00Z', '2027-03-29', 'half past midnight BST on the day after the spring change'],
    ['2027-10-30T23:30:00Z', '2027-10-31', 'half past midnight BST on the day of the autumn change'],
    ['2027-10-31T00:30:00Z', '2027-10-31', 'half past one BST, before the clocks go back'],
    ['2027-10-31T23:30:00Z', '2027-10-31', 'half past eleven GMT on the day of the autumn change'],
    ['2027-07-01T22:59:59Z', '2027-07-01', 'one second before midnight BST'],
    ['2027-07-01T23:00:00Z', '2027-07-02', 'midnight BST'],
  ])('dates %s as %s (%s)', (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });

  describe('for any day from 1990 to 2100', () => {
    const anyDate = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));

    it('ends N weeks beginning with a day exactly 7N - 1 days later', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (start, weeks) => {
          expect(daysBetween(start, endOfWeeksBeginningWith(start, weeks))).toBe(7 * weeks - 1);
        }),
      );
    });

    it('ends N months beginning with a day within the Nth month, before its corresponding day', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (start, months) => {
          const end = endOfMonthsBeginningWith(start, months);
          const days = daysBetween(start, end);
          expect(days).toBeGreaterThanOrEqual(28 * months - 4);
          expect(days).toBeLessThanOrEqual(31 * months);
          expect(isIsoDate(end)).toBe(true);
          // The next period starts the day after this one ends, on the corresponding day or the 1st after it.
          const next = addDays(end, 1);
          expect(Number(next.slice(8)) === Number(start.slice(8)) || next.slice(8) === '01').toBe(true);
        }),
      );
    });

    it('orders the periods of a notice: interim, full moratorium, protected period, each later', () => {
      fc.assert(
        fc.property(anyDate, (received) => {
          expect(interimMoratoriumEndsOn(received) < fullMoratoriumEndsOn(received)).toBe(true);
          expect(fullMoratoriumEndsOn(received) < protectedPeriodEndsOn(received)).toBe(true);
          expect(listingExpiresOn(received, 'STATUTE') <= listingExpiresOn(received, 'ANNIVERSARY')).toBe(
            true,
          );
          expect(
            daysBetween(listingExpiresOn(received, 'STATUTE'), listingExpiresOn(received, 'ANNIVERSARY')),
          ).toBeLessThanOrEqual(1);
        }),
      );
    });
  });
});
