/**
 * Cold start alone, without the rest of bench/api.ts (seeding 16,000 buildings takes minutes):
 *
 *   npx tsx bench/cold-only.ts [rounds]        (default 31 rounds, each one sample of every bundle in turn)
 *   BENCH_CPU_PROF=dir npx tsx bench/cold-only.ts 3    (also writes a V8 CPU profile of each sample to dir)
 *
 * One PUBLIC building is written straight to a fresh DynamoDB Local table; each sample is a fresh Node process
 * that imports a bundle and answers `building(id)` for it (bench/cold-start.ts).
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { LAMBDA_BUNDLE_BUDGET_BYTES } from '../cdk/lib/lambda-bundling';
import { findFreePort, startDynamoDbLocal } from '../src/local/dynamodb-local';
import { buildingItemsFor, createDynamoClient, ensureTable } from '../src/app/register-store';
import { createDocumentClient } from '../src/kernel/store/dynamo-client';
import { samplePumpRoom } from '../tests/support/sample-building';
import { measureColdStarts, median, printColdStarts } from './cold-start';
import { httpEvent } from './support/http-event';

const RUNS = Number(process.argv[2] ?? 31);
const dynamo = await startDynamoDbLocal({ port: await findFreePort(), dataDir: null });
try {
  const client = createDynamoClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
  const tableName = 'bench';
  await ensureTable(client, tableName);
  const building = samplePumpRoom(new Date().toISOString());
  await createDocumentClient(client).send(
    new BatchWriteCommand({
      RequestItems: { [tableName]: buildingItemsFor(building).map((Item) => ({ PutRequest: { Item } })) },
    }),
  );
  const cold = await measureColdStarts({
    endpoint: dynamo.endpoint,
    tableName,
    runs: RUNS,
    event: httpEvent({
      query: 'query ($id: ID!) { building(id: $id) { id name } }',
      variables: { id: building.id },
    }),
  });
  const ratio = printColdStarts(cold, RUNS);
  console.log(
    `\ncold start ${ratio.toFixed(2)}x the equally tuned bare bundle (median of ${RUNS} rounds' ratios; goal <= 1.2x; in CPU time ${median(cold.ratios.cpuBareTuned).toFixed(2)}x), ${median(cold.ratios.bare).toFixed(2)}x the default-bundled one; bundle ${(cold.register.bytes / 1000).toFixed(0)} kB of ${(LAMBDA_BUNDLE_BUDGET_BYTES / 1000).toFixed(0)} kB`,
  );
} finally {
  await dynamo.stop();
}
