import { viewOfChange } from '../../../kernel/domain/change-feed';
import type { FeedChangeView } from '../../../kernel/domain/change-feed';
import { badInput, CursorExpiredError } from '../../../kernel/domain/errors';
import type { RegisterContext } from '../../context';
import { readFeedPage } from '../domain/feed-page';

const MAX_FIRST = 100;

/** One page of a council's changes as the caller sees them, and where to resume. */
export interface ChangePage {
  readonly edges: { readonly node: FeedChangeView; readonly cursor: string }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly resumeCursor: string;
}

/**
 * Reads the next `first` changes after `after` (one strongly consistent Query, which reads the cursor's own
 * change too), shows each as the caller may see it (change-feed.ts viewOfChange) and resumes after the last
 * one read, shown or not. A page ends before a change still committing; changes deleted after the
 * retention period answer CURSOR_EXPIRED, never a page that silently misses them (feed-page.ts).
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
  const [read, actor] = await Promise.all([store.readChanges(councilCode, from, first + 2), ctx.getActor()]);
  const reading = readFeedPage(from, read, first, Date.now());
  if (reading.outcome === 'expired') throw expired();
  if (reading.outcome === 'emptyUnlessHeadMoved' && (await store.readHead(councilCode)) > from)
    throw expired();
  const page = reading.outcome === 'page' ? reading.entries : [];
  const edges = page.flatMap((entry) => {
    const kind = viewOfChange(actor, entry);
    return kind ? [{ node: { entry, kind }, cursor: store.encodeCursor(councilCode, entry.sequence) }] : [];
  });
  const resumeCursor = store.encodeCursor(councilCode, page.at(-1)?.sequence ?? from);
  return {
    edges,
    pageInfo: { hasNextPage: reading.outcome === 'page' && reading.hasNextPage, endCursor: resumeCursor },
    resumeCursor,
  };
}

/** A cursor at the council's latest change, for a client that has just read the register's state. */
export async function changesHead(ctx: RegisterContext, councilCode: string): Promise<string> {
  return ctx.stores.feed.encodeCursor(councilCode, await ctx.stores.feed.readHead(councilCode));
}

function expired(): CursorExpiredError {
  return new CursorExpiredError(
    'Changes after this cursor are no longer kept (the feed keeps 90 days): read the register again ' +
      'and follow on from changesHead',
  );
}
