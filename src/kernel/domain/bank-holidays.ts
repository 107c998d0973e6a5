/**
 * Bank holidays in England (and Wales), for the working days of the Tribunal's time limits (GRC Rules 2009
 * r.12: "working day" is any day except a Saturday, a Sunday, Christmas Day, Good Friday or a bank holiday
 * under s.1 of the Banking and Financial Dealings Act 1971).
 *
 * Source: GOV.UK, "UK bank holidays", https://www.gov.uk/bank-holidays.json, division `england-and-wales`,
 * Crown copyright, Open Government Licence v3.0. GOV.UK lists only a few years back, and this machine has no
 * internet, so the table below was written out year by year and checked on 2 December 2026 against two
 * public copies of that feed (a JSON copy of 2018-2025, and a list of 2012-2028 transcribed from it in a
 * calendar library); the two agree with each other and with this table. It includes Christmas Day and Good
 * Friday, which GOV.UK lists with the bank holidays (r.12 names them separately).
 *
 * The table is the truth for 2012 (the regulations came in on 21 September 2012) to 2028, one-off days
 * included (2012 Diamond Jubilee, with the spring bank holiday moved to 4 June; 2020 early May moved to VE
 * Day, 8 May; 2022 spring bank holiday moved to 2 June, Platinum Jubilee 3 June, the State Funeral
 * 19 September; 2023 Coronation 8 May). Outside it the days are derived by rule (bankHolidaysByRule): the
 * regular eight with their substitute days. That is honest for the regular days, but a one-off holiday or a
 * moved day proclaimed for those years is unknown until a row is added here: extend the table when GOV.UK
 * publishes a new year (tests/unit/kernel/domain/bank-holidays.test.ts checks the table against the rules).
 */
/** An ISO calendar date, `YYYY-MM-DD` (as in acv-timetable.ts, which imports this module). */
type IsoDate = string;

/** The first and last years the table lists; other years are derived by rule only. */
export const BANK_HOLIDAY_TABLE_FIRST_YEAR = 2012;
export const BANK_HOLIDAY_TABLE_LAST_YEAR = 2028;

