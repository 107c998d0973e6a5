import { randomBytes } from 'node:crypto';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, SNSEvent, SQSEvent, SQSRecord } from 'aws-lambda';
import { createAppNotifier } from '../app/notifier-factory';
import type { AppNotifier } from '../app/notifier-factory';
import { createDailyRemindersJob } from '../app/daily-reminders-factory';
import type { DailyRemindersJob } from '../app/daily-reminders-factory';
import type { DailyRemindersSummary } from '../app/daily-reminders';
import { remindersDay } from './reminders-day';
import { createDynamoClient } from '../kernel/store/dynamo-client';
import { SesMailer } from '../registers/notifications/delivery/ses-mailer';
import { SqsRetryQueue } from '../registers/notifications/delivery/sqs-retry-queue';
import { readNotifierConfig } from './notifier-config';
import { createLambdaLogging } from './powertools-logging';

/**
 * The notifier's Lambda entry points (cdk/lib/notifier.ts: one function per export, one bundle). The
 * notifier is built once per execution environment. The cursor secret is random per environment: the
 * notifier hands out no pagination cursors, so it needs no Secrets Manager access.
 */
const config = readNotifierConfig();
const logging = createLambdaLogging();
const retryQueue = new SqsRetryQueue(new SQSClient({ region: config.region }), config.retryQueueUrl);
const mailer = new SesMailer({
  client: new SESv2Client({ region: config.region }),
  configurationSetName: config.configurationSetName,
});
let notifier: AppNotifier | undefined;

function notifierOnce(): AppNotifier {
  notifier ??= createAppNotifier({
    dynamoClient: createDynamoClient({ region: config.region, endpoint: config.dynamoDbEndpoint }),
    tableName: config.tableName,
    dynamoDbEndpoint: config.dynamoDbEndpoint,
    cursorSecret: randomBytes(32).toString('hex'),
    mailer,
    retryQueue,
    ...(config.senders.defaultFrom
      ? { senders: { defaultFrom: config.senders.defaultFrom, byCouncil: config.senders.byCouncil } }
      : {}),
  });
  return notifier;
}

const streamProcessor = new BatchProcessor(EventType.DynamoDBStreams);
const sqsProcessor = new BatchProcessor(EventType.SQS);

/** New outbox records from the table's stream: each delivered once; failures answered per record. */
export const handleOutboxStream = (event: DynamoDBStreamEvent, context: Context) =>
  processPartialResponse(
    event,
    async (record: DynamoDBRecord) => {
      const image = record.dynamodb?.NewImage;
      if (record.eventName !== 'INSERT' || !image) return;
      const message = await notifierOnce().readOutboxMessage(
        unmarshall(image as Record<string, AttributeValue>),
      );
      if (message) await notifierOnce().deliver(message);
    },
    streamProcessor,
    { context },
  );

/** Due webhook retries from the SQS retry queue (a job not yet due is sent on to wait). */
export const handleWebhookRetries = (event: SQSEvent, context: Context) =>
  processPartialResponse(
    event,
    (record: SQSRecord) =>
      retryQueue.handleRetryMessage(record.body, (job) => notifierOnce().retryWebhook(job)),
    sqsProcessor,
    { context },
  );

/** SES bounces and complaints, through SNS: recorded on the delivery their tags name. */
export async function handleMailEvents(event: SNSEvent): Promise<void> {
  for (const record of event.Records) {
    const recorded = await notifierOnce().recordMailEvent(record.Sns.Message);
    if (!recorded) logging.logger.warn('A mail event named no known delivery', { id: record.Sns.MessageId });
  }
}

/** The reminders job over the same notifier (built on its first run). */
let reminders: DailyRemindersJob | undefined;

/**
 * The daily reminders (EventBridge Scheduler, 07:00 Europe/London): the reminders falling due on the London
 * date of the time the run was scheduled for (so a retried or late invocation computes its own day), or on
 * an explicit `today` (a rerun by hand); each sent once, then the day's digests. Fails (so the scheduler
 * retries) when a delivery or a digest failed; what was sent stays sent.
 */
export async function handleDailyReminders(event: {
  scheduledTime?: string;
  today?: string;
}): Promise<DailyRemindersSummary> {
  const today = remindersDay(event);
  reminders ??= createDailyRemindersJob({
    dynamoClient: createDynamoClient({ region: config.region, endpoint: config.dynamoDbEndpoint }),
    tableName: config.tableName,
    dynamoDbEndpoint: config.dynamoDbEndpoint,
    cursorSecret: randomBytes(32).toString('hex'),
    mailer,
    notifier: notifierOnce(),
    ...(config.senders.defaultFrom
      ? { senders: { defaultFrom: config.senders.defaultFrom, byCouncil: config.senders.byCouncil } }
      : {}),
  });
  const summary = await reminders(today);
  logging.logger.info('Daily reminders', { ...summary });
  if (summary.failures.length > 0) {
    throw new Error(`The daily reminders of ${today} had ${summary.failures.length} failure(s)`);
  }
  return summary;
}
