import { beforeAll, describe, expect, it } from 'vitest';
import { CREATE_BUILDING, buildingInput, createCharity } from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

describe('errors clients see', () => {
  let broken: TestApp;
  let t: TestApp;

  beforeAll(async () => {
    // An app pointed at a table that does not exist: every DynamoDB call fails with AWS's own message.
    broken = await createTestApp({ tableName: 'no-such-table' });
    t = await createTestApp();
  });

  it('masks a DynamoDB failure as INTERNAL_SERVER_ERROR with a request id, and logs the real error', async () => {
    const result = await broken.run('{ organisationsByName(prefix: "a") { edges { node { id } } } }');

    const error = result.errors?.[0];
    expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(error?.message).not.toMatch(/table|dynamo|resource/i);
    expect(JSON.stringify(result)).not.toMatch(/stack|ResourceNotFound|non-existent/i);
    expect(error?.extensions?.['requestId']).toEqual(expect.any(String));
    const logged = broken.logs.find(
      (line) => line.details?.['requestId'] === error?.extensions?.['requestId'],
    );
    expect(logged?.level).toBe('error');
    expect(logged?.details?.['error']).toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('refuses over-long input before it reaches DynamoDB', async () => {
    const admin = { userId: 'admin' };
    const org = await createCharity(t, admin, 'Length Trust');
    t.requests.length = 0;

    const result = await t.run(
      CREATE_BUILDING,
      {
        input: buildingInput({
          ownerOrganisationId: org.id,
          name: 'x'.repeat(3000),
          assetReference: 'y'.repeat(3000),
        }),
      },
      admin,
    );

    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['input.name', 'input.assetReference']);
    expect(t.requests.filter((name) => name.startsWith('Transact') || name.startsWith('Put'))).toEqual([]);
  });

  it('refuses an over-long user id and name prefix used in keys', async () => {
    const org = await createCharity(t, { userId: 'admin-2' }, 'Key Trust');

    const member = await t.run(
      'mutation ($org: ID!, $user: String!) { addMember(organisationId: $org, userId: $user, role: VIEWER) { userId } }',
      { org: org.id, user: 'u'.repeat(3000) },
      { userId: 'admin-2' },
    );
    const prefix = await t.run(
      'query ($p: String!) { organisationsByName(prefix: $p) { edges { node { id } } } }',
      { p: 'p'.repeat(3000) },
    );

    expect(errorCodes(member)).toEqual(['BAD_USER_INPUT']);
    expect(member.errors?.[0]?.extensions?.['field']).toBe('userId');
    expect(errorCodes(prefix)).toEqual(['BAD_USER_INPUT']);
  });

  it('names an unknown enum value or missing argument as a GraphQL validation error, without a stack', async () => {
    const result = await t.run(
      '{ buildingsByCouncil(councilCode: "E07000078", status: DEMOLISHED) { edges { cursor } } }',
    );

    expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(result.errors)).not.toContain('stacktrace');
  });

  it('asks an anonymous caller to sign in before changing anything', async () => {
    const result = await t.run(CREATE_BUILDING, { input: buildingInput({ ownerName: 'Someone' }) });

    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a query nested past what the parser can follow as too costly, never with the engine message', async () => {
    const result = await t.run(`{ building(id: ${'['.repeat(5_000)}"x"${']'.repeat(5_000)}) { id } }`);

    expect(errorCodes(result)).toEqual(['QUERY_TOO_COSTLY']);
    expect(JSON.stringify(result)).not.toMatch(/call stack/i);
  });

  it('asks an anonymous caller to sign in before ping too, as every mutation', async () => {
    const anonymous = await t.run('mutation { ping }');
    const signedIn = await t.run('mutation { ping }', {}, { userId: 'pinger' });

    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data).toBeNull();
    expect(signedIn.data).toEqual({ ping: true });
  });

  it('answers more than 50 wrongly typed values in variables with BAD_USER_INPUT, not a server error', async () => {
    t.logs.length = 0;
    const input = {
      kind: 'CHARITY',
      name: 'Typed Trust',
      councilAreas: Array.from({ length: 60 }, (_, i) => i),
    };

    const result = await t.run(
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input },
      { userId: 'typist' },
    );

    const codes = errorCodes(result);
    expect(codes.length).toBeGreaterThan(50);
    expect(new Set(codes)).toEqual(new Set(['BAD_USER_INPUT']));
    expect(result.errors?.at(-1)?.extensions?.['field']).toBe('variables');
    expect(result.http?.status).toBe(400);
    expect(t.logs.filter((line) => line.level === 'error')).toEqual([]);
  });
});
