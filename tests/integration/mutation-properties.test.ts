import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createBuilding, createCharity, createCouncil } from '../support/fixtures';
import {
  argumentsArbitrary,
  buildMutationDocument,
  listMutations,
  resolvePicks,
  SEEDED_PER_POOL,
} from '../support/schema-arbitraries';
import type { Pools } from '../support/schema-arbitraries';
import { findHalfWrittenRecords } from '../support/table-consistency';
import { createTestApp, PLATFORM_ADMIN } from '../support/test-app';
import type { Caller, GraphQLResult, TestApp } from '../support/test-app';

/**
 * Every mutation of the schema, with schema-valid arguments generated from the schema itself (so mutations
 * added later are covered too), sent through the real app to DynamoDB Local: each one either succeeds or is
 * refused with a code a client can act on. None may be INTERNAL_SERVER_ERROR (a crash, or a write DynamoDB
 * refused), none SERVICE_UNAVAILABLE (nothing is failing here), and no message may be zod's own wording.
 * PROPERTY_RUNS=20000 runs more; PROPERTY_SEED=<n> repeats a run. The default is 4000 (1000 took 13 s in the
 * full suite on two busy cores once test tables had no stream: tests/support/dynamo.ts).
 */
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 4000);
const SEED = process.env['PROPERTY_SEED'] ? Number(process.env['PROPERTY_SEED']) : undefined;

const CORE_MUTATIONS: readonly string[] = [
  'createOrganisation',
  'updateOrganisation',
  'createBuilding',
  'updateBuilding',
];

const NOT_USER_FACING = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', undefined]);
const ZOD_WORDING = /Invalid input|expected \w+, received|Too (big|small):/;

const CALLERS: Caller[] = [
  { userId: PLATFORM_ADMIN, email: 'prop-admin@example.org', emailVerified: true },
  { userId: 'prop-officer', email: 'invitee@example.org', emailVerified: true },
  { userId: 'prop-member', email: 'prop-member@example.org', emailVerified: true },
];

interface Outcome {
  readonly mutation: string;
  readonly variables: unknown;
  readonly caller: string;
  readonly result: GraphQLResult;
}

describe('every mutation, with generated input', () => {
  let t: TestApp;
  const pools: Pools = new Map();

  beforeAll(async () => {
    t = await createTestApp();
    // Records where the callers hold roles, so generated cases reach the success paths: a council with its
    // officer, charities administered by prop-member, buildings of both.
    const council = await createCouncil(t, CHELTENHAM, 'prop-officer');
    const organisations = [council.id];
    const buildings: string[] = [];
    for (let i = 1; i < SEEDED_PER_POOL; i++) {
      organisations.push((await createCharity(t, { userId: 'prop-member' }, `Property Trust ${i}`)).id);
    }
    for (let i = 0; i < SEEDED_PER_POOL; i++) {
      const owned = i % 2 === 0;
      const building = owned
        ? await createBuilding(
            t,
            { userId: 'prop-member' },
            { ownerOrganisationId: organisations[1 + (i % 5)], name: `Hall ${i}` },
          )
        : await createBuilding(t, { userId: 'prop-officer' }, { ownerName: 'Someone', name: `Hall ${i}` });
      buildings.push(building.id);
    }
    pools.set('Organisation', organisations);
    pools.set('Building', buildings);
  });

  it(
    `either succeeds or refuses with a user-facing code, ${RUNS} cases`,
    async () => {
      const mutations = listMutations();
      const cases = fc.oneof(
        ...mutations.map((field) => ({
          arbitrary: fc.record({
            mutation: fc.constant(field.name),
            document: fc.constant(buildMutationDocument(field)),
            args: fc.oneof(argumentsArbitrary(field, false), argumentsArbitrary(field, true)),
            caller: fc.constantFrom(...CALLERS),
          }),
          // The core mutations are drawn four times as often, so each reaches its success path in every run
          // (updateBuilding succeeds in about 1 case in 30: at 1 weight in some 50 mutations, about 1 run in
          // 50 had none), however many record types the schema grows.
          weight: CORE_MUTATIONS.includes(field.name) ? 4 : 1,
        })),
      );
      const tally = new Map<string, Map<string, number>>();
      const started = Date.now();

      await fc.assert(
        fc.asyncProperty(cases, async ({ mutation, document, args, caller }) => {
          const outcome = await runCase(t, pools, mutation, document, args, caller);
          const codes = (outcome.result.errors ?? []).map((error) => error.extensions?.['code'] as string);
          const counts = tally.get(mutation) ?? new Map<string, number>();
          for (const code of codes.length ? codes : ['OK']) counts.set(code, (counts.get(code) ?? 0) + 1);
          tally.set(mutation, counts);
          for (const error of outcome.result.errors ?? []) {
            const code = error.extensions?.['code'] as string | undefined;
            expect(NOT_USER_FACING.has(code), explain(outcome)).toBe(false);
            expect(error.message, explain(outcome)).not.toMatch(ZOD_WORDING);
          }
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false },
      );

      const seconds = (Date.now() - started) / 1000;
      console.info(
        `${RUNS} generated mutations in ${seconds.toFixed(1)} s:\n` +
          [...tally]
            .map(([name, counts]) => `  ${name}: ${[...counts].map(([c, n]) => `${c} ${n}`).join(', ')}`)
            .join('\n'),
      );
      // The generator reaches the success path of the register's core mutations, not only their refusals.
      for (const name of CORE_MUTATIONS) {
        expect(tally.get(name)?.get('OK') ?? 0, `${name} never succeeded`).toBeGreaterThan(0);
      }
      expect(await findHalfWrittenRecords(t.table)).toEqual([]);
    },
    // A bound, not an expectation: about 15 ms a run on a quiet machine, but ten times that at load 20-28.
    60_000 + RUNS * 150,
  );
});

/** Sends one case (again with the current version when it was refused only for a stale one) and records what it made. */
async function runCase(
  t: TestApp,
  pools: Pools,
  mutation: string,
  document: string,
  args: Record<string, unknown>,
  caller: Caller,
): Promise<Outcome> {
  let variables = resolvePicks(args, pools) as Record<string, unknown>;
  let result = await t.run(document, variables, caller);
  const currentVersion = result.errors?.[0]?.extensions?.['currentVersion'];
  if ('expectedVersion' in variables && typeof currentVersion === 'number') {
    variables = { ...variables, expectedVersion: currentVersion };
    result = await t.run(document, variables, caller);
  }
  collectIds(result.data, pools);
  return { mutation, variables, caller: caller.userId, result };
}

/** Adds every record the result names (`__typename` and `id`) to the pools later cases pick from. */
function collectIds(value: unknown, pools: Pools): void {
  if (Array.isArray(value)) return value.forEach((item) => collectIds(item, pools));
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record['__typename'] === 'string' && typeof record['id'] === 'string') {
    const pool = pools.get(record['__typename']) ?? [];
    if (!pool.includes(record['id'])) pools.set(record['__typename'], [...pool, record['id']]);
  }
  Object.values(record).forEach((item) => collectIds(item, pools));
}

function explain(outcome: Outcome): string {
  return JSON.stringify(outcome, null, 2).slice(0, 4000);
}
