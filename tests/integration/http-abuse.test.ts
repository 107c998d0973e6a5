import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApiHandler } from '../../src/lambda/lambda-handler';
import type { HttpApiHandler } from '../../src/lambda/lambda-handler';
import { ensureExplorerBuilt } from '../../scripts/explorer/build-explorer';
import { createLocalHttpServer } from '../../src/local/http-adapter';
import { DEFAULT_REQUEST_LIMITS } from '../../src/kernel/domain/request-limits';
import { ADD_MEMBER, CHELTENHAM, createBuilding, createCharity, createCouncil } from '../support/fixtures';
import {
  COUNCIL_DASHBOARD,
  PUBLIC_AREA_MAP,
  aliasedPages,
  nestedOwnerBuildings,
} from '../support/partner-queries';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { lambdaContext } from '../support/lambda-context';

/**
 * Every abusive or malformed request through both entry points: the Lambda handler with HTTP API v2 events,
 * and the local server's HTTP adapter over a real socket. Each must get a JSON error with its code, quickly,
 * while the partner queries still pass. (How fast exactly is measured in bench/budget.ts; the bound here is
 * only a sanity check against a refusal that does the work it should refuse.)
 */

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
  readonly ms: number;
}

interface SendOptions {
  readonly method?: string;
  readonly path?: string;
  readonly query?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

interface Transport {
  readonly name: string;
  send(options: SendOptions): Promise<Answer>;
}

const SANITY_MS = 1_000;

function lambdaTransport(handler: HttpApiHandler): Transport {
  let count = 0;
  return {
    name: 'the Lambda handler',
    async send({ method = 'POST', path = '/graphql', query = '', headers = {}, body }) {
      const binary = Buffer.isBuffer(body);
      const event: APIGatewayProxyEventV2 = {
        version: '2.0',
        routeKey: '$default',
        rawPath: path,
        rawQueryString: query,
        headers: { host: 'abc123.execute-api.eu-west-2.amazonaws.com', ...headers },
        requestContext: {
          accountId: '123456789012',
          apiId: 'abc123',
          domainName: 'abc123.execute-api.eu-west-2.amazonaws.com',
          domainPrefix: 'abc123',
          http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'vitest' },
          requestId: 'gateway-request-id',
          routeKey: '$default',
          stage: '$default',
          time: '23/Nov/2026:09:00:00 +0000',
          timeEpoch: Date.parse('2026-11-23T09:00:00Z'),
        },
        ...(body === undefined
          ? { isBase64Encoded: false }
          : binary
            ? { body: body.toString('base64'), isBase64Encoded: true }
            : { body, isBase64Encoded: false }),
      };
      const started = performance.now();
      const result = (await handler(
        event,
        lambdaContext(`lambda-${++count}`),
      )) as APIGatewayProxyStructuredResultV2;
      const ms = performance.now() - started;
      const resultHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(result.headers ?? {}))
        resultHeaders[name.toLowerCase()] = String(value);
      return { status: result.statusCode ?? 200, headers: resultHeaders, text: result.body ?? '', ms };
    },
  };
}

