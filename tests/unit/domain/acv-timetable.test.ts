import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  appealDeadline,
  compensationClaimDeadline,
  endOfMonthsBeginningWith,
  endOfWeeksBeginningWith,
  fullMoratoriumEndsOn,
  interimMoratoriumEndsOn,
  isIsoDate,
  listingExpiresOn,
  londonDate,
  nominationDecisionDueOn,
  protectedPeriodEndsOn,
  renominationOpensOn,
  reviewDecisionDueOn,
  reviewRequestDeadline,
} from '../../../src/domain/acv-timetable';

// Each row: a rule, the day it counts from, and the last day of the period. "N weeks beginning with D" counts
// D itself (ends D + 7N - 1); "N months beginning with D" ends the day before the same day N months later,
// or on the last day of that month when it has no such day.
const CASES: readonly [string, (from: string) => string, string, string][] = [
  [
    'interim moratorium: 6 weeks beginning with 10 January',
    interimMoratoriumEndsOn,
    '2027-01-10',
    '2027-02-20',
  ],
  [
    'full moratorium from 31 August ends on the last day of February',
    fullMoratoriumEndsOn,
    '2026-08-31',
    '2027-02-28',
  ],
  [
    'full moratorium from 31 August ends on 29 February in a leap year',
    fullMoratoriumEndsOn,
    '2027-08-31',
    '2028-02-29',
  ],
  [
    'protected period from 31 August (18 months) into a leap February',
    protectedPeriodEndsOn,
    '2026-08-31',
    '2028-02-29',
  ],
  [
    'protected period from 31 August (18 months) into a common February',
    protectedPeriodEndsOn,
    '2027-08-31',
    '2029-02-28',
  ],
  [
    'full moratorium from 31 October ends on 30 April (April has no 31st)',
    fullMoratoriumEndsOn,
    '2026-10-31',
    '2027-04-30',
  ],
  ['protected period from 31 October ends on 30 April', protectedPeriodEndsOn, '2026-10-31', '2028-04-30'],
  [
    'full moratorium from an ordinary day ends the day before the same day',
    fullMoratoriumEndsOn,
    '2027-06-01',
    '2027-11-30',
  ],
  ['full moratorium from 29 February', fullMoratoriumEndsOn, '2028-02-29', '2028-08-28'],
  ['protected period from 29 February', protectedPeriodEndsOn, '2028-02-29', '2029-08-28'],
  ['interim moratorium from 29 February', interimMoratoriumEndsOn, '2028-02-29', '2028-04-10'],
  ['interim moratorium across 29 February', interimMoratoriumEndsOn, '2028-02-20', '2028-04-01'],
  [
    'listing from 30 April 2019 (statute): last day 29 April 2024',
    (d) => listingExpiresOn(d, 'STATUTE'),
    '2019-04-30',
    '2024-04-29',
  ],
  [
    'listing from 30 April 2019 (anniversary): last day 30 April 2024',
    (d) => listingExpiresOn(d, 'ANNIVERSARY'),
    '2019-04-30',
    '2024-04-30',
  ],
  [
    'listing from 29 February (statute): no 29 February in 2033',
    (d) => listingExpiresOn(d, 'STATUTE'),
    '2028-02-29',
    '2033-02-28',
  ],
  [
    'listing from 29 February (anniversary)',
    (d) => listingExpiresOn(d, 'ANNIVERSARY'),
    '2028-02-29',
    '2033-02-28',
  ],
  [
    'listing from 1 March (statute) ends on the last day of February',
    (d) => listingExpiresOn(d, 'STATUTE'),
    '2027-03-01',
    '2032-02-29',
  ],
  [
    're-nomination opens 8 weeks before the last day (the last day counts)',
    renominationOpensOn,
    '2032-02-09',
    '2031-12-16',
  ],
  ['decision due 8 weeks beginning with receipt', nominationDecisionDueOn, '2027-01-04', '2027-02-28'],
  [
    'review request within 8 weeks beginning with the listing notice',
    reviewRequestDeadline,
    '2027-02-10',
    '2027-04-06',
  ],
  ['review decision due 8 weeks beginning with the request', reviewDecisionDueOn, '2027-03-01', '2027-04-25'],
  ['appeal within 28 days beginning with the review decision', appealDeadline, '2027-04-01', '2027-04-28'],
  [
    'compensation claim within 13 weeks after the moratorium ends',
    compensationClaimDeadline,
    '2027-07-12',
    '2027-10-11',
  ],
  // Either side of the clock changes (BST starts 28 March 2027, ends 31 October 2027): counted in days, no slip.
  [
    'interim moratorium from the day before the spring change',
    interimMoratoriumEndsOn,
    '2027-03-27',
    '2027-05-07',
  ],
  [
    'interim moratorium from the day of the spring change',
    interimMoratoriumEndsOn,
    '2027-03-28',
    '2027-05-08',
  ],
  [
    'interim moratorium from the day after the spring change',
    interimMoratoriumEndsOn,
    '2027-03-29',
    '2027-05-09',
  ],
  [
    'interim moratorium from the day before the autumn change',
    interimMoratoriumEndsOn,
    '2027-10-30',
    '2027-12-10',
  ],
  [
    'interim moratorium from the day of the autumn change',
    interimMoratoriumEndsOn,
    '2027-10-31',
    '2027-12-11',
  ],
  [
    'interim moratorium from the day after the autumn change',
    interimMoratoriumEndsOn,
    '2027-11-01',
    '2027-12-12',
  ],
  ['full moratorium from the day of the spring change', fullMoratoriumEndsOn, '2027-03-28', '2027-09-27'],
  [
    'full moratorium from the day of the autumn change ends 30 April',
    fullMoratoriumEndsOn,
    '2027-10-31',
    '2028-04-30',
  ],
];

describe('the ACV timetable', () => {
  it.each(CASES)('%s: from %s', (_rule, compute, from, expected) => {
    expect(compute(from)).toBe(expected);
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
