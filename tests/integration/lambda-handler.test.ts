import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHttpApiHandler } from '../../src/lambda/lambda-handler';
import type { HttpApiHandler } from '../../src/lambda/lambda-handler';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { httpApiEvent } from '../support/http-api-event';
import { lambdaContext } from '../support/lambda-context';

async function invoke(
  handler: HttpApiHandler,
  event: APIGatewayProxyEventV2,
  requestId = 'lambda-request-1',
) {
  const result = (await handler(event, lambdaContext(requestId))) as APIGatewayProxyStructuredResultV2;
  return {
    status: result.statusCode,
    headers: result.headers ?? {},
    body: JSON.parse(result.body ?? '{}') as Record<string, unknown>,
  };
}

describe('the Lambda handler', () => {
  let t: TestApp;
  let handler: HttpApiHandler;

  beforeAll(async () => {
    t = await createTestApp();
    handler = createHttpApiHandler(t.app);
  });

  it('creates and reads back a record through an HTTP API v2 event with a bearer token', async () => {
    const token = t.token({ userId: 'lambda-user', email: 'lambda@example.org' });
    const created = await invoke(
      handler,
      httpApiEvent(
        {
          query:
            'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }',
          variables: {
            input: {
              kind: 'UNINCORPORATED_GROUP',
              name: 'Lambda Allotment Society',
              memberCount: 25,
              councilAreas: ['E07000078'],
            },
          },
        },
        { authorization: `Bearer ${token}` },
      ),
    );
    const id = ((created.body['data'] as Record<string, { id: string }>)['createOrganisation'] ?? { id: '' })
      .id;

    const read = await invoke(
      handler,
      httpApiEvent({
        query: 'query ($id: ID!) { organisation(id: $id) { name memberCount } }',
        variables: { id },
      }),
    );

    expect(created.status).toBe(200);
    expect(read.body).toEqual({
      data: { organisation: { name: 'Lambda Allotment Society', memberCount: 25 } },
    });
    // Answers may hold what only this caller may see: no browser or proxy keeps them.
    expect(created.headers['cache-control']).toBe('private, no-store');
    expect(read.headers['cache-control']).toBe('no-store');
  });

  it('answers 401 UNAUTHENTICATED to a forged token', async () => {
    const token = t.token({ userId: 'someone' });
    const forged = `${token.slice(0, -6)}AAAAAA`;

    const result = await invoke(
      handler,
      httpApiEvent({ query: '{ me { userId } }' }, { authorization: `Bearer ${forged}` }),
    );

    expect(result.status).toBe(401);
    expect(JSON.stringify(result.body)).toContain('UNAUTHENTICATED');
  });

  it('uses the Lambda request id as the request id of a masked error', async () => {
    const broken = await createTestApp({ tableName: 'missing-table' });

    const result = await invoke(
      createHttpApiHandler(broken.app),
      httpApiEvent({ query: '{ organisationsByName(prefix: "x") { edges { cursor } } }' }),
      'req-42',
    );

    const errors = result.body['errors'] as { extensions: Record<string, unknown> }[];
    expect(errors[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
  });
});
