/**
 * The assets of community value timetable (Localism Act 2011 Part 5 Chapter 3; SI 2012/2421), in one place.
 * Every period is a named constant so a change in the law is a change here, and every date is a calendar
 * date (ISO `YYYY-MM-DD`) in the Europe/London calendar: a period of weeks or months counts days on the
 * calendar, never hours, so the clock changes cannot move a deadline.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** reg 7: the council decides a nomination within 8 weeks beginning with the day it receives it. */
export const NOMINATION_DECISION_WEEKS = 8;
/** s.87(3): land stays listed for 5 years beginning with the date of entry (60 months). */
export const LISTING_PERIOD_MONTHS = 60;
/** A listing may be nominated again in its last 8 weeks, so a new listing can follow without a gap. */
export const RENOMINATION_WINDOW_WEEKS = 8;
/** reg 6 / Sch 2: the owner asks for a review within 8 weeks beginning with the day of the listing notice. */
export const REVIEW_REQUEST_WEEKS = 8;
/** Sch 2 para 3: the review is decided within 8 weeks beginning with the request, or a later agreed date. */
export const REVIEW_DECISION_WEEKS = 8;
/** reg 11: appeal to the First-tier Tribunal within 28 days beginning with the review decision. */
export const APPEAL_PERIOD_DAYS = 28;
/** s.95(6): the interim moratorium is 6 weeks beginning with the day the council receives the notice. */
export const INTERIM_MORATORIUM_WEEKS = 6;
/** s.95(6): a request to bid turns it into the full moratorium, 6 months beginning with that day. */
export const FULL_MORATORIUM_MONTHS = 6;
/** s.95(6): the protected period is 18 months beginning with that day. */
export const PROTECTED_PERIOD_MONTHS = 18;
/** reg 14(3): a compensation claim is made within 13 weeks after the end of the moratorium or listing. */
export const COMPENSATION_CLAIM_WEEKS = 13;

/** How a council counts a listing's 5 years (DOMAIN.md: councils differ; the default follows the statute). */
export type ListingExpiryConvention = 'STATUTE' | 'ANNIVERSARY';
export const DEFAULT_LISTING_EXPIRY_CONVENTION: ListingExpiryConvention = 'STATUTE';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (2027-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` moved by `days` calendar days (negative goes back). Counted on the calendar, not in hours. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  const moved = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/**
 * The same day `months` months later; where that month has no such day (31 August + 6 months), its last
 * day. This is the "corresponding date" of a period of months.
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The last day of "`weeks` weeks beginning with `start`": the start counts, so it ends on start + 7N - 1. */
export function endOfWeeksBeginningWith(start: IsoDate, weeks: number): IsoDate {
  return addDays(start, weeks * 7 - 1);
}

/** The last day of "`days` days beginning with `start`". */
export function endOfDaysBeginningWith(start: IsoDate, days: number): IsoDate {
  return addDays(start, days - 1);
}

/**
 * The last day of "`months` months beginning with `start`": the day before the same day `months` months
 * later; where that month has no such day, its last day (31 August + 6 months ends 28 or 29 February).
 */
export function endOfMonthsBeginningWith(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(start);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d > daysInMonth(year, month)) return format(year, month, daysInMonth(year, month));
  return addDays(format(year, month, d), -1);
}

/** Negative, zero or positive as `a` is before, the same day as, or after `b` (ISO dates sort as text). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
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

/** reg 7: the decision on a nomination is due by this day. */
export const nominationDecisionDueOn = (receivedOn: IsoDate): IsoDate =>
  endOfWeeksBeginningWith(receivedOn, NOMINATION_DECISION_WEEKS);

/**
 * The last day land listed on `listedOn` stays listed. STATUTE: 5 years beginning with the date of entry
 * (listed 30 April 2019, last day 29 April 2024). ANNIVERSARY, as some councils publish it: the fifth
 * anniversary itself (30 April 2024).
 */
export function listingExpiresOn(listedOn: IsoDate, convention: ListingExpiryConvention): IsoDate {
  return convention === 'ANNIVERSARY'
    ? addMonthsClamped(listedOn, LISTING_PERIOD_MONTHS)
    : endOfMonthsBeginningWith(listedOn, LISTING_PERIOD_MONTHS);
}

/** The first day a listing expiring on `expiresOn` may be nominated again (its last 8 weeks). */
export const renominationOpensOn = (expiresOn: IsoDate): IsoDate =>
  addDays(expiresOn, -(RENOMINATION_WINDOW_WEEKS * 7 - 1));

export const reviewRequestDeadline = (listingNoticeOn: IsoDate): IsoDate =>
  endOfWeeksBeginningWith(listingNoticeOn, REVIEW_REQUEST_WEEKS);

export const reviewDecisionDueOn = (requestedOn: IsoDate): IsoDate =>
  endOfWeeksBeginningWith(requestedOn, REVIEW_DECISION_WEEKS);

export const appealDeadline = (reviewDecidedOn: IsoDate): IsoDate =>
  endOfDaysBeginningWith(reviewDecidedOn, APPEAL_PERIOD_DAYS);

export const interimMoratoriumEndsOn = (noticeReceivedOn: IsoDate): IsoDate =>
  endOfWeeksBeginningWith(noticeReceivedOn, INTERIM_MORATORIUM_WEEKS);

export const fullMoratoriumEndsOn = (noticeReceivedOn: IsoDate): IsoDate =>
  endOfMonthsBeginningWith(noticeReceivedOn, FULL_MORATORIUM_MONTHS);

export const protectedPeriodEndsOn = (noticeReceivedOn: IsoDate): IsoDate =>
  endOfMonthsBeginningWith(noticeReceivedOn, PROTECTED_PERIOD_MONTHS);

/** "Within 13 weeks after" a day: the period starts the day after it, so it ends 91 days later. */
export const compensationClaimDeadline = (relevantDate: IsoDate): IsoDate =>
  addDays(relevantDate, COMPENSATION_CLAIM_WEEKS * 7);
