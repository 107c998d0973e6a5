import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, RETRY_AFTER_SECONDS, ServiceUnavailableError } from '../domain/errors';
import { readTokenLimitRefusal } from './query-limits';
import type { RequestContext } from './context';
import { noServiceMetrics } from './service-metrics';
import type { ServiceMetrics } from './service-metrics';

export interface Logger {
  error(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
}

/** Codes graphql-js and Apollo give to problems with the request itself: safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
]);

/**
 * graphql-js stops coercing variables after 50 bad values with this error, which has no code (each of the
 * 50 before it is BAD_USER_INPUT): it is the caller's input too, never ours to fix.
 */
const TOO_MANY_VARIABLE_ERRORS =
  'Too many errors processing variables, error limit reached. Execution aborted.';

/** True for graphql-js's "too many errors processing variables" (read by shape: see readErrorCode). */
function isTooManyVariableErrors(error: unknown): boolean {
  const unwrapped = unwrapResolverError(error);
  return (
    typeof unwrapped === 'object' &&
    unwrapped !== null &&
    'message' in unwrapped &&
    unwrapped.message === TOO_MANY_VARIABLE_ERRORS &&
    !('path' in unwrapped && unwrapped.path)
  );
}

const MASKED_MESSAGE = 'Something went wrong on our side. Quote the request id if you report it.';

/**
 * True for errors whose message and code a client may see: ours, or ones about the request itself. Apollo
 * gives every other error thrown in a resolver (DynamoDB's included) the code INTERNAL_SERVER_ERROR, so the
 * code decides.
 */
export function isExpectedError(error: unknown): boolean {
  const original = findAppError(error);
  if (original) return true;
  // An AWS SDK error (it carries $metadata) is never shown as it is, whatever code it may carry.
  const unwrapped = unwrapResolverError(error);
  if (typeof unwrapped === 'object' && unwrapped !== null && '$metadata' in unwrapped) return false;
  if (isTooManyVariableErrors(error)) return true;
  const code = readErrorCode(error);
  return code !== undefined && REQUEST_ERROR_CODES.has(code);
}

/**
 * The `extensions.code` of a GraphQL error. Read by shape, not with `instanceof GraphQLError`: Apollo and
 * this code can load different copies of graphql-js (its ESM and CommonJS builds), whose classes differ.
 */
function readErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return undefined;
  const { extensions } = error;
  if (typeof extensions !== 'object' || extensions === null || !('code' in extensions)) return undefined;
  return typeof extensions.code === 'string' ? extensions.code : undefined;
}

/**
 * The register's own error behind `error`: thrown in a resolver, or carried as `originalError` by an error
 * Apollo raised for it (a validation rule or a plugin refusing the request: the query budget).
 */
function findAppError(error: unknown): AppError | null {
  let current: unknown = unwrapResolverError(error);
  // A few levels: Apollo wraps an error from another copy of graphql-js in a GraphQLError of its own.
  for (let level = 0; level < 4; level++) {
    if (current instanceof AppError) return current;
    if (typeof current !== 'object' || current === null || !('originalError' in current)) return null;
    current = current.originalError;
  }
  return null;
}

/**
 * What a client sees of an error. The register's own errors keep their message and code (plus details
 * such as the offending `field`); errors in the request keep theirs; anything else, DynamoDB's messages
 * included, becomes INTERNAL_SERVER_ERROR. Stack traces never leave the server, in any mode.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const location = {
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
  };
  const original = findAppError(error) ?? readTokenLimitRefusal(formatted);
  if (original) {
    return {
      message: original.message,
      ...location,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (isTooManyVariableErrors(error)) {
    return {
      message:
        'Too many invalid values in variables: correct the ones listed before this error and send again.',
      extensions: { code: 'BAD_USER_INPUT', field: 'variables' },
    };
  }
  if (isExpectedError(error)) {
    const code = formatted.extensions?.['code'];
    const http = formatted.extensions?.['http'];
    const field = code === 'BAD_USER_INPUT' ? variableFieldPath(formatted.message) : null;
    return {
      message: formatted.message,
      ...location,
      extensions: {
        code,
        ...(http ? { http } : {}),
        ...(field ? { field, fields: [{ field, message: formatted.message }] } : {}),
      },
    };
  }
  return { message: MASKED_MESSAGE, ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * The field path of a value graphql-js refused while reading the variables (a `Date` that is no date, an enum
 * value that does not exist, a required input field left out), in the register's shape: the dotted path from
 * the variable (`input.availability.fromDate`, `input.rows.3.name`), so these errors name their field as the
 * register's own checks do. graphql-js says it only in its message: `Variable "$input" got invalid value ...
 * at "input.rows[3]"; Field "name" of required type "String!" was not provided.` The path starts with the
 * variable's name, which is the argument's when the variable is named after it (as generated clients do).
 */