function localTransport(baseUrl: () => string): Transport {
  return {
    name: 'the local server',
    async send({ method = 'POST', path = '/graphql', query = '', headers = {}, body }) {
      const started = performance.now();
      const response = await fetch(`${baseUrl()}${path}${query ? `?${query}` : ''}`, {
        method,
        headers,
        ...(body === undefined
          ? {}
          : { body: new Uint8Array(Buffer.isBuffer(body) ? body : Buffer.from(body)) }),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      return { status: response.status, headers: Object.fromEntries(response.headers), text, ms };
    },
  };
}

interface ErrorBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The answer as JSON; fails the test on anything else (HTML, plain text). */
function json(answer: Answer): ErrorBody {
  expect(answer.headers['content-type'], answer.text.slice(0, 200)).toMatch(
    /^application\/(graphql-response\+)?json/,
  );
  return JSON.parse(answer.text) as ErrorBody;
}

function codes(answer: Answer): unknown[] {
  return (json(answer).errors ?? []).map((error) => error.extensions?.['code']);
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function post(body: unknown, headers: Record<string, string> = {}): SendOptions {
  return { headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

/** Leaks that must never reach a client: a stack frame, an absolute path, an HTML page, an engine message. */
function expectNoLeak(answer: Answer): void {
  expect(answer.text).not.toMatch(
    /\n\s+at |\/work\/|\/home\/|node_modules|<html|<!doctype|Maximum call stack/i,
  );
}

describe.each(['lambda', 'local'] as const)('abusive requests through %s', (entry) => {
  let t: TestApp;
  let transport: Transport;
  let server: Server | undefined;
  let councilId = '';
  let officerToken = '';

  beforeAll(async () => {
    t = await createTestApp();
    // The explorer as development serves it: the files npm start builds.
    const handler = createHttpApiHandler(t.app, { explorerDir: ensureExplorerBuilt() });
    if (entry === 'lambda') transport = lambdaTransport(handler);
    else {
      const local = createLocalHttpServer(handler, t.app.limits.maxBodyBytes);
      server = local;
      await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
      const { port } = local.address() as AddressInfo;
      transport = localTransport(() => `http://127.0.0.1:${port}`);
    }
    const council = await createCouncil(t, CHELTENHAM, 'officer');
    councilId = council.id;
    officerToken = t.token({ userId: 'officer' });
    for (let o = 0; o < 3; o++) {
      const admin = { userId: `owner-admin-${o}` };
      const owner = await createCharity(t, admin, `Owner ${o}`);
      await t.ok(ADD_MEMBER, { organisationId: owner.id, userId: `helper-${o}`, role: 'EDITOR' }, admin);
      for (let b = 0; b < 4; b++) {
        await createBuilding(t, admin, { name: `Hall ${o}-${b}`, ownerOrganisationId: owner.id });
      }
    }
  });

  afterAll(async () => {
    if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  describe('partner queries', () => {
    it("passes the deepest query partners need: a council officer's dashboard", async () => {
      const answer = await transport.send(
        post(
          { query: COUNCIL_DASHBOARD, variables: { councilCode: CHELTENHAM, councilId } },
          { authorization: `Bearer ${officerToken}` },
        ),
      );

      const body = json(answer);
      expect(body.errors).toBeUndefined();
      expect(answer.status).toBe(200);
      const page = body.data?.['buildingsByCouncil'] as {
        edges: { node: { owner: { members: unknown } } }[];
      };
      expect(page.edges).toHaveLength(12);
      expect(page.edges[0]?.node.owner.members).toBeTruthy();
    });

    it('passes the public map of an area for an anonymous caller, at the largest page', async () => {
      const answer = await transport.send(
        post({ query: PUBLIC_AREA_MAP, variables: { councilCode: CHELTENHAM, first: 100 } }),
      );

      const body = json(answer);
      expect(body.errors).toBeUndefined();
      expect((body.data?.['buildingsByCouncil'] as { edges: unknown[] }).edges).toHaveLength(12);
    });

    it('serves a query over GET with a preflight header', async () => {
      const answer = await transport.send({
        method: 'GET',
        query: new URLSearchParams({
          query: '{ organisationsByName(prefix: "own") { edges { node { name } } } }',
        }).toString(),
        headers: { 'apollo-require-preflight': 'true' },
      });

      expect(answer.status).toBe(200);
      expect(json(answer).data).toEqual({
        organisationsByName: {
          edges: [
            { node: { name: 'Owner 0' } },
            { node: { name: 'Owner 1' } },
            { node: { name: 'Owner 2' } },
          ],
        },
      });
    });
  });

  describe('the query budget', () => {
    it('refuses owner { buildings(first: 100) } nested five levels deep before running it', async () => {
      t.requests.length = 0;

      const answer = await transport.send(post({ query: nestedOwnerBuildings(5) }));

      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['QUERY_TOO_COSTLY']);
      expect(json(answer).errors?.[0]?.extensions).toMatchObject({
        limit: 'DEPTH',
        max: DEFAULT_REQUEST_LIMITS.maxDepth,
      });
      expect(json(answer).errors?.[0]?.message).toMatch(/Nest fewer fields/);
      expect(t.requests).toEqual([]);
      expect(answer.ms).toBeLessThan(SANITY_MS);
    });

    it('refuses one level of owner { buildings(first: $n) } on cost, counting the page size from the variables', async () => {
      t.requests.length = 0;
      const query = `query ($n: Int) { buildingsByCouncil(councilCode: "${CHELTENHAM}", first: $n) {
        edges { node { owner { buildings(first: $n) { edges { node { owner { name } } } } } } } } }`;

      const anonymous = await transport.send(post({ query, variables: { n: 100 } }));
      const signedIn = await transport.send(
        post({ query, variables: { n: 100 } }, { authorization: `Bearer ${officerToken}` }),
      );
      const small = await transport.send(post({ query, variables: { n: 5 } }));

      for (const answer of [anonymous, signedIn]) {
        expect(answer.status).toBe(400);
        expect(json(answer).errors?.[0]?.extensions).toMatchObject({
          code: 'QUERY_TOO_COSTLY',
          limit: 'COST',
        });
        expect(json(answer).errors?.[0]?.message).toMatch(/Ask for smaller pages/);
      }
      expect(json(anonymous).errors?.[0]?.extensions).toMatchObject({
        max: DEFAULT_REQUEST_LIMITS.cost.anonymousBudget,
        found: 20_402,
      });
      expect(json(signedIn).errors?.[0]?.extensions?.['max']).toBe(
        DEFAULT_REQUEST_LIMITS.cost.signedInBudget,
      );
      expect(json(small).errors).toBeUndefined();
      expect(t.logs).toContainEqual({
        level: 'warn',
        message: 'Refused by a request limit',
        details: expect.objectContaining({ signedIn: false, limit: 'COST', found: 20_402 }) as unknown,
      });
    });

    it('refuses 1,000 aliases of a full page without parsing all of them', async () => {
      const answer = await transport.send(post({ query: aliasedPages(1_000) }));

      expect(answer.status).toBe(400);
      expect(json(answer).errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
        limit: 'TOKENS',
      });
      expect(answer.ms).toBeLessThan(SANITY_MS);
    });

    it('refuses more aliases than allowed, even of cheap fields', async () => {
      const fields = Array.from(
        { length: DEFAULT_REQUEST_LIMITS.maxAliases + 1 },
        (_, i) => `m${i}: me { userId }`,
      );

      const answer = await transport.send(post({ query: `{ ${fields.join(' ')} }` }));

      expect(answer.status).toBe(400);
      expect(json(answer).errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
        limit: 'ALIASES',
        max: DEFAULT_REQUEST_LIMITS.maxAliases,
        found: DEFAULT_REQUEST_LIMITS.maxAliases + 1,
      });
    });

    it('refuses more directives than allowed', async () => {
      const fields = Array.from(
        { length: DEFAULT_REQUEST_LIMITS.maxDirectives + 1 },
        () => '__typename @skip(if: false)',
      );

      const answer = await transport.send(post({ query: `{ ${fields.join(' ')} }` }));

      expect(answer.status).toBe(400);
      expect(json(answer).errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
        limit: 'DIRECTIVES',
      });
    });

    it('counts __typename aliases against the alias limit too (graphql-cop: alias overloading)', async () => {
      const found = DEFAULT_REQUEST_LIMITS.maxAliases + 1;
      const fields = Array.from({ length: found }, (_, i) => `t${i}: __typename`);

      const answer = await transport.send(post({ query: `{ ${fields.join(' ')} }` }));

      expect(answer.status).toBe(400);
      expect(json(answer).errors).toHaveLength(1);
      expect(json(answer).errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
        limit: 'ALIASES',
        found,
      });
    });

    it('passes as many __typename aliases as the limit allows', async () => {
      const fields = Array.from({ length: DEFAULT_REQUEST_LIMITS.maxAliases }, (_, i) => `t${i}: __typename`);

      const answer = await transport.send(post({ query: `{ ${fields.join(' ')} }` }));

      expect(answer.status).toBe(200);
      expect(json(answer).errors).toBeUndefined();
    });

    it.each([
      ['an unknown directive', '__typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa', '@aa'],
      ['a known directive', '__typename @skip(if: false) @skip(if: false) @skip(if: true)', '@skip'],
    ])(
      'refuses %s repeated on one field with one error (graphql-cop: directive overloading)',
      async (_what, field, name) => {
        const answer = await transport.send(post({ query: `query cop { ${field} }` }));

        expect(answer.status).toBe(400);
        const errors = json(answer).errors ?? [];
        expect(errors).toHaveLength(1);
        expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 'DIRECTIVES' });
        expect(errors[0]?.message).toContain(name);
      },
    );

    it('still names one unknown directive as a validation error', async () => {
      const answer = await transport.send(post({ query: '{ __typename @aa }' }));

      expect(answer.status).toBe(400);
      expect(json(answer).errors?.map((error) => error.extensions?.['code'])).toEqual([
        'GRAPHQL_VALIDATION_FAILED',
      ]);
    });

    it('refuses a 5 MB body of 500,000 aliases as too large, before reading it as JSON', async () => {
      const query = `{ ${Array.from({ length: 500_000 }, (_, i) => `a${i}:__typename`).join(' ')} }`;
      const body = JSON.stringify({ query });
      expect(body.length).toBeGreaterThan(5_000_000);

      const answer = await transport.send({ headers: JSON_HEADERS, body });

      expect(answer.status).toBe(413);
      expect(json(answer).errors?.[0]?.extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        limit: 'BODY_SIZE',
        max: DEFAULT_REQUEST_LIMITS.maxBodyBytes,
      });
      expect(answer.ms).toBeLessThan(SANITY_MS);
    });

    it('refuses a body just under the size limit full of aliases on its tokens', async () => {
      const aliases: string[] = [];
      for (let i = 0, size = 0; size < DEFAULT_REQUEST_LIMITS.maxBodyBytes - 20_000; i++) {
        const alias = `a${i}:__typename`;
        aliases.push(alias);
        size += alias.length + 1;
      }

      const answer = await transport.send(post({ query: `{ ${aliases.join(' ')} }` }));

      expect(answer.status).toBe(400);
      expect(json(answer).errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
        limit: 'TOKENS',
      });
      expect(answer.ms).toBeLessThan(SANITY_MS);
    });
  });

  describe('malformed requests', () => {
    const cases: [string, () => SendOptions, number, string][] = [
      [
        'malformed JSON',
        () => ({ headers: JSON_HEADERS, body: '{"query": "{ me { userId } }"' }),
        400,
        'BAD_REQUEST',
      ],
      ['an empty body', () => ({ headers: JSON_HEADERS, body: '' }), 400, 'BAD_REQUEST'],
      ['a JSON array (a batch)', () => post([{ query: '{ me { userId } }' }]), 400, 'BAD_REQUEST'],
      ['a body without a query', () => post({ variables: {} }), 400, 'BAD_REQUEST'],
      [
        'variables that are not an object',
        () => post({ query: '{ me { userId } }', variables: [1] }),
        400,
        'BAD_REQUEST',
      ],
      [
        'text/plain',
        () => ({ headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { userId } }"}' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'a form post',
        () => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=x' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      ['no content type', () => ({ body: '{"query":"{ me { userId } }"}' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [
        'a charset other than UTF-8',
        () => ({
          headers: { 'content-type': 'application/json; charset=iso-8859-1' },
          body: '{"query":"{ me { userId } }"}',
        }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'bytes that are not UTF-8',
        () => ({ headers: JSON_HEADERS, body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]) }),
        400,
        'BAD_REQUEST',
      ],
      [
        'variables nested 100,000 levels deep',
        () => ({
          headers: JSON_HEADERS,
          body: `{"query":"query($x: [String!]) { me { userId } }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
        }),
        400,
        'BAD_REQUEST',
      ],
      ['a subscription', () => post({ query: 'subscription { me { userId } }' }), 400, 'BAD_REQUEST'],
      [
        'a persisted-query hash that does not match the query',
        () =>
          post({
            query: '{ me { userId } }',
            extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
          }),
        400,
        'BAD_REQUEST',
      ],
      [
        'a persisted query of another version',
        () => post({ extensions: { persistedQuery: { version: 2, sha256Hash: 'ab'.repeat(32) } } }),
        400,
        'BAD_REQUEST',
      ],
      [
        'a PUT',
        () => ({ method: 'PUT', ...post({ query: '{ me { userId } }' }) }),
        405,
        'METHOD_NOT_ALLOWED',
      ],
      [
        'a mutation over GET',
        () => ({
          method: 'GET',
          query: new URLSearchParams({ query: 'mutation { ping }' }).toString(),
          headers: { 'apollo-require-preflight': 'true' },
        }),
        405,
        'BAD_REQUEST',
      ],
      [
        'a GET without a preflight header (cross-site request forgery)',
        () => ({ method: 'GET', query: new URLSearchParams({ query: '{ me { userId } }' }).toString() }),
        400,
        'BAD_REQUEST',
      ],
      [
        'GET variables that are not JSON',
        () => ({
          method: 'GET',
          query: 'query=%7B%20me%20%7B%20userId%20%7D%20%7D&variables=%7Bnope',
          headers: { 'apollo-require-preflight': 'true' },
        }),
        400,
        'BAD_REQUEST',
      ],
      [
        'an unknown path',
        () => ({ path: '/graphql/../etc/passwd', ...post({ query: '{ me { userId } }' }) }),
        404,
        'NOT_FOUND',
      ],
      [
        'a token without the Bearer scheme',
        () => post({ query: '{ me { userId } }' }, { authorization: 'Basic abc' }),
        401,
        'UNAUTHENTICATED',
      ],
    ];

    it.each(cases)(
      'answers %s with a JSON error, its code and status, and nothing leaked',
      async (_, request, status, code) => {
        const answer = await transport.send(request());

        expect(answer.status).toBe(status);
        expect(codes(answer)).toEqual([code]);
        expect(json(answer).errors?.[0]?.message).toMatch(/\w/);
        expectNoLeak(answer);
        expect(answer.ms).toBeLessThan(SANITY_MS);
      },
    );

    it('answers a persisted query it has not seen with PERSISTED_QUERY_NOT_FOUND, then runs it once registered', async () => {
      const query = '{ organisationsByName(prefix: "owner 1") { edges { node { name } } } }';
      const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };

      const unknown = await transport.send(post({ extensions: { persistedQuery } }));
      const registered = await transport.send(post({ query, extensions: { persistedQuery } }));
      const byHash = await transport.send(post({ extensions: { persistedQuery } }));

      expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(json(registered).errors).toBeUndefined();
      expect(json(byHash).data).toEqual(json(registered).data);
    });

    it('refuses a list literal nested 1,500 levels deep before parsing it, not with a stack overflow', async () => {
      const query = `{ buildingsByCouncil(councilCode: ${'['.repeat(1_500)}"x"${']'.repeat(1_500)}) { edges { cursor } } }`;

      const answer = await transport.send(post({ query }));

      expect(answer.status).toBe(400);
      expect(json(answer).errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
        limit: 'DEPTH',
        max: DEFAULT_REQUEST_LIMITS.maxQueryNesting,
      });
      expectNoLeak(answer);
    });

    it('shows the explorer page to a browser in development', async () => {
      const answer = await transport.send({ method: 'GET', headers: { accept: 'text/html' } });

      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.text).toContain('MASH Register API explorer');
    });
  });
});

describe('the local server for a frontend in development on this machine', () => {
  let server: Server;
  let url = '';

  beforeAll(async () => {
    const t = await createTestApp();
    server = createLocalHttpServer(createHttpApiHandler(t.app), t.app.limits.maxBodyBytes);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers a CORS preflight from a localhost origin as API Gateway does in the dev stage', async () => {
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    const answer = await fetch(url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('gives other origins no CORS headers', async () => {
    const answer = await fetch(url, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example.org', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('production behaviour', () => {
  let t: TestApp;
  let handler: HttpApiHandler;

  beforeAll(async () => {
    t = await createTestApp({ introspection: false });
    handler = createHttpApiHandler(t.app);
  });

  it('suggests no field names outside development', async () => {
    const answer = await lambdaTransport(handler).send(post({ query: '{ buildng(id: "x") { id } }' }));

    const message = json(answer).errors?.[0]?.message ?? '';
    expect(message).toBe('Cannot query field "buildng" on type "Query".');
  });

  it('answers a browser with a JSON error rather than a page when the explorer is off', async () => {
    const answer = await lambdaTransport(handler).send({ method: 'GET', headers: { accept: 'text/html' } });

    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
    expect(json(answer).errors?.[0]?.message).toMatch(/Send a query/);
  });
});

describe('hard caps behind the budget', () => {
  it('stops a request at its cap of DynamoDB requests with QUERY_TOO_COSTLY, not a crash', async () => {
    const t = await createTestApp({
      limits: { ...DEFAULT_REQUEST_LIMITS, dynamoRequests: { perRequest: 3, perRootField: {} } },
    });
    const handler = createHttpApiHandler(t.app);
    const admin = { userId: 'cap-admin' };
    for (let o = 0; o < 4; o++) {
      const owner = await createCharity(t, admin, `Capped ${o}`);
      await createBuilding(t, admin, { name: `Capped hall ${o}`, ownerOrganisationId: owner.id });
    }
    t.requests.length = 0;

    // One Query for the page, then one history Query per building: more than 3.
    const answer = await lambdaTransport(handler).send(
      post(
        {
          query: `{ buildingsByCouncil(councilCode: "${CHELTENHAM}") { edges { node { name history(first: 1) { edges { cursor } } } } } }`,
        },
        { authorization: `Bearer ${t.token(admin)}` },
      ),
    );

    const body = json(answer);
    expect(answer.status).toBe(200);
    expect(body.errors?.map((error) => error.extensions)).toContainEqual({
      code: 'QUERY_TOO_COSTLY',
      limit: 'DYNAMODB_REQUESTS',
      max: 3,
    });
    expect(t.requests.length).toBeLessThanOrEqual(3);
    expect(t.logs.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('replaces an answer larger than the response limit with QUERY_TOO_COSTLY', async () => {
    const t = await createTestApp({ limits: { ...DEFAULT_REQUEST_LIMITS, maxResponseBytes: 1_000 } });
    const handler = createHttpApiHandler(t.app);
    const admin = { userId: 'big-admin' };
    const owner = await createCharity(t, admin, 'Big answers');
    for (let b = 0; b < 5; b++) {
      await createBuilding(t, admin, {
        name: `Big hall ${b}`,
        ownerOrganisationId: owner.id,
        description: 'x'.repeat(300),
      });
    }

    const answer = await lambdaTransport(handler).send(
      post({
        query: `{ buildingsByCouncil(councilCode: "${CHELTENHAM}") { edges { node { name description } } } }`,
      }),
    );

    expect(answer.status).toBe(400);
    expect(json(answer).errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COSTLY',
      limit: 'RESPONSE_SIZE',
      max: 1_000,
    });
  });
});
