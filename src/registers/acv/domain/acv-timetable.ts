/**
 * The assets of community value timetable (Localism Act 2011 Part 5 Chapter 3; SI 2012/2421), in one place.
 * Every period is a named constant so a change in the law is a change here, and every date is a calendar
 * date (ISO `YYYY-MM-DD`) in the Europe/London calendar: a period of weeks or months counts days on the
 * calendar, never hours, so the clock changes cannot move a deadline.
 */
import { onOrNextWorkingDay } from '../../../kernel/domain/bank-holidays';
import { isIsoDate } from '../../../kernel/domain/clock';

/** An ISO calendar date, `YYYY-MM-DD`. */
import type { IsoDate } from '../../../kernel/domain/clock';

/*
 * Two questions decide every period's last day, answered here per constant from the words of the rule:
 *  1. "N beginning with" a day counts that day (6 weeks beginning with 10 January end on 20 February);
 *     "within N of" or "N after" a day does not (28 days of 20 April end on 18 May): the period starts the
 *     next day, so it ends N days (or weeks) later.
 *  2. Calendar or working days. The Act and the Regulations count calendar days and say nothing of a period
 *     ending on a weekend or holiday, so theirs end where they end. Only the Tribunal's own time limits
 *     (the appeal, set by the GRC Rules 2009 r.22) move: r.12(2) makes an act due on a day that is not a
 *     working day in time on the next working day (bank-holidays.ts).
 */

/**
 * reg 7: the council decides a nomination within "eight weeks beginning with the date of receipt": the day of
 * receipt counts, so the decision is due on receipt + 55 days. Calendar days (a duty in the Regulations, not a
 * Tribunal limit), not moved off weekends.
 */
export const NOMINATION_DECISION_WEEKS = 8;
/**
 * s.87(3): an entry is removed at the end of "the period of 5 years beginning with the date of that entry"
 * (60 months): the day of entry counts. Calendar; a council may publish the anniversary instead (below).
 */
export const LISTING_PERIOD_MONTHS = 60;
/**
 * Not a statutory period: a listing may be nominated again in its last 8 weeks (its last day counts), so a
 * new listing can follow without a gap. Calendar days.
 */
export const RENOMINATION_WINDOW_WEEKS = 8;
/**
 * Sch 2 para 1: the owner asks for a review within "eight weeks beginning with the day on which" notice of
 * the listing was given (or a longer period the council allows): that day counts. Calendar; the request is to
 * the council, not the Tribunal, so r.12 does not move it.
 */
export const REVIEW_REQUEST_WEEKS = 8;
/**
 * Sch 2: the review is decided within eight weeks beginning with the day the council receives the request,
 * or a later date agreed in writing with the owner: that day counts. Calendar days.
 */
export const REVIEW_DECISION_WEEKS = 8;
/**
 * reg 11 gives the appeal to the First-tier Tribunal (General Regulatory Chamber); its time limit is the
 * Tribunal's, GRC Rules 2009 r.22(1)(b): received "within 28 days of the date on which notice of the ...
 * decision ... was sent": that day is not counted, so the last day is the day sent + 28. A Tribunal limit,
 * so r.12(2) applies: ending on a weekend or bank holiday, it runs to the next working day.
 */
export const APPEAL_PERIOD_DAYS = 28;
/**
 * s.95(6): the interim moratorium is "six weeks beginning with the date on which the authority receives"
 * the owner's notice: that day counts. Calendar days; a request to bid must arrive within it.
 */
export const INTERIM_MORATORIUM_WEEKS = 6;
/** s.95(6): the full moratorium is six months beginning with that same date (counted). Calendar. */
export const FULL_MORATORIUM_MONTHS = 6;
/** s.95(6): the protected period is 18 months beginning with that same date (counted). Calendar. */
export const PROTECTED_PERIOD_MONTHS = 18;
/**
 * reg 14(3): a compensation claim is made before the end of 13 weeks "after" the loss or expense was
 * incurred (here: the end of the moratorium, or of the listing): that day is not counted, so the last day is
 * 91 days later. A claim to the council, not the Tribunal: calendar days, not moved.
 */
