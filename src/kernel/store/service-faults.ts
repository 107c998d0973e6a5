import { ServiceUnavailableError } from '../domain/errors';
import type { UnavailableCause } from '../domain/errors';

/**
 * Which DynamoDB and SDK failures mean "the database is busy, slow or down" rather than "this request is
 * wrong". Every request the table gateway sends goes through `toServiceFault`, so the classification lives
 * here and nowhere else.
 */

/** Error names DynamoDB uses when it sheds load: retrying later helps. */
const THROTTLING_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'Throttling',
  'TooManyRequestsException',
]);

/** Error names of a failing or restarting service. */
const OUTAGE_NAMES = new Set([
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);

/** Names the SDK's HTTP handler and our own per-call deadline give to a request that took too long. */
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError']);

/** Node's codes for a connection that could not be made or broke. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_HTTP2_STREAM_ERROR',
]);

/** Reasons in a TransactionCanceledException that mean the transaction was shed, not refused. */
export const THROTTLED_CANCELLATION_CODES = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded']);

/** The kind of fault `error` is, or null when it is anything else (a bug, a bad request, a condition). */
export function classifyServiceFault(error: unknown): UnavailableCause | null {
  if (typeof error !== 'object' || error === null) return null;
  const name = readString(error, 'name');
  const code = readString(error, 'code');
  if (name && THROTTLING_NAMES.has(name)) return 'THROTTLED';
  if (name === 'TransactionCanceledException' && isThrottledCancellation(error)) return 'THROTTLED';
  if (name && TIMEOUT_NAMES.has(name)) return 'TIMEOUT';
  if (code && NETWORK_CODES.has(code)) return 'NETWORK';
  if (name && OUTAGE_NAMES.has(name)) return 'OUTAGE';
  const status = readHttpStatus(error);
  if (status === 429) return 'THROTTLED';
  if (status !== undefined && status >= 500) return 'OUTAGE';
  const retryable = (error as { $retryable?: { throttling?: boolean } }).$retryable;
  if (retryable) return retryable.throttling ? 'THROTTLED' : 'OUTAGE';
  return null;
}

/** True when every reason that cancelled a transaction was throttling (or "not attempted" beside it). */
export function isThrottledCancellation(error: object): boolean {
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  const codes = reasons.map((reason) => reason.Code ?? 'None');
  return (
    codes.some((c) => THROTTLED_CANCELLATION_CODES.has(c)) &&
    codes.every((c) => c === 'None' || THROTTLED_CANCELLATION_CODES.has(c))
  );
}

/** `error` as the retryable SERVICE_UNAVAILABLE when it is a service fault; otherwise `error` unchanged. */
export function toServiceFault(error: unknown): unknown {
  const cause = classifyServiceFault(error);
  return cause ? new ServiceUnavailableError(cause, { cause: error }) : error;
}

function readString(object: object, key: string): string | undefined {
  const value: unknown = Reflect.get(object, key);
  return typeof value === 'string' ? value : undefined;
}

function readHttpStatus(error: object): number | undefined {
  const metadata: unknown = Reflect.get(error, '$metadata');
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const status: unknown = Reflect.get(metadata, 'httpStatusCode');
  return typeof status === 'number' ? status : undefined;
}
