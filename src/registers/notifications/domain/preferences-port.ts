/**
 * What preferences, digests and reminders need from storage, in domain terms (store/preferences-store.ts,
 * store/digest-store.ts and store/reminder-store.ts implement them). Kept apart from notifications-port.ts,
 * which holds the delivery's ports.
 */
import type { ChangeContext, MembershipGuard } from '../../../kernel/domain/ports';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type { DigestEntry } from './digest-email';
import type { OrganisationNotificationSettings, UserNotificationSettings } from './notification-preferences';

export interface PreferencesStore {
  getUserSettings(userId: string): Promise<UserNotificationSettings | null>;
  /** Many users' settings in as few requests as DynamoDB allows; users without saved settings are absent. */
  getUsersSettings(userIds: readonly string[]): Promise<ReadonlyMap<string, UserNotificationSettings>>;
  getOrganisationSettings(organisationId: string): Promise<OrganisationNotificationSettings | null>;
  /**
   * Writes the user's settings with an audit event: a create when `before.version` is 0 (CONFLICT when
   * someone saved first), else a replacement of that version (CONFLICT when it moved on).
   */
  saveUserSettings(
    before: UserNotificationSettings,
    after: UserNotificationSettings,
    change: ChangeContext,
  ): Promise<void>;
  /** The same for an organisation's settings; `guard` is the caller's admin role, checked in the transaction. */
  saveOrganisationSettings(
    before: OrganisationNotificationSettings,
    after: OrganisationNotificationSettings,
    change: ChangeContext,
    guard: MembershipGuard | null,
  ): Promise<void>;
}

/** A message gathered for one person's digest of one day (a delivery the notifier marked DIGEST_QUEUED). */
export interface DigestQueueEntry extends DigestEntry {
  readonly userId: string;
  readonly email: string;
  /** The day whose digest it joins (YYYY-MM-DD, Europe/London): the day it was queued. */
  readonly day: string;
}

/** The digests waiting to be sent: gathered per user and day, each sent once by the daily job. */
export interface DigestStore {
  /** Adds the entry to its person's digest of its day (idempotent: the same message twice is one entry). */
  queue(entry: DigestQueueEntry): Promise<void>;
  /** The people with a digest for the day: one page of them at a time. */
  listDigestUsers(
    day: string,
    after: string | null,
  ): Promise<{ readonly users: readonly DigestUser[]; readonly next: string | null }>;
  listDigestEntries(day: string, userId: string): Promise<DigestEntry[]>;
  /**
   * Claims the sending of one person's digest of the day: false when it was already sent. A claim whose
   * sending failed (`releaseDigest`) or never finished may be claimed again.
   */
  claimDigest(day: string, userId: string, at: string): Promise<boolean>;
  markDigestSent(day: string, userId: string, at: string, providerMessageId: string): Promise<void>;
  releaseDigest(day: string, userId: string): Promise<void>;
}

export interface DigestUser {
  readonly userId: string;
  readonly email: string;
}

/** Writes reminders into the outbox, each once. */
export interface ReminderStore {
  /** Puts the reminder's `Notification` item unless its id exists: true when this call wrote it. */
  claimReminder(message: OutboxMessage): Promise<boolean>;
}
