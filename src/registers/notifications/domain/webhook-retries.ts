/**
 * When a failed webhook delivery is tried again. The Standard Webhooks guidance is retries with exponential
 * backoff over at least a day; this schedule (after the first try: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h)
 * reaches 27 h 35 min 5 s, so an endpoint that is down for a working day and a night still gets the event. A
 * little jitter keeps many endpoints' retries from arriving together. After the last retry fails the endpoint
 * is disabled and its organisation's admins told.
 */

/** Seconds to wait after failed attempt n (1-based) before attempt n + 1. */
export const RETRY_DELAYS_SECONDS: readonly number[] = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];

/** The attempts a delivery gets in all: the first and one per delay. */
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/**
 * When attempt `failedAttempt + 1` is due, given when attempt `failedAttempt` failed; null when that was the
 * last (the endpoint is then disabled). `jitter` in [0, 1) spreads the wait by up to 10% either way.
 * `delaysSeconds` is the schedule (the tests pass short delays; the real one by default).
 */
export function nextAttemptAt(
  failedAttempt: number,
  failedAt: Date,
  jitter = 0.5,
  delaysSeconds: readonly number[] = RETRY_DELAYS_SECONDS,
): Date | null {
  if (!Number.isInteger(failedAttempt) || failedAttempt < 1) {
    throw new RangeError('attempts are counted from 1');
  }
  const delay = delaysSeconds[failedAttempt - 1];
  if (delay === undefined) return null;
  const spread = 1 + (Math.min(Math.max(jitter, 0), 0.999999) - 0.5) * 0.2;
  return new Date(failedAt.getTime() + Math.round(delay * spread * 1000));
}

/**
 * True when the receiver took the event: a 2xx answer. Anything else, redirects included (they are never
 * followed, since the target was checked and a redirect's is not), timeouts and network errors, is a failed
 * attempt and is tried again on the schedule.
 */
export function isDelivered(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}
