import { badInput } from '../domain/errors';
import type { ChangeFeedStore, FeedEntry, KeptFeedEntry } from '../domain/change-feed';
import { feedChangesFrom, feedCounterKey, readSequence } from './change-feed';
import type { CursorCodec } from './cursor';
import { toRecord } from './items';
import type { Table } from './table';
import { TABLE_DEFINITION } from './table-definition';

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

  async readChanges(councilCode: string, fromSequence: number, limit: number): Promise<KeptFeedEntry[]> {
    const { items } = await this.table.queryOnce(feedChangesFrom(councilCode, fromSequence), limit);
    return items.map((item) => {
      const expiresAtEpoch = item[TABLE_DEFINITION.timeToLiveAttribute];
      return {
        ...toRecord<FeedEntry>(item),
        keptUntilMs: typeof expiresAtEpoch === 'number' ? expiresAtEpoch * 1000 : Number.POSITIVE_INFINITY,
      };
    });
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
