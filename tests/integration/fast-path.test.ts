import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpApiHandler } from '../../src/lambda/lambda-handler';
import type { HttpApiHandler } from '../../src/lambda/lambda-handler';
import type { FastPathRequest } from '../../src/app/fast-path';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { httpApiEvent } from '../support/http-api-event';
import { lambdaContext } from '../support/lambda-context';
import { createBuilding, createCharity } from '../support/fixtures';

const BUILDING = 'query ($id: ID!) { building(id: $id) { id name version } }';

function fastRequest(query: string, variables: Record<string, unknown> = {}): FastPathRequest {
  return { query, variables, operationName: undefined, sha256Hash: undefined, accept: undefined };
}

describe('the compiled fast path', () => {
  let t: TestApp;
  let handler: HttpApiHandler;
  let buildingId: string;

  beforeAll(async () => {
    // Production's threshold: a text is compiled on its second sight, whatever TEST_GRAPHQL_PATH says.
    t = await createTestApp({ introspection: false, fastPathMinSightings: 2 });
    handler = createHttpApiHandler(t.app);
    const editor = { userId: 'fast-path-editor' };
    const ownerId = (await createCharity(t, editor, 'Friends of the Fast Path')).id;
    buildingId = (await createBuilding(t, editor, { ownerOrganisationId: ownerId })).id;
  });

  async function post(body: unknown, requestId: string) {
    const result = (await handler(
      httpApiEvent(body),
      lambdaContext(requestId),
    )) as APIGatewayProxyStructuredResultV2;
    return { status: result.statusCode, headers: result.headers ?? {}, body: result.body ?? '' };
  }

  it('answers a text seen before without Apollo, byte for byte as Apollo answered it', async () => {
    const apollo = vi.spyOn(t.app.server, 'executeHTTPGraphQLRequest');
    const body = { query: BUILDING, variables: { id: buildingId } };
    const first = await post(body, 'first-sight');
    const callsAfterFirst = apollo.mock.calls.length;
    t.requests.length = 0;
    const second = await post(body, 'second-sight');
    const callsAfterSecond = apollo.mock.calls.length;
    apollo.mockRestore();

    expect(callsAfterFirst).toBe(1);
    expect(callsAfterSecond).toBe(1);
    expect(second).toEqual(first);
    expect(t.requests).toEqual(['GetItemCommand']);
  });

  it('serves a persisted query by its hash once its text has been compiled', async () => {
    const query = '{ __typename }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const withText = { query, extensions: { persistedQuery: { version: 1, sha256Hash } } };
    await post(withText, 'persisted-1');
    await post(withText, 'persisted-2');

    const byHash = await t.app.fastPath.run(
      { ...fastRequest(''), query: undefined, sha256Hash },
      await t.app.createContext({ authorization: undefined, requestId: 'persisted-3' }),
    );

    expect(byHash?.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('masks an unexpected error, with the request id, as Apollo does', async () => {
    const context = await t.app.createContext({ authorization: undefined, requestId: 'masked-1' });
    const broken = vi.spyOn(context.stores.buildings, 'getBuilding').mockRejectedValue(new Error('boom'));
    const query = 'query ($id: ID!) { building(id: $id) { id } }';
    await t.app.fastPath.run(fastRequest(query, { id: buildingId }), context);
    const result = await t.app.fastPath.run(fastRequest(query, { id: buildingId }), context);
    broken.mockRestore();

    expect(result?.body.errors?.map(({ extensions }) => extensions)).toEqual([
      { code: 'INTERNAL_SERVER_ERROR', requestId: 'masked-1' },
    ]);
    expect(JSON.stringify(result?.body)).not.toContain('boom');
    expect(t.logs.some((line) => line.level === 'error' && line.details?.['requestId'] === 'masked-1')).toBe(
      true,
    );
  });

  it.each([
    ['a mutation', 'mutation { __typename }', {}],
    ['introspection', '{ __schema { queryType { name } } }', {}],
    ['variables that do not coerce', BUILDING, { id: { not: 'an id' } }],
    [
      'a query over the cost budget',
      '{ buildingByUprn(uprn: "1", first: 100) { edges { node { history(first: 100) { edges { node { __typename } } } } } } }',
      {},
    ],
    ['a document that does not validate', '{ noSuchField }', {}],
  ])('hands %s back to Apollo, even when seen before', async (_name, query, variables) => {
    const context = await t.app.createContext({ authorization: undefined, requestId: 'declined' });
    await t.app.fastPath.run(fastRequest(query, variables), context);

    expect(await t.app.fastPath.run(fastRequest(query, variables), context)).toBeNull();
  });
});
