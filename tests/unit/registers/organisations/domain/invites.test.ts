import type { AuditEvent } from '../../../../../src/kernel/domain/records';
import { describe, expect, it } from 'vitest';
import {
  computeInviteExpiry,
  isInviteCurrent,
  isMembershipFromClaim,
} from '../../../../../src/registers/organisations/domain/invites';

describe('invitations', () => {
  it('lapse thirty days after they are sent', () => {
    expect(computeInviteExpiry('2026-11-23T09:00:00.000Z')).toBe('2026-12-23T09:00:00.000Z');
  });

  it.each([
    ['a millisecond before it lapses', '2026-12-23T08:59:59.999Z', true],
    ['at the moment it lapses', '2026-12-23T09:00:00.000Z', false],
    ['a day after it lapsed', '2026-12-24T09:00:00.000Z', false],
  ])('can be claimed %s: %s', (_when, now, current) => {
    expect(isInviteCurrent({ expiresAt: '2026-12-23T09:00:00.000Z' }, new Date(now))).toBe(current);
  });
});

describe('isMembershipFromClaim', () => {
  const at = '2026-11-23T09:00:00.000Z';
  const membership = { userId: 'u1', createdAt: at };

  it.each<[string, Pick<AuditEvent, 'action' | 'actorId' | 'at'> | undefined, boolean]>([
    ['the claim that created it', { action: 'CLAIMED', actorId: 'u1', at }, true],
    ['a claim by someone else', { action: 'CLAIMED', actorId: 'u2', at }, false],
    [
      'an earlier claim (the member left and was added again)',
      { action: 'CLAIMED', actorId: 'u1', at: '2026-11-01T09:00:00.000Z' },
      false,
    ],
    ['a revoked invitation', { action: 'REVOKED', actorId: 'u1', at }, false],
    ['no invitation history', undefined, false],
  ])('for %s: %s', (_what, latest, expected) => {
    expect(isMembershipFromClaim(latest, membership, 'u1')).toBe(expected);
  });
});
