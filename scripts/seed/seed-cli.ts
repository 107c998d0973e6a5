// `npm run seed -- [--seed N] [--buildings N] [--today YYYY-MM-DD] [--data-dir DIR]`: see scripts/seed/README.md.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDynamoClient } from '../../src/kernel/store/dynamo-client';
import { ensureTable } from '../../src/kernel/store/ensure-table';
import { resolveDataDir } from '../../src/local/data-dir';
import { isPortInUse, startDynamoDbLocal } from '../../src/local/dynamodb-local';
import type { RunningDynamoDbLocal } from '../../src/local/dynamodb-local';
import { loadOrCreateSigningKey } from '../../src/local/signing-key';
import { DEFAULT_BUILDINGS, DEFAULT_SEED, DEMO_TODAY, parseDemoSize } from './seed-args';
import { RegisterNotEmptyError, seedRegister } from './seed-register';
import { formatSeedSummary } from './seed-summary';

const USAGE = `Usage: npm run seed -- [--seed N] [--buildings N] [--today YYYY-MM-DD] [--data-dir DIR] [--dynamodb-port N]

Fills an EMPTY local register with a generated demo council (Cheltenham): organisations of every kind with
members, buildings, ACV entries in every state, offers of space, needs and an interest thread. Everything is
written through the GraphQL API, so it is validated and audited like any partner's data.

  --seed N            the generator's seed (default ${DEFAULT_SEED}): the same seed writes the same data
  --buildings N       how many buildings (default ${DEFAULT_BUILDINGS})
  --today YYYY-MM-DD  the demo's today (default ${DEMO_TODAY}); start the server with the same --today
  --data-dir DIR      the data folder npm start uses (default .data): database, signing key
  --dynamodb-port N   DynamoDB Local's port (default env DYNAMODB_PORT or 8000)

If DynamoDB Local is already running on that port (npm start is running), the seed writes to it; otherwise it
starts DynamoDB Local on the data folder, seeds, and stops it. DYNAMODB_ENDPOINT and TABLE_NAME (default
mash-register) are honoured. A register that already holds data is refused with exit code 1; usage errors
exit 2.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    options: {
      seed: { type: 'string' },
      buildings: { type: 'string' },
      today: { type: 'string' },
      'data-dir': { type: 'string' },
      'dynamodb-port': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
} catch (error) {
  fail((error as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const size = parseDemoSize(values, fail);
const today = values.today ?? DEMO_TODAY;
if (
  !/^\d{4}-\d{2}-\d{2}$/.test(today) ||
  new Date(`${today}T00:00:00Z`).toISOString().slice(0, 10) !== today
) {
  fail(`--today must be a calendar date written YYYY-MM-DD, got "${today}"`);
}
const portText = values['dynamodb-port'] ?? process.env['DYNAMODB_PORT'] ?? '8000';
if (!/^\d{1,5}$/.test(portText)) fail(`--dynamodb-port must be a port number, got "${portText}"`);
const dataDir = resolveDataDir(values['data-dir'], process.env);
const tableName = process.env['TABLE_NAME'] ?? 'mash-register';

let dynamo: RunningDynamoDbLocal | undefined;
let exitCode = 0;
try {
  let endpoint = process.env['DYNAMODB_ENDPOINT'] || `http://127.0.0.1:${portText}`;
  if (!process.env['DYNAMODB_ENDPOINT']) {
    if (await isPortInUse(Number(portText))) {
      console.error(`Using the DynamoDB Local already running at ${endpoint} (npm start's, presumably).`);
    } else {
      const dbDir = join(dataDir, 'dynamodb');
      mkdirSync(dbDir, { recursive: true });
      console.error(`Starting DynamoDB Local on port ${portText} with the data in ${dbDir}...`);
      dynamo = await startDynamoDbLocal({ port: Number(portText), dataDir: dbDir });
      endpoint = dynamo.endpoint;
    }
  }
  const client = createDynamoClient({ region: process.env['AWS_REGION'] ?? 'eu-west-2', endpoint });
  try {
    await ensureTable(client, tableName);
    const signingKey = loadOrCreateSigningKey(dataDir);
    const started = Date.now();
    const summary = await seedRegister(
      { client, tableName, endpoint, signingKey },
      { ...size, today, log: (message) => console.error(message) },
    );
    console.log(formatSeedSummary(summary, signingKey));
    console.log(
      `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Start the server on the demo's date: npm start -- --today ${today}`,
    );
  } finally {
    client.destroy();
  }
} catch (error) {
  exitCode = 1;
  console.error(error instanceof RegisterNotEmptyError ? error.message : error);
} finally {
  await dynamo?.stop();
}
process.exit(exitCode);