/** England and Wales bank holidays, GOV.UK's `england-and-wales` events, 2012 to 2028. */
export const ENGLAND_BANK_HOLIDAYS: ReadonlyMap<IsoDate, string> = new Map([
  ['2012-01-02', 'New Year’s Day (substitute day)'],
  ['2012-04-06', 'Good Friday'],
  ['2012-04-09', 'Easter Monday'],
  ['2012-05-07', 'Early May bank holiday'],
  ['2012-06-04', 'Spring bank holiday (moved)'],
  ['2012-06-05', 'Queen’s Diamond Jubilee'],
  ['2012-08-27', 'Summer bank holiday'],
  ['2012-12-25', 'Christmas Day'],
  ['2012-12-26', 'Boxing Day'],
  ['2013-01-01', 'New Year’s Day'],
  ['2013-03-29', 'Good Friday'],
  ['2013-04-01', 'Easter Monday'],
  ['2013-05-06', 'Early May bank holiday'],
  ['2013-05-27', 'Spring bank holiday'],
  ['2013-08-26', 'Summer bank holiday'],
  ['2013-12-25', 'Christmas Day'],
  ['2013-12-26', 'Boxing Day'],
  ['2014-01-01', 'New Year’s Day'],
  ['2014-04-18', 'Good Friday'],
  ['2014-04-21', 'Easter Monday'],
  ['2014-05-05', 'Early May bank holiday'],
  ['2014-05-26', 'Spring bank holiday'],
  ['2014-08-25', 'Summer bank holiday'],
  ['2014-12-25', 'Christmas Day'],
  ['2014-12-26', 'Boxing Day'],
  ['2015-01-01', 'New Year’s Day'],
  ['2015-04-03', 'Good Friday'],
  ['2015-04-06', 'Easter Monday'],
  ['2015-05-04', 'Early May bank holiday'],
  ['2015-05-25', 'Spring bank holiday'],
  ['2015-08-31', 'Summer bank holiday'],
  ['2015-12-25', 'Christmas Day'],
  ['2015-12-28', 'Boxing Day (substitute day)'],
  ['2016-01-01', 'New Year’s Day'],
  ['2016-03-25', 'Good Friday'],
  ['2016-03-28', 'Easter Monday'],
  ['2016-05-02', 'Early May bank holiday'],
  ['2016-05-30', 'Spring bank holiday'],
  ['2016-08-29', 'Summer bank holiday'],
  ['2016-12-26', 'Boxing Day'],
  ['2016-12-27', 'Christmas Day (substitute day)'],
  ['2017-01-02', 'New Year’s Day (substitute day)'],
  ['2017-04-14', 'Good Friday'],
  ['2017-04-17', 'Easter Monday'],
  ['2017-05-01', 'Early May bank holiday'],
  ['2017-05-29', 'Spring bank holiday'],
  ['2017-08-28', 'Summer bank holiday'],
  ['2017-12-25', 'Christmas Day'],
  ['2017-12-26', 'Boxing Day'],
  ['2018-01-01', 'New Year’s Day'],
  ['2018-03-30', 'Good Friday'],
  ['2018-04-02', 'Easter Monday'],
  ['2018-05-07', 'Early May bank holiday'],
  ['2018-05-28', 'Spring bank holiday'],
  ['2018-08-27', 'Summer bank holiday'],
  ['2018-12-25', 'Christmas Day'],
  ['2018-12-26', 'Boxing Day'],
  ['2019-01-01', 'New Year’s Day'],
  ['2019-04-19', 'Good Friday'],
  ['2019-04-22', 'Easter Monday'],
  ['2019-05-06', 'Early May bank holiday'],
  ['2019-05-27', 'Spring bank holiday'],
  ['2019-08-26', 'Summer bank holiday'],
  ['2019-12-25', 'Christmas Day'],
  ['2019-12-26', 'Boxing Day'],
  ['2020-01-01', 'New Year’s Day'],
  ['2020-04-10', 'Good Friday'],
  ['2020-04-13', 'Easter Monday'],
  ['2020-05-08', 'Early May bank holiday (VE Day, moved)'],
  ['2020-05-25', 'Spring bank holiday'],
  ['2020-08-31', 'Summer bank holiday'],
  ['2020-12-25', 'Christmas Day'],
  ['2020-12-28', 'Boxing Day (substitute day)'],
  ['2021-01-01', 'New Year’s Day'],
  ['2021-04-02', 'Good Friday'],
  ['2021-04-05', 'Easter Monday'],
  ['2021-05-03', 'Early May bank holiday'],
  ['2021-05-31', 'Spring bank holiday'],
  ['2021-08-30', 'Summer bank holiday'],
  ['2021-12-27', 'Christmas Day (substitute day)'],
  ['2021-12-28', 'Boxing Day (substitute day)'],
  ['2022-01-03', 'New Year’s Day (substitute day)'],
  ['2022-04-15', 'Good Friday'],
  ['2022-04-18', 'Easter Monday'],
  ['2022-05-02', 'Early May bank holiday'],
  ['2022-06-02', 'Spring bank holiday (moved)'],
  ['2022-06-03', 'Platinum Jubilee bank holiday'],
  ['2022-08-29', 'Summer bank holiday'],
  ['2022-09-19', 'Bank holiday for the State Funeral of Queen Elizabeth II'],
  ['2022-12-26', 'Boxing Day'],
  ['2022-12-27', 'Christmas Day (substitute day)'],
  ['2023-01-02', 'New Year’s Day (substitute day)'],
  ['2023-04-07', 'Good Friday'],
  ['2023-04-10', 'Easter Monday'],
  ['2023-05-01', 'Early May bank holiday'],
  ['2023-05-08', 'Bank holiday for the coronation of King Charles III'],
  ['2023-05-29', 'Spring bank holiday'],
  ['2023-08-28', 'Summer bank holiday'],
  ['2023-12-25', 'Christmas Day'],
  ['2023-12-26', 'Boxing Day'],
  ['2024-01-01', 'New Year’s Day'],
  ['2024-03-29', 'Good Friday'],
  ['2024-04-01', 'Easter Monday'],
  ['2024-05-06', 'Early May bank holiday'],
  ['2024-05-27', 'Spring bank holiday'],
  ['2024-08-26', 'Summer bank holiday'],
  ['2024-12-25', 'Christmas Day'],
  ['2024-12-26', 'Boxing Day'],
  ['2025-01-01', 'New Year’s Day'],
  ['2025-04-18', 'Good Friday'],
  ['2025-04-21', 'Easter Monday'],
  ['2025-05-05', 'Early May bank holiday'],
  ['2025-05-26', 'Spring bank holiday'],
  ['2025-08-25', 'Summer bank holiday'],
  ['2025-12-25', 'Christmas Day'],
  ['2025-12-26', 'Boxing Day'],
  ['2026-01-01', 'New Year’s Day'],
  ['2026-04-03', 'Good Friday'],
  ['2026-04-06', 'Easter Monday'],
  ['2026-05-04', 'Early May bank holiday'],
  ['2026-05-25', 'Spring bank holiday'],
  ['2026-08-31', 'Summer bank holiday'],
  ['2026-12-25', 'Christmas Day'],
  ['2026-12-28', 'Boxing Day (substitute day)'],
  ['2027-01-01', 'New Year’s Day'],
  ['2027-03-26', 'Good Friday'],
  ['2027-03-29', 'Easter Monday'],
  ['2027-05-03', 'Early May bank holiday'],
  ['2027-05-31', 'Spring bank holiday'],
  ['2027-08-30', 'Summer bank holiday'],
  ['2027-12-27', 'Christmas Day (substitute day)'],
  ['2027-12-28', 'Boxing Day (substitute day)'],
  ['2028-01-03', 'New Year’s Day (substitute day)'],
  ['2028-04-14', 'Good Friday'],
  ['2028-04-17', 'Easter Monday'],
  ['2028-05-01', 'Early May bank holiday'],
  ['2028-05-29', 'Spring bank holiday'],
  ['2028-08-28', 'Summer bank holiday'],
  ['2028-12-25', 'Christmas Day'],
  ['2028-12-26', 'Boxing Day'],
]);

