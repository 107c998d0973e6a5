import { describe, expect, it } from 'vitest';
import { digestDayOf } from '../../../../src/registers/notifications/domain/digest-email';

describe('the digest a message joins', () => {
  it("is a reminder's own day, the morning the job sends it", () => {
    expect(digestDayOf({ eventType: 'reminder.due', date: '2026-11-23' }, '2026-11-23T07:00:05.000Z')).toBe(
      '2026-11-23',
    );
  });

  it('is the next morning for any other message, by the London day it was queued', () => {
    const reply = { eventType: 'colocation.interest.replied', date: '2026-07-01' } as const;
    expect(digestDayOf(reply, '2026-07-01T15:00:00.000Z')).toBe('2026-07-02');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): the digest of 2 July.
    expect(digestDayOf(reply, '2026-06-30T23:30:00.000Z')).toBe('2026-07-02');
    expect(digestDayOf(reply, '2026-12-31T20:00:00.000Z')).toBe('2027-01-01');
  });
});