export function variableFieldPath(message: string): string | null {
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (!variable?.[1]) return null;
  const at = / at "(\w+(?:\.\w+|\[\d+\])*)"; /.exec(message);
  const path = (at?.[1] ?? variable[1]).replace(/\[(\d+)\]/g, '.$1');
  const child = /; Field "(\w+)" (?:of required type|is not defined by type)/.exec(message);
  return child?.[1] ? `${path}.${child[1]}` : path;
}

/** What a request's errors are logged against. */
export interface ErrorReportContext {
  readonly requestId: string;
  readonly signedIn: boolean;
  readonly operationName: string | null | undefined;
}

/**
 * Logs the errors of one request (every unexpected one in full with the request id; request-limit refusals
 * and retryable faults as warnings) and counts a retryable fault once per request. Returns whether one of
 * them was a retryable fault, which makes the answer a 503. Shared by Apollo's pipeline (the plugin below)
 * and the compiled fast path (src/app/fast-path.ts), so both log alike.
 */
export function reportRequestErrors(
  errors: readonly GraphQLError[],
  request: ErrorReportContext,
  logger: Logger,
  metrics: ServiceMetrics,
  alreadyUnavailable = false,
): boolean {
  let unavailable = alreadyUnavailable;
  const { requestId, operationName } = request;
  for (const error of errors) {
    const refusal = findAppError(error);
    if (refusal?.code === 'QUERY_TOO_COSTLY') {
      // Worth seeing: abuse, or a partner query the limits (src/kernel/domain/request-limits.ts) have outgrown.
      logger.warn('Refused by a request limit', {
        requestId,
        operationName,
        signedIn: request.signedIn,
        ...refusal.details,
      });
    }
    const original = refusal ?? unwrapResolverError(error);
    if (original instanceof ServiceUnavailableError) {
      // Retryable, so not an error of ours to fix, but logged: a rising rate needs a look (the
      // metric's alarm), and the cause tells throttling from an outage.
      logger.warn('Service unavailable', {
        requestId,
        operationName,
        path: error.path,
        cause: original.faultCause,
        error: describeCause(original.cause),
      });
      if (!unavailable) metrics.countServiceUnavailable(original.faultCause);
      unavailable = true;
      continue;
    }
    if (isExpectedError(error)) continue;
    logger.error('Unexpected error', {
      requestId,
      operationName,
      path: error.path,
      error:
        original instanceof Error
          ? { name: original.name, message: original.message, stack: original.stack }
          : String(original),
    });
  }
  return unavailable;
}

/** The masked errors a client receives carry the request id, so a report can be matched to the log. */
export function withRequestIdOnMasked(
  errors: readonly GraphQLFormattedError[],
  requestId: string,
): GraphQLFormattedError[] {
  return errors.map((error) =>
    error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR'
      ? { ...error, extensions: { ...error.extensions, requestId } }
      : error,
  );
}

/**
 * Logs every unexpected error in full with the request id, and puts that id on the masked errors the
 * client receives so a report can be matched to the log.
 */
export function createErrorLoggingPlugin(
  logger: Logger,
  metrics: ServiceMetrics = noServiceMetrics,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      let unavailable = false;
      return {
        async didEncounterErrors({ errors, request }) {
          unavailable = reportRequestErrors(
            errors,
            {
              requestId: contextValue.requestId,
              signedIn: contextValue.identity !== null,
              operationName: request.operationName,
            },
            logger,
            metrics,
            unavailable,
          );
        },
        async willSendResponse({ response }) {
          if (unavailable) {
            // 503 with Retry-After, even beside partial data: HTTP clients, proxies and the API's 5xx alarm
            // all understand "try again shortly", which a 200 carrying an error cannot say.
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = withRequestIdOnMasked(errors, contextValue.requestId);
        },
      };
    },
  };
}

/** The SDK error behind a retryable failure, for the log: its name, message and HTTP status. */
function describeCause(cause: unknown): Record<string, unknown> | string {
  if (!(cause instanceof Error)) return String(cause);
  const metadata = (cause as { $metadata?: { httpStatusCode?: number } }).$metadata;
  return { name: cause.name, message: cause.message, httpStatusCode: metadata?.httpStatusCode };
}

/** Logs as one JSON line per entry (CloudWatch and local terminals both read it). */
export const jsonLogger: Logger = {
  error: (message, details) => console.error(JSON.stringify({ level: 'error', message, ...details })),
  warn: (message, details) => console.warn(JSON.stringify({ level: 'warn', message, ...details })),
  info: (message, details) => console.info(JSON.stringify({ level: 'info', message, ...details })),
};