const DAY_MS = 86_400_000;

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function iso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(utcDay(year, month, day));
}

function nthMonday(year: number, month: number, n: number): Date {
  const first = utcDay(year, month, 1);
  const offset = (8 - first.getUTCDay()) % 7;
  return utcDay(year, month, 1 + offset + 7 * (n - 1));
}

function lastMonday(year: number, month: number): Date {
  const last = utcDay(year, month + 1, 0);
  return new Date(last.getTime() - ((last.getUTCDay() + 6) % 7) * DAY_MS);
}

/** The day itself, or the next Monday when it falls on a weekend (the substitute day). */
function orMonday(date: Date): Date {
  const weekday = date.getUTCDay();
  if (weekday === 6) return new Date(date.getTime() + 2 * DAY_MS);
  if (weekday === 0) return new Date(date.getTime() + DAY_MS);
  return date;
}

/**
 * The regular bank holidays of `year` by rule, with no one-offs: New Year's Day (or the Monday after), Good
 * Friday, Easter Monday, the first Monday of May, the last Mondays of May and August, Christmas Day and
 * Boxing Day (a weekend one moves to the next weekday not already taken: Saturday 25th gives Monday 27th and
 * Tuesday 28th; Sunday 25th gives Boxing Day Monday and Tuesday 27th).
 */
export function bankHolidaysByRule(year: number): IsoDate[] {
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`);
  const christmas = utcDay(year, 12, 25);
  const boxing = utcDay(year, 12, 26);
  const christmasObserved = orMonday(christmas);
  // Boxing Day, or the next weekday not already Christmas Day's substitute.
  const boxingObserved = new Date(Math.max(orMonday(boxing).getTime(), christmasObserved.getTime() + DAY_MS));
  return [
    orMonday(utcDay(year, 1, 1)),
    new Date(easter - 2 * DAY_MS),
    new Date(easter + DAY_MS),
    nthMonday(year, 5, 1),
    lastMonday(year, 5),
    lastMonday(year, 8),
    christmasObserved,
    boxingObserved,
  ]
    .map(iso)
    .sort();
}

const byRuleCache = new Map<number, ReadonlySet<IsoDate>>();

/** True for a bank holiday in England: from the table in its years, by rule outside them. */
export function isEnglandBankHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  if (year >= BANK_HOLIDAY_TABLE_FIRST_YEAR && year <= BANK_HOLIDAY_TABLE_LAST_YEAR)
    return ENGLAND_BANK_HOLIDAYS.has(date);
  let days = byRuleCache.get(year);
  if (!days) {
    days = new Set(bankHolidaysByRule(year));
    byRuleCache.set(year, days);
  }
  return days.has(date);
}

/**
 * A working day in the sense of GRC Rules 2009 r.12(3): not a Saturday or Sunday, and not Christmas Day,
 * Good Friday or a bank holiday in England (the table lists the last three).
 */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isEnglandBankHoliday(date);
}

/** `date` itself when it is a working day, else the next working day (r.12(2)). */
export function onOrNextWorkingDay(date: IsoDate): IsoDate {
  let day = new Date(`${date}T00:00:00Z`);
  while (!isWorkingDay(iso(day))) day = new Date(day.getTime() + DAY_MS);
  return iso(day);
}
