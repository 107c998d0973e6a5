/**
 * The notifier on this machine (issue 19): the table's stream read by outbox-stream.ts, each new outbox
 * record read as a message (src/app/outbox-reader.ts) and delivered by the same notifier the Lambda runs
 * (src/app/notifier-factory.ts), emails written as .eml files to a folder, and a poller that runs the webhook
 * retries falling due in the table's own retry queue. `npm start`, the tests and the bench start it so.
 *
 * The batch handler keeps Lambda's contract: records are handled in order, and at the first one that fails
 * the rest of the batch is reported failed with it, so the stream reads again from there (a later record of
 * the batch is not sent ahead of an earlier one that is still to go).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAppNotifier } from '../app/notifier-factory';
import type { AppNotifier, AppNotifierOptions } from '../app/notifier-factory';
import { EmlFileMailer } from '../registers/notifications/delivery/eml-file-mailer';
import { createStreamsClient, startOutboxStream } from './outbox-stream';
import type {
  OutboxStream,
  OutboxStreamOptions,
  OutboxStreamRecord,
  StreamBatchResult,
} from './outbox-stream';

export interface LocalNotifierOptions {
  readonly dynamoClient: DynamoDBClient;
  readonly region: string;
  readonly dynamoDbEndpoint: string;
  readonly tableName: string;
  readonly cursorSecret: string;
  /** Where the .eml files go (`.data/mail/` for `npm start`). */
  readonly mailFolder: string;
  readonly startFrom: OutboxStreamOptions['startFrom'];
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  /** How often due webhook retries are looked for, in ms (1 s by default). */
  readonly retryPollMs?: number;
  readonly failBatch?: OutboxStreamOptions['failBatch'];
  /** Anything else the notifier factory takes (clock, short retry delays, a directory...). */
  readonly notifier?: Partial<Omit<AppNotifierOptions, 'dynamoClient' | 'tableName' | 'mailer'>>;
  readonly log?: (message: string) => void;
}

export interface LocalNotifier {
  readonly notifier: AppNotifier;
  readonly mailer: EmlFileMailer;
  readonly stream: OutboxStream;
  /** Stops the stream reader (a batch in hand finishes), then the retry poller. */
  stop(): Promise<void>;
}

export async function startLocalNotifier(options: LocalNotifierOptions): Promise<LocalNotifier> {
  const log = options.log ?? ((line: string) => console.error(line));
  const mailer = new EmlFileMailer(options.mailFolder);
  const notifier = createAppNotifier({
    cursorSecret: options.cursorSecret,
    dynamoDbEndpoint: options.dynamoDbEndpoint,
    allowLocalWebhookReceivers: true,
    ...options.notifier,
    dynamoClient: options.dynamoClient,
    tableName: options.tableName,
    mailer,
  });
  const streams = createStreamsClient({ region: options.region, endpoint: options.dynamoDbEndpoint });
  const stream = await startOutboxStream({
    dynamo: options.dynamoClient,
    streams,
    tableName: options.tableName,
    handler: outboxBatchHandler(notifier, log),
    startFrom: options.startFrom,
    log,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    ...(options.failBatch ? { failBatch: options.failBatch } : {}),
  });
  const retries = startRetryPoller(notifier, options.retryPollMs ?? 1_000, log);
  return {
    notifier,
    mailer,
    stream,
    async stop() {
      await stream.stop();
      await retries.stop();
      streams.destroy();
    },
  };
}

/** Each new outbox record delivered in order; the first failure and every record after it reported failed. */
export function outboxBatchHandler(
  notifier: Pick<AppNotifier, 'readOutboxMessage' | 'deliver'>,
  log: (message: string) => void,
): (records: readonly OutboxStreamRecord[]) => Promise<StreamBatchResult> {
  return async (records) => {
    for (const [index, record] of records.entries()) {
      if (record.eventName !== 'INSERT' || !record.newImage) continue;
      try {
        const message = await notifier.readOutboxMessage(record.newImage);
        if (message) await notifier.deliver(message);
      } catch (error) {
        log(`delivering outbox record ${record.sequenceNumber} failed, to be tried again: ${String(error)}`);
        return {
          batchItemFailures: records
            .slice(index)
            .map((failed) => ({ itemIdentifier: failed.sequenceNumber })),
        };
      }
    }
    return { batchItemFailures: [] };
  };
}

/** Runs the due webhook retries every `everyMs`, one run at a time. */
function startRetryPoller(notifier: AppNotifier, everyMs: number, log: (message: string) => void) {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = notifier
      .runDueRetries()
      .catch((error: unknown) => log(`running webhook retries failed: ${String(error)}`))
      .finally(() => (busy = false));
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
