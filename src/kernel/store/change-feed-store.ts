import { badInput } from '../domain/errors';
import type { ChangeFeedStore, FeedEntry } from '../domain/change-feed';
import { feedChangesAfter, feedCounterKey, readSequence } from './change-feed';
import type { CursorCodec } from './cursor';
import { toRecord } from './items';
import type { Table } from './table';

/** Reads a council's changes feed (change-feed.ts has its items): one strongly consistent Query a page. */
export class DynamoChangeFeedStore implements ChangeFeedStore {
  readonly #cursors: FeedCursors;

  constructor(
    private readonly table: Table,
    cursors: CursorCodec,
  ) {
    this.#cursors = new FeedCursors(cursors);
  }

  encodeCursor(councilCode: string, sequence: number): string {
    return this.#cursors.encode(councilCode, sequence);
  }

  decodeCursor(councilCode: string, cursor: string): number {
    return this.#cursors.decode(councilCode, cursor);
  }

  async readChanges(councilCode: string, afterSequence: number, limit: number): Promise<FeedEntry[]> {
    const { items } = await this.table.queryOnce(feedChangesAfter(councilCode, afterSequence), limit);
    return items.map((item) => toRecord<FeedEntry>(item));
  }

  async readHead(councilCode: string): Promise<number> {
    return readSequence(await this.table.get(feedCounterKey(councilCode)));
  }
}

/**
 * A feed cursor is a sequence number sealed by the table's cursor codec (cursor.ts) with the council as
 * associated data: opaque, and refused (BAD_USER_INPUT on `after`) when edited or used on another council.
 */
export class FeedCursors {
  constructor(private readonly codec: CursorCodec) {}

  encode(councilCode: string, sequence: number): string {
    return this.codec.encode(feedCursorQuery(councilCode), { sequence: String(sequence) });
  }

  decode(councilCode: string, cursor: string): number {
    const position = this.codec.decode(feedCursorQuery(councilCode), cursor);
    const sequence = Number(position['sequence']);
    if (!Number.isSafeInteger(sequence) || sequence < 0) {
      throw badInput('after', 'is not a cursor from this list; start again without `after`');
    }
    return sequence;
  }
}

const feedCursorQuery = (councilCode: string): string => `changes|${councilCode}`;
