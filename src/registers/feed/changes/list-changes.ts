import { viewOfChange } from '../../../kernel/domain/change-feed';
import type { FeedChangeView, FeedEntry } from '../../../kernel/domain/change-feed';
import { badInput, CursorExpiredError } from '../../../kernel/domain/errors';
import type { RegisterContext } from '../../context';

const MAX_FIRST = 100;

/** One page of a council's changes as the caller sees them, and where to resume. */
export interface ChangePage {
  readonly edges: { readonly node: FeedChangeView; readonly cursor: string }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly resumeCursor: string;
}

/**
 * Reads the next `first` changes after `after` (one strongly consistent Query), shows each as the caller
 * may see it (change-feed.ts viewOfChange) and resumes after the last one read, shown or not. The numbers
 * are dense, so a gap means changes were deleted after the retention period: CURSOR_EXPIRED, never a page
 * that silently misses them.
 */
export async function listChanges(
  ctx: RegisterContext,
  councilCode: string,
  after: string | null,
  first: number,
): Promise<ChangePage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
    throw badInput('first', `must be a whole number from 1 to ${MAX_FIRST}`);
  }
  const store = ctx.stores.feed;
  const from = after ? store.decodeCursor(councilCode, after) : 0;
  const [entries, actor] = await Promise.all([
    store.readChanges(councilCode, from, first + 1),
    ctx.getActor(),
  ]);
  assertContiguous(from, entries);
  // An empty page after a cursor: caught up, unless every change after it has expired meanwhile.
  if (entries.length === 0 && from > 0 && (await store.readHead(councilCode)) > from) {
    throw expired();
  }
  const page = entries.slice(0, first);
  const edges = page.flatMap((entry) => {
    const kind = viewOfChange(actor, entry);
    return kind ? [{ node: { entry, kind }, cursor: store.encodeCursor(councilCode, entry.sequence) }] : [];
  });
  const resumeCursor = store.encodeCursor(councilCode, page.at(-1)?.sequence ?? from);
  return {
    edges,
    pageInfo: { hasNextPage: entries.length > first, endCursor: resumeCursor },
    resumeCursor,
  };
}

/** A cursor at the council's latest change, for a client that has just read the register's state. */
export async function changesHead(ctx: RegisterContext, councilCode: string): Promise<string> {
  return ctx.stores.feed.encodeCursor(councilCode, await ctx.stores.feed.readHead(councilCode));
}

function assertContiguous(from: number, entries: readonly FeedEntry[]): void {
  let expected = from + 1;
  for (const entry of entries) {
    if (entry.sequence !== expected) throw expired();
    expected++;
  }
}

function expired(): CursorExpiredError {
  return new CursorExpiredError(
    'Changes after this cursor are no longer kept (the feed keeps 90 days): read the register again ' +
      'and follow on from changesHead',
  );
}
