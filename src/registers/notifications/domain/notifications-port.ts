/** What the notifications register needs from storage and from the network, in domain terms. */
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AuditAction } from '../../../kernel/domain/records';
import type { OutboxMessage, OutboxRecipient } from '../../../kernel/domain/outbox';
import type { Delivery } from './delivery';
import type { WebhookEndpoint } from './webhook-endpoint';

export interface WebhookStore {
  getEndpoint(id: string): Promise<WebhookEndpoint | null>;
  /** An organisation's endpoints, oldest first. */
  listEndpointsOfOrganisation(organisationId: string, page: PageRequest): Promise<Page<WebhookEndpoint>>;
  /**
   * Writes the endpoint and its audit event (without its secrets) in one transaction: a create when `before`
   * is null, else a replacement of that version (CONFLICT when it moved on). `guard` is the caller's role,
   * checked in the same transaction.
   */
  saveEndpoint(
    before: WebhookEndpoint | null,
    after: WebhookEndpoint,
    action: AuditAction,
    change: ChangeContext,
    guard: MembershipGuard | null,
  ): Promise<void>;
  /**
   * The endpoint after a delivery ended (its run of failures counted or cleared, or it disabled): a
   * replacement of `before`'s version with its audit event and, when given, the outbox message that tells
   * the organisation's admins, in one transaction (CONFLICT when the endpoint moved on meanwhile).
   */
  saveAfterDelivery(
    before: WebhookEndpoint,
    after: WebhookEndpoint,
    action: AuditAction,
    change: ChangeContext,
    notice: OutboxMessage | null,
  ): Promise<void>;
}

/** The deliveries of the outbox's messages (store/delivery-store.ts). */
export interface DeliveryStore {
  /** One delivery, strongly consistent (a claim is decided on it). */
  getDelivery(messageId: string, key: string): Promise<Delivery | null>;
  /**
   * Writes `next` only if the stored delivery is still `expected` (null: only if there is none yet), so of
   * concurrent claimers exactly one wins. False when the condition failed.
   */
  putIfUnchanged(next: Delivery, expected: Delivery | null): Promise<boolean>;
  /** Every delivery of a message, in key order (a message has a few). */
  listDeliveriesOfMessage(messageId: string): Promise<Delivery[]>;
  /** The deliveries of many messages at once (a page of notices): one Query each, sent together. */
  listDeliveriesOfMessages(messageIds: readonly string[]): Promise<Map<string, Delivery[]>>;
  /** An endpoint's delivery log, newest first. */
  listDeliveriesOfEndpoint(endpointId: string, page: PageRequest): Promise<Page<Delivery>>;
}

/**
 * Checks a webhook URL as it is registered: its form, then every address its host resolves to (null when it
 * may be used, else why not). Local development and tests allow loopback receivers over http.
 */
export interface WebhookUrlChecker {
  check(url: string): Promise<string | null>;
}

/** One email as the notifier hands it to a mailer: rendered, addressed, keyed. */
export interface OutgoingMail {
  readonly to: string;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Same key, same message: a mailer may use it to drop a duplicate (the .eml sink names the file by it). */
  readonly idempotencyKey: string;
  /** Extra headers: List-Unsubscribe (and List-Unsubscribe-Post) for mail people may opt out of. */
  readonly headers: Readonly<Record<string, string>>;
  /** SES message tags: the delivery's key, so a bounce or complaint names the delivery it is about. */
  readonly tags: Readonly<Record<string, string>>;
}

/** Sends an email (SES in the cloud, .eml files locally). Throws when it was not accepted. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ readonly providerMessageId: string }>;
}

/** One email address a recipient stands for. */
export interface MailAddress {
  readonly email: string;
  readonly name: string;
  /** True when this person takes such messages in a daily digest (h-reminders sends it): DIGEST_QUEUED. */
  readonly digest: boolean;
  /** The person's user id when a member of the register, for the unsubscribe link; null for a bare address. */
  readonly userId: string | null;
}

/**
 * Who an outbox recipient is, as email addresses (an organisation: its contact address and the members its
 * settings name). An empty answer for an ORGANISATION or EMAIL recipient means no address is known: the
 * delivery is recorded FAILED so officers see it. POST and PUBLIC recipients are never asked about.
 */
export interface RecipientDirectory {
  addressesFor(recipient: OutboxRecipient, message: OutboxMessage): Promise<readonly MailAddress[]>;
}

/** A webhook delivery's next attempt, due at a time (the retry queue holds it until then). */
export interface WebhookRetryJob {
  readonly messageId: string;
  readonly endpointId: string;
  /** The attempt to make (2 for the first retry). */
  readonly attempt: number;
}

/** Holds webhook retries until they are due (DynamoDB locally, SQS in the cloud). */
export interface WebhookRetryQueue {
  schedule(job: WebhookRetryJob, notBefore: Date): Promise<void>;
}
