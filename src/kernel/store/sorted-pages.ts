/**
 * Pages of a list sorted in memory (SortedPaging): the cursor seals the last item's order key, bound to the
 * list and its arguments, so a page never overlaps the last and a cursor from another list is refused.
 * One implementation for every register's store (co-location's distance search and matches, surplus
 * listings near a point).
 */
import { badInput } from '../domain/errors';
import type { Page, PageRequest, SortedPaging } from '../domain/ports';
import type { CursorCodec } from './cursor';

export class SortedPages implements SortedPaging {
  constructor(private readonly cursors: CursorCodec) {}

  encodeSortedCursor(cursorQuery: string, key: string): string {
    return this.cursors.encode(cursorQuery, { key });
  }

  decodeSortedCursor(cursorQuery: string, after: string): string {
    const key = this.cursors.decode(cursorQuery, after)['key'];
    if (key === undefined)
      throw badInput('after', 'is not a cursor from this list; start again without `after`');
    return key;
  }

  pageSorted<T>(
    cursorQuery: string,
    sorted: readonly T[],
    orderKey: (item: T) => string,
    page: PageRequest,
  ): Page<T> {
    const after = page.after ? this.decodeSortedCursor(cursorQuery, page.after) : undefined;
    const rest = after === undefined ? sorted : sorted.filter((item) => orderKey(item) > after);
    const edges = rest
      .slice(0, page.first)
      .map((node) => ({ node, cursor: this.encodeSortedCursor(cursorQuery, orderKey(node)) }));
    return {
      edges,
      pageInfo: { hasNextPage: rest.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
