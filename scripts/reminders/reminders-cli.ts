// `npm run reminders -- --today YYYY-MM-DD [--data-dir DIR] [--dynamodb-port N]`: see reminders-args.ts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatRemindersSummary } from '../../src/app/daily-reminders';
import { createDailyRemindersJob } from '../../src/app/daily-reminders-factory';
import { createDynamoClient } from '../../src/kernel/store/dynamo-client';
import { ensureTable } from '../../src/kernel/store/ensure-table';
import { loadOrCreateCursorSecret, resolveDataDir } from '../../src/local/data-dir';
import { isPortInUse, startDynamoDbLocal } from '../../src/local/dynamodb-local';
import type { RunningDynamoDbLocal } from '../../src/local/dynamodb-local';
import { EmlFileMailer } from '../../src/registers/notifications/delivery/eml-file-mailer';
import { parseRemindersArgs, REMINDERS_USAGE } from './reminders-args';
import type { RemindersArgs } from './reminders-args';

let args: RemindersArgs;
try {
  args = parseRemindersArgs(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`${(error as Error).message}\n\n${REMINDERS_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(REMINDERS_USAGE);
  process.exit(0);
}
const dataDir = resolveDataDir(args.dataDir, process.env);
const tableName = process.env['TABLE_NAME'] ?? 'mash-register';

let dynamo: RunningDynamoDbLocal | undefined;
let exitCode = 0;
try {
  let endpoint = process.env['DYNAMODB_ENDPOINT'] || `http://127.0.0.1:${args.dynamoDbPort}`;
  if (!process.env['DYNAMODB_ENDPOINT'] && !(await isPortInUse(args.dynamoDbPort))) {
    const dbDir = join(dataDir, 'dynamodb');
    mkdirSync(dbDir, { recursive: true });
    console.error(`Starting DynamoDB Local on port ${args.dynamoDbPort} with the data in ${dbDir}...`);
    dynamo = await startDynamoDbLocal({ port: args.dynamoDbPort, dataDir: dbDir });
    endpoint = dynamo.endpoint;
  }
  const client = createDynamoClient({ region: process.env['AWS_REGION'] ?? 'eu-west-2', endpoint });
  try {
    await ensureTable(client, tableName);
    const mailFolder = join(dataDir, 'mail');
    const job = createDailyRemindersJob({
      dynamoClient: client,
      tableName,
      dynamoDbEndpoint: endpoint,
      cursorSecret: loadOrCreateCursorSecret(dataDir),
      mailer: new EmlFileMailer(mailFolder),
      allowLocalWebhookReceivers: true,
    });
    const summary = await job(args.today);
    console.log(formatRemindersSummary(summary));
    console.log(`Emails are in ${mailFolder}`);
    if (summary.failures.length > 0) exitCode = 1;
  } finally {
    client.destroy();
  }
} catch (error) {
  exitCode = 1;
  console.error(error);
} finally {
  await dynamo?.stop();
}
process.exit(exitCode);
