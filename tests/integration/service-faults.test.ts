import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '../../src/kernel/domain/errors';
import { createHttpApiHandler } from '../../src/lambda/lambda-handler';
import { CursorCodec } from '../../src/kernel/store/cursor';
import { createDocumentClient } from '../../src/kernel/store/dynamo-client';
import { Table } from '../../src/kernel/store/table';
import { createTestTable } from '../support/dynamo';
import {
  CHELTENHAM,
  CREATE_BUILDING,
  CREATE_ORGANISATION,
  buildingInput,
  createCharity,
  UPDATE_ORGANISATION,
} from '../support/fixtures';
import { injectDynamoFaults } from '../support/fault-injection';
import type { FaultInjection } from '../support/fault-injection';
import { findHalfWrittenRecords } from '../support/table-consistency';
import { createTestApp, errorCodes, TEST_CURSOR_SECRET } from '../support/test-app';
import type { GraphQLResult, TestApp } from '../support/test-app';

const UPDATE_BUILDING = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $input: UpdateBuildingInput!) {
    updateBuilding(id: $id, expectedVersion: $v, input: $input) {
      id
      version
    }
  }
`;

describe('a busy or failing DynamoDB', () => {
  let t: TestApp;
  let faults: FaultInjection;
  const admin = { userId: 'faults-admin' };

  beforeAll(async () => {
    t = await createTestApp();
    faults = injectDynamoFaults(t.table.client, 6);
  });
  beforeEach(() => faults.stop());

  it('is answered SERVICE_UNAVAILABLE, retryable, with HTTP 503 and Retry-After, counted and logged', async () => {
    faults.throttle(1);

    const result = await t.run('{ organisationsByName(prefix: "a") { edges { node { id } } } }');
    faults.stop();

    const error = result.errors?.[0];
    expect(errorCodes(result)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(error?.extensions).toMatchObject({ retryable: true, retryAfterSeconds: 1 });
    expect(error?.message).not.toMatch(/throughput|dynamo|exceeded|capacity/i);
    expect(result.http?.status).toBe(503);
    expect(result.http?.headers.get('retry-after')).toBe('1');
    expect(t.unavailable).toEqual(['THROTTLED']);
    expect(t.logs.at(-1)).toMatchObject({ level: 'warn', message: 'Service unavailable' });
    expect(t.logs.at(-1)?.details).toMatchObject({ cause: 'THROTTLED' });
  });

  it('is answered 503 with Retry-After through the Lambda handler too', async () => {
    const lambdaApp = await createTestApp();
    const lambdaFaults = injectDynamoFaults(lambdaApp.table.client, 7);
    const handler = createHttpApiHandler(lambdaApp.app);
    const event = {
      version: '2.0',
      rawPath: '/graphql',
      rawQueryString: '',
      headers: { 'content-type': 'application/json' },
      requestContext: { http: { method: 'POST', path: '/graphql' }, requestId: 'r' },
      body: JSON.stringify({ query: '{ organisationsByName(prefix: "a") { edges { cursor } } }' }),
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    lambdaFaults.throttle(1);

    const response = (await handler(event, {
      awsRequestId: 'lambda-503',
    } as Context)) as APIGatewayProxyStructuredResultV2;

    expect(response.statusCode).toBe(503);
    expect(response.headers?.['retry-after']).toBe('1');
    expect(JSON.parse(String(response.body))).toMatchObject({
      errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }],
    });
  });

  it('makes an admin whose memberships cannot be loaded retry, never FORBIDDEN, and logs it', async () => {
    const org = await createCharity(t, admin, 'Throttled Trust');
    // Every read of the caller's access item (their memberships) fails, whatever the SDK retries.
    faults.throttle(
      1,
      (command, input) => command.startsWith('GetItem') && JSON.stringify(input).includes('"USER#'),
    );

    const result = await t.run(
      'query ($id: ID!) { organisation(id: $id) { name contact { email } } }',
      { id: org.id },
      admin,
    );
    faults.stop();

    // The private contact is not silently withheld (as if the admin were an outsider): the field fails
    // with the retryable code.
    expect(errorCodes(result)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(result.errors?.[0]?.path).toEqual(['organisation', 'contact']);
    const logged = t.logs.filter((line) => line.message === 'Service unavailable').at(-1);
    expect(logged?.details).toMatchObject({ path: ['organisation', 'contact'] });
    expect(String((logged?.details?.['error'] as { name?: string }).name)).toMatch(/Throttl|Throughput/);
    const again = await t.ok<{ organisation: { contact: { email: string } | null } }>(
      'query ($id: ID!) { organisation(id: $id) { contact { email } } }',
      { id: org.id },
      admin,
    );
    expect(again.organisation.contact?.email).toMatch(/@/);
  });
});

// A fresh app (and so a fresh SDK client) for the workloads: the tests above throttle every call, which
// drains the client's retry quota exactly as a real outage would, and a drained quota stops SDK retries.
describe('a DynamoDB that throttles some calls', () => {
  let t: TestApp;
  let faults: FaultInjection;
  const admin = { userId: 'workload-admin' };

  beforeAll(async () => {
    t = await createTestApp();
    faults = injectDynamoFaults(t.table.client, 6);
  });
  beforeEach(() => faults.stop());

  it('saves a transaction DynamoDB throttled, by sending it again', async () => {
    const org = await createCharity(t, admin, 'Transaction Trust');
    faults.throttle(0.5, /^TransactWriteItems/);

    const results = [];
    for (let i = 0; i < 10; i++) {
      const input = buildingInput({ ownerOrganisationId: org.id, name: `Throttled Hall ${i}` });
      results.push(await t.run(CREATE_BUILDING, { input }, admin));
    }
    faults.stop();

    expect(results.flatMap(errorCodes)).toEqual([]);
    expect(faults.injected).toBeGreaterThan(0);
    expect(await findHalfWrittenRecords(t.table)).toEqual([]);
  });

  it('with 30% of calls throttled during mixed reads and writes, fails at most 1% of operations, each retryably, and leaves nothing half-written', async () => {
    // prepare: two organisations and a few buildings, written while DynamoDB is healthy
    const orgs = [
      await createCharity(t, admin, 'Mixed Trust One'),
      await createCharity(t, admin, 'Mixed Trust Two'),
    ];
    const versions = new Map<string, number>(orgs.map((org) => [org.id, org.version]));
    const buildings: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { createBuilding } = await t.ok<{ createBuilding: { id: string; version: number } }>(
        CREATE_BUILDING,
        { input: buildingInput({ ownerOrganisationId: orgs[i % 2]?.id, name: `Seed Hall ${i}` }) },
        admin,
      );
      buildings.push(createBuilding.id);
      versions.set(createBuilding.id, createBuilding.version);
    }
    const injectedBefore = faults.injected;
    const attemptsBefore = faults.attempts;
    const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
    const operations: { name: string; run: () => Promise<GraphQLResult>; saved?: (data: never) => void }[] =
      [];
    const OPERATIONS = 240;
    for (let i = 0; i < OPERATIONS; i++) {
      const kind = i % 10;
      if (kind === 0) {
        operations.push({
          name: `createBuilding #${i}`,
          run: () =>
            t.run(
              CREATE_BUILDING,
              {
                input: buildingInput({
                  ownerOrganisationId: pick(orgs, i).id,
                  name: `Hall ${i}`,
                  uprn: String(10_000 + i),
                }),
              },
              admin,
            ),
          saved: (data: { createBuilding: { id: string; version: number } }) => {
            buildings.push(data.createBuilding.id);
            versions.set(data.createBuilding.id, data.createBuilding.version);
          },
        });
      } else if (kind === 1) {
        const id = () => pick(buildings, i);
        operations.push({
          name: `updateBuilding #${i}`,
          run: () =>
            t.run(
              UPDATE_BUILDING,
              { id: id(), v: versions.get(id()), input: { name: `Hall ${i} renamed`, floorAreaSqm: i + 1 } },
              admin,
            ),
          saved: (data: { updateBuilding: { id: string; version: number } }) =>
            versions.set(data.updateBuilding.id, data.updateBuilding.version),
        });
      } else if (kind === 2) {
        operations.push({
          name: `building #${i}`,
          run: () =>
            t.run(
              'query ($id: ID!) { building(id: $id) { name owner { name } history(first: 5) { edges { node { action } } } } }',
              { id: pick(buildings, i) },
              admin,
            ),
        });
      } else if (kind === 3) {
        operations.push({
          name: `buildingsByCouncil #${i}`,
          run: () =>
            t.run(
              'query ($c: String!) { buildingsByCouncil(councilCode: $c, first: 10) { edges { node { name owner { name } } } } }',
              { c: CHELTENHAM },
              i % 2 ? admin : null,
            ),
        });
      } else if (kind === 4) {
        operations.push({
          name: `createOrganisation #${i}`,
          run: () =>
            t.run(
              CREATE_ORGANISATION,
              {
                input: {
                  kind: 'UNINCORPORATED_GROUP',
                  name: `Group ${i}`,
                  memberCount: 25,
                  councilAreas: [CHELTENHAM],
                },
              },
              admin,
            ),
        });
      } else if (kind === 5) {
        const org = pick(orgs, i);
        operations.push({
          name: `updateOrganisation #${i}`,
          run: () =>
            t.run(
              UPDATE_ORGANISATION,
              {
                id: org.id,
                v: versions.get(org.id),
                input: {
                  name: `${org.name} ${i}`,
                  councilAreas: i % 2 ? [CHELTENHAM] : [CHELTENHAM, 'E07000079'],
                },
              },
              admin,
            ),
          saved: (data: { updateOrganisation: { id: string; version: number } }) =>
            versions.set(data.updateOrganisation.id, data.updateOrganisation.version),
        });
      } else if (kind === 6) {
        operations.push({
          name: `me #${i}`,
          run: () => t.run('{ me { memberships { role organisation { name } } } }', {}, admin),
        });
      } else if (kind === 8) {
        operations.push({
          name: `addMember #${i}`,
          run: () =>
            t.run(
              'mutation ($org: ID!, $user: String!) { addMember(organisationId: $org, userId: $user, role: VIEWER) { userId } }',
              { org: pick(orgs, i).id, user: `member-${i}` },
              admin,
            ),
        });
      } else if (kind === 9) {
        const invitee = { userId: `invitee-${i}`, email: `invitee-${i}@example.org`, emailVerified: true };
        const org = pick(orgs, i).id;
        operations.push({
          name: `inviteMember and claimInvite #${i}`,
          run: async () => {
            const invited = await t.run(
              'mutation ($org: ID!, $email: String!) { inviteMember(organisationId: $org, email: $email, role: EDITOR) { email } }',
              { org, email: invitee.email },
              admin,
            );
            if (invited.errors?.length) return invited;
            return t.run(
              'mutation ($org: ID!) { claimInvite(organisationId: $org) { role } }',
              { org },
              invitee,
            );
          },
        });
      } else {
        operations.push({
          name: `organisationsByName #${i}`,
          run: () => t.run('{ organisationsByName(prefix: "mixed") { edges { node { name } } } }'),
        });
      }
    }

    // act: every operation in turn, with 30% of DynamoDB attempts throttled
    faults.throttle(0.3);
    const failed: { name: string; codes: unknown[] }[] = [];
    for (const operation of operations) {
      const result = await operation.run();
      if (result.errors?.length) failed.push({ name: operation.name, codes: errorCodes(result) });
      else operation.saved?.(result.data as never);
    }
    faults.stop();

    // assess
    const injected = faults.injected - injectedBefore;
    const attempts = faults.attempts - attemptsBefore;
    const report = `${failed.length} of ${OPERATIONS} operations failed (${injected} of ${attempts} DynamoDB attempts throttled): ${JSON.stringify(failed)}`;
    console.info(report);
    expect(injected / attempts).toBeGreaterThan(0.25);
    expect(failed.length, report).toBeLessThanOrEqual(OPERATIONS / 100);
    expect(
      failed.filter((f) => f.codes.some((code) => code !== 'SERVICE_UNAVAILABLE')),
      report,
    ).toEqual([]);
    expect(await findHalfWrittenRecords(t.table)).toEqual([]);
  }, 300_000);
});

describe('a DynamoDB call that hangs', () => {
  it('is abandoned at the call deadline and reported as a retryable timeout', async () => {
    const table = await createTestTable();
    const slow: Parameters<typeof table.client.middlewareStack.add>[0] = (next) => async (args) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return next(args);
    };
    table.client.middlewareStack.add(slow as never, { step: 'finalizeRequest', name: 'hang' });
    const gateway = new Table(
      createDocumentClient(table.client),
      table.tableName,
      new CursorCodec(TEST_CURSOR_SECRET),
      200,
    );
    const started = Date.now();

    const error: unknown = await gateway.get({ pk: 'ORG#x', sk: 'ORG' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).faultCause).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
