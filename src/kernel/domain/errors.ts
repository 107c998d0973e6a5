/**
 * The one error family the application raises on purpose. Each carries a SCREAMING_SNAKE code that reaches
 * GraphQL clients as `extensions.code`; anything that is not an AppError is masked as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  // Request limits (src/kernel/domain/request-limits.ts)
  | 'QUERY_TOO_COSTLY'
  // A real council (a known GSS code) that has not joined the register, where the council must act.
  | 'COUNCIL_NOT_REGISTERED'
  // The changes feed (src/kernel/domain/change-feed.ts): a cursor older than the changes kept.
  | 'CURSOR_EXPIRED'
  // Assets of community value: statutory workflow refusals (see the classes at the end of this file).
  | 'NOT_ELIGIBLE'
  | 'NOT_LISTABLE'
  | 'INVALID_TRANSITION'
  | 'DEADLINE_PASSED'
  | 'MORATORIUM_IN_FORCE';

/** One invalid input: the dotted path of the field (`input.postcode`) and why it was refused. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** Input that can never be accepted as sent; `fields` names every offending field. */
export class BadUserInputError extends AppError {
  readonly fields: readonly FieldProblem[];

  constructor(fields: readonly FieldProblem[], message?: string) {
    const first = fields[0];
    super('BAD_USER_INPUT', message ?? (first ? `${first.field}: ${first.message}` : 'Invalid input'), {
      field: first?.field,
      fields,
    });
    this.fields = fields;
  }
}

/** Convenience for a single offending field. */
export function badInput(field: string, message: string): BadUserInputError {
  return new BadUserInputError([{ field, message }]);
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to do this') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} was not found`, { id });
  }
}

/** A write that lost a race or would break a uniqueness rule; nothing was changed. */
export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

/**
 * A changes feed cursor (or a follow from the start) from before the oldest change still kept: the changes
 * after it are gone, so following on would miss some. The client reads the register's state again.
 */
export class CursorExpiredError extends AppError {
  constructor(message: string) {
    super('CURSOR_EXPIRED', message, { field: 'after' });
  }
}

// ---- Retryable failures (issue 6) ----

/** Seconds a client should wait before retrying a SERVICE_UNAVAILABLE answer (sent as `Retry-After` too). */
export const RETRY_AFTER_SECONDS = 1;

/** What kind of fault made the database unavailable: for logs and metrics, never shown to clients. */
export type UnavailableCause = 'THROTTLED' | 'TIMEOUT' | 'NETWORK' | 'OUTAGE';

/**
 * The database was busy (throttled), slow (timed out), unreachable or failing, even after the SDK's own
 * retries. The one retryable code: the request may succeed if sent again, so it says so
 * (`extensions.retryable`, `retryAfterSeconds`) instead of hiding behind INTERNAL_SERVER_ERROR or, worse,
 * a FORBIDDEN decided on missing data. A write may have been saved if the fault was a timeout after
 * DynamoDB received it, so the message says to check (or to retry with the same idempotency key).
 */
export class ServiceUnavailableError extends AppError {
  /** Why, for the log and the metric; not part of `details`, which reach the client. */
  readonly faultCause: UnavailableCause;

  constructor(faultCause: UnavailableCause, options: { cause?: unknown } = {}) {
    super(
      'SERVICE_UNAVAILABLE',
      'The register is busy or briefly unavailable; nothing went wrong with your request. Try again in a ' +
        'moment (if you were making a change, reload first: it may have been saved).',
      { retryable: true, retryAfterSeconds: RETRY_AFTER_SECONDS },
    );
    this.faultCause = faultCause;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

// --- Request limits (src/kernel/domain/request-limits.ts) ---

/** Which request limit was reached; reaches clients as `extensions.limit`. */
export type RequestLimitName =
  | 'TOKENS'
  | 'DEPTH'
  | 'ALIASES'
  | 'DIRECTIVES'
  | 'COST'
  | 'DYNAMODB_REQUESTS'
  | 'DISTANCE_SEARCH_READS'
  | 'RESPONSE_SIZE';

/**
 * An operation that asks for more than one request may cost. Before execution nothing has run; during it
 * (the hard caps) reads stop and no write is left half done, since every change is one transaction.
 */
export class QueryTooCostlyError extends AppError {
  constructor(limit: RequestLimitName, max: number, found: number | null, message: string) {
    super('QUERY_TOO_COSTLY', message, { limit, max, ...(found === null ? {} : { found }) });
  }
}

/**
 * The caller no longer held the membership a change's transaction checked (see MembershipGuard in ports.ts).
 * The GraphQL layer replaces it with the domain's own decision and reason; should it ever reach a client
 * as it is, it is a FORBIDDEN.
 */
export class MembershipCheckFailedError extends ForbiddenError {
  constructor() {
    super('You do not hold a role in the organisation that allows this');
  }
}

/** Raised when a `switch` meant to be exhaustive meets a value the type system said could not exist. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}

// --- Assets of community value: refusals of the statutory workflow (src/domain/acv-*.ts) ---

/** The nominating or bidding body, or the claimant, does not meet a rule of the statute; `rule` names it. */
export class NotEligibleError extends AppError {
  constructor(rule: string, message: string, details: Record<string, unknown> = {}) {
    super('NOT_ELIGIBLE', message, { rule, ...details });
  }
}

/**
 * An action the entry's current status does not allow; names the status and the actions allowed now. The
 * status is sent as `status` and, as before it was named so, `state`.
 */
export class InvalidTransitionError extends AppError {
  constructor(action: string, state: string, allowedActions: readonly string[], why?: string) {
    super(
      'INVALID_TRANSITION',
      `${action} is not possible while the entry is ${state}${why ? ` (${why})` : ''}; allowed now: ${
        allowedActions.length ? allowedActions.join(', ') : 'none'
      }`,
      { action, status: state, state, allowedActions },
    );
  }
}

/** A step taken after its statutory deadline; carries the deadline (an ISO date). */
export class DeadlinePassedError extends AppError {
  constructor(what: string, deadline: string, field: string) {
    super('DEADLINE_PASSED', `${what}: the deadline was ${deadline}`, { deadline, field });
  }
}

/** A disposal during a moratorium to anyone but a community interest group (Localism Act 2011 s.95). */
export class MoratoriumInForceError extends AppError {
  constructor(moratoriumEndsOn: string) {
    super(
      'MORATORIUM_IN_FORCE',
      `A moratorium is in force until ${moratoriumEndsOn}: until then the land may be sold only to a community interest group`,
      { moratoriumEndsOn },
    );
  }
}

/**
 * The GSS code is an English council's, but no council organisation is registered for it, and the change
 * needs the council (a nomination it must decide). `field` names the argument that gave the council.
 */
export class CouncilNotRegisteredError extends AppError {
  constructor(gssCode: string, field: string) {
    super(
      'COUNCIL_NOT_REGISTERED',
      `${gssCode} has not joined the register yet, so it cannot receive this; ask the council to register first`,
      { gssCode, field },
    );
  }
}
