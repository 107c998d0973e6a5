import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_MEMBER, createCharity } from '../support/fixtures';
import { createTestApp, PLATFORM_ADMIN } from '../support/test-app';
import type { TestApp } from '../support/test-app';

// The tests' app runs with local tokens, so loopback receivers are allowed (as in `npm start`); every other
// non-public address is refused there as in a deployed stage.
const ENDPOINT_FIELDS = /* GraphQL */ `
  id organisationId url eventTypes description status disabledReason signingSecretCount version
`;
const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterWebhookEndpointInput!, $idempotencyKey: String) {
    registerWebhookEndpoint(input: $input, idempotencyKey: $idempotencyKey) {
      endpoint { ${ENDPOINT_FIELDS} }
      secret
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, expectedVersion: $expectedVersion, input: $input) { ${ENDPOINT_FIELDS} }
  }
`;
const ROTATE = /* GraphQL */ `
  mutation ($id: ID!, $expectedVersion: Int!) {
    rotateWebhookSecret(id: $id, expectedVersion: $expectedVersion) { endpoint { ${ENDPOINT_FIELDS} } secret }
  }
`;
const LIST = /* GraphQL */ `
  query ($organisationId: ID!, $after: String) {
    webhookEndpoints(organisationId: $organisationId, first: 2, after: $after) {
      edges { node { ${ENDPOINT_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Endpoint {
  id: string;
  url: string;
  eventTypes: string[];
  status: string;
  disabledReason: string | null;
  signingSecretCount: number;
  version: number;
}

const admin = { userId: 'hook-admin' };
const editor = { userId: 'hook-editor' };
const outsider = { userId: 'hook-outsider' };

describe('webhook endpoints', () => {
  let api: TestApp;
  let organisationId = '';
  const input = (url: string) => ({
    organisationId,
    url,
    eventTypes: ['COLOCATION_INTEREST_EXPRESSED', 'ACV_ENTRY_LISTED', 'ACV_ENTRY_LISTED'],
    description: 'Our CRM',
  });

  beforeAll(async () => {
    api = await createTestApp();
    organisationId = (await createCharity(api, admin, 'Hook Trust')).id;
    await api.ok(ADD_MEMBER, { organisationId, userId: editor.userId, role: 'EDITOR' }, admin);
  });

  it("registers an admin's endpoint with a secret shown once, its events each once, and lists it", async () => {
    const { registerWebhookEndpoint: created } = await api.ok<{
      registerWebhookEndpoint: { endpoint: Endpoint; secret: string };
    }>(REGISTER, { input: input('http://127.0.0.1:4100/hooks') }, admin);

    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.endpoint).toMatchObject({
      url: 'http://127.0.0.1:4100/hooks',
      eventTypes: ['ACV_ENTRY_LISTED', 'COLOCATION_INTEREST_EXPRESSED'],
      status: 'ACTIVE',
      signingSecretCount: 1,
      version: 1,
    });
    const listed = await api.ok<{ webhookEndpoints: { edges: { node: Endpoint }[] } }>(
      LIST,
      { organisationId },
      admin,
    );
    expect(listed.webhookEndpoints.edges.map((edge) => edge.node.id)).toContain(created.endpoint.id);
    // The secret is kept in the endpoint's own item and nowhere else (no audit event holds it).
    const { Items: items = [] } = await api.table.client.send(
      new ScanCommand({ TableName: api.table.tableName }),
    );
    const holding = items.filter((item) => JSON.stringify(item).includes(created.secret));
    expect(holding.map((item) => item['sk']?.S)).toEqual(['WEBHOOK']);
    expect(items.some((item) => item['recordType']?.S === 'WEBHOOK_ENDPOINT')).toBe(true);
  });

  it.each([
    ['https://10.0.0.8/hook', /10\.0\.0\.0\/8 is a private network/],
    ['https://172.16.4.1/hook', /172\.16\.0\.0\/12 is a private network/],
    ['https://192.168.1.1/hook', /192\.168\.0\.0\/16 is a private network/],
    ['https://169.254.169.254/latest/meta-data/', /metadata/],
    ['https://169.254.10.1/hook', /link-local/],
    ['https://100.64.0.1/hook', /carrier-grade NAT/],
    ['https://0.0.0.0/hook', /this network/],
    ['https://[fd00:ec2::254]/hook', /metadata/],
    ['https://[fd12:3456::1]/hook', /unique local/],
    ['https://[fe80::1]/hook', /fe80::\/10 is link-local/],
    ['https://[::ffff:10.0.0.1]/hook', /IPv4-mapped address of 10\.0\.0\.0\/8/],
    ['https://[::ffff:169.254.169.254]/hook', /IPv4-mapped address of 169\.254\.169\.254\/32/],
    ['https://[::]/hook', /unspecified/],
    ['ftp://hooks.example.org/', /must use https/],
    ['https://user:pw@hooks.example.org/', /user name or password/],
  ])('refuses %s with BAD_USER_INPUT on input.url, saying why', async (url, reason) => {
    const result = await api.run(REGISTER, { input: input(url) }, admin);

    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('input.url');
    expect(result.errors?.[0]?.message).toMatch(reason);
  });

  it('lets only the organisation’s admins register, see and change its endpoints', async () => {
    const { registerWebhookEndpoint: created } = await api.ok<{
      registerWebhookEndpoint: { endpoint: Endpoint };
    }>(REGISTER, { input: input('http://localhost:4100/hooks') }, admin);

    for (const caller of [editor, outsider, { userId: PLATFORM_ADMIN }]) {
      const register = await api.run(REGISTER, { input: input('http://127.0.0.1:4100/x') }, caller);
      expect(register.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const list = await api.run(LIST, { organisationId }, caller);
      expect(list.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const change = await api.run(
        UPDATE,
        { id: created.endpoint.id, expectedVersion: 1, input: { enabled: false } },
        caller,
      );
      expect(change.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
    const anonymous = await api.run(LIST, { organisationId });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('rotates the secret, signing with both for a day, and disables and enables the endpoint', async () => {
    const { registerWebhookEndpoint: created } = await api.ok<{
      registerWebhookEndpoint: { endpoint: Endpoint; secret: string };
    }>(REGISTER, { input: input('http://127.0.0.1:4200/hooks') }, admin);

    const { rotateWebhookSecret: rotated } = await api.ok<{
      rotateWebhookSecret: { endpoint: Endpoint; secret: string };
    }>(ROTATE, { id: created.endpoint.id, expectedVersion: 1 }, admin);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.endpoint).toMatchObject({ signingSecretCount: 2, version: 2 });
    api.clock.at = new Date(api.clock.at.getTime() + 24 * 3_600_000);
    const { updateWebhookEndpoint: disabled } = await api.ok<{ updateWebhookEndpoint: Endpoint }>(
      UPDATE,
      { id: created.endpoint.id, expectedVersion: 2, input: { enabled: false } },
      admin,
    );
    expect(disabled).toMatchObject({ status: 'DISABLED', signingSecretCount: 1, version: 3 });
    expect(disabled.disabledReason).toMatch(/admin/);
    const stale = await api.run(
      UPDATE,
      { id: created.endpoint.id, expectedVersion: 2, input: { enabled: true } },
      admin,
    );
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const { updateWebhookEndpoint: enabled } = await api.ok<{ updateWebhookEndpoint: Endpoint }>(
      UPDATE,
      {
        id: created.endpoint.id,
        expectedVersion: 3,
        input: { enabled: true, url: 'https://[::ffff:8.8.8.8]/hooks' },
      },
      admin,
    );
    expect(enabled).toMatchObject({
      status: 'ACTIVE',
      disabledReason: null,
      url: 'https://[::ffff:808:808]/hooks',
    });
    const moved = await api.run(
      UPDATE,
      { id: created.endpoint.id, expectedVersion: 4, input: { url: 'https://10.1.1.1/' } },
      admin,
    );
    expect(moved.errors?.[0]?.extensions?.['field']).toBe('input.url');
  });

  it('sends the requests docs/data-model.md gives for each operation', async () => {
    const count = async (query: string, variables: Record<string, unknown>) => {
      api.requests.length = 0;
      api.roundTrips.length = 0;
      const data = await api.ok<Record<string, { endpoint?: Endpoint } & Partial<Endpoint>>>(
        query,
        variables,
        admin,
      );
      return { data, requests: [...api.requests], roundTrips: api.roundTrips.map((trip) => [...trip]) };
    };
    const registered = await count(REGISTER, { input: input('http://127.0.0.1:4400/hooks') });
    const id = registered.data['registerWebhookEndpoint']?.endpoint?.id ?? '';
    const rotated = await count(ROTATE, { id, expectedVersion: 1 });
    const listed = await count(LIST, { organisationId });

    // The organisation through the request's loader (BatchGetItem); the role is the transaction's guard.
    expect(registered.requests).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand']);
    expect(rotated.requests).toEqual(['GetItemCommand', 'BatchGetItemCommand', 'TransactWriteItemsCommand']);
    expect(listed.roundTrips).toEqual([['BatchGetItemCommand'], ['GetItemCommand'], ['QueryCommand']]);
  });

  it('answers a retried registration with the first endpoint and its secret', async () => {
    const first = await api.ok<{ registerWebhookEndpoint: { endpoint: Endpoint; secret: string } }>(
      REGISTER,
      { input: input('http://127.0.0.1:4300/hooks'), idempotencyKey: 'webhook-retry-0001' },
      admin,
    );
    const again = await api.ok<{ registerWebhookEndpoint: { endpoint: Endpoint; secret: string } }>(
      REGISTER,
      { input: input('http://127.0.0.1:4300/hooks'), idempotencyKey: 'webhook-retry-0001' },
      admin,
    );

    expect(again.registerWebhookEndpoint).toEqual(first.registerWebhookEndpoint);
  });
});
