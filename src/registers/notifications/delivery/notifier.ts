/**
 * The notifier (issue 19): turns one outbox message into its deliveries, each made once. Every delivery is an
 * item claimed in DynamoDB before it is sent (store/delivery-store.ts), so a replayed or concurrent stream
 * batch never sends twice: SENT is final.
 */
import type { Clock } from '../../../kernel/domain/clock';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type {
  Mailer,
  RecipientDirectory,
  WebhookRetryJob,
  WebhookRetryQueue,
  WebhookStore,
} from '../domain/notifications-port';
import type { WebhookUrlPolicy } from '../domain/webhook-url';

export interface Notifier {
  /**
   * Every delivery of the message, each once (idempotent). Throws when an email delivery failed in a way
   * worth retrying the whole record (the stream retries it); webhook failures go to the retry queue.
   */
  deliver(message: OutboxMessage): Promise<DeliveryReport>;
  /** One due webhook retry (from the local retry poller or the SQS retry queue). */
  retryWebhook(job: WebhookRetryJob): Promise<void>;
}

/** What became of each delivery of a message after `deliver`. */
export interface DeliveryReport {
  readonly messageId: string;
  readonly deliveries: readonly {
    readonly id: string;
    readonly channel: 'EMAIL' | 'POST' | 'PUBLIC' | 'WEBHOOK';
    /** The address, the postal address or the endpoint id; null for publicity. */
    readonly address: string | null;
    readonly state: string;
  }[];
}

export interface NotifierDeps {
  readonly mailer: Mailer;
  readonly directory: RecipientDirectory;
  readonly retryQueue: WebhookRetryQueue;
  readonly webhooks: WebhookStore;
  readonly clock: Clock;
  readonly webhookPolicy: WebhookUrlPolicy;
  /** Seconds between webhook attempts (RETRY_DELAYS_SECONDS unless a test needs them short). */
  readonly retryDelaysSeconds?: readonly number[];
}

export function createNotifier(deps: NotifierDeps): Notifier {
  void deps;
  return {
    deliver() {
      return Promise.reject(new Error('the notifier is being built (h-delivery)'));
    },
    retryWebhook() {
      return Promise.reject(new Error('the notifier is being built (h-delivery)'));
    },
  };
}
