/**
 * Where one page of a council's feed ends, and when a cursor has expired: a pure rule over what one
 * strongly consistent Query read (list-changes.ts).
 *
 * The numbers are dense and committed in order (src/kernel/store/change-feed.ts), so a number missing
 * between two that were read has one of two causes:
 * - it is still committing: DynamoDB's Query has read-committed isolation, so it can read the counter's
 *   transaction half applied, or read the cursor's neighbour before a transaction finished and a later one
 *   after it did. Nothing is lost: the page ends before the gap and the next poll reads it.
 * - DynamoDB's TTL deleted it, which it does only after the retention period, and lazily (so not always
 *   oldest first). Then the client has missed changes: CURSOR_EXPIRED.
 * The change read just before a gap tells them apart: a change still inside its retention period proves
 * that nothing after it has expired, because later changes expire later. The Query therefore reads the
 * cursor's own change too, and a cursor whose own change is gone or past retention is expired as soon as
 * anything after it is missing.
 */
import type { FeedEntry, KeptFeedEntry } from '../../../kernel/domain/change-feed';

export type FeedPageReading =
  | { readonly outcome: 'page'; readonly entries: readonly FeedEntry[]; readonly hasNextPage: boolean }
  | { readonly outcome: 'expired' }
  /** Nothing after the cursor, whose own change has expired: expired if the council's head is further on. */
  | { readonly outcome: 'emptyUnlessHeadMoved' };

/**
 * Reads one page of up to `first` changes after sequence `from`, from `read`: the changes numbered `from`
 * onwards in order, at most `first + 2` of them (the cursor's own, the page, one more to tell whether there
 * is a next page).
 */
export function readFeedPage(
  from: number,
  read: readonly KeptFeedEntry[],
  first: number,
  nowMs: number,
): FeedPageReading {
  const own = from > 0 && read[0]?.sequence === from ? read[0] : null;
  const after = own ? read.slice(1) : read.filter((entry) => entry.sequence > from);
  // What vouches that nothing right after the last change read has expired.
  let last: KeptFeedEntry | null = own;
  const page: FeedEntry[] = [];
  for (const entry of after) {
    const expected = (last?.sequence ?? from) + 1;
    if (entry.sequence !== expected) {
      if (from === 0 && page.length === 0) return { outcome: 'expired' }; // the feed's first changes are gone
      if (!withinRetention(last, nowMs)) return { outcome: 'expired' };
      return { outcome: 'page', entries: page, hasNextPage: false }; // the missing one is still committing
    }
    if (page.length === first) return { outcome: 'page', entries: page, hasNextPage: true };
    page.push(stripRetention(entry));
    last = entry;
  }
  if (page.length === 0 && from > 0 && !withinRetention(own, nowMs))
    return { outcome: 'emptyUnlessHeadMoved' };
  return { outcome: 'page', entries: page, hasNextPage: false };
}

function withinRetention(entry: KeptFeedEntry | null, nowMs: number): boolean {
  return entry !== null && entry.keptUntilMs > nowMs;
}

function stripRetention({ keptUntilMs: _kept, ...entry }: KeptFeedEntry): FeedEntry {
  return entry;
}
