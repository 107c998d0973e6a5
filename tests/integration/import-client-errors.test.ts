import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../src/import/graphql-client';
import { findFreePort } from '../../src/local/dynamodb-local';
import { serveOverHttp } from '../support/http-server';
import { createTestApp } from '../support/test-app';

const ME = 'query { me { userId } }';

describe('the import client names the endpoint in its errors', () => {
  let server: Awaited<ReturnType<typeof serveOverHttp>>;

  beforeAll(async () => {
    server = await serveOverHttp(await createTestApp());
  });
  afterAll(() => server.stop());

  it('says which server refused the token, and that tokens are per server', async () => {
    const api = createGraphQLClient({ endpoint: server.url, token: 'not-a-token-this-server-signed' });

    const refused = api(ME, {});

    await expect(refused).rejects.toThrow(`${server.url} answered: UNAUTHENTICATED`);
    await expect(refused).rejects.toThrow(/a token is good only for the server whose key signed it/);
  });

  it('says which endpoint it could not reach, and why', async () => {
    // A port nothing listens on: the connection is refused.
    const endpoint = `http://127.0.0.1:${await findFreePort()}/graphql`;
    const api = createGraphQLClient({ endpoint, token: null, attempts: 2, backoffMs: 1 });

    await expect(api(ME, {})).rejects.toThrow(
      `Gave up on ${endpoint} after 2 attempts: connection problem (fetch failed: ECONNREFUSED)`,
    );
  });

  it('says which endpoint answered with something that is not the API', async () => {
    const endpoint = server.url.replace('/graphql', '/open-data/E07000078/buildings.geojson');
    const api = createGraphQLClient({ endpoint, token: null, attempts: 1 });

    await expect(api(ME, {})).rejects.toThrow(endpoint);
  });
});
