/**
 * Idempotent creates: a client that sends a create again (after a timeout, a double click, a retry) with the
 * same idempotency key gets the first result instead of a second record. The key is claimed in the same
 * transaction as the create, so exactly one of any number of concurrent attempts writes anything.
 */

/** How long a key is remembered. A retry a day later is a new request. */
export const IDEMPOTENCY_WINDOW_SECONDS = 24 * 60 * 60;

/** Keys are chosen by clients (a UUID is typical): printable, short, safe inside a DynamoDB key. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,100}$/;

/** What a create claims: the key (per caller), what the request was, and the id of the record it made. */
export interface IdempotencyClaim {
  /** Whose key it is (the caller's user id): two callers may pick the same key without colliding. */
  readonly scope: string;
  readonly key: string;
  /** The mutation the key was first used for. */
  readonly operation: string;
  /** A fingerprint of the first request's arguments: the same key with other arguments is refused. */
  readonly requestHash: string;
  /** The id of the record the first request created; a retry returns that record. */
  readonly resultId: string;
}

/**
 * Raised by the store when the key was already claimed (within its window): not an error for the client but
 * the signal to answer with the first result. Carries the stored claim.
 */
export class IdempotentReplay extends Error {
  constructor(readonly claim: IdempotencyClaim) {
    super(`Idempotency key ${claim.key} was already used`);
    this.name = 'IdempotentReplay';
  }
}

/** True when a stored claim was made by the same operation with the same arguments. */
export function isSameRequest(stored: IdempotencyClaim, attempt: IdempotencyClaim): boolean {
  return stored.operation === attempt.operation && stored.requestHash === attempt.requestHash;
}

/** Epoch second after which a claim made at `at` (ISO time) no longer counts. */
export function idempotencyExpiry(at: string): number {
  return Math.floor(Date.parse(at) / 1000) + IDEMPOTENCY_WINDOW_SECONDS;
}

/**
 * A JSON text of `value` with object keys sorted, so two requests with the same arguments in another key
 * order have the same fingerprint.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
