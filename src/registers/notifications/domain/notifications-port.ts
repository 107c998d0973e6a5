/** What the notifications register needs from storage and from the network, in domain terms. */
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AuditAction } from '../../../kernel/domain/records';
import type { OutboxMessage, OutboxRecipient } from '../../../kernel/domain/outbox';
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
