import type { AuditEvent, Invite, Membership } from '../../../kernel/domain/records';

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

/** The id under which an invitation's audit events are kept: one invitation per organisation and email. */
export const inviteRecordId = (invite: Pick<Invite, 'organisationId' | 'email'>): string =>
  `${invite.organisationId}/${invite.email}`;

/**
 * True when `membership` is the one `userId` got by claiming the invitation whose latest audit event is
 * `latest`: the invitation was claimed (not revoked or re-sent since), by this user, in the change that
 * created this membership. A retried claim is then answered with the membership instead of NOT_FOUND; a
 * membership from anywhere else (added by an admin, or after leaving and rejoining) is not mistaken for it.
 */
export function isMembershipFromClaim(
  latest: Pick<AuditEvent, 'action' | 'actorId' | 'at'> | undefined,
  membership: Pick<Membership, 'userId' | 'createdAt'>,
  userId: string,
): boolean {
  return (
    latest?.action === 'CLAIMED' &&
    latest.actorId === userId &&
    membership.userId === userId &&
    membership.createdAt === latest.at
  );
}
