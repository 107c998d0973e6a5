/**
 * The changes feed's items (docs/data-model.md, "Changes feed"): one counter item per council and one change
 * item per record change, in the council's partition `COUNCIL-FEED#<gss>`, sorted by a zero-padded sequence.
 *
 * The sequence is assigned inside the record's own transaction: the gateway (Table.transact) reads each
 * council's counter, and the transaction carries an Update of the counter conditioned on the number read
 * (from n to n + k) and the k change items numbered n + 1 .. n + k. Two writers that read the same n cannot
 * both commit: the second one's counter condition fails, nothing of it is written, and it reads the counter
 * again. So numbers are dense and committed in order: no number becomes visible before a smaller one, and a
 * reader paging by number can never pass over a change that commits late.
 */
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../domain/errors';
import { FEED_RETENTION_DAYS } from '../domain/change-feed';
import type { FeedChange } from '../domain/change-feed';
import { TABLE_DEFINITION } from './table-definition';
import type { ItemKey } from './keys';

const SEQUENCE_DIGITS = 15;
const CHANGE_PREFIX = 'SEQ#';

export const feedPartition = (councilCode: string): string => `COUNCIL-FEED#${councilCode}`;
export const feedCounterKey = (councilCode: string): ItemKey => ({
  pk: feedPartition(councilCode),
  sk: 'COUNTER',
});
export const feedChangeSortKey = (sequence: number): string =>
  `${CHANGE_PREFIX}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
export const feedChangeKey = (councilCode: string, sequence: number): ItemKey => ({
  pk: feedPartition(councilCode),
  sk: feedChangeSortKey(sequence),
});
/** The change items of a council from `fromSequence` on: a range of the feed partition, in order. */
export function feedChangesFrom(councilCode: string, fromSequence: number) {
  return {
    indexName: null,
    partition: feedPartition(councilCode),
    // Every change item's sort key is the prefix and 15 digits, so this range holds exactly these.
    sortRange: { from: feedChangeSortKey(fromSequence), to: `${CHANGE_PREFIX}9999999999999999` },
    consistent: true,
  } as const;
}

/** One of the feed's writes, in the gateway's shape (table.ts GuardedWrite). */
export interface FeedWrite {
  readonly write: NonNullable<TransactWriteCommandInput['TransactItems']>[number];
  readonly onConditionFailed: () => FeedSequenceMovedError;
}

/** A counter that moved between reading it and writing: another change of the council committed first. */
export class FeedSequenceMovedError extends ConflictError {
  constructor() {
    super('Other changes in the same council were being saved at the same moment; try again', {
      concurrentWrite: true,
    });
  }
}

/** The counter's number in its item (0 when the council has had no change yet). */
export function readSequence(item: Record<string, unknown> | null | undefined): number {
  const value = item?.['sequence'];
  return typeof value === 'number' ? value : 0;
}

/** How many items a transaction holding `writes` sends once its feed items are added. */
export function transactionSize(writes: readonly { readonly feed?: readonly FeedChange[] }[]): number {
  const changes = writes.flatMap((write) => write.feed ?? []);
  return writes.length + changes.length + new Set(changes.map((change) => change.councilCode)).size;
}

/**
 * The counter updates and change items for `changes`, numbered after each council's `heads` (as read), for
 * the same transaction as the writes that declared them. Pure: the gateway sends them.
 */
export function feedWrites(
  tableName: string,
  heads: ReadonlyMap<string, number>,
  changes: readonly FeedChange[],
  nowMs: number,
): FeedWrite[] {
  const next = new Map(heads);
  const changeItems = changes.map((change) => {
    const sequence = (next.get(change.councilCode) ?? 0) + 1;
    next.set(change.councilCode, sequence);
    return {
      write: {
        Put: {
          TableName: tableName,
          Item: {
            ...feedChangeKey(change.councilCode, sequence),
            entity: 'FeedChange',
            sequence,
            ...change,
            [TABLE_DEFINITION.timeToLiveAttribute]: Math.floor(nowMs / 1000) + FEED_RETENTION_DAYS * 86_400,
          },
          // Never overwrite a number: only the counter's condition should decide, this is a second lock.
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new FeedSequenceMovedError(),
    };
  });
  const counters = [...next].map(([councilCode, sequence]) => {
    const read = heads.get(councilCode) ?? 0;
    return {
      write: {
        Update: {
          TableName: tableName,
          Key: feedCounterKey(councilCode),
          UpdateExpression: 'SET #sequence = :next, entity = :entity',
          // The number read is still the number: no other change of the council committed in between.
          ConditionExpression:
            read === 0 ? 'attribute_not_exists(#sequence) OR #sequence = :read' : '#sequence = :read',
          ExpressionAttributeNames: { '#sequence': 'sequence' },
          ExpressionAttributeValues: { ':next': sequence, ':read': read, ':entity': 'FeedCounter' },
        },
      },
      onConditionFailed: () => new FeedSequenceMovedError(),
    };
  });
  // Last, so that when the record's own condition fails too, its error (CONFLICT with the version) is reported.
  return [...counters, ...changeItems];
}
