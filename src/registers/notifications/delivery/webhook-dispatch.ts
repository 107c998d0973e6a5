/**
 * A message's webhook deliveries: one per ACTIVE endpoint subscribed to its event type, of each organisation
 * the message names. Each attempt is claimed, signed (Standard Webhooks, webhook-id = the delivery's id, the
 * same on every attempt) and sent; a failure schedules the next attempt on the retry queue, and the last
 * failure disables the endpoint and tells its organisation's admins.
 *
 * The admins are told through the outbox, not the mailer: the message telling them is a Notification item
 * written in the same transaction that disables the endpoint, with an id made of the endpoint and its version
 * (written at most once), so the email exists exactly when the endpoint was disabled and is delivered,
 * retried and recorded like every other message (and reaches the members their preferences name).
 */
import type { Clock } from '../../../kernel/domain/clock';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import { ConflictError } from '../../../kernel/domain/errors';
import { newDelivery } from '../domain/delivery';
import type { Delivery } from '../domain/delivery';
import type { WebhookRetryQueue, WebhookStore } from '../domain/notifications-port';
import { afterDelivery, isSubscribed, signingSecrets } from '../domain/webhook-endpoint';
import type { WebhookEndpoint } from '../domain/webhook-endpoint';
import { nextAttemptAt, RETRY_DELAYS_SECONDS } from '../domain/webhook-retries';
import type { WebhookUrlPolicy } from '../domain/webhook-url';
import type { DeliveryClaims } from './delivery-claims';
import { sha256Hex } from './delivery-claims';
import type { ResolveAll } from './public-lookup';
import { sendWebhook } from './webhook-sender';
import { endpointDisabledMessage } from './endpoint-disabled-message';

/** The actor audit events name for changes the notifier makes itself. */
export const NOTIFIER_ACTOR = 'system:notifier';

export interface WebhookDeps {
  readonly webhooks: WebhookStore;
  readonly claims: DeliveryClaims;
  readonly retryQueue: WebhookRetryQueue;
  readonly clock: Clock;
  readonly policy: WebhookUrlPolicy;
  readonly retryDelaysSeconds?: readonly number[];
  readonly timeoutMs?: number;
  readonly resolveAll?: ResolveAll;
}

/** The endpoints the message goes to, and the delivery each gets. */
export async function planWebhookDeliveries(
  message: OutboxMessage,
  deps: Pick<WebhookDeps, 'webhooks' | 'clock'>,
): Promise<{ readonly endpoint: WebhookEndpoint; readonly delivery: Delivery }[]> {
  const at = deps.clock.now().toISOString();
  const payload = JSON.stringify({
    type: message.eventType,
    timestamp: message.createdAt,
    data: message.data,
  });
  const planned = [];
  for (const organisationId of new Set(message.webhookOrganisationIds)) {
    for (const endpoint of await allEndpoints(deps.webhooks, organisationId)) {
      if (!isSubscribed(endpoint, message.eventType)) continue;
      const target = {
        channel: 'WEBHOOK' as const,
        ref: endpoint.id,
        address: endpoint.url,
        recipientName: endpoint.description ?? endpoint.url,
        recipientRole: 'webhook endpoint',
        organisationId: endpoint.organisationId,
        endpointId: endpoint.id,
        userId: null,
      };
      planned.push({
        endpoint,
        delivery: newDelivery(message, target, 'QUEUED', at, sha256Hex, { payload }),
      });
    }
  }
  return planned;
}

async function allEndpoints(webhooks: WebhookStore, organisationId: string): Promise<WebhookEndpoint[]> {
  const endpoints: WebhookEndpoint[] = [];
  let after: string | null = null;
  do {
    const page = await webhooks.listEndpointsOfOrganisation(organisationId, { first: 100, after });
    endpoints.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return endpoints;
}

/**
 * One attempt of a webhook delivery (`attempt` given: a retry job's, else the first): claimed, sent, and
 * settled as SENT, RETRYING (the next attempt scheduled) or FAILED (the endpoint then disabled).
 */
export async function attemptWebhook(
  fresh: Delivery,
  endpoint: WebhookEndpoint | null,
  deps: WebhookDeps,
  attempt?: number,
): Promise<Delivery> {
  const claim = await deps.claims.claim(fresh, attempt);
  if (!claim.claimed) return claim.delivery;
  const delivery = claim.delivery;
  if (!endpoint || endpoint.status !== 'ACTIVE') {
    const error = endpoint ? 'the endpoint was disabled' : 'the endpoint was removed';
    return deps.claims.settle(delivery, { state: 'FAILED', error });
  }
  const now = deps.clock.now();
  const outcome = await sendWebhook(
    {
      url: endpoint.url,
      secrets: signingSecrets(endpoint, now.toISOString()).map((secret) => secret.secret),
      eventId: delivery.id,
      body: delivery.payload ?? '{}',
      at: now,
    },
    {
      policy: deps.policy,
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
      ...(deps.resolveAll ? { resolveAll: deps.resolveAll } : {}),
    },
  );
  if (outcome.delivered) {
    const sent = await deps.claims.settle(delivery, { state: 'SENT', providerMessageId: null });
    await recordEndpointOutcome(endpoint, { delivered: true, lastError: null }, deps);
    return sent;
  }
  const error = outcome.error ?? 'the delivery failed';
  const failedAt = deps.clock.now();
  const next = nextAttemptAt(
    delivery.attempts,
    failedAt,
    Math.random(),
    deps.retryDelaysSeconds ?? RETRY_DELAYS_SECONDS,
  );
  if (next === null) {
    // The endpoint first: a crash before the delivery is settled leaves its lease to run out, and the
    // attempt made again finds the endpoint disabled.
    await recordEndpointOutcome(endpoint, { delivered: false, lastError: error }, deps);
    return deps.claims.settle(delivery, { state: 'FAILED', error });
  }
  // The job first: if the state write is lost, the job still comes and finds the lease run out.
  await deps.retryQueue.schedule(
    { messageId: delivery.messageId, endpointId: endpoint.id, attempt: delivery.attempts + 1 },
    next,
  );
  return deps.claims.settle(delivery, { state: 'RETRYING', error, nextAttemptAt: next.toISOString() });
}

/** The endpoint after a delivery ended: a success clears its failures; the last failure disables it. */
async function recordEndpointOutcome(
  seen: WebhookEndpoint,
  ended: { readonly delivered: boolean; readonly lastError: string | null },
  deps: Pick<WebhookDeps, 'webhooks' | 'clock'>,
): Promise<void> {
  let before: WebhookEndpoint | null = seen;
  for (let attempt = 1; before && attempt <= 3; attempt++) {
    if (!ended.delivered && before.status === 'DISABLED') return;
    const changed = afterDelivery(before, ended);
    if (changed === before) return;
    const at = deps.clock.now().toISOString();
    const after = { ...changed, updatedAt: at, version: before.version + 1 };
    const disabled = after.status === 'DISABLED' && before.status === 'ACTIVE';
    try {
      await deps.webhooks.saveAfterDelivery(
        before,
        after,
        disabled ? 'DISABLED' : 'UPDATED',
        { actorId: NOTIFIER_ACTOR, at },
        disabled ? endpointDisabledMessage(before, after, at) : null,
      );
      return;
    } catch (error) {
      // The endpoint moved on (its admin edited it meanwhile): apply the outcome to what it is now.
      if (!(error instanceof ConflictError)) throw error;
      before = await deps.webhooks.getEndpoint(seen.id);
    }
  }
}
