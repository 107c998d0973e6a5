import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';

/**
 * One entry per request, written after the answer is made (issue 18: logs a person can read). It holds what
 * an operator needs to follow a request, and nothing a caller sent as data: no token, no variables, no query
 * text, no email. The operation is a GraphQL name (letters, digits, underscores) or null, and the path is
 * cut short and stripped of anything but path characters, so neither can carry an email or a token's dots
 * and signature as the client typed them.
 *
 * Two writers: JSON through the Powertools logger (Lambda; CloudWatch Logs Insights reads the fields), and
 * one readable line per request for a developer's terminal (`npm start`, LOG_FORMAT=text).
 */
export type CallerKind = 'anonymous' | 'user' | 'platform-admin';

export interface RequestLogEntry {
  /** The Lambda request id, also on every error logged and on masked errors the client sees. */
  readonly requestId: string;
  readonly method: string;
  readonly path: string;
  /** The operation's name, or its first root field when it has none; null when none was made out. */
  readonly operation: string | null;
  readonly caller: CallerKind;
  /** The HTTP status sent. */
  readonly status: number;
  /** OK, or the `extensions.code` of the answer's first error. */
  readonly result: string;
  /** From the request reaching the handler to its answer being ready, in milliseconds (0.1 ms steps). */
  readonly durationMs: number;
}

export type RequestLog = (entry: RequestLogEntry) => void;

/**
 * What a route learns about a request as it serves it, for its log entry: the handler makes one per request
 * and routes fill it in (the GraphQL route: the caller once the token is verified, the operation once known).
 */
export interface RequestFacts {
  operation: string | null;
  caller: CallerKind;
}

export const LOG_FORMATS = ['json', 'text', 'off'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** JSON through Powertools: level, message, timestamp and service (POWERTOOLS_SERVICE_NAME), then the entry. */
export function createJsonRequestLog(logger: PowertoolsLogger = new PowertoolsLogger()): RequestLog {
  return (entry) => logger.info('request', { ...entry });
}

/** One readable line per request: `12:01:03 POST /graphql spaceOffersNear anon 200 OK 14ms`. */
export function createTextRequestLog(
  write: (line: string) => void = (line) => console.log(line),
): RequestLog {
  return (entry) => write(formatRequestLine(entry, new Date()));
}

const CALLER_WORDS: Record<CallerKind, string> = {
  anonymous: 'anon',
  user: 'user',
  'platform-admin': 'admin',
};

/** The readable line of an entry; the time is the machine's local time, as a developer reads a clock. */
export function formatRequestLine(entry: RequestLogEntry, at: Date): string {
  const time = [at.getHours(), at.getMinutes(), at.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
  const duration = entry.durationMs < 10 ? entry.durationMs.toFixed(1) : String(Math.round(entry.durationMs));
  return [
    time,
    entry.method,
    entry.path,
    entry.operation ?? '-',
    CALLER_WORDS[entry.caller],
    entry.status,
    entry.result,
    `${duration}ms`,
  ].join(' ');
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** `name` if it is a GraphQL name (what an operation may be called), else null: nothing else is logged. */
export function asOperationName(name: unknown): string | null {
  return typeof name === 'string' && GRAPHQL_NAME.test(name) ? name : null;
}

const MAX_LOGGED_PATH = 120;

/** The path as logged: path characters only (an `@` or `%` becomes `_`), at most 120 of them. */
export function loggablePath(path: string): string {
  const cut = path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}...` : path;
  return cut.replace(/[^A-Za-z0-9/._~-]/g, '_');
}

/**
 * The first error's code: `"code":"` can only be a key in the JSON text, since quotes inside strings are
 * escaped, and every error body the register sends puts `errors` first and `code` first in `extensions`
 * (Apollo's serialisation, the fast path's and errorResponse's). A successful answer is known by its first
 * bytes, so the body is searched only when it holds errors.
 */
const FIRST_CODE = /"code":"([A-Z0-9_]{1,64})"/;

export function resultOf(response: { readonly status: number; readonly body: string }): string {
  const hasErrors = response.body.startsWith('{"errors"');
  if (!hasErrors) return response.status < 400 ? 'OK' : `HTTP_${response.status}`;
  return FIRST_CODE.exec(response.body)?.[1] ?? `HTTP_${response.status}`;
}

/** The request log for LOG_FORMAT (json unless said; the local server says text). */
export function createRequestLog(format: LogFormat): RequestLog | undefined {
  switch (format) {
    case 'json':
      return createJsonRequestLog();
    case 'text':
      return createTextRequestLog();
    case 'off':
      return undefined;
  }
}

/** LOG_FORMAT read and checked; `fallback` when unset. Throws naming the allowed values otherwise. */
export function parseLogFormat(value: string | undefined, fallback: LogFormat): LogFormat {
  if (value === undefined || value === '') return fallback;
  const format = LOG_FORMATS.find((allowed) => allowed === value.toLowerCase());
  if (!format)
    throw new Error(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}, not "${value.slice(0, 40)}"`);
  return format;
}
