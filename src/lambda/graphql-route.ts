import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import type { App } from '../app/create-app';
import { withOperationLabel } from '../app/operation-label';
import type { RegisterContext } from '../registers/context';
import { QueryTooCostlyError } from '../kernel/domain/errors';
import { checkQueryText, queryTooCostly } from '../kernel/graphql/query-limits';
import { withDynamoRequestBudget } from '../kernel/store/dynamo-request-cap';
import { withCacheHeaders } from './cache-headers';
import { errorResponse, jsonResponse } from './http';
import type { HttpErrorCode, HttpRequest, HttpResponse, Route } from './http';
import { asOperationName } from './request-log';

/**
 * POST and GET /graphql. The request is checked here before Apollo Server sees it, so that every malformed
 * request gets a JSON error with a code of the register's own, whatever Apollo would have said (some of its
 * answers are plain text). Then the operation runs inside the request's DynamoDB request budget, and an
 * answer larger than the response limit is replaced by a refusal.
 */
export function createGraphqlRoute(app: App): Route {
  const { limits } = app;
  const passedTextCheck = createPassedTextChecks();
  return {
    path: '/graphql',
    methods: ['GET', 'POST'],
    async handle(request) {
      const checked =
        request.method === 'POST'
          ? readPostBody(request, limits.maxJsonNesting)
          : readGetQuery(request, limits.maxJsonNesting);
      if ('refusal' in checked) return checked.refusal;
      // Until an executor names the operation (after parsing), the name the client sent, if it is one.
      request.facts.operation = asOperationName(checked.body.operationName);
      const isPageRequest = request.method === 'GET' && Object.keys(checked.body).length === 0;
      if (request.method === 'GET' && !isPageRequest && !isPreflighted(request.headers)) {
        return errorResponse(
          'BAD_REQUEST',
          'A GET request must carry the header apollo-require-preflight: true (or content-type: ' +
            'application/json), which a web page on another site cannot send without asking first',
        );
      }
      const { query } = checked.body;
      const tooCostly =
        typeof query === 'string' && !passedTextCheck.has(query)
          ? checkQueryText(query, limits.maxTokens, limits.maxQueryNesting)
          : null;
      if (tooCostly) return refusalResponse(queryTooCostly(tooCostly.limit, tooCostly.max, null));
      if (typeof query === 'string') passedTextCheck.add(query);

      let contextValue;
      try {
        contextValue = await app.createContext({
          authorization: request.headers['authorization'],
          requestId: request.requestId,
        });
      } catch (error) {
        return contextRefusal(error);
      }
      const { caller } = contextValue;
      request.facts.caller =
        caller.kind === 'anonymous' ? 'anonymous' : caller.isPlatformAdmin ? 'platform-admin' : 'user';

      const { result: response, operation } = await withOperationLabel(request.requestId, () =>
        withDynamoRequestBudget(
          { limit: limits.dynamoRequests.perRequest, used: 0 },
          async () =>
            (isPageRequest ? null : await runFastPath(app, checked.body, request, contextValue)) ??
            (await runApollo(app, checked.body, request, contextValue)),
        ),
      );
      request.facts.operation = operation ?? request.facts.operation;
      return toHttpResponse(request, response, isPageRequest, limits.maxResponseBytes);
    },
  };
}

/**
 * The query texts that passed checkQueryText (tokens and nesting), which depends on the text alone: a text
 * sent again (every request of a client's few operations) is not read token by token again. Bounded: when
 * full it starts again, and texts longer than `maxLength` are never kept, so no caller can grow it much.
 */
function createPassedTextChecks(
  maxEntries = 1000,
  maxLength = 8192,
): { has(text: string): boolean; add(text: string): void } {
  const texts = new Set<string>();
  return {
    has: (text) => texts.has(text),
    add(text) {
      if (text.length > maxLength || texts.has(text)) return;
      if (texts.size >= maxEntries) texts.clear();
      texts.add(text);
    },
  };
}

interface RouteAnswer {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
}

/** A query text seen before, without Apollo's pipeline (src/app/fast-path.ts); null when it is Apollo's. */
async function runFastPath(
  app: App,
  body: Record<string, unknown>,
  request: HttpRequest,
  contextValue: RegisterContext,
): Promise<RouteAnswer | null> {
  const { query, operationName, variables, extensions } = body;
  const persisted = isObject(extensions) ? extensions['persistedQuery'] : undefined;
  const hash = isObject(persisted) ? persisted['sha256Hash'] : undefined;
  const result = await app.fastPath.run(
    {
      query: typeof query === 'string' ? query : undefined,
      operationName: typeof operationName === 'string' ? operationName : undefined,
      variables: isObject(variables) ? variables : undefined,
      sha256Hash: typeof hash === 'string' ? hash.toLowerCase() : undefined,
      accept: request.headers['accept'],
    },
    contextValue,
  );
  if (!result) return null;
  // Apollo's serialisation: errors before data, and a closing line break.
  return { status: result.status, headers: result.headers, body: JSON.stringify(result.body) + '\n' };
}

