/**
 * Measures the GraphQL API over a real DynamoDB Local: latency percentiles, DynamoDB requests per operation
 * and heap after the run, for the register's common operations.
 *
 *   npx tsx bench/api.ts [iterations]      (default 200 per operation)
 *
 * Everything runs in this process on one machine (DynamoDB Local is a Java process beside it), so the
 * figures compare versions of this code; they are not a forecast of Lambda + DynamoDB latency.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app';
import { createLocalTokenVerifier } from '../src/auth/token-verifier';
import { readConfig } from '../src/config';
import { findFreePort, startDynamoDbLocal } from '../src/local/dynamodb-local';
import { generateSigningKey, signLocalToken, toJwks } from '../src/local/signing-key';
import { createDynamoClient, ensureTable } from '../src/store';

const ITERATIONS = Number(process.argv[2] ?? 200);
const OWNERS = 10;
const BUILDINGS_PER_OWNER = 20;
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };

const dynamo = await startDynamoDbLocal({ port: await findFreePort(), dataDir: null });
try {
  const client = createDynamoClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
  let requests = 0;
  client.middlewareStack.add((next) => async (args) => (requests++, next(args)), { step: 'initialize' });
  const tableName = 'bench';
  await ensureTable(client, tableName);
  const key = generateSigningKey();
  const secret = randomUUID() + randomUUID();
  const app = createApp({
    config: readConfig({ TABLE_NAME: tableName, AUTH_MODE: 'local', CURSOR_SECRET: secret, STAGE: 'bench' }),
    cursorSecret: secret,
    tokenVerifier: createLocalTokenVerifier(toJwks(key)),
    dynamoClient: client,
    logger: quiet,
  });

  const run = async (query: string, variables: Record<string, unknown>, userId: string | null) => {
    const contextValue = await app.createContext({
      authorization: userId ? `Bearer ${signLocalToken(key, { userId })}` : undefined,
      requestId: randomUUID(),
    });
    const response = await app.server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(JSON.stringify(response.body));
    }
    return response.body.singleResult.data as Record<string, { id: string }>;
  };

  // Seed: OWNERS charities in one area, each owning BUILDINGS_PER_OWNER buildings.
  const buildingIds: string[] = [];
  for (let o = 0; o < OWNERS; o++) {
    const admin = `bench-admin-${o}`;
    const { createOrganisation } = await run(
      'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      {
        i: {
          kind: 'CHARITY',
          name: `Bench Trust ${o}`,
          charityNumber: '1000000',
          councilAreas: ['E07000078'],
        },
      },
      admin,
    );
    for (let b = 0; b < BUILDINGS_PER_OWNER; b++) {
      const { createBuilding } = await run(
        'mutation ($i: CreateBuildingInput!) { createBuilding(input: $i) { id } }',
        {
          i: {
            name: `Bench Hall ${o}-${b}`,
            councilCode: 'E07000078',
            category: 'HALL',
            ownerOrganisationId: createOrganisation?.id,
            address: { lines: ['1 High Street'], postcode: 'GL50 1PP' },
          },
        },
        admin,
      );
      buildingIds.push(createBuilding?.id ?? '');
    }
  }

  const operations: { name: string; exec: (i: number) => Promise<unknown> }[] = [
    {
      name: 'buildingsByCouncil(first: 50) with owners, anonymous',
      exec: () =>
        run(
          '{ buildingsByCouncil(councilCode: "E07000078", first: 50) { edges { node { name owner { name } } } } }',
          {},
          null,
        ),
    },
    {
      name: 'buildingsByCouncil(first: 50) with owners, signed in',
      exec: () =>
        run(
          '{ buildingsByCouncil(councilCode: "E07000078", first: 50) { edges { node { name owner { name } } } } }',
          {},
          'bench-admin-0',
        ),
    },
    {
      name: 'building(id) with owner',
      exec: (i) =>
        run(
          'query ($id: ID!) { building(id: $id) { name owner { name } } }',
          { id: buildingIds[i % buildingIds.length] },
          null,
        ),
    },
    {
      name: 'updateBuilding (read, authorize, transact with audit)',
      exec: async (i) => {
        const id = buildingIds[i % buildingIds.length] ?? '';
        const owner = `bench-admin-${Math.floor((i % buildingIds.length) / BUILDINGS_PER_OWNER)}`;
        const { building } = await run('query ($id: ID!) { building(id: $id) { id version } }', { id }, null);
        const version = (building as unknown as { version: number }).version;
        return run(
          'mutation ($id: ID!, $v: Int!) { updateBuilding(id: $id, expectedVersion: $v, input: { floorAreaSqm: 100 }) { version } }',
          { id, v: version },
          owner,
        );
      },
    },
  ];

  console.log(
    `MASH Register API benchmark: ${ITERATIONS} iterations per operation, ${OWNERS * BUILDINGS_PER_OWNER} buildings`,
  );
  console.log('operation | p50 ms | p95 ms | p99 ms | DynamoDB requests/op');
  for (const operation of operations) {
    for (let i = 0; i < 10; i++) await operation.exec(i); // warm up JIT and connections
    const timings: number[] = [];
    requests = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const start = performance.now();
      await operation.exec(i);
      timings.push(performance.now() - start);
    }
    timings.sort((a, b) => a - b);
    const at = (q: number) =>
      (timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? 0).toFixed(1);
    console.log(
      `${operation.name} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${(requests / ITERATIONS).toFixed(1)}`,
    );
  }
  const heapMiB = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(
    `heap used after the run: ${heapMiB.toFixed(1)} MiB; rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MiB`,
  );
  client.destroy();
} finally {
  await dynamo.stop();
}
