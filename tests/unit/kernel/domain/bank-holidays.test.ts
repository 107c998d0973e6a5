import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAY_TABLE_FIRST_YEAR,
  BANK_HOLIDAY_TABLE_LAST_YEAR,
  ENGLAND_BANK_HOLIDAYS,
  bankHolidaysByRule,
  easterSunday,
  isEnglandBankHoliday,
  isWorkingDay,
  onOrNextWorkingDay,
} from '../../../../src/kernel/domain/bank-holidays';

// The shipped table (GOV.UK's list) and the rules are two encodings of the same calendar: they must agree in
// every year but for the one-off days, which are named here by hand from the proclamations.
const ONE_OFFS: Record<number, { added: string[]; removed: string[] }> = {
  2012: { added: ['2012-06-04', '2012-06-05'], removed: ['2012-05-28'] },
  2020: { added: ['2020-05-08'], removed: ['2020-05-04'] },
  2022: { added: ['2022-06-02', '2022-06-03', '2022-09-19'], removed: ['2022-05-30'] },
  2023: { added: ['2023-05-08'], removed: [] },
};

// Easter Sunday from published church tables, not from a formula.
const EASTER: Record<number, string> = {
  2012: '2012-04-08',
  2016: '2016-03-27',
  2019: '2019-04-21',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2038: '2038-04-25',
};

describe('bank holidays in England', () => {
  it.each(Object.entries(EASTER))('finds Easter Sunday %s on %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  const years = Array.from(
    { length: BANK_HOLIDAY_TABLE_LAST_YEAR - BANK_HOLIDAY_TABLE_FIRST_YEAR + 1 },
    (_, i) => BANK_HOLIDAY_TABLE_FIRST_YEAR + i,
  );

  it.each(years)('agrees with the rules in %i, but for the one-off days', (year) => {
    const listed = [...ENGLAND_BANK_HOLIDAYS.keys()].filter((d) => d.startsWith(`${year}-`));
    const oneOff = ONE_OFFS[year] ?? { added: [], removed: [] };
    const expected = [
      ...bankHolidaysByRule(year).filter((d) => !oneOff.removed.includes(d)),
      ...oneOff.added,
    ].sort();
    expect(listed.sort()).toEqual(expected);
  });

  it('lists no holiday on a weekend (substitute days take their place)', () => {
    for (const date of ENGLAND_BANK_HOLIDAYS.keys())
      expect([0, 6], date).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
  });

  it.each([
    ['2026-12-25', false, 'Christmas Day, a Friday'],
    ['2026-12-26', false, 'Boxing Day, a Saturday'],
    ['2026-12-28', false, 'the Boxing Day substitute, Monday'],
    ['2026-12-29', true, 'the Tuesday after'],
    ['2027-12-24', true, 'Christmas Eve 2027, a Friday'],
    ['2027-12-27', false, 'the Christmas Day substitute, Monday'],
    ['2027-12-28', false, 'the Boxing Day substitute, Tuesday'],
    ['2027-03-26', false, 'Good Friday 2027'],
    ['2027-03-29', false, 'Easter Monday 2027'],
    ['2027-03-30', true, 'the Tuesday after Easter'],
    ['2022-09-19', false, 'the State Funeral of Queen Elizabeth II'],
    ['2022-05-30', true, 'the last Monday of May 2022, the spring bank holiday moved to 2 June'],
    ['2020-05-04', true, 'the first Monday of May 2020, moved to VE Day'],
    ['2029-12-25', false, 'Christmas Day 2029, beyond the table (by rule)'],
    ['2029-05-07', false, 'early May 2029 (by rule)'],
    ['2029-05-08', true, 'an ordinary Tuesday in 2029'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it('derives the Christmas substitutes by rule for each weekday Christmas can fall on', () => {
    // 2030 Wed, 2032 Sat, 2033 Sun, 2034 Mon, 2037 Fri: counted from a calendar.
    expect(bankHolidaysByRule(2030).slice(-2)).toEqual(['2030-12-25', '2030-12-26']);
    expect(bankHolidaysByRule(2032).slice(-2)).toEqual(['2032-12-27', '2032-12-28']);
    expect(bankHolidaysByRule(2033).slice(-2)).toEqual(['2033-12-26', '2033-12-27']);
    expect(bankHolidaysByRule(2034).slice(-2)).toEqual(['2034-12-25', '2034-12-26']);
    expect(bankHolidaysByRule(2037).slice(-2)).toEqual(['2037-12-25', '2037-12-28']);
  });

  it('moves a day that is not a working day to the next one, and leaves a working day alone', () => {
    expect(onOrNextWorkingDay('2027-12-25')).toBe('2027-12-29');
    expect(onOrNextWorkingDay('2027-12-29')).toBe('2027-12-29');
    expect(onOrNextWorkingDay('2028-01-01')).toBe('2028-01-04');
    expect(isEnglandBankHoliday('2011-12-27')).toBe(true);
  });
});