async function runApollo(
  app: App,
  body: Record<string, unknown>,
  request: HttpRequest,
  contextValue: RegisterContext,
): Promise<RouteAnswer> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) headers.set(name, value);
  // The body was checked and parsed above; Apollo is told it is JSON in the one spelling it expects.
  if (request.method === 'POST') headers.set('content-type', 'application/json');
  const response = await app.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method,
      headers,
      search: request.rawQueryString,
      body: request.method === 'POST' ? body : undefined,
    },
    context: async () => contextValue,
  });
  let text = '';
  if (response.body.kind === 'complete') text = response.body.string;
  else for await (const chunk of response.body.asyncIterator) text += chunk;
  return { status: response.status ?? 200, headers: response.headers, body: text };
}

/**
 * Apollo's answer as the route's: a browser asking for the explorer page where it is off, Apollo's own plain
 * text refusals and an answer over the response limit become the register's JSON errors.
 */
function toHttpResponse(
  request: HttpRequest,
  response: RouteAnswer,
  isPageRequest: boolean,
  maxResponseBytes: number,
): HttpResponse {
  const { status, body } = response;
  const contentType = response.headers.get('content-type') ?? '';
  if (isPageRequest && !contentType.startsWith('text/html')) {
    // A browser, where the explorer page is off (prod).
    return errorResponse(
      'BAD_REQUEST',
      'Send a query: GET /graphql?query=... or POST a JSON body such as {"query": "..."}',
    );
  }
  if (
    !/^application\/(graphql-response\+)?json\b/.test(contentType) &&
    !contentType.startsWith('text/html')
  ) {
    // Apollo's own refusals (CSRF prevention, a GET without a query in prod...) are plain text.
    return errorResponse(codeForStatus(status), explainApolloRefusal(body));
  }
  // A UTF-16 code unit is at most 3 bytes of UTF-8: a short body cannot be over, without counting its bytes.
  if (body.length * 3 > maxResponseBytes && Buffer.byteLength(body) > maxResponseBytes) {
    return refusalResponse(
      new QueryTooCostlyError(
        'RESPONSE_SIZE',
        maxResponseBytes,
        null,
        `The answer to this query is larger than ${maxResponseBytes} bytes, the most one response may ` +
          'hold. Ask for smaller pages (first) or fewer fields, and fetch the rest with further requests.',
      ),
    );
  }
  // Public when anonymous and asked by GET, private and never stored otherwise (cache-headers.ts).
  return withCacheHeaders(request, { status, headers: Object.fromEntries(response.headers), body });
}

function refusalResponse(refusal: QueryTooCostlyError): HttpResponse {
  return jsonResponse(400, {
    errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details } }],
  });
}

type Checked = { readonly body: Record<string, unknown> } | { readonly refusal: HttpResponse };

function refuse(code: HttpErrorCode, message: string, field?: string): { refusal: HttpResponse } {
  return { refusal: errorResponse(code, message, field ? { field } : {}) };
}

function readPostBody(request: HttpRequest, maxNesting: number): Checked {
  const [mediaType = '', ...parameters] = (request.headers['content-type'] ?? '').split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') {
    return refuse(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the request as JSON, with the header content-type: application/json',
    );
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') {
      return refuse(
        'UNSUPPORTED_MEDIA_TYPE',
        `The body must be UTF-8 (charset=utf-8), not ${charset.slice(0, 40)}`,
      );
    }
  }
  // isUtf8 rather than a fatal TextDecoder: the decoder loads ICU's converters on first use (~7 ms of a cold
  // start); isUtf8 is a plain byte check, and Buffer's toString then decodes what is known to be valid.
  if (!isUtf8(request.body)) return refuse('BAD_REQUEST', 'The body is not valid UTF-8 text');
  // A byte-order mark is dropped, as TextDecoder would.
  const text = request.body.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') return refuse('BAD_REQUEST', 'The body is empty: send {"query": "..."}');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('BAD_REQUEST', 'The body is not valid JSON');
  }
  return checkOperationRequest(parsed, maxNesting);
}

