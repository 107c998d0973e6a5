/**
 * The notifier (issue 19): turns one outbox message into its deliveries, each made once. Every delivery is an
 * item claimed in DynamoDB before it is sent (delivery-claims.ts, domain/delivery.ts), so a replayed or
 * concurrent stream batch never sends twice: SENT is final. Emails go out through the Mailer port; webhooks
 * are attempted once here and then from the retry queue (webhook-dispatch.ts).
 */
import type { Clock } from '../../../kernel/domain/clock';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type { Delivery, DeliveryChannel, DeliveryState } from '../domain/delivery';
import type { MailSenders } from '../domain/mail-senders';
import type {
  DeliveryStore,
  Mailer,
  RecipientDirectory,
  WebhookRetryJob,
  WebhookRetryQueue,
  WebhookStore,
} from '../domain/notifications-port';
import type { DigestStore } from '../domain/preferences-port';
import type { WebhookUrlPolicy } from '../domain/webhook-url';
import { DeliveryClaims } from './delivery-claims';
import { deliverToRecipient, planRecipientDeliveries } from './email-delivery';
import type { ResolveAll } from './public-lookup';
import type { UnsubscribeLinks } from './unsubscribe-links';
import { attemptWebhook, planWebhookDeliveries } from './webhook-dispatch';

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
    readonly channel: DeliveryChannel;
    /** The email address, the postal address or the endpoint's URL; null when none. */
    readonly address: string | null;
    readonly state: DeliveryState;
  }[];
}

export interface NotifierDeps {
  readonly deliveries: DeliveryStore;
  readonly webhooks: WebhookStore;
  readonly mailer: Mailer;
  readonly directory: RecipientDirectory;
  readonly retryQueue: WebhookRetryQueue;
  readonly clock: Clock;
  readonly webhookPolicy: WebhookUrlPolicy;
  readonly senders: MailSenders;
  readonly unsubscribeLinks: UnsubscribeLinks;
  /** Where deliveries to people who chose a daily digest are gathered (the daily job sends them). */
  readonly digests?: Pick<DigestStore, 'queue'>;
  /** Seconds between webhook attempts (RETRY_DELAYS_SECONDS unless a test needs them short). */
  readonly retryDelaysSeconds?: readonly number[];
  /** How long a claim holds (DEFAULT_LEASE_SECONDS). */
  readonly leaseSeconds?: number;
  readonly webhookTimeoutMs?: number;
  readonly resolveAll?: ResolveAll;
}

/** Thrown by `deliver` when some email was not taken by the mail provider: the record is worth a retry. */
export class DeliveryIncompleteError extends Error {}

export function createNotifier(deps: NotifierDeps): Notifier {
  const claims = new DeliveryClaims(deps.deliveries, deps.clock, deps.leaseSeconds);
  const emailDeps = { ...deps, claims };
  const webhookDeps = {
    webhooks: deps.webhooks,
    claims,
    retryQueue: deps.retryQueue,
    clock: deps.clock,
    policy: deps.webhookPolicy,
    ...(deps.retryDelaysSeconds ? { retryDelaysSeconds: deps.retryDelaysSeconds } : {}),
    ...(deps.webhookTimeoutMs ? { timeoutMs: deps.webhookTimeoutMs } : {}),
    ...(deps.resolveAll ? { resolveAll: deps.resolveAll } : {}),
  };
  return {
    async deliver(message) {
      const [people, hooks] = await Promise.all([
        planRecipientDeliveries(message, deps),
        planWebhookDeliveries(message, deps),
      ]);
      const [mailed, hooked] = await Promise.all([
        Promise.all(people.map((plan) => deliverToRecipient(message, plan, emailDeps))),
        Promise.all(hooks.map(({ delivery, endpoint }) => attemptWebhook(delivery, endpoint, webhookDeps))),
      ]);
      const unsent = mailed.filter((result) => result.retry);
      if (unsent.length > 0) {
        throw new DeliveryIncompleteError(
          `${unsent.length} email(s) of message ${message.id} were not taken: ` +
            unsent.map((result) => result.delivery.lastError).join('; '),
        );
      }
      return {
        messageId: message.id,
        deliveries: [...mailed.map((result) => result.delivery), ...hooked].map(reportOf),
      };
    },
    async retryWebhook(job) {
      const delivery = await deps.deliveries.getDelivery(job.messageId, `WEBHOOK#${job.endpointId}`);
      if (!delivery) return;
      const endpoint = await deps.webhooks.getEndpoint(job.endpointId);
      await attemptWebhook(delivery, endpoint, webhookDeps, job.attempt);
    },
  };
}

function reportOf(delivery: Delivery): DeliveryReport['deliveries'][number] {
  return { id: delivery.id, channel: delivery.channel, address: delivery.address, state: delivery.state };
}
