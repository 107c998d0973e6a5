import { isIsoDate, londonDate } from '../kernel/domain/clock';

/**
 * The day a daily reminders run is for: an explicit `today` (YYYY-MM-DD, a rerun by hand), else the
 * Europe/London date of the time the scheduler meant it to run (`scheduledTime`, an ISO instant), else now.
 * A malformed value is refused rather than guessed at.
 */
export function remindersDay(
  event: { readonly scheduledTime?: string; readonly today?: string },
  now: Date = new Date(),
): string {
  if (event.today !== undefined) {
    if (!isIsoDate(event.today))
      throw new Error(`today must be a calendar date YYYY-MM-DD, got "${event.today}"`);
    return event.today;
  }
  if (event.scheduledTime !== undefined) {
    const at = new Date(event.scheduledTime);
    if (Number.isNaN(at.getTime())) throw new Error(`scheduledTime is not a time: "${event.scheduledTime}"`);
    return londonDate(at);
  }
  return londonDate(now);
}
