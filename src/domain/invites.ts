import type { Invite } from './records';

/** How long an unclaimed invitation stays valid. */
export const INVITE_LIFETIME_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an invitation sent at `sentAt` (ISO-8601) lapses. */
export function computeInviteExpiry(sentAt: string): string {
  return new Date(Date.parse(sentAt) + INVITE_LIFETIME_DAYS * DAY_MS).toISOString();
}

/**
 * True while an invitation can still be claimed. DynamoDB's time to live removes lapsed ones only within a
 * day or two, so every read checks the date itself.
 */
export function isInviteCurrent(invite: Pick<Invite, 'expiresAt'>, now: Date): boolean {
  return Date.parse(invite.expiresAt) > now.getTime();
}
