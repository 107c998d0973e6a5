/**
 * The outbox (issue 19): every message a register's step records for someone, in the step's own
 * transaction, which the notifications register then delivers by email and to partners' webhooks. Two kinds
 * of outbox record carry one: the ACV register's statutory notices (entity `AcvNotice`, one per recipient,
 * read as a message by src/registers/acv/domain/acv-outbox.ts) and every other register's notifications
 * (entity `Notification`, written with src/kernel/store/outbox-items.ts: co-location's interest and replies,
 * invitations, reminders). The delivery path reads only this shape, so a register joins it by writing one.
 */

/** The events a message is published as, to partners' webhooks and in people's preferences. */
export const OUTBOX_EVENT_TYPES = [
  'acv.nomination.received',
  'acv.entry.listed',
  'acv.nomination.unsuccessful',
  'acv.review.decided',
  'acv.entry.removed',
  'acv.moratorium.started',
  'acv.bid.requested',
  'colocation.interest.expressed',
  'colocation.interest.replied',
  'colocation.interest.accepted',
  'colocation.offer.taken',
  'surplus.listing.created',
  'surplus.request.allocated',
  'surplus.request.withdrawn',
  'organisation.invitation.sent',
  'reminder.due',
  'webhook.endpoint.disabled',
] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

/**
 * Who a message is for, as its step knew them:
 * - ORGANISATION: an organisation of the register; delivered to its contact address (and to the members its
 *   settings and their preferences name).
 * - EMAIL: a person known by email only (an invitee).
 * - POST: someone known by name and postal address only (an occupier the nominator named): no email can be
 *   sent, so the delivery says the council must post it.
 * - PUBLIC: publicity in the land's area (s.97(4)): no one to send to; the council publishes it.
 */
export type OutboxRecipient =
  | {
      readonly kind: 'ORGANISATION';
      readonly organisationId: string;
      readonly name: string;
      readonly role: string;
    }
  | { readonly kind: 'EMAIL'; readonly email: string; readonly name: string; readonly role: string }
  | { readonly kind: 'POST'; readonly name: string; readonly address: string | null; readonly role: string }
  | { readonly kind: 'PUBLIC'; readonly name: string; readonly role: string };

/** One message of the outbox, as the delivery path reads it (whichever register wrote it). */
export interface OutboxMessage {
  /** Unique across the outbox; deliveries are keyed by (id, recipient, channel). */
  readonly id: string;
  readonly eventType: OutboxEventType;
  /** The council whose register the message is about (its officers see its delivery state); null if none. */
  readonly councilCode: string | null;
  /** The statute a statutory notice is given under (it cannot be opted out of); null for other messages. */
  readonly statutoryRule: string | null;
  /** What the message is, in a few words ("Listed as an asset of community value"). */
  readonly step: string;
  /** The asset or record it is about ("The Red Lion, 1 High Street"). */
  readonly about: string;
  /** The body as the step wrote it: paragraphs separated by a blank line. */
  readonly text: string;
  /** The date the message bears (YYYY-MM-DD). */
  readonly date: string;
  /** Who sends it ("Cheltenham Borough Council", "MASH Register"). */
  readonly sender: string;
  /** Where the recipient can see the record, when it has a public page; null otherwise. */
  readonly recordUrl: string | null;
  readonly recipients: readonly OutboxRecipient[];
  /** The organisations whose subscribed webhooks receive the event (named recipients and the council). */
  readonly webhookOrganisationIds: readonly string[];
  /** The webhook event's `data`: the record's identifiers and the facts a partner acts on (no private text). */
  readonly data: Readonly<Record<string, string | number | boolean | null>>;
  readonly createdAt: string;
}
