import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpApiHandler } from '../../src/lambda/lambda-handler';
import type { HttpApiHandler } from '../../src/lambda/lambda-handler';
import { createLambdaLogging } from '../../src/lambda/powertools-logging';
import { createTextRequestLog } from '../../src/lambda/request-log';
import type { RequestLogEntry } from '../../src/lambda/request-log';
import { httpApiEvent } from '../support/http-api-event';
import { lambdaContext } from '../support/lambda-context';
import { createTestApp, PLATFORM_ADMIN } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/** What a client got: the status and, read independently of the log code, the first error's code. */
async function invoke(handler: HttpApiHandler, event: APIGatewayProxyEventV2, requestId: string) {
  const result = (await handler(event, lambdaContext(requestId))) as APIGatewayProxyStructuredResultV2;
  const body = JSON.parse(result.body ?? '{}') as {
    data?: unknown;
    errors?: { extensions?: { code?: string } }[];
  };
  return { status: result.statusCode, body, firstCode: body.errors?.[0]?.extensions?.code ?? 'OK' };
}

describe('the request log', () => {
  let t: TestApp;
  const entries: RequestLogEntry[] = [];
  let handler: HttpApiHandler;

  beforeAll(async () => {
    t = await createTestApp();
    handler = createHttpApiHandler(t.app, { requestLog: (entry) => entries.push(entry) });
  });

  afterEach(() => {
    entries.length = 0;
    vi.restoreAllMocks();
  });

  it('writes one JSON line per request through Powertools, without the token or any email sent', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const logging = createLambdaLogging(new PowertoolsLogger({ serviceName: 'register-test' }));
    const lambda = createHttpApiHandler(t.app, { requestLog: logging.requestLog });
    const token = t.token({ userId: 'log-user', email: 'caller.private@example.org' });
    const contactEmail = 'contact.secret@example.org';

    const answer = await invoke(
      lambda,
      httpApiEvent(
        {
          query: `mutation CreateGroup($input: CreateOrganisationInput!) {
            createOrganisation(input: $input) { id contact { email } }
          }`,
          operationName: 'CreateGroup',
          variables: {
            input: {
              kind: 'UNINCORPORATED_GROUP',
              name: 'Logged Allotment Society',
              memberCount: 12,
              councilAreas: ['E07000078'],
              contact: { email: contactEmail },
            },
          },
        },
        { authorization: `Bearer ${token}` },
      ),
      'log-request-1',
    );
    vi.restoreAllMocks();

    // The answer does hold the email: only the log must not.
    expect(JSON.stringify(answer.body)).toContain(contactEmail);
    const output = written.join('');
    expect(output).not.toContain(token);
    expect(output).not.toContain(token.split('.')[2]);
    expect(output).not.toContain(contactEmail);
    expect(output).not.toContain('caller.private');
    expect(output).not.toContain('@');
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'request',
      service: 'register-test',
      requestId: 'log-request-1',
      method: 'POST',
      path: '/graphql',
      operation: 'CreateGroup',
      caller: 'user',
      status: answer.status,
      result: 'OK',
    });
    expect(typeof line['timestamp']).toBe('string');
    expect(line['durationMs']).toBeGreaterThanOrEqual(0);
  });

  it('names an anonymous operation by its first root field, by Apollo and by the fast path alike', async () => {
    const event = httpApiEvent({ query: '{ organisationsByName(prefix: "Logged") { edges { cursor } } }' });

    // The second sight of a text is served by the compiled fast path (src/app/fast-path.ts).
    const first = await invoke(handler, event, 'anon-1');
    const second = await invoke(handler, event, 'anon-2');

    expect(entries).toEqual([
      expect.objectContaining({
        requestId: 'anon-1',
        operation: 'organisationsByName',
        caller: 'anonymous',
        status: first.status,
        result: 'OK',
      }),
      expect.objectContaining({
        requestId: 'anon-2',
        operation: 'organisationsByName',
        caller: 'anonymous',
        status: second.status,
        result: 'OK',
      }),
    ]);
  });

  it('tells a platform admin from a user', async () => {
    const query = 'query Me { me { userId } }';

    await invoke(
      handler,
      httpApiEvent({ query }, { authorization: `Bearer ${t.token({ userId: PLATFORM_ADMIN })}` }),
      'admin-1',
    );
    await invoke(
      handler,
      httpApiEvent({ query }, { authorization: `Bearer ${t.token({ userId: 'plain-user' })}` }),
      'user-1',
    );

    expect(entries.map(({ caller, operation }) => ({ caller, operation }))).toEqual([
      { caller: 'platform-admin', operation: 'Me' },
      { caller: 'user', operation: 'Me' },
    ]);
  });

  it('gives the first error code the client received, at every layer that can refuse', async () => {
    const forged = `${t.token({ userId: 'someone' }).slice(0, -6)}AAAAAA`;
    const cases: [string, APIGatewayProxyEventV2][] = [
      ['bad token', httpApiEvent({ query: '{ me { userId } }' }, { authorization: `Bearer ${forged}` })],
      [
        'bad argument',
        httpApiEvent({
          query: 'query Find { organisationsByName(prefix: "x", first: -1) { edges { cursor } } }',
        }),
      ],
      ['unknown field', httpApiEvent({ query: '{ nothingHere }' })],
      ['not JSON', { ...httpApiEvent({}), body: 'query=1', headers: { 'content-type': 'text/plain' } }],
      [
        'unknown path',
        { ...httpApiEvent({ query: '{ me { userId } }' }), rawPath: '/somewhere/me@example.org' },
      ],
      ['answered', httpApiEvent({ query: '{ organisationsByName(prefix: "x") { edges { cursor } } }' })],
    ];
    const broken = await createTestApp({ tableName: 'missing-table' });
    const brokenHandler = createHttpApiHandler(broken.app, { requestLog: (entry) => entries.push(entry) });

    const answers = [];
    for (const [name, event] of cases) answers.push({ name, ...(await invoke(handler, event, name)) });
    answers.push({
      name: 'masked',
      ...(await invoke(
        brokenHandler,
        httpApiEvent({ query: '{ organisationsByName(prefix: "x") { edges { cursor } } }' }),
        'masked',
      )),
    });

    expect(entries.map((entry) => [entry.requestId, entry.status, entry.result])).toEqual(
      answers.map(({ name, status, firstCode }) => [name, status, firstCode]),
    );
    expect(new Set(answers.map(({ firstCode }) => firstCode))).toEqual(
      new Set([
        'UNAUTHENTICATED',
        'BAD_USER_INPUT',
        'GRAPHQL_VALIDATION_FAILED',
        'UNSUPPORTED_MEDIA_TYPE',
        'NOT_FOUND',
        'OK',
        'INTERNAL_SERVER_ERROR',
      ]),
    );
    expect(entries.find((entry) => entry.requestId === 'bad token')?.caller).toBe('anonymous');
    expect(entries.find((entry) => entry.requestId === 'bad argument')?.operation).toBe('Find');
    expect(entries.find((entry) => entry.requestId === 'unknown path')?.path).toBe(
      '/somewhere/me_example.org',
    );
  });

  it('prints one readable line per request for npm start', async () => {
    const lines: string[] = [];
    const local = createHttpApiHandler(t.app, {
      requestLog: createTextRequestLog((line) => lines.push(line)),
    });

    const answer = await invoke(
      local,
      httpApiEvent({ query: '{ organisationsByName(prefix: "Logged") { edges { cursor } } }' }),
      'text-1',
    );

    expect(answer.status).toBe(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d POST \/graphql organisationsByName anon 200 OK \d+(\.\d)?ms$/);
  });
});
