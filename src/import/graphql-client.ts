/**
 * A small GraphQL client over fetch for the import CLI: the CLI is a client of the API like any partner
 * frontend, so the same access rules, validation and audit apply locally and in AWS.
 *
 * Retries what a retry can fix: a lost or refused connection, HTTP 429 and 5xx (API Gateway's throttle and
 * Lambda's hiccups), and GraphQL errors the server marks retryable (a throttled table). Each retry waits
 * longer (exponential backoff with jitter, or the server's Retry-After). importAssets is idempotent by
 * content, so sending a batch again after a lost response changes nothing twice.
 *
 * Every error it throws names the endpoint: with two servers on one machine (`npm start -- --port 4001`), a
 * refused token or connection says which one answered.
 */

export interface GraphQLError {
  readonly message: string;
  readonly extensions?: Record<string, unknown>;
}

export type GraphQLTransport = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: readonly GraphQLError[],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

// Codes the API (and API Gateway) use for "try again": the request did nothing and may succeed later.
const RETRYABLE_CODES = new Set([
  'UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'THROTTLED',
  'TOO_MANY_REQUESTS',
  'TIMEOUT',
]);

export interface ClientOptions {
  readonly endpoint: string;
  readonly token: string | null;
  /** Attempts per request, the first included. */
  readonly attempts?: number;
  /** Base of the backoff in milliseconds. */
  readonly backoffMs?: number;
  /** Called before each retry, for the CLI to say why it is waiting. */
  readonly onRetry?: (reason: string, attempt: number, waitMs: number) => void;
  readonly fetch?: typeof fetch;
}

export function createGraphQLClient(options: ClientOptions): GraphQLTransport {
  const attempts = options.attempts ?? 8;
  const backoffMs = options.backoffMs ?? 250;
  const send = options.fetch ?? fetch;
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      let retryReason: string;
      let retryAfterMs: number | null = null;
      try {
        const response = await send(options.endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(60_000),
        });
        const text = await response.text();
        if (response.status === 429 || response.status >= 500) {
          retryReason = `HTTP ${response.status}`;
          retryAfterMs = readRetryAfter(response.headers.get('retry-after'));
          const body = tryJson(text);
          if (response.status >= 500 && body?.errors && !body.errors.some(isRetryable)) {
            throw new GraphQLRequestError(describe(options.endpoint, body.errors), body.errors);
          }
        } else {
          const body = tryJson(text);
          if (!body)
            throw new Error(
              `${options.endpoint} answered HTTP ${response.status} with something that is not JSON: is it the register's GraphQL endpoint?`,
            );
          if (body.errors?.length) {
            if (!body.errors.some(isRetryable))
              throw new GraphQLRequestError(describe(options.endpoint, body.errors), body.errors);
            retryReason = describeErrors(body.errors);
          } else {
            return body.data as T;
          }
        }
      } catch (error) {
        if (error instanceof GraphQLRequestError || !isConnectionError(error)) throw error;
        retryReason = `connection problem (${describeConnectionError(error as Error)})`;
      }
      if (attempt >= attempts)
        throw new Error(`Gave up on ${options.endpoint} after ${attempts} attempts: ${retryReason}`);
      const waitMs = retryAfterMs ?? Math.round(backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
      options.onRetry?.(retryReason, attempt, waitMs);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  };
}

function tryJson(text: string): { data?: unknown; errors?: GraphQLError[] } | null {
  try {
    return JSON.parse(text) as { data?: unknown; errors?: GraphQLError[] };
  } catch {
    return null;
  }
}

function isRetryable(error: GraphQLError): boolean {
  const code = error.extensions?.['code'];
  return error.extensions?.['retryable'] === true || (typeof code === 'string' && RETRYABLE_CODES.has(code));
}

// fetch reports a refused, reset or timed-out connection as a TypeError ("fetch failed") or an AbortError.
function isConnectionError(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  );
}

// fetch's own message is only "fetch failed"; the cause says what happened (ECONNREFUSED: nothing listens).
function describeConnectionError(error: Error): string {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message}: ${code}` : error.message;
}

function readRetryAfter(header: string | null): number | null {
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 60) * 1000 : null;
}

/** What the endpoint said, naming it; for a refused token, that tokens are per server. */
function describe(endpoint: string, errors: readonly GraphQLError[]): string {
  const refusedToken = errors.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED');
  const hint = refusedToken
    ? " (a token is good only for the server whose key signed it: locally, npm run token with that server's --data-dir)"
    : '';
  return `${endpoint} answered: ${describeErrors(errors)}${hint}`;
}

function describeErrors(errors: readonly GraphQLError[]): string {
  return errors
    .map((error) => {
      const code = error.extensions?.['code'];
      return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
    })
    .join('; ');
}
