/**
 * A message's deliveries to people: each recipient becomes its addresses (through the RecipientDirectory),
 * each address one email delivery, claimed before it is sent; the recipients no email goes to get the state
 * that says what the council does instead (POST_REQUIRED, PUBLISHED_BY_COUNCIL), and one with no address a
 * FAILED delivery saying so.
 */
import type { Clock } from '../../../kernel/domain/clock';
import type { OutboxMessage, OutboxRecipient } from '../../../kernel/domain/outbox';
import { mailIdempotencyKey, newDelivery } from '../domain/delivery';
import type { Delivery, DeliveryState, DeliveryTarget } from '../domain/delivery';
import { senderFor } from '../domain/mail-senders';
import type { MailSenders } from '../domain/mail-senders';
import { digestDayOf } from '../domain/digest-email';
import { renderNoticeEmail } from '../domain/notice-email';
import type { DigestStore } from '../domain/preferences-port';
import type { Mailer, MailAddress, OutgoingMail, RecipientDirectory } from '../domain/notifications-port';
import type { DeliveryClaims } from './delivery-claims';
import { sha256Hex } from './delivery-claims';
import { deliveryTags } from './mail-tags';
import type { UnsubscribeLinks } from './unsubscribe-links';

/** Attempts an email delivery gets (each a replay of the stream record) before it is FAILED for good. */
export const MAX_EMAIL_ATTEMPTS = 5;

export interface EmailDeps {
  readonly mailer: Mailer;
  readonly directory: RecipientDirectory;
  readonly claims: DeliveryClaims;
  readonly clock: Clock;
  readonly senders: MailSenders;
  readonly unsubscribeLinks: UnsubscribeLinks;
  /** Where DIGEST_QUEUED deliveries are gathered for the daily job; none: they are only recorded. */
  readonly digests?: Pick<DigestStore, 'queue'> | undefined;
}

/** A planned delivery: the record to claim or store, and for email the address it goes to. */
export interface PlannedDelivery {
  readonly delivery: Delivery;
  readonly address: MailAddress | null;
}

/** Every delivery to the message's recipients, each once (two recipients with one address share it). */
export async function planRecipientDeliveries(
  message: OutboxMessage,
  deps: Pick<EmailDeps, 'directory' | 'clock'>,
): Promise<PlannedDelivery[]> {
  const at = deps.clock.now().toISOString();
  const planned = new Map<string, PlannedDelivery>();
  const add = (target: DeliveryTarget, state: DeliveryState, address: MailAddress | null, error?: string) => {
    const delivery = newDelivery(message, target, state, at, sha256Hex, { lastError: error ?? null });
    if (!planned.has(delivery.key)) planned.set(delivery.key, { delivery, address });
  };
  for (const recipient of message.recipients) {
    const base = targetBase(recipient);
    if (recipient.kind === 'POST') {
      add(
        { ...base, channel: 'POST', ref: recipient.address ?? recipient.name, address: recipient.address },
        'POST_REQUIRED',
        null,
      );
      continue;
    }
    if (recipient.kind === 'PUBLIC') {
      add({ ...base, channel: 'PUBLIC', ref: recipient.name, address: null }, 'PUBLISHED_BY_COUNCIL', null);
      continue;
    }
    const addresses = await deps.directory.addressesFor(recipient, message);
    if (addresses.length === 0) {
      const ref =
        recipient.kind === 'ORGANISATION' ? `organisation:${recipient.organisationId}` : recipient.email;
      add({ ...base, channel: 'EMAIL', ref, address: null }, 'FAILED', null, 'no contact email');
      continue;
    }
    for (const address of addresses) {
      // A statutory notice is sent at once whatever the person's settings: it is not the council's to delay.
      const state = address.digest && message.statutoryRule === null ? 'DIGEST_QUEUED' : 'QUEUED';
      add(
        { ...base, channel: 'EMAIL', ref: address.email, address: address.email, userId: address.userId },
        state,
        address,
      );
    }
  }
  return [...planned.values()];
}

function targetBase(recipient: OutboxRecipient) {
  return {
    recipientName: recipient.name,
    recipientRole: recipient.role,
    organisationId: recipient.kind === 'ORGANISATION' ? recipient.organisationId : null,
    endpointId: null,
    userId: null,
  };
}

/**
 * Makes one planned delivery: records the ones nothing is sent for, claims and sends an email. Answers the
 * delivery as it stands and whether the record is worth trying again (a send that failed, not yet for good).
 */
export async function deliverToRecipient(
  message: OutboxMessage,
  plan: PlannedDelivery,
  deps: EmailDeps,
): Promise<{ readonly delivery: Delivery; readonly retry: boolean }> {
  if (plan.delivery.state !== 'QUEUED' || !plan.address) {
    const stored = await deps.claims.recordOnce(plan.delivery);
    // Queued again on every replay (the entry's Put is idempotent, its day decided by the stored delivery),
    // so a crash between the two writes loses nothing.
    if (stored.state === 'DIGEST_QUEUED' && plan.address?.userId && deps.digests) {
      await deps.digests.queue({
        userId: plan.address.userId,
        email: plan.address.email,
        day: digestDayOf(message, stored.createdAt),
        messageId: message.id,
        step: message.step,
        about: message.about,
        date: message.date,
        sender: message.sender,
        statutoryRule: message.statutoryRule,
        recordUrl: message.recordUrl,
        queuedAt: stored.createdAt,
      });
    }
    return { delivery: stored, retry: false };
  }
  const claim = await deps.claims.claim(plan.delivery);
  if (!claim.claimed) return { delivery: claim.delivery, retry: false };
  try {
    const { providerMessageId } = await deps.mailer.send(
      outgoingMail(message, plan.address, claim.delivery, deps),
    );
    return {
      delivery: await deps.claims.settle(claim.delivery, { state: 'SENT', providerMessageId }),
      retry: false,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (claim.delivery.attempts >= MAX_EMAIL_ATTEMPTS) {
      return {
        delivery: await deps.claims.settle(claim.delivery, { state: 'FAILED', error: reason }),
        retry: false,
      };
    }
    // Back to QUEUED (claimable at once): the stream's retry of the record is the next attempt.
    return {
      delivery: await deps.claims.settle(claim.delivery, { state: 'QUEUED', error: reason }),
      retry: true,
    };
  }
}

/** The email of a message to one address: rendered, from the council's identity, keyed and tagged. */
export function outgoingMail(
  message: OutboxMessage,
  address: MailAddress,
  delivery: Delivery,
  deps: Pick<EmailDeps, 'senders' | 'unsubscribeLinks'>,
): OutgoingMail {
  const statutory = message.statutoryRule !== null;
  const unsubscribeUrl = statutory ? null : deps.unsubscribeLinks(address, message);
  const rendered = renderNoticeEmail({
    step: message.step,
    about: message.about,
    text: message.text,
    date: message.date,
    sender: message.sender,
    statutoryRule: message.statutoryRule,
    unsubscribeUrl,
    recordUrl: message.recordUrl,
  });
  return {
    to: address.name ? `${quoteName(address.name)} <${address.email}>` : address.email,
    from: senderFor(deps.senders, message.councilCode),
    ...rendered,
    idempotencyKey: mailIdempotencyKey(message.id, 'EMAIL', address.email),
    headers: unsubscribeUrl
      ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      : {},
    tags: deliveryTags(delivery),
  };
}

// A display name in an address header: quoted, without the characters that would end the quote or the line.
function quoteName(name: string): string {
  return `"${name.replace(/["\\\r\n]/g, ' ').trim()}"`;
}