export const COMPENSATION_CLAIM_WEEKS = 13;

/** How a council counts a listing's 5 years (DOMAIN.md: councils differ; the default follows the statute). */
export type ListingExpiryConvention = 'STATUTE' | 'ANNIVERSARY';
export const DEFAULT_LISTING_EXPIRY_CONVENTION: ListingExpiryConvention = 'STATUTE';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date `YYYY-MM-DD`: the kernel's, which every register's `Date` uses. */
export { isIsoDate };

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

/** The last day of "`days` days of" or "after" `start`: the start is not counted, so start + N. */
export function endOfDaysAfter(start: IsoDate, days: number): IsoDate {
  return addDays(start, days);
}

/** reg 7: the decision on a nomination is due by this day (eight weeks beginning with the day of receipt). */
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

/**
 * The range of listing expiry dates (the listed entries' sort order) that holds every listing whose owner's
 * last day to ask for a review (reviewRequestDeadline) falls from `from` to `until`: listed
 * REVIEW_REQUEST_WEEKS weeks less a day before those days, so expiring about LISTING_PERIOD_MONTHS months
 * after that. A day's slack before the listing day and after it, and two and one days on the expiry, cover
 * both ways of counting the five years and a notice sent the day after entry; each entry in the range is
 * then checked exactly.
 */
export function expiriesWithReviewRequestDeadline(
  from: IsoDate,
  until: IsoDate,
): { from: IsoDate; until: IsoDate } {
  const noticeToDeadline = REVIEW_REQUEST_WEEKS * 7 - 1;
  return {
    from: addDays(addMonthsClamped(addDays(from, -noticeToDeadline - 1), LISTING_PERIOD_MONTHS), -2),
    until: addDays(addMonthsClamped(addDays(until, -noticeToDeadline + 1), LISTING_PERIOD_MONTHS), 1),
  };
}

export const reviewDecisionDueOn = (requestedOn: IsoDate): IsoDate =>
  endOfWeeksBeginningWith(requestedOn, REVIEW_DECISION_WEEKS);

/**
 * The last day of the 28 days "of" the day notice of the review decision was sent (the day sent + 28), as
 * the rules count it, before r.12 moves it.
 */
export const appealPeriodEndsOn = (reviewDecisionSentOn: IsoDate): IsoDate =>
  endOfDaysAfter(reviewDecisionSentOn, APPEAL_PERIOD_DAYS);

/**
 * The last day an appeal is in time, shown to owners: the end of the 28 days, or the next working day when
 * that is a weekend, Christmas Day, Good Friday or a bank holiday in England (GRC Rules 2009 r.12(2)).
 */
export const appealDeadline = (reviewDecisionSentOn: IsoDate): IsoDate =>
  onOrNextWorkingDay(appealPeriodEndsOn(reviewDecisionSentOn));

export const interimMoratoriumEndsOn = (noticeReceivedOn: IsoDate): IsoDate =>
  endOfWeeksBeginningWith(noticeReceivedOn, INTERIM_MORATORIUM_WEEKS);

export const fullMoratoriumEndsOn = (noticeReceivedOn: IsoDate): IsoDate =>
  endOfMonthsBeginningWith(noticeReceivedOn, FULL_MORATORIUM_MONTHS);

export const protectedPeriodEndsOn = (noticeReceivedOn: IsoDate): IsoDate =>
  endOfMonthsBeginningWith(noticeReceivedOn, PROTECTED_PERIOD_MONTHS);

/** "Within 13 weeks after" a day: the period starts the day after it, so it ends 91 days later. */
export const compensationClaimDeadline = (relevantDate: IsoDate): IsoDate =>
  endOfDaysAfter(relevantDate, COMPENSATION_CLAIM_WEEKS * 7);
