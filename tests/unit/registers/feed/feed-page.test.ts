import { describe, expect, it } from 'vitest';
import type { KeptFeedEntry } from '../../../../src/kernel/domain/change-feed';
import { readFeedPage } from '../../../../src/registers/feed/domain/feed-page';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const DAY = 86_400_000;

/** Changes numbered as given, kept until `keptUntil` (later changes of a real feed expire later). */
function changes(sequences: number[], keptUntil = NOW + 30 * DAY): KeptFeedEntry[] {
  return sequences.map((sequence) => ({
    sequence,
    councilCode: 'E07000078',
    recordType: 'BUILDING',
    recordId: `b${sequence}`,
    version: 1,
    record: {},
    at: '2026-11-01T00:00:00Z',
    before: null,
    after: null,
    keptUntilMs: keptUntil,
  }));
}
const numbers = (reading: ReturnType<typeof readFeedPage>) =>
  reading.outcome === 'page'
    ? { entries: reading.entries.map((e) => e.sequence), next: reading.hasNextPage }
    : reading.outcome;

describe('one page of the feed', () => {
  it('reads after the cursor, leaving out the cursor’s own change, with a next page when one more was read', () => {
    expect(numbers(readFeedPage(4, changes([4, 5, 6, 7]), 2, NOW))).toEqual({ entries: [5, 6], next: true });
    expect(numbers(readFeedPage(4, changes([4, 5, 6]), 2, NOW))).toEqual({ entries: [5, 6], next: false });
    expect(numbers(readFeedPage(0, changes([1, 2, 3]), 2, NOW))).toEqual({ entries: [1, 2], next: true });
  });

  it('ends the page before a number missing after a change inside its retention period (still committing)', () => {
    expect(numbers(readFeedPage(4, changes([4, 5, 7, 8]), 10, NOW))).toEqual({ entries: [5], next: false });
    expect(numbers(readFeedPage(4, changes([4, 6]), 10, NOW))).toEqual({ entries: [], next: false });
    expect(numbers(readFeedPage(0, changes([1, 3]), 10, NOW))).toEqual({ entries: [1], next: false });
  });

  it('is expired when the number missing follows a change past its retention period, or the cursor’s own is gone', () => {
    expect(readFeedPage(4, changes([4, 6], NOW - 1), 10, NOW).outcome).toBe('expired');
    expect(readFeedPage(4, changes([5, 6], NOW - DAY).slice(1), 10, NOW).outcome).toBe('expired');
    expect(readFeedPage(4, [...changes([4, 5], NOW - 1), ...changes([7])], 10, NOW).outcome).toBe('expired');
    // From the start, the feed's first change is missing and later ones are there: the oldest were deleted.
    expect(readFeedPage(0, changes([3, 4]), 10, NOW).outcome).toBe('expired');
  });

  it('tells the caller to look at the head only when nothing follows a cursor whose own change has expired', () => {
    expect(readFeedPage(4, changes([4]), 10, NOW)).toEqual({
      outcome: 'page',
      entries: [],
      hasNextPage: false,
    });
    expect(readFeedPage(4, changes([4], NOW - 1), 10, NOW).outcome).toBe('emptyUnlessHeadMoved');
    expect(readFeedPage(4, [], 10, NOW).outcome).toBe('emptyUnlessHeadMoved');
    expect(readFeedPage(0, [], 10, NOW)).toEqual({ outcome: 'page', entries: [], hasNextPage: false });
  });

  it('reads a cursor’s own change past retention normally while nothing after it is missing', () => {
    expect(numbers(readFeedPage(4, [...changes([4], NOW - 1), ...changes([5, 6])], 10, NOW))).toEqual({
      entries: [5, 6],
      next: false,
    });
  });
});
