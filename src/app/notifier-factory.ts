/**
 * The one notifier factory (issue 19): the notifier over the table's stores, with the mailer, the retry
 * queue and the recipient directory given. Both entry points (the local stream poller and the Lambda stream
 * handler) build the notifier only through this.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock } from '../kernel/domain/clock';
import { createOutboxReader } from './outbox-reader';
import type { OutboxReader } from './outbox-reader';
import type { Clock } from '../kernel/domain/clock';
import { CursorCodec } from '../kernel/store/cursor';
import { createDocumentClient, timeoutsFor } from '../kernel/store/dynamo-client';
import { Table } from '../kernel/store/table';
import { LOCAL_MAIL_SENDERS } from '../registers/notifications/domain/mail-senders';
import type { MailSenders } from '../registers/notifications/domain/mail-senders';
import type {
  Mailer,
  RecipientDirectory,
  WebhookRetryQueue,
} from '../registers/notifications/domain/notifications-port';
import { recordMailEvent } from '../registers/notifications/delivery/mail-events';
import { createNotifier } from '../registers/notifications/delivery/notifier';
import { preferencesDirectory } from '../registers/notifications/delivery/preferences-directory';
import type { Notifier } from '../registers/notifications/delivery/notifier';
import { signedUnsubscribeLinks } from '../registers/notifications/delivery/unsubscribe-links';
import type { UnsubscribeLinks } from '../registers/notifications/delivery/unsubscribe-links';
import { DynamoDeliveryStore } from '../registers/notifications/store/delivery-store';
import { DynamoDigestStore } from '../registers/notifications/store/digest-store';
import { DynamoRetryQueue } from '../registers/notifications/store/retry-queue-store';
import { DynamoWebhookStore } from '../registers/notifications/store/webhook-store';
import { DynamoOrganisationStore } from '../registers/organisations/store/organisation-store';
import { DynamoMemberStore } from '../registers/organisations/store/member-store';
import { DynamoPreferencesStore } from '../registers/notifications/store/preferences-store';

export interface AppNotifierOptions {
  readonly dynamoClient: DynamoDBClient;
  readonly tableName: string;
  /** The key that signs pagination cursors (the stores need one) and, unless given, unsubscribe links. */
  readonly cursorSecret: string;
  /** Where DynamoDB is: null for AWS. */
  readonly dynamoDbEndpoint?: string | null;
  readonly mailer: Mailer;
  /** Where webhook retries wait: SQS in the cloud; by default the table's own queue (local). */
  readonly retryQueue?: WebhookRetryQueue;
  /**
   * Who a recipient is as email addresses; by default the preferences directory (an organisation's contact
   * address and the members its settings and their own name).
   */
  readonly directory?: RecipientDirectory;
  readonly clock?: Clock;
  /** Local development and tests only: webhook receivers on this machine. */
  readonly allowLocalWebhookReceivers?: boolean;
  /** Seconds between webhook attempts; the real schedule (RETRY_DELAYS_SECONDS) by default. */
  readonly retryDelaysSeconds?: readonly number[];
  /** Each council's sender identity and the default (a stage setting); local addresses by default. */
  readonly senders?: MailSenders;
  /** Where the register's public pages are, for unsubscribe links (http://localhost:4000 by default). */
  readonly publicBaseUrl?: string;
  /** The unsubscribe links; by default signed under `publicBaseUrl` with a key made from `cursorSecret`. */
  readonly unsubscribeLinks?: UnsubscribeLinks;
  /** How long a delivery's claim holds, in seconds (60 by default). */
  readonly leaseSeconds?: number;
  /** How long one webhook attempt may take (10 s by default). */
  readonly webhookTimeoutMs?: number;
}

/** The notifier, and what the entry points run beside it. */
export interface AppNotifier extends Notifier {
  /**
   * Runs the webhook retries due by `now` from the table's own queue (the local poller calls it every
   * second); 0 when the retry queue is another (SQS). Answers how many were run.
   */
  runDueRetries(now?: Date): Promise<number>;
  /** Records an SES bounce or complaint (the SNS notification's JSON body) on its delivery. */
  recordMailEvent(snsBody: string): Promise<boolean>;
  /** The stream's new image of an outbox record as its message; null for any other item (outbox-reader.ts). */
  readOutboxMessage: OutboxReader;
}

export function createAppNotifier(options: AppNotifierOptions): AppNotifier {
  const table = new Table(
    createDocumentClient(options.dynamoClient),
    options.tableName,
    new CursorCodec(options.cursorSecret),
    timeoutsFor(options.dynamoDbEndpoint ?? null).callDeadlineMs,
  );
  const clock = options.clock ?? systemClock;
  const deliveries = new DynamoDeliveryStore(table);
  const localQueue = options.retryQueue ? null : new DynamoRetryQueue(table);
  const notifier = createNotifier({
    deliveries,
    webhooks: new DynamoWebhookStore(table),
    mailer: options.mailer,
    directory:
      options.directory ??
      preferencesDirectory({
        organisations: new DynamoOrganisationStore(table),
        members: new DynamoMemberStore(table),
        preferences: new DynamoPreferencesStore(table),
      }),
    retryQueue: options.retryQueue ?? (localQueue as DynamoRetryQueue),
    digests: new DynamoDigestStore(table),
    clock,
    webhookPolicy: { allowLocalReceivers: options.allowLocalWebhookReceivers ?? false },
    senders: options.senders ?? LOCAL_MAIL_SENDERS,
    unsubscribeLinks:
      options.unsubscribeLinks ??
      signedUnsubscribeLinks(options.publicBaseUrl ?? 'http://localhost:4000', options.cursorSecret),
    ...(options.retryDelaysSeconds ? { retryDelaysSeconds: options.retryDelaysSeconds } : {}),
    ...(options.leaseSeconds ? { leaseSeconds: options.leaseSeconds } : {}),
    ...(options.webhookTimeoutMs ? { webhookTimeoutMs: options.webhookTimeoutMs } : {}),
  });
  return {
    ...notifier,
    runDueRetries: async (now = clock.now()) =>
      localQueue ? localQueue.runDue(now, (job) => notifier.retryWebhook(job)) : 0,
    recordMailEvent: (snsBody) => recordMailEvent(snsBody, { deliveries, clock }),
    readOutboxMessage: createOutboxReader(new DynamoOrganisationStore(table)),
  };
}
