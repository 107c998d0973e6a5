// `npm start`: the register on this machine, over DynamoDB Local. See src/local/README.md.
import { createDynamoClient } from '../kernel/store/dynamo-client';
import { DEMO_TODAY } from '../../scripts/seed/seed-args';
import type { DemoSize } from '../../scripts/seed/seed-args';
import { RegisterNotEmptyError, seedRegister } from '../../scripts/seed/seed-register';
import { formatSeedSummary } from '../../scripts/seed/seed-summary';
import { loadOrCreateSigningKey } from './signing-key';
import { LOCAL_USAGE, UsageError, parseLocalArgs } from './parse-local-args';
import type { LocalArgs } from './parse-local-args';
import { PortInUseError, startLocalStack } from './start-local-stack';
import type { LocalStack } from './start-local-stack';

const args = readArgsOrExit();
let stack: LocalStack | undefined;
let stopRequested = false;

// Repeated signals are ignored, not taken as "force": Apollo Server re-raises the signal once its own
// shutdown is done, while DynamoDB Local may still be stopping. Stopping is bounded anyway (Apollo's drain
// grace period, then SIGKILL for Java after 5 s).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutDown(0));

try {
  stack = await startLocalStack({
    port: args.port,
    dynamoDbPort: args.dynamoDbPort,
    dataDir: args.dataDir,
    inMemory: args.inMemory,
    today: args.today,
    env: process.env,
    log: (message) => console.error(message),
    onDynamoDbLocalExit: (error) => void shutDown(1, error.message),
  });
} catch (error) {
  // Ctrl-C during start-up also stops DynamoDB Local (same process group), which fails the start: not an error.
  if (stopRequested) process.exit(0);
  console.error(error instanceof PortInUseError ? error.message : error);
  process.exit(1);
}
if (stopRequested) await stopAndExit(stack, 0);
if (args.demo) await seedOrExit(stack, args.demo, args);
printBanner(stack, args);

/** Stops once, whatever asks first; before the stack is up, the start-up code above finishes the job. */
async function shutDown(code: number, reason?: string): Promise<void> {
  if (stopRequested) return;
  stopRequested = true;
  if (reason) console.error(`${reason}; stopping.`);
  if (stack) await stopAndExit(stack, code);
}

/** `--demo`: the demo council, written through the API as `npm run seed` does; a register with data stops here. */
async function seedOrExit(running: LocalStack, size: DemoSize, { dataDir, today }: LocalArgs): Promise<void> {
  const client = createDynamoClient({
    region: process.env['AWS_REGION'] ?? 'eu-west-2',
    endpoint: running.dynamoDbEndpoint,
  });
  try {
    const signingKey = loadOrCreateSigningKey(dataDir);
    console.error('Seeding the demo council...');
    const summary = await seedRegister(
      { client, tableName: running.tableName, endpoint: running.dynamoDbEndpoint, signingKey },
      { ...size, today: today ?? DEMO_TODAY, log: (message) => console.error(message) },
    );
    console.log(`${formatSeedSummary(summary, signingKey)}\n`);
  } catch (error) {
    console.error(error instanceof RegisterNotEmptyError ? error.message : error);
    await stopAndExit(running, 1);
  } finally {
    client.destroy();
  }
}

function readArgsOrExit(): LocalArgs {
  try {
    const parsed = parseLocalArgs(process.argv.slice(2), process.env);
    if (parsed.help) {
      console.log(LOCAL_USAGE);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${LOCAL_USAGE}`);
    process.exit(2);
  }
}

async function stopAndExit(running: LocalStack, code: number): Promise<never> {
  console.error('Stopping...');
  try {
    await running.stop();
  } catch (error) {
    console.error('Stopping failed:', error);
    process.exit(1);
  }
  process.exit(code);
}

function printBanner(running: LocalStack, { dataDir, inMemory, today, demo }: LocalArgs): void {
  const database = running.startedDynamoDbLocal
    ? `DynamoDB Local at ${running.dynamoDbEndpoint}, ${inMemory ? 'in memory (gone when you stop)' : `data in ${dataDir}/dynamodb`}`
    : `DynamoDB at ${running.dynamoDbEndpoint} (DYNAMODB_ENDPOINT)`;
  console.log(`MASH Register is running at ${running.url}

  Database:  ${database}
  Data dir:  ${dataDir} (signing key, cursor secret)
  Mail:      ${running.mailFolder} (each email the notifier sends, as an .eml file)
  Photos:    ${dataDir}/photos (listings' photos, uploaded to ${running.url.replace(/\/graphql$/, '')}/photos/upload)${today ? `\n  Today:     ${today} (pinned ${demo ? 'for the demo' : 'with --today'}: every date and deadline is computed as of that day)` : ''}
  Token:     npm run token -- <user-id> --email you@example.org
  Admin:     npm run token -- platform-admin   (a platform admin)
  Use it:    open the URL in a browser, or send the header "authorization: Bearer <token>"

Press Ctrl-C to stop.`);
}
