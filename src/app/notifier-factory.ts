/**
 * The one notifier factory (issue 19): the notifier over the table's stores, with the mailer, the retry
 * queue and the recipient directory given. Both entry points (the local stream poller and the Lambda stream
 * handler) build the notifier only through this.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock } from '../kernel/domain/clock';
import type { Clock } from '../kernel/domain/clock';
import type {
  Mailer,
  RecipientDirectory,
  WebhookRetryQueue,
} from '../registers/notifications/domain/notifications-port';
import { createNotifier } from '../registers/notifications/delivery/notifier';
import { preferencesDirectory } from '../registers/notifications/delivery/preferences-directory';
import type { Notifier } from '../registers/notifications/delivery/notifier';
import { createRegisterStores } from './register-store';

export interface AppNotifierOptions {
  readonly dynamoClient: DynamoDBClient;
  readonly tableName: string;
  /** The key that signs pagination cursors (the stores need it; the notifier itself pages nothing). */
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
}

export function createAppNotifier(options: AppNotifierOptions): Notifier {
  const stores = createRegisterStores({
    client: options.dynamoClient,
    tableName: options.tableName,
    cursorSecret: options.cursorSecret,
    endpoint: options.dynamoDbEndpoint ?? null,
  });
  const retryQueue: WebhookRetryQueue = options.retryQueue ?? {
    schedule: () => Promise.reject(new Error('the local retry queue is being built (h-delivery)')),
  };
  const directory: RecipientDirectory =
    options.directory ??
    preferencesDirectory({
      organisations: stores.organisations,
      members: stores.members,
      preferences: stores.preferences,
    });
  return createNotifier({
    mailer: options.mailer,
    directory,
    retryQueue,
    webhooks: stores.webhooks,
    clock: options.clock ?? systemClock,
    webhookPolicy: { allowLocalReceivers: options.allowLocalWebhookReceivers ?? false },
    ...(options.retryDelaysSeconds ? { retryDelaysSeconds: options.retryDelaysSeconds } : {}),
  });
}
