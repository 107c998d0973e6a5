import { describe, expect, it } from 'vitest';
import { remindersDay } from '../../../src/lambda/reminders-day';

describe('the day a daily reminders run is for', () => {
  it('is the London date of the scheduled time, in summer and in winter', () => {
    // 07:00 in London is 06:00 UTC in summer (BST) and 07:00 UTC in winter (GMT).
    expect(remindersDay({ scheduledTime: '2026-07-01T06:00:00Z' })).toBe('2026-07-01');
    expect(remindersDay({ scheduledTime: '2026-12-01T07:00:00Z' })).toBe('2026-12-01');
    // Half past eleven at night UTC on 30 June is already 1 July in London.
    expect(remindersDay({ scheduledTime: '2026-06-30T23:30:00Z' })).toBe('2026-07-01');
  });

  it('is an explicit today when one is given', () => {
    expect(remindersDay({ today: '2026-11-23', scheduledTime: '2026-12-01T07:00:00Z' })).toBe('2026-11-23');
  });

  it('is today in London when the event names no day', () => {
    expect(remindersDay({}, new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
  });

  it('refuses a malformed day or time', () => {
    expect(() => remindersDay({ today: '2026-13-01' })).toThrow(/calendar date/);
    expect(() => remindersDay({ scheduledTime: 'yesterday' })).toThrow(/not a time/);
  });
});
