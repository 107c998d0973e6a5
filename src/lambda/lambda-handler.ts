import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { App } from '../app/create-app';
import { createExplorerFiles, withExplorerPage } from './explorer-route';
import { createGraphqlRoute } from './graphql-route';
import { createRouter, errorResponse } from './http';
import type { HttpResponse, Route } from './http';
import { loggablePath, resultOf } from './request-log';
import type { RequestFacts, RequestLog } from './request-log';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

export interface HttpApiHandlerOptions {
  /** A built explorer (scripts/explorer/build-explorer.ts) to serve; development only, none in prod. */
  readonly explorerDir?: string;
  /** Where each request's entry goes (src/lambda/request-log.ts); none unless the entry point says. */
  readonly requestLog?: RequestLog;
}

/** Servers already started: Apollo Server may be started once only. */
const started = new WeakSet<App['server']>();

/**
 * Serves the app to API Gateway HTTP API (payload v2) and Function URL events, and, through
 * src/local/http-adapter.ts, to the local server. The Lambda request id is the request id in logs and in
 * masked errors, so a client's report leads straight to the log lines.
 *
 * The routes: POST and GET /graphql (with the explorer page on GET in development, and its files under
 * /graphiql/), and GET /open-data/<GSS>/<file> (the open-data downloads). Add new HTTP paths to `routes` below.
 */
export function createHttpApiHandler(app: App, options: HttpApiHandlerOptions = {}): HttpApiHandler {
  if (!started.has(app.server)) {
    started.add(app.server);
    app.server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  }
  const graphql = createGraphqlRoute(app);
  const explorer = options.explorerDir ? createExplorerFiles(options.explorerDir) : null;
  const routes: Route[] = explorer
    ? [withExplorerPage(graphql, explorer), explorer.route, createOpenDataRoute(app)]
    : [graphql, createOpenDataRoute(app)];
  const route = createRouter(routes);
  const { maxBodyBytes } = app.limits;
  const { requestLog } = options;
  const serve = async (event: APIGatewayProxyEventV2, context: Context, facts: RequestFacts) => {
    const headers = lowerCaseHeaders(event.headers);
    const declaredLength = Number(headers['content-length'] ?? 0);
    // The size is judged before the body is copied: a UTF-8 string has at least as many bytes as characters,
    // and base64 holds three bytes in four characters.
    const encodedLength = event.body?.length ?? 0;
    const leastBytes = event.isBase64Encoded ? Math.floor((encodedLength * 3) / 4) - 2 : encodedLength;
    if (declaredLength > maxBodyBytes || leastBytes > maxBodyBytes) return bodyTooLarge(maxBodyBytes);
    const body = event.body
      ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8')
      : Buffer.alloc(0);
    if (body.length > maxBodyBytes) return bodyTooLarge(maxBodyBytes);
    return route({
      method: event.requestContext.http.method.toUpperCase(),
      path: event.rawPath,
      rawQueryString: event.rawQueryString ?? '',
      headers,
      body,
      requestId: context.awsRequestId,
      facts,
    });
  };
  if (!requestLog) return async (event, context) => toResult(await serve(event, context, newFacts()));
  return async (event, context) => {
    const started = performance.now();
    const facts = newFacts();
    const response = await serve(event, context, facts);
    requestLog({
      requestId: context.awsRequestId,
      method: event.requestContext.http.method.toUpperCase(),
      path: loggablePath(event.rawPath),
      operation: facts.operation,
      caller: facts.caller,
      status: response.status,
      result: resultOf(response),
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    return toResult(response);
  };
}

/** Until a route learns otherwise, a request is an anonymous one with no operation. */
function newFacts(): RequestFacts {
  return { operation: null, caller: 'anonymous' };
}

/** Issue 10: the open-data downloads (src/opendata), plain HTTP next to GraphQL. */
function createOpenDataRoute(app: App): Route {
  return {
    path: /^\/open-data\/(.*)$/,
    methods: ['GET', 'HEAD'],
    async handle(request) {
      const response = await app.openData({
        method: request.method,
        path: request.path,
        headers: request.headers,
      });
      return { status: response.statusCode, headers: response.headers, body: response.body };
    },
  };
}

function bodyTooLarge(maxBodyBytes: number): HttpResponse {
  return errorResponse(
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than ${maxBodyBytes} bytes, the most the API accepts. Send less: ` +
      'fewer or shorter values, or split the work into several requests.',
    { limit: 'BODY_SIZE', max: maxBodyBytes },
  );
}

function lowerCaseHeaders(headers: APIGatewayProxyEventV2['headers']): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    lower[key] = lower[key] === undefined ? value : `${lower[key]},${value}`;
  }
  return lower;
}

function toResult(response: HttpResponse): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: response.status,
    headers: { ...response.headers },
    body: response.body,
    isBase64Encoded: false,
  };
}
