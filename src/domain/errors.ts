/**
 * The one error family the application raises on purpose. Each carries a SCREAMING_SNAKE code that reaches
 * GraphQL clients as `extensions.code`; anything that is not an AppError is masked as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

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
