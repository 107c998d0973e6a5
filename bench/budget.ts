/**
 * What the query budget costs a normal request, and how fast the abusive shapes are refused.
 *
 *   npx tsx bench/budget.ts [iterations]      (default 2000)
 *
 * 1. The per-request check on the deepest partner query (tests/support/partner-queries.ts): the token and
 *    bracket check before parsing plus the cost estimate. Every request pays this; the target is under 0.3 ms.
 * 2. GraphQL Armor's depth, alias and directive rules: paid once per distinct query text (Apollo caches
 *    validated documents), measured as validation with them minus validation without them.
 * 3. Refusals of the abusive shapes through the Lambda handler, end to end (no database is touched:
 *    each is refused before execution, so the client points at a closed port).
 */
import { performance } from 'node:perf_hooks';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { Kind, buildSchema, parse, specifiedRules, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { createApp } from '../src/app/create-app';
import { createLocalTokenVerifier } from '../src/auth/token-verifier';
import { readConfig } from '../src/config';
import { typeDefs } from '../src/kernel/graphql/generated/type-defs';
import { checkQueryText, estimateOperationCost } from '../src/kernel/graphql/query-limits';
import { createHttpApiHandler } from '../src/lambda/lambda-handler';
import { generateSigningKey, toJwks } from '../src/local/signing-key';
import { DEFAULT_REQUEST_LIMITS } from '../src/kernel/domain/request-limits';
import { createDynamoClient } from '../src/app/register-store';
import { COUNCIL_DASHBOARD, aliasedPages, nestedOwnerBuildings } from '../tests/support/partner-queries';

const ITERATIONS = Number(process.argv[2] ?? 2000);
const limits = DEFAULT_REQUEST_LIMITS;
const schema = buildSchema(typeDefs);

function summarise(timings: number[]): string {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(3);
  return `${at(0.5)} | ${at(0.95)} | ${at(0.99)}`;
}

function time(iterations: number, work: () => void): number[] {
  for (let i = 0; i < Math.min(200, iterations); i++) work(); // warm up the JIT
  const timings: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    work();
    timings.push(performance.now() - start);
  }
  return timings;
}

// 1. Per request.
const document = parse(COUNCIL_DASHBOARD);
const operation = document.definitions.find(
  (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
);
if (!operation) throw new Error('no operation');
const variables = { councilCode: 'E07000078', councilId: 'c', after: null };
const cost = estimateOperationCost({ schema, document, operation, variables, model: limits.cost });
const perRequest = time(ITERATIONS, () => {
  checkQueryText(COUNCIL_DASHBOARD, limits.maxTokens, limits.maxQueryNesting);
  estimateOperationCost({ schema, document, operation, variables, model: limits.cost });
});

// 2. Once per query text.
const armorRules = new ApolloArmor({
  maxDepth: { n: limits.maxDepth, propagateOnRejection: false },
  maxAliases: { n: limits.maxAliases, propagateOnRejection: false },
  maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false },
  maxTokens: { enabled: false },
  costLimit: { enabled: false },
  blockFieldSuggestion: { enabled: false },
}).protect().validationRules;
const withoutArmor = time(ITERATIONS, () => validate(schema, document, specifiedRules));
const withArmor = time(ITERATIONS, () => validate(schema, document, [...specifiedRules, ...armorRules]));
const median = (timings: number[]) => [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)] ?? 0;

console.log(
  `Query budget benchmark: ${ITERATIONS} iterations; the council dashboard query costs ${cost} units`,
);
console.log('check | p50 ms | p95 ms | p99 ms');
console.log(`per request: token/bracket check + cost estimate | ${summarise(perRequest)}`);
console.log(`once per query text: validation with Armor's rules | ${summarise(withArmor)}`);
console.log(`once per query text: validation without them | ${summarise(withoutArmor)}`);
console.log(
  `Armor's rules add ${(median(withArmor) - median(withoutArmor)).toFixed(3)} ms (p50) to a first validation`,
);

// 3. Refusals through the Lambda handler.
const key = generateSigningKey();
const secret = 'bench-cursor-secret-that-is-long-enough-0123456789';
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };
const dynamoClient = createDynamoClient({ region: 'eu-west-2', endpoint: 'http://127.0.0.1:9' });
const app = createApp({
  config: readConfig({ TABLE_NAME: 'bench', AUTH_MODE: 'local', CURSOR_SECRET: secret, STAGE: 'bench' }),
  cursorSecret: secret,
  tokenVerifier: createLocalTokenVerifier(toJwks(key)),
  dynamoClient,
  logger: quiet,
});
const handler = createHttpApiHandler(app);
const context = { awsRequestId: 'bench' } as Context;

function event(body: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: {
      http: {
        method: 'POST',
        path: '/graphql',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'bench',
      },
    } as APIGatewayProxyEventV2['requestContext'],
    body,
    isBase64Encoded: false,
  };
}

const shapes: [string, string][] = [
  ['owner { buildings(first: 100) } five levels deep', JSON.stringify({ query: nestedOwnerBuildings(5) })],
  ['1,000 aliases of buildingsByCouncil(first: 100)', JSON.stringify({ query: aliasedPages(1_000) })],
  [
    'a 5 MB body of 500,000 aliases',
    JSON.stringify({
      query: `{ ${Array.from({ length: 500_000 }, (_, i) => `a${i}:__typename`).join(' ')} }`,
    }),
  ],
  [
    'a 1 MB body of aliases (just under the body limit)',
    JSON.stringify({
      query: `{ ${Array.from({ length: 55_000 }, (_, i) => `a${i}:__typename`).join(' ')} }`,
    }),
  ],
];
console.log('\nrefusal through the Lambda handler | status | code | p50 ms | p95 ms | p99 ms');
const refusalIterations = Math.max(20, Math.floor(ITERATIONS / 40));
for (const [name, body] of shapes) {
  const timings: number[] = [];
  let answer: APIGatewayProxyStructuredResultV2 = {};
  for (let i = 0; i < refusalIterations + 5; i++) {
    const start = performance.now();
    answer = (await handler(event(body), context)) as APIGatewayProxyStructuredResultV2;
    if (i >= 5) timings.push(performance.now() - start);
  }
  const code = (
    JSON.parse(answer.body ?? '{}') as { errors?: { extensions?: { code?: string; limit?: string } }[] }
  ).errors?.[0]?.extensions;
  console.log(`${name} | ${answer.statusCode} | ${code?.code} ${code?.limit ?? ''} | ${summarise(timings)}`);
}

// 4. A cheap query sent while a burst of abusive ones is being refused: how long it waits behind them.
const abusive = shapes.map(([, body]) => body);
const cheap = JSON.stringify({ query: '{ __typename }' });
const waits: number[] = [];
for (let round = 0; round < 20; round++) {
  const burst = Array.from({ length: 20 }, (_, i) =>
    handler(event(abusive[i % abusive.length] ?? cheap), context),
  );
  const start = performance.now();
  await handler(event(cheap), context);
  waits.push(performance.now() - start);
  await Promise.all(burst);
}
console.log(`\na cheap query sent with 20 abusive ones (all four shapes) | p50 ms | p95 ms | p99 ms`);
console.log(`waited | ${summarise(waits)}`);
dynamoClient.destroy();
