/**
 * A delivery: one message to one address by one channel, or to one webhook endpoint (issue 19). The notifier
 * records every delivery, sent or not, so a council can show that a statutory notice was given and to whom,
 * and a partner's admin can read an endpoint's log. Pure rules: the delivery's key and id, the states, and
 * the claim that makes a delivery happen once.
 *
 * Claiming: a delivery is sent only by whoever moved it to SENDING (a conditional write on its version), with
 * a lease. A replayed or concurrent batch finds it SENDING (and waits for the lease) or SENT (final, skipped).
 * A sender that crashed mid-send leaves SENDING behind; once its lease has run out, the next attempt claims
 * it again, so a delivery is at least once, and exactly once unless a sender died after the provider took
 * the mail but before SENT was written (the .eml sink and webhook receivers see the same id then).
 */
import type { OutboxEventType, OutboxMessage } from '../../../kernel/domain/outbox';

export const DELIVERY_STATES = [
  'QUEUED',
  'SENDING',
  'SENT',
  'BOUNCED',
  'COMPLAINED',
  'FAILED',
  'POST_REQUIRED',
  'PUBLISHED_BY_COUNCIL',
  'RETRYING',
  'DIGEST_QUEUED',
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const DELIVERY_CHANNELS = ['EMAIL', 'POST', 'PUBLIC', 'WEBHOOK'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** States a sender may claim a delivery from (besides a SENDING whose lease ran out). */
const CLAIMABLE: ReadonlySet<DeliveryState> = new Set(['QUEUED', 'RETRYING']);

export interface Delivery {
  readonly messageId: string;
  /** Unique within the message: `<channel>#<ref>` (ref: the endpoint id, or a digest of the address). */
  readonly key: string;
  /** Stable and opaque: the webhook-id a partner sees on every attempt, the tag a bounce comes back with. */
  readonly id: string;
  readonly channel: DeliveryChannel;
  /** The email address, the postal address (POST; null when not known) or the endpoint's URL. */
  readonly address: string | null;
  readonly recipientName: string;
  readonly recipientRole: string;
  /** The organisation the recipient is (ORGANISATION recipients) or owns the endpoint (WEBHOOK). */
  readonly organisationId: string | null;
  readonly endpointId: string | null;
  readonly userId: string | null;
  readonly councilCode: string | null;
  readonly eventType: OutboxEventType;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: string | null;
  readonly providerMessageId: string | null;
  /** A webhook delivery's next attempt, while RETRYING. */
  readonly nextAttemptAt: string | null;
  /** While SENDING: until when the claim holds (after it, another attempt may claim the delivery). */
  readonly leaseUntil: string | null;
  /** A webhook delivery's body, the same on every attempt (the event's data holds no private text). */
  readonly payload: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** Who a new delivery is to: what the notifier knows before it is made. */
export interface DeliveryTarget {
  readonly channel: DeliveryChannel;
  /** What makes the delivery unique in its message: a lower-cased email, a postal address, an endpoint id. */
  readonly ref: string;
  readonly address: string | null;
  readonly recipientName: string;
  readonly recipientRole: string;
  readonly organisationId: string | null;
  readonly endpointId: string | null;
  readonly userId: string | null;
}

/**
 * The key of a delivery within its message. An endpoint id is used as it is; any other ref (an email
 * address, a postal address) is digested, so keys stay short and hold no personal data (`digest` is the
 * caller's hash: the domain imports nothing).
 */
export function deliveryKey(target: Pick<DeliveryTarget, 'channel' | 'ref'>, digest: Digest): string {
  return target.channel === 'WEBHOOK'
    ? `WEBHOOK#${target.ref}`
    : `${target.channel}#${digest(normaliseRef(target.ref))}`;
}

/** A hex digest of a text (sha-256 in the notifier). */
export type Digest = (text: string) => string;

/** The delivery's opaque id: safe as a webhook-id header and an SES tag value (letters, digits, `_`). */
export function deliveryId(messageId: string, key: string, digest: Digest): string {
  return `dlv_${digest(`${messageId}\n${key}`).slice(0, 32)}`;
}

/** The idempotency key a mailer sees: `<messageId>/<channel>/<address>`. */
export function mailIdempotencyKey(messageId: string, channel: DeliveryChannel, ref: string): string {
  return `${messageId}/${channel}/${normaliseRef(ref)}`;
}

/** Email addresses and postal addresses compare without case and surrounding or repeated spaces. */
export function normaliseRef(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A delivery of `message` to `target` in `state`, before it is stored (version 1). */
export function newDelivery(
  message: Pick<OutboxMessage, 'id' | 'councilCode' | 'eventType'>,
  target: DeliveryTarget,
  state: DeliveryState,
  at: string,
  digest: Digest,
  details: { readonly lastError?: string | null; readonly payload?: string | null } = {},
): Delivery {
  const key = deliveryKey(target, digest);
  return {
    messageId: message.id,
    key,
    id: deliveryId(message.id, key, digest),
    channel: target.channel,
    address: target.address,
    recipientName: target.recipientName,
    recipientRole: target.recipientRole,
    organisationId: target.organisationId,
    endpointId: target.endpointId,
    userId: target.userId,
    councilCode: message.councilCode,
    eventType: message.eventType,
    state,
    attempts: 0,
    lastError: details.lastError ?? null,
    sentAt: null,
    providerMessageId: null,
    nextAttemptAt: null,
    leaseUntil: null,
    payload: details.payload ?? null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** Why a delivery cannot be claimed now; null when it can. */
export type ClaimRefusal = 'FINAL' | 'HELD' | 'NOT_DUE';

/**
 * Whether a sender may claim `delivery` at `now` for attempt `attempt` (omitted: whichever comes next).
 * FINAL: it is done (sent, failed for good, or a state nothing is sent in); HELD: another sender holds its
 * lease; NOT_DUE: a webhook retry asked for an attempt the delivery is not at (a duplicate retry job), or
 * a replayed stream record found a webhook delivery waiting for its retry (RETRYING: only the retry job
 * scheduled for it makes the next attempt, at its time; a replay must not hit a failing endpoint again).
 */
export function claimRefusal(delivery: Delivery, now: Date, attempt?: number): ClaimRefusal | null {
  if (delivery.state === 'SENDING') {
    if (delivery.leaseUntil !== null && Date.parse(delivery.leaseUntil) > now.getTime()) return 'HELD';
  } else if (!CLAIMABLE.has(delivery.state)) {
    return 'FINAL';
  }
  if (attempt === undefined && delivery.state === 'RETRYING') return 'NOT_DUE';
  if (attempt !== undefined && attempt !== delivery.attempts + 1) return 'NOT_DUE';
  return null;
}

/** The delivery claimed for its next attempt: SENDING until `leaseSeconds` from now. */
export function claimed(delivery: Delivery, now: Date, leaseSeconds: number): Delivery {
  return {
    ...delivery,
    state: 'SENDING',
    attempts: delivery.attempts + 1,
    leaseUntil: new Date(now.getTime() + leaseSeconds * 1000).toISOString(),
    nextAttemptAt: null,
    updatedAt: now.toISOString(),
    version: delivery.version + 1,
  };
}

/** How a claimed attempt ended. */
export type AttemptResult =
  | { readonly state: 'SENT'; readonly providerMessageId: string | null }
  | { readonly state: 'RETRYING'; readonly error: string; readonly nextAttemptAt: string }
  | { readonly state: 'FAILED'; readonly error: string }
  /** An email the provider did not take: claimable again by the stream's retry of the record. */
  | { readonly state: 'QUEUED'; readonly error: string };

/** The claimed delivery after its attempt. */
export function settled(delivery: Delivery, result: AttemptResult, now: Date): Delivery {
  const at = now.toISOString();
  const base = { ...delivery, leaseUntil: null, updatedAt: at, version: delivery.version + 1 };
  switch (result.state) {
    case 'SENT':
      return {
        ...base,
        state: 'SENT',
        sentAt: at,
        providerMessageId: result.providerMessageId,
        lastError: null,
        nextAttemptAt: null,
      };
    case 'RETRYING':
      return { ...base, state: 'RETRYING', lastError: result.error, nextAttemptAt: result.nextAttemptAt };
    case 'FAILED':
    case 'QUEUED':
      return { ...base, state: result.state, lastError: result.error, nextAttemptAt: null };
  }
}

/** What the mail provider said afterwards about a sent email. */
export interface MailEvent {
  readonly kind: 'BOUNCE' | 'COMPLAINT';
  /** A permanent bounce: the address does not take mail. A transient one is only noted. */
  readonly permanent: boolean;
  readonly detail: string;
}

/** The delivery after a bounce or complaint; null when it changes nothing (not an email, or not sent). */
export function afterMailEvent(delivery: Delivery, event: MailEvent, now: Date): Delivery | null {
  if (delivery.channel !== 'EMAIL') return null;
  if (!['SENT', 'BOUNCED', 'COMPLAINED'].includes(delivery.state)) return null;
  const state: DeliveryState =
    event.kind === 'COMPLAINT' ? 'COMPLAINED' : event.permanent ? 'BOUNCED' : delivery.state;
  const lastError = event.kind === 'COMPLAINT' ? `complaint: ${event.detail}` : `bounce: ${event.detail}`;
  if (state === delivery.state && lastError === delivery.lastError) return null;
  return { ...delivery, state, lastError, updatedAt: now.toISOString(), version: delivery.version + 1 };
}