/** GET /graphql?query=...&variables=... (queries only; Apollo refuses mutations over GET). */
function readGetQuery(request: HttpRequest, maxNesting: number): Checked {
  const search = new URLSearchParams(request.rawQueryString);
  const body: Record<string, unknown> = {};
  for (const name of ['query', 'operationName'] as const) {
    const value = search.get(name);
    if (value !== null) body[name] = value;
  }
  for (const name of ['variables', 'extensions'] as const) {
    const value = search.get(name);
    if (value === null) continue;
    try {
      body[name] = JSON.parse(value);
    } catch {
      return refuse('BAD_REQUEST', `The ${name} parameter is not valid JSON`, name);
    }
  }
  // A browser asking for the explorer page sends no query at all; Apollo answers it.
  if (Object.keys(body).length === 0) return { body };
  return checkOperationRequest(body, maxNesting);
}

/** The shape of a GraphQL-over-HTTP request, checked field by field with messages that name the field. */
function checkOperationRequest(parsed: unknown, maxNesting: number): Checked {
  if (!isObject(parsed)) {
    return refuse(
      'BAD_REQUEST',
      Array.isArray(parsed)
        ? 'Send one operation per request: batches (a JSON array) are not accepted'
        : 'The body must be a JSON object such as {"query": "..."}',
    );
  }
  if (nestingDepth(parsed, maxNesting) > maxNesting) {
    // graphql-js and JSON.stringify walk values recursively; deep enough nesting would exhaust the stack.
    return refuse('BAD_REQUEST', `The request nests arrays or objects more than ${maxNesting} levels deep`);
  }
  const { query, operationName, variables, extensions } = parsed;
  if (query !== undefined && typeof query !== 'string')
    return refuse('BAD_REQUEST', 'query must be a string', 'query');
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return refuse('BAD_REQUEST', 'operationName must be a string', 'operationName');
  }
  if (variables !== undefined && variables !== null && !isObject(variables)) {
    return refuse('BAD_REQUEST', 'variables must be a JSON object', 'variables');
  }
  if (extensions !== undefined && extensions !== null && !isObject(extensions)) {
    return refuse('BAD_REQUEST', 'extensions must be a JSON object', 'extensions');
  }
  const persisted = isObject(extensions) ? extensions['persistedQuery'] : undefined;
  if (persisted !== undefined) {
    const field = 'extensions.persistedQuery';
    if (!isObject(persisted) || persisted['version'] !== 1 || typeof persisted['sha256Hash'] !== 'string') {
      return refuse('BAD_REQUEST', `${field} must be {"version": 1, "sha256Hash": "<hex>"}`, field);
    }
    if (typeof query === 'string' && sha256Hex(query) !== persisted['sha256Hash'].toLowerCase()) {
      return refuse(
        'BAD_REQUEST',
        `${field}.sha256Hash is not the SHA-256 of the query sent with it`,
        `${field}.sha256Hash`,
      );
    }
  } else if (typeof query !== 'string' || query.trim() === '') {
    return refuse('BAD_REQUEST', 'query is missing: send {"query": "..."}', 'query');
  }
  return { body: parsed };
}

/** How deeply `value` nests, counted without recursion and stopping once past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  // Only objects and arrays are stacked (a value of neither kind has no depth), with their depths beside.
  const values: object[] = [];
  const depths: number[] = [];
  if (typeof value === 'object' && value !== null) {
    values.push(value);
    depths.push(1);
  }
  while (values.length > 0) {
    const current = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(current) ? (current as unknown[]) : Object.values(current)) {
      if (typeof child === 'object' && child !== null) {
        values.push(child as object);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}

/** An error from making the context (a bad token) as the JSON answer Apollo would give, without its prefix. */
function contextRefusal(error: unknown): HttpResponse {
  const extensions = (error as { extensions?: Record<string, unknown> } | null)?.extensions ?? {};
  const http = extensions['http'] as { status?: number } | undefined;
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'UNAUTHENTICATED';
  const message = error instanceof Error ? error.message : 'The request could not be authenticated';
  return jsonResponse(http?.status ?? 401, { errors: [{ message, extensions: { code } }] });
}

/** Apollo's plain-text refusals: none is expected after the checks above, so its text is passed on. */
function explainApolloRefusal(text: string): string {
  return text.trim().slice(0, 500) || 'The request could not be served';
}

/**
 * Whether a GET is one a browser would only send cross-site after a CORS preflight, as Apollo's CSRF
 * prevention requires: a content type a form cannot send, or one of Apollo's preflight headers.
 */
function isPreflighted(headers: Readonly<Record<string, string>>): boolean {
  const contentType = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const simple = ['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];
  return (
    !simple.includes(contentType) ||
    Boolean(headers['apollo-require-preflight']) ||
    Boolean(headers['x-apollo-operation-name'])
  );
}

function codeForStatus(status: number): HttpErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  return status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
