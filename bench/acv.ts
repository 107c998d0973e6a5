/**
 * Measures the assets of community value API over a real DynamoDB Local: latency percentiles and DynamoDB
 * requests per operation for a council with a realistic list (Cheltenham-sized councils list tens to a few
 * hundred assets), plus the cost of the pure state computation every entry field resolves through.
 *
 *   npx tsx bench/acv.ts [iterations]      (default 200 per operation)
 *
 * Same caveat as bench/api.ts: one machine, DynamoDB Local beside it; figures compare versions of this code.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app/create-app';
import { createLocalTokenVerifier } from '../src/auth/token-verifier';
import { readConfig } from '../src/config';
import { applyAcvAction, createNomination } from '../src/registers/acv/domain/acv-lifecycle';
import { acvStateOn } from '../src/registers/acv/domain/acv-state';
import { fixedClock } from '../src/kernel/domain/clock';
import { findFreePort, startDynamoDbLocal } from '../src/local/dynamodb-local';
import { generateSigningKey, signLocalToken, toJwks } from '../src/local/signing-key';
import { createDynamoClient, ensureTable } from '../src/app/register-store';

const ITERATIONS = Number(process.argv[2] ?? 200);
const LISTED = 200;
const PENDING = 50;
const COUNCIL = 'E07000078';
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };

const dynamo = await startDynamoDbLocal({ port: await findFreePort(), dataDir: null });
try {
  const client = createDynamoClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
  let requests = 0;
  client.middlewareStack.add((next) => async (args) => (requests++, next(args)), { step: 'initialize' });
  const tableName = 'bench-acv';
  await ensureTable(client, tableName);
  const key = generateSigningKey();
  const secret = randomUUID() + randomUUID();
  const clock = fixedClock(new Date('2027-03-01T12:00:00Z'));
  const app = createApp({
    config: readConfig({
      TABLE_NAME: tableName,
      AUTH_MODE: 'local',
      CURSOR_SECRET: secret,
      STAGE: 'bench',
      PLATFORM_ADMIN_IDS: 'admin',
    }),
    cursorSecret: secret,
    tokenVerifier: createLocalTokenVerifier(toJwks(key)),
    dynamoClient: client,
    logger: quiet,
    clock,
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
    return response.body.singleResult.data as Record<string, Record<string, unknown>>;
  };

  // Seed: a council with one officer, a nominating charity, LISTED listed entries and PENDING nominations.
  const { createOrganisation: council } = await run(
    'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
    { i: { kind: 'COUNCIL', name: 'Bench Council', gssCode: COUNCIL, councilAreas: [] } },
    'admin',
  );
  await run(
    'mutation ($o: ID!) { addMember(organisationId: $o, userId: "officer", role: EDITOR) { userId } }',
    { o: council?.['id'] },
    'admin',
  );
  const { createOrganisation: charity } = await run(
    'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
    { i: { kind: 'CHARITY', name: 'Bench Friends', charityNumber: '1000000', councilAreas: [COUNCIL] } },
    'nominator',
  );
  const nominate = async (n: number, receivedOn: string) => {
    const { nominateAsset } = await run(
      `mutation ($i: NominateAssetInput!) { nominateAsset(input: $i) { id version } }`,
      {
        i: {
          nominatorOrganisationId: charity?.['id'],
          councilCode: COUNCIL,
          site: { name: `Bench Site ${n}` },
          boundaryDescription: 'As on the plan',
          communityValueReasons: 'Used by the community',
          eligibilityEvidence: 'Charity 1000000',
          interests: [{ kind: 'OCCUPIER', name: `Occupier ${n}`, address: '1 High Street' }],
          receivedOn,
        },
      },
      'nominator',
    );
    return nominateAsset as { id: string; version: number };
  };
  const pending: { id: string; version: number }[] = [];
  for (let n = 0; n < LISTED; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    const entry = await nominate(n, `2026-01-${day}`);
    await run(
      'mutation ($id: ID!, $v: Int!, $on: Date) { decideNomination(id: $id, expectedVersion: $v, input: { outcome: LISTED, decidedOn: $on }) { id } }',
      { id: entry.id, v: entry.version, on: `2026-02-${day}` },
      'officer',
    );
  }
  for (let n = 0; n < PENDING; n++) pending.push(await nominate(LISTED + n, '2027-02-01'));
  // Listed entries for the step benchmark, one per iteration (and warm-up), each used once.
  const prepared: { id: string; version: number }[] = [];
  for (let n = 0; n < ITERATIONS + 5; n++) {
    const entry = await nominate(10_000 + n, '2027-01-04');
    const { decideNomination } = await run(
      'mutation ($id: ID!, $v: Int!) { decideNomination(id: $id, expectedVersion: $v, input: { outcome: LISTED, decidedOn: "2027-02-01" }) { id version } }',
      { id: entry.id, v: entry.version },
      'officer',
    );
    prepared.push(decideNomination as { id: string; version: number });
  }

  const operations: { name: string; exec: (i: number) => Promise<unknown> }[] = [
    {
      name: 'assetsOfCommunityValue(first: 50) with dates and state, anonymous',
      exec: () =>
        run(
          `{ assetsOfCommunityValue(councilCode: "${COUNCIL}", first: 50) { edges { node { site { name } state listingExpiresOn currentMoratorium { moratoriumEndsOn } } } } }`,
          {},
          null,
        ),
    },
    {
      name: 'acvWorkQueue(withinDays: 90, first: 50) with entries, officer',
      exec: () =>
        run(
          `{ acvWorkQueue(councilCode: "${COUNCIL}", withinDays: 90, first: 50) { edges { node { kind dueOn overdue entry { state } } } } }`,
          {},
          'officer',
        ),
    },
    {
      name: 'assetOfCommunityValue(id) with every derived date',
      exec: (i) =>
        run(
          'query ($id: ID!) { assetOfCommunityValue(id: $id) { state decisionDueOn listingExpiresOn reviewRequestDeadline allowedActions moratoria { protectedPeriodEndsOn } } }',
          { id: pending[i % pending.length]?.id },
          null,
        ),
    },
    {
      name: 'recordDisposalNotice then removeListing on a listed entry (two steps, each one transaction)',
      exec: async (i) => {
        const entry = prepared[i] ?? { id: '', version: 0 };
        const noticed = await run(
          'mutation ($id: ID!, $v: Int!) { recordDisposalNotice(id: $id, expectedVersion: $v, input: {}) { version } }',
          { id: entry.id, v: entry.version },
          'officer',
        );
        return run(
          'mutation ($id: ID!, $v: Int!) { removeListing(id: $id, expectedVersion: $v, input: { reason: OTHER, details: "bench" }) { version } }',
          { id: entry.id, v: noticed['recordDisposalNotice']?.['version'] },
          'officer',
        );
      },
    },
  ];

  console.log(
    `MASH Register ACV benchmark: ${ITERATIONS} iterations per operation, ${LISTED} listed, ${PENDING} pending`,
  );
  console.log('operation | p50 ms | p95 ms | p99 ms | DynamoDB requests/op');
  for (const operation of operations) {
    for (let i = 0; i < 5; i++) await operation.exec(ITERATIONS + i); // warm up JIT and connections
    const timings: number[] = [];
    let counted = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      requests = 0;
      const start = performance.now();
      await operation.exec(i);
      timings.push(performance.now() - start);
      counted += requests;
    }
    timings.sort((a, b) => a - b);
    const at = (q: number) =>
      (timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? 0).toFixed(1);
    console.log(
      `${operation.name} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${(counted / ITERATIONS).toFixed(1)}`,
    );
  }

  // The pure state computation: every list row resolves `state` and its dates through it.
  const base = createNomination(
    {
      id: 'x',
      councilCode: COUNCIL,
      buildingId: null,
      site: { name: 'S', description: null, boundaryDescription: 'B', address: null, location: null },
      nominator: { organisationId: 'o', name: 'O', kind: 'CHARITY' },
      nominatedBy: 'u',
      nominatedOn: '2027-01-04',
      communityValueReasons: 'r',
      occupiersKnown: null,
      interests: [],
      eligibilityEvidence: 'e',
      eligibility: [],
      owner: null,
    },
    '2027-01-04',
    '2027-01-04T12:00:00Z',
  ).entry;
  const listed = applyAcvAction(
    applyAcvAction(
      base,
      {
        type: 'decideNomination',
        outcome: 'LISTED',
        decidedOn: '2027-02-01',
        reasons: null,
        unsuccessfulGround: null,
        decidedBy: 'o',
        listingExpiryConvention: 'STATUTE',
      },
      '2027-02-01',
    ).entry,
    { type: 'recordDisposalNotice', receivedOn: '2027-03-01', exemptCategory: null, details: null },
    '2027-03-01',
  ).entry;
  const states = 100_000;
  const start = performance.now();
  for (let i = 0; i < states; i++) acvStateOn(listed, i % 2 ? '2027-03-10' : '2028-01-01');
  const perState = ((performance.now() - start) * 1000) / states;
  console.log(`acvStateOn (pure, listed entry with a moratorium): ${perState.toFixed(2)} µs per call`);
  client.destroy();
} finally {
  await dynamo.stop();
}
