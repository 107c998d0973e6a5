import type { RequestFacts } from './request-log';

/**
 * The register's HTTP surface, independent of how requests arrive: the Lambda handler turns API Gateway
 * events into HttpRequests and the local server turns Node requests into API Gateway events, so both answer
 * every request the same way.
 *
 * Every error, whatever the route, is JSON of the shape GraphQL errors have:
 *   { "errors": [ { "message": "...", "extensions": { "code": "BAD_REQUEST", ... } } ] }
 */
export interface HttpRequest {
  readonly method: string;
  /** The path, without the query string: `/graphql`. */
  readonly path: string;
  /** The query string without `?`, as sent. */
  readonly rawQueryString: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body's bytes; empty when there is none. */
  readonly body: Buffer;
  /** Logged with every error and shown to the client on masked errors. */
  readonly requestId: string;
  /** What the route learns for the request's log entry (its caller, its operation); routes fill it in. */
  readonly facts: RequestFacts;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The codes an HTTP-level refusal carries, with their statuses. */
export const HTTP_ERROR_STATUS = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL_SERVER_ERROR: 500,
} as const;
export type HttpErrorCode = keyof typeof HTTP_ERROR_STATUS;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): HttpResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(value) };
}

/** An error answer: `code` decides the status; `details` join the code in `extensions`. */
export function errorResponse(
  code: HttpErrorCode,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): HttpResponse {
  return jsonResponse(
    HTTP_ERROR_STATUS[code],
    { errors: [{ message, extensions: { code, ...details } }] },
    headers,
  );
}

/** One route: a path (exact, or a pattern whose groups become `params`) and the methods it answers. */
export interface Route {
  readonly path: string | RegExp;
  readonly methods: readonly string[];
  handle(request: HttpRequest, params: readonly string[]): Promise<HttpResponse>;
}

/**
 * The tiny router in front of every handler: the first route whose path matches answers; an unknown path is
 * 404 and a known path with another method 405 (with `Allow`). Anything a handler throws is logged and
 * answered as a masked 500, never as a stack trace.
 */
export function createRouter(routes: readonly Route[]): (request: HttpRequest) => Promise<HttpResponse> {
  return async (request) => {
    for (const route of routes) {
      const params = matchPath(route.path, request.path);
      if (!params) continue;
      if (!route.methods.includes(request.method)) {
        return errorResponse(
          'METHOD_NOT_ALLOWED',
          `${request.path} answers ${route.methods.join(' and ')} requests only`,
          {},
          { allow: route.methods.join(', ') },
        );
      }
      try {
        return await route.handle(request, params);
      } catch (error) {
        console.error(
          JSON.stringify({
            level: 'error',
            message: 'Unexpected error in an HTTP handler',
            requestId: request.requestId,
            path: request.path,
            error:
              error instanceof Error
                ? { name: error.name, message: error.message, stack: error.stack }
                : String(error),
          }),
        );
        return errorResponse(
          'INTERNAL_SERVER_ERROR',
          'Something went wrong on our side. Quote the request id if you report it.',
          { requestId: request.requestId },
        );
      }
    }
    return errorResponse(
      'NOT_FOUND',
      `There is nothing at ${request.path.slice(0, 200)}; the GraphQL API is at /graphql`,
    );
  };
}

function matchPath(pattern: string | RegExp, path: string): string[] | null {
  if (typeof pattern === 'string') return pattern === path ? [] : null;
  const match = pattern.exec(path);
  return match ? match.slice(1).map((group) => group ?? '') : null;
}
