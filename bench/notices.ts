/**
 * Notice delivery throughput (issue 19) through the local path `npm start` runs: the table's stream read by
 * the local stream reader, each outbox record delivered by the notifier, emails written as .eml files and a
 * webhook posted (signed) to a receiver on this machine.
 *
 *   npx tsx bench/notices.ts [notices]      (default 200; BENCH_NOTICE_BATCH=10,100 the stream batch sizes)
 *
 * Each notice is an outbox record addressed to an organisation (its contact address: one email) whose webhook
 * endpoint subscribes to the event (one webhook): two deliveries, each claimed in DynamoDB before it is made.
 * The records are written first; the clock runs from starting the notifier (positioning on the stream
 * included) until the last email and the last webhook are in. 10 is the notifier Lambda's batch size in the
 * cloud (cdk), 100 the local reader's default. One machine, DynamoDB Local beside it: the figures compare
 * versions of this code, not AWS.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClient, ensureTable } from '../src/app/register-store';
import type { OutboxMessage } from '../src/kernel/domain/outbox';
import { createDocumentClient } from '../src/kernel/store/dynamo-client';
import { notificationWrite } from '../src/kernel/store/outbox-items';
import { findFreePort, startDynamoDbLocal } from '../src/local/dynamodb-local';
import { startLocalNotifier } from '../src/local/outbox-notifier';
import { createBenchApp } from './support/bench-app';

const NOTICES = Number(process.argv[2] ?? 200);
const BATCH_SIZES = (process.env['BENCH_NOTICE_BATCH'] ?? '10,100').split(',').map(Number);
const ADMIN = 'bench-admin';
const TIMEOUT_MS = 600_000;

const CREATE_ORGANISATION = /* GraphQL */ `
  mutation ($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterWebhookEndpointInput!) {
    registerWebhookEndpoint(input: $input) {
      endpoint {
        id
      }
    }
  }
`;

/** A receiver that takes every event (200) and counts them. */
async function startReceiver(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received++;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/hooks`,
    count: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notice(n: number, organisationId: string): OutboxMessage {
  return {
    id: `bench-notice-${n}-${randomUUID()}`,
    eventType: 'acv.entry.listed',
    councilCode: 'E07000078',
    statutoryRule: 'Localism Act 2011 s.91',
    step: 'Listed as an asset of community value',
    about: `Bench asset ${n}, 1 High Street, Cheltenham, GL50 1AA`,
    text: `Dear owner,\n\nBench asset ${n} was listed on 2026-11-23.\n\nYou may ask for a review by 2027-01-17.`,
    date: '2026-11-23',
    sender: 'Cheltenham Borough Council',
    recordUrl: null,
    recipients: [{ kind: 'ORGANISATION', organisationId, name: 'Bench Trust', role: 'OWNER' }],
    webhookOrganisationIds: [organisationId],
    data: { noticeId: `notice-${n}`, councilCode: 'E07000078' },
    createdAt: '2026-11-23T09:00:00.000Z',
  };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const dynamo = await startDynamoDbLocal({ port: await findFreePort(), dataDir: null });
const client = createDynamoClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
const documents = createDocumentClient(client);
try {
  console.log(`${NOTICES} notices, each one email and one webhook, through the local stream and notifier`);
  for (const batchSize of BATCH_SIZES) {
    const tableName = `bench-notices-${batchSize}`;
    await ensureTable(client, tableName);
    const { app, tokenOf } = createBenchApp(client, tableName, ADMIN);
    const run = async (query: string, variables: Record<string, unknown>) => {
      const contextValue = await app.createContext({
        authorization: `Bearer ${tokenOf(ADMIN)}`,
        requestId: randomUUID(),
      });
      const response = await app.server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(JSON.stringify(response.body));
      }
      return response.body.singleResult.data as Record<string, { id?: string }>;
    };
    const receiver = await startReceiver();
    const organisationId = String(
      (
        await run(CREATE_ORGANISATION, {
          input: {
            kind: 'CHARITY',
            name: 'Bench Trust',
            charityNumber: '1123456',
            councilAreas: ['E07000078'],
            contact: { name: 'The secretary', email: 'contact@bench-trust.example.org' },
          },
        })
      )['createOrganisation']?.id,
    );
    await run(REGISTER, {
      input: { organisationId, url: receiver.url, eventTypes: ['ACV_ENTRY_LISTED'] },
    });
    for (let n = 0; n < NOTICES; n++) {
      const put = notificationWrite(tableName, notice(n, organisationId)).write.Put;
      if (!put) throw new Error('not a Put');
      await documents.send(new PutCommand({ TableName: put.TableName, Item: put.Item }));
    }
    const mailFolder = await mkdtemp(join(tmpdir(), 'mash-bench-mail-'));
    const emails = async () =>
      (await readdir(mailFolder).catch(() => [])).filter((f) => f.endsWith('.eml')).length;

    const started = performance.now();
    const local = await startLocalNotifier({
      dynamoClient: client,
      region: 'eu-west-2',
      dynamoDbEndpoint: dynamo.endpoint,
      tableName,
      cursorSecret: randomUUID() + randomUUID(),
      mailFolder,
      startFrom: 'TRIM_HORIZON',
      batchSize,
      pollIntervalMs: 50,
      log: (line) => console.error(line),
    });
    await until(async () => receiver.count() >= NOTICES && (await emails()) >= NOTICES, 'every delivery');
    const seconds = (performance.now() - started) / 1000;
    const { batches, records } = local.stream.stats;
    await local.stop();
    const emailed = await emails();
    await receiver.close();
    await app.server.stop();
    await rm(mailFolder, { recursive: true, force: true });
    console.log(
      `batch size ${String(batchSize).padStart(3)}: ${(NOTICES / seconds).toFixed(1)} notices/s ` +
        `(${((2 * NOTICES) / seconds).toFixed(1)} deliveries/s; ${NOTICES} in ${seconds.toFixed(2)} s, ` +
        `${batches} stream batches of ${records} records, ${emailed} emails, ${receiver.count()} webhooks)`,
    );
  }
} finally {
  client.destroy();
  await dynamo.stop();
}
