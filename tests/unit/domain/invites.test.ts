import { describe, expect, it } from 'vitest';
import { computeInviteExpiry, isInviteCurrent } from '../../../src/domain/invites';

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
