import { describe, expect, it } from 'vitest';
import { CursorCodec } from '../../../../src/kernel/store/cursor';
import { FeedCursors } from '../../../../src/kernel/store/change-feed-store';
import { feedChangeSortKey, feedWrites, transactionSize } from '../../../../src/kernel/store/change-feed';
import { buildingFeedChanges } from '../../../../src/kernel/domain/change-feed';
import type { Building } from '../../../../src/kernel/domain/records';
import { samplePumpRoom } from '../../../support/sample-building';

const sampleBuilding = (overrides: Partial<Building>): Building => ({ ...samplePumpRoom(), ...overrides });

const cursors = new FeedCursors(new CursorCodec('a-cursor-secret-long-enough-for-the-tests-0123'));
const codes = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'NOT_AN_APP_ERROR';
  }
};

describe('changes feed cursors', () => {
  it('gives back the sequence number it was made from, for the council it was made for', () => {
    for (const sequence of [0, 1, 99, 123_456_789, Number.MAX_SAFE_INTEGER]) {
      expect(cursors.decode('E07000078', cursors.encode('E07000078', sequence))).toBe(sequence);
    }
  });

  it('reveals no number: the same position twice makes two different opaque texts', () => {
    const one = cursors.encode('E07000078', 42);
    const two = cursors.encode('E07000078', 42);

    expect(one).not.toBe(two);
    expect(one).not.toContain('42');
    expect(one).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuses another council's cursor, an edited one and one from another secret as BAD_USER_INPUT", () => {
    const cursor = cursors.encode('E07000078', 7);
    const other = new FeedCursors(new CursorCodec('another-secret-that-is-long-enough-0123456789'));
    const edited = `${cursor.slice(0, -2)}${cursor.endsWith('AA') ? 'BB' : 'AA'}`;

    expect(codes(() => cursors.decode('E08000027', cursor))).toBe('BAD_USER_INPUT');
    expect(codes(() => cursors.decode('E07000078', edited))).toBe('BAD_USER_INPUT');
    expect(codes(() => other.decode('E07000078', cursor))).toBe('BAD_USER_INPUT');
    expect(codes(() => cursors.decode('E07000078', ''))).toBe('BAD_USER_INPUT');
  });
});

describe('numbering changes', () => {
  it('sorts sequence numbers as numbers, not as text', () => {
    const keys = [10, 9, 100, 1, 1_000_000].map(feedChangeSortKey);

    expect([...keys].sort()).toEqual([1, 9, 10, 100, 1_000_000].map(feedChangeSortKey));
  });

  it('numbers the changes of one transaction on from what was read, and conditions the counter on it', () => {
    const a = sampleBuilding({ id: 'a', version: 1 });
    const b = sampleBuilding({ id: 'b', version: 1 });
    const changes = [
      ...buildingFeedChanges(null, a, a.createdAt),
      ...buildingFeedChanges(null, b, b.createdAt),
    ];

    const writes = feedWrites('t', new Map([[a.councilCode, 41]]), changes, 0);
    const counter = writes[0]?.write.Update;
    const numbered = writes.slice(1).map((w): unknown => w.write.Put?.Item?.['sequence']);

    expect(counter?.ExpressionAttributeValues).toMatchObject({ ':read': 41, ':next': 43 });
    expect(numbered).toEqual([42, 43]);
    expect(transactionSize([{ feed: changes }])).toBe(1 + 2 + 1);
  });

  it('puts a building that moves council in both feeds: gone from the old one, new in the new one', () => {
    const before = sampleBuilding({ id: 'm', councilCode: 'E07000078' });
    const after = { ...before, councilCode: 'E07000083', version: before.version + 1 };

    const changes = buildingFeedChanges(before, after, after.updatedAt);

    expect(changes.map((c) => [c.councilCode, c.before !== null, c.after !== null])).toEqual([
      ['E07000078', true, false],
      ['E07000083', false, true],
    ]);
  });
});
