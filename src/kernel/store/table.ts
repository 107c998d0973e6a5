import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ConflictError, ServiceUnavailableError } from '../domain/errors';
import type { AppError } from '../domain/errors';
import type { IdempotentReplay } from '../domain/idempotency';
import type { Page, PageRequest } from '../domain/ports';
import type { CursorCodec, CursorPosition } from './cursor';
import { TABLE_DEFINITION } from './table-definition';
import type { ItemKey } from './keys';
import { AWS_TIMEOUTS, DYNAMO_RETRY, dynamoBackoff } from './dynamo-client';
import { isThrottledCancellation, toServiceFault } from './service-faults';
import type { FeedChange } from '../domain/change-feed';
import {
  feedCounterKey,
  feedPartition,
  feedWrites,
  FeedSequenceMovedError,
  readSequence,
} from './change-feed';
import { KeyedLock } from './keyed-lock';

export type Item = Record<string, unknown>;
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** One write in a transaction, and the domain error to raise if its condition is what cancelled it. */
export interface GuardedWrite {
  readonly write: TransactItem;
  /**
   * Receives the item as it was when the condition failed (when DynamoDB returned it). Usually a domain error;
   * an idempotency claim answers with the signal to replay the first result instead.
   */
  readonly onConditionFailed?: (existing: Item | null) => AppError | IdempotentReplay;
  /**
   * The changes feed's entries of the record this write stores (a building, an ACV entry, an offer, a
   * surplus listing): the
   * gateway numbers them in the same transaction (change-feed.ts), so no write path can leave one out.
   */
  readonly feed?: readonly FeedChange[];
}

/** The records the changes feed follows: a Put of one of these must declare its feed change. */
const FEED_ENTITIES = new Set(['Building', 'AcvEntry', 'SpaceOffer', 'SurplusListing']);

/** A query over one partition of the table or of an index, optionally narrowed by sort-key prefix and filter. */
export interface QuerySpec {
  readonly indexName: string | null;
  readonly partition: string;
  readonly sortPrefix?: string | null;
  /**
   * With `sortPrefix`, reads on past the prefix up to this sort key (inclusive): `sk BETWEEN prefix AND
   * end`, for a range that ends in an item outside the prefix (an organisation's members, then itself).
   */
  readonly sortRangeEnd?: string | null;
  /** Strongly consistent (table queries only; for reads a change is based on). */
  readonly consistent?: boolean;
  /** Sort keys from `from` to `to` inclusive (either end may be open); not combined with `sortPrefix`. */
  readonly sortRange?: { readonly from?: string; readonly to?: string } | null;
  readonly filter?: {
    expression: string;
    names: Record<string, string>;
    values: Record<string, unknown>;
  } | null;
  readonly newestFirst?: boolean;
  /** Names the query and its arguments; a cursor only works on the query it came from. */
  readonly cursorQuery: string;
}

// With a filter, DynamoDB's Limit counts items read, not items returned: read in larger steps, and stop after
// a bounded number of requests even if the page is not full (the cursor then resumes where reading stopped).
const FILTERED_READ_SIZE = 100;
const MAX_REQUESTS_PER_PAGE = 5;
const BATCH_GET_SIZE = 100;
const BATCH_GET_ATTEMPTS = 6;

/**
 * A transaction cancelled because DynamoDB throttled it or because another transaction touched the same
 * item at that moment wrote nothing, so it is sent again, as often and with the same backoff as the SDK
 * retries other calls (the SDK does not retry cancellations itself: to it they are a 400 answer).
 */
const TRANSACTION_ATTEMPTS = DYNAMO_RETRY.maxAttempts;

/**
 * A council's feed counter is one item every change in the council passes through: writers that read the
 * same number race, one commits and the others read it again. Inside one process they take turns instead
 * (FEED_TURNS below), so these attempts are for writers in other processes (Lambda environments, an import
 * beside the server), with jittered backoff so they do not meet again in step; then CONFLICT with
 * concurrentWrite.
 */
const FEED_SEQUENCE_ATTEMPTS = 25;

/**
 * The writers of one council in this process take turns at its counter (keyed-lock.ts), whichever Table
 * instance they write through: only writers in other processes still race, and the attempts above settle that.
 */
const FEED_TURNS = new KeyedLock();

/**
 * The table's gateway: every request the stores send goes through here, so condition failures, paging and
 * batching are handled once. No Scan: every read is a key lookup or a Query on a partition.
 */
export class Table {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
    private readonly cursors: CursorCodec,
    /**
     * The most one DynamoDB call may take, all SDK retries included (dynamo-client.ts explains the numbers).
     * A call still running then is abandoned and answered SERVICE_UNAVAILABLE, so a request of a few calls
     * in a row still ends well inside the function's 10-second timeout.
     */
    private readonly callDeadlineMs: number = AWS_TIMEOUTS.callDeadlineMs,
  ) {}

  /** One item; strongly consistent unless `consistent: false` says a moment's lag is acceptable. */
  async get(key: ItemKey, options: { consistent?: boolean } = {}): Promise<Item | null> {
    const { Item: item } = await this.#send((sendOptions) =>
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: options.consistent ?? true }),
        sendOptions,
      ),
    );
    return item ?? null;
  }

  /**
   * Fetches up to any number of keys with BatchGetItem (100 a request), retrying what DynamoDB leaves
   * unprocessed. Eventually consistent unless `consistent` (several records a change is based on, in one
   * request instead of one GetItem each).
   */
  async batchGet(keys: readonly ItemKey[], read: { consistent?: boolean } = {}): Promise<Item[]> {
    const found: Item[] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET_SIZE) {
      let pending: Record<string, unknown>[] = keys
        .slice(start, start + BATCH_GET_SIZE)
        .map((k) => ({ ...k }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_GET_ATTEMPTS) throw new ServiceUnavailableError('THROTTLED');
        if (attempt > 0) await delay(25 * 2 ** attempt);
        const result = await this.#send((options) =>
          this.client.send(
            new BatchGetCommand({
              RequestItems: {
                [this.tableName]: { Keys: pending, ...(read.consistent ? { ConsistentRead: true } : {}) },
              },
            }),
            options,
          ),
        );
        found.push(...(result.Responses?.[this.tableName] ?? []));
        pending = result.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      }
    }
    return found;
  }

  /**
   * One Query of at most `limit` items read (before the filter): the items, how many were read, and whether
   * the range holds more. For a caller that bounds what it reads and decides itself what to do past it.
   */
  async queryOnce(
    spec: Omit<QuerySpec, 'cursorQuery'>,
    limit: number,
  ): Promise<{ items: Item[]; scanned: number; more: boolean }> {
    const result = await this.#send((options) =>
      this.client.send(new QueryCommand({ ...this.#queryInput(spec), Limit: limit }), options),
    );
    const items = result.Items ?? [];
    return {
      items,
      scanned: result.ScannedCount ?? items.length,
      more: result.LastEvaluatedKey !== undefined,
    };
  }

  /**
   * One Query from `start` (a LastEvaluatedKey, or none for the first), for a caller that walks a range itself
   * and decides when to stop (the distance search): the items, how many were read and where to go on from.
   * With `limit`, DynamoDB reads at most that many items (else up to 1 MB).
   */
  async queryFrom(
    spec: Omit<QuerySpec, 'cursorQuery'>,
    start: Record<string, unknown> | undefined,
    limit?: number,
  ): Promise<{ items: Item[]; scanned: number; next: Record<string, unknown> | undefined }> {
    const result = await this.#send((options) =>
      this.client.send(
        new QueryCommand({
          ...this.#queryInput(spec),
          ExclusiveStartKey: start,
          ...(limit === undefined ? {} : { Limit: limit }),
        }),
        options,
      ),
    );
    const items = result.Items ?? [];
    return { items, scanned: result.ScannedCount ?? items.length, next: result.LastEvaluatedKey };
  }

  /** Every item of a small partition (members of one user, invitations of one email), following pages. */
  async queryAll(spec: Omit<QuerySpec, 'cursorQuery'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.#send((options) =>
        this.client.send(new QueryCommand({ ...this.#queryInput(spec), ExclusiveStartKey: start }), options),
      );
      items.push(...(result.Items ?? []));
      start = result.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** One page of a query, with a signed cursor on every edge and an exact `hasNextPage`. */
  async queryPage<T>(spec: QuerySpec, page: PageRequest, toNode: (item: Item) => T): Promise<Page<T>> {
    const keyNames = this.#positionAttributes(spec.indexName);
    let start: Record<string, unknown> | undefined = page.after
      ? { ...this.cursors.decode(spec.cursorQuery, page.after) }
      : undefined;
    if (start && !this.#isPositionInPartition(start, spec)) {
      throw new Error('A signed cursor named another partition');
    }
    const wanted = page.first + 1; // one more than asked tells whether another page follows
    const items: Item[] = [];
    let requests = 0;
    let exhausted = false;
    while (items.length < wanted && !exhausted && requests < MAX_REQUESTS_PER_PAGE) {
      const limit = spec.filter ? FILTERED_READ_SIZE : wanted - items.length;
      const exclusiveStart = start;
      const result = await this.#send((options) =>
        this.client.send(
          new QueryCommand({ ...this.#queryInput(spec), Limit: limit, ExclusiveStartKey: exclusiveStart }),
          options,
        ),
      );
      requests++;
      items.push(...(result.Items ?? []));
      start = result.LastEvaluatedKey;
      exhausted = start === undefined;
    }
    const pageItems = items.slice(0, page.first);
    const edges = pageItems.map((item) => ({
      node: toNode(item),
      cursor: this.cursors.encode(spec.cursorQuery, pickPosition(item, keyNames)),
    }));
    const more = items.length > page.first;
    if (!more && !exhausted && start) {
      // Reading stopped before the page filled: resume from where reading stopped, not from the last item.
      return {
        edges,
        pageInfo: { hasNextPage: true, endCursor: this.cursors.encode(spec.cursorQuery, toPosition(start)) },
      };
    }
    return { edges, pageInfo: { hasNextPage: more, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Writes all or nothing. When a condition cancels the transaction, the first failed write's domain error
   * is thrown (a CONFLICT or NOT_FOUND the caller described); a condition without its own error means the
   * records changed meanwhile (CONFLICT). A transaction DynamoDB throttled, or that met another one on the
   * same item, is sent again a few times before it is reported as SERVICE_UNAVAILABLE or CONFLICT.
   * Writes that declare feed changes get their councils' counters read and the change items added
   * (change-feed.ts); a counter that moved meanwhile is read again and the whole transaction sent again.
   */
  async transact(writes: readonly GuardedWrite[]): Promise<void> {
    assertFeedDeclared(writes);
    const changes = writes.flatMap((write) => write.feed ?? []);
    if (changes.length === 0) return this.#transactOnce(writes);
    const councils = [...new Set(changes.map((change) => change.councilCode))];
    const turns = councils.map((council) => `${this.tableName}|${feedPartition(council)}`);
    for (let attempt = 1; ; attempt++) {
      try {
        await FEED_TURNS.run(turns, async () => {
          const heads = await this.#readFeedHeads(councils);
          await this.#transactOnce([...writes, ...feedWrites(this.tableName, heads, changes, Date.now())]);
        });
        return;
      } catch (error) {
        if (!(error instanceof FeedSequenceMovedError) || attempt >= FEED_SEQUENCE_ATTEMPTS) throw error;
        // Out of turn while waiting, so this process's other writers of the council go on meanwhile.
        await delay(Math.random() * Math.min(500, 10 * 2 ** attempt));
      }
    }
  }

  /** Each council's feed counter, strongly consistent (its number is the condition of the write). */
  async #readFeedHeads(councils: readonly string[]): Promise<Map<string, number>> {
    if (councils.length === 1 && councils[0] !== undefined) {
      return new Map([[councils[0], readSequence(await this.get(feedCounterKey(councils[0])))]]);
    }
    const items = await this.batchGet(councils.map(feedCounterKey), { consistent: true });
    const byPartition = new Map(items.map((item) => [String(item['pk']), item]));
    return new Map(
      councils.map((council) => [council, readSequence(byPartition.get(feedCounterKey(council).pk))]),
    );
  }

  async #transactOnce(writes: readonly GuardedWrite[]): Promise<void> {
    if (writes.length > MAX_TRANSACTION_ITEMS) {
      // A bug, not bad input: every write is designed to fit (docs/data-model.md, "Writes").
      throw new Error(`A transaction of ${writes.length} items is over DynamoDB's limit of 100`);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#send((options) =>
          this.client.send(new TransactWriteCommand({ TransactItems: writes.map((w) => w.write) }), options),
        );
        return;
      } catch (error) {
        const cancellation = unwrapCancellation(error);
        if (!cancellation) throw error;
        const reasons = cancellation.CancellationReasons ?? [];
        const failed = reasons.flatMap((reason, index) =>
          reason.Code === 'ConditionalCheckFailed'
            ? [{ reason, guard: writes[index]?.onConditionFailed }]
            : [],
        );
        const guarded = failed.find((f) => f.guard);
        if (guarded?.guard) throw guarded.guard(guarded.reason.Item ? unmarshall(guarded.reason.Item) : null);
        if (failed.length) {
          throw new ConflictError(
            'The record was changed by someone else while saving; reload and try again',
          );
        }
        const throttled = isThrottledCancellation(cancellation);
        const raced = reasons.some((reason) => reason.Code === 'TransactionConflict');
        if ((throttled || raced) && attempt < TRANSACTION_ATTEMPTS) {
          await delay(dynamoBackoff.computeNextBackoffDelay(attempt - 1));
          continue;
        }
        if (throttled) throw new ServiceUnavailableError('THROTTLED', { cause: cancellation });
        if (raced) {
          throw new ConflictError(
            'Another change to this record was being made at the same moment; try again',
            {
              concurrentWrite: true,
            },
          );
        }
        throw cancellation;
      }
    }
  }

  /**
   * Sends one command with the per-call deadline; a throttled, timed-out, unreachable or failing DynamoDB
   * becomes SERVICE_UNAVAILABLE here, the one place that tells service faults from everything else.
   */
  async #send<T>(call: (options: { abortSignal: DeadlineSignal }) => Promise<T>): Promise<T> {
    const signal = new DeadlineSignal();
    let timer: NodeJS.Timeout | undefined;
    // A hard deadline: the abort stops a request in flight, and the race also ends the wait when the SDK is
    // between attempts (its backoff sleep does not watch the signal).
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        signal.abort();
        reject(new ServiceUnavailableError('TIMEOUT'));
      }, this.callDeadlineMs);
    });
    try {
      return await Promise.race([call({ abortSignal: signal }), deadline]);
    } catch (error) {
      throw toServiceFault(error);
    } finally {
      clearTimeout(timer);
    }
  }

  #queryInput(spec: Omit<QuerySpec, 'cursorQuery'>) {
    const [pkName, skName] = this.#keyNames(spec.indexName);
    const names: Record<string, string> = { '#pk': pkName, ...(spec.filter?.names ?? {}) };
    const values: Record<string, unknown> = { ':pk': spec.partition, ...(spec.filter?.values ?? {}) };
    let condition = '#pk = :pk';
    if (spec.sortPrefix && spec.sortRangeEnd) {
      names['#sk'] = skName;
      values[':skFrom'] = spec.sortPrefix;
      values[':skTo'] = spec.sortRangeEnd;
      condition += ' AND #sk BETWEEN :skFrom AND :skTo';
    } else if (spec.sortPrefix) {
      names['#sk'] = skName;
      values[':skPrefix'] = spec.sortPrefix;
      condition += ' AND begins_with(#sk, :skPrefix)';
    } else if (spec.sortRange && (spec.sortRange.from || spec.sortRange.to)) {
      names['#sk'] = skName;
      const { from, to } = spec.sortRange;
      if (from) values[':skFrom'] = from;
      if (to) values[':skTo'] = to;
      condition +=
        from && to
          ? ' AND #sk BETWEEN :skFrom AND :skTo'
          : from
            ? ' AND #sk >= :skFrom'
            : ' AND #sk <= :skTo';
    }
    return {
      TableName: this.tableName,
      ...(spec.consistent ? { ConsistentRead: true } : {}),
      ...(spec.indexName ? { IndexName: spec.indexName } : {}),
      KeyConditionExpression: condition,
      ...(spec.filter ? { FilterExpression: spec.filter.expression } : {}),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: !spec.newestFirst,
    };
  }

  #keyNames(indexName: string | null): [string, string] {
    if (!indexName) return [TABLE_DEFINITION.partitionKey, TABLE_DEFINITION.sortKey];
    const index = TABLE_DEFINITION.globalSecondaryIndexes.find((i) => i.indexName === indexName);
    if (!index) throw new Error(`Unknown index ${indexName}`);
    return [index.partitionKey, index.sortKey];
  }

  /** The attributes that locate an item in a query: the table key, plus the index key when querying an index. */
  #positionAttributes(indexName: string | null): string[] {
    const table = [TABLE_DEFINITION.partitionKey, TABLE_DEFINITION.sortKey];
    return indexName ? [...table, ...this.#keyNames(indexName)] : table;
  }

  #isPositionInPartition(position: Record<string, unknown>, spec: QuerySpec): boolean {
    const [pkName, skName] = this.#keyNames(spec.indexName);
    const sortValue = position[skName];
    return (
      position[pkName] === spec.partition &&
      typeof sortValue === 'string' &&
      (!spec.sortPrefix || sortValue.startsWith(spec.sortPrefix)) &&
      (!spec.sortRange?.from || sortValue >= spec.sortRange.from) &&
      (!spec.sortRange?.to || sortValue <= spec.sortRange.to)
    );
  }
}

function pickPosition(item: Item, names: readonly string[]): CursorPosition {
  const position: Record<string, string> = {};
  for (const name of names) {
    const value = item[name];
    if (typeof value === 'string') position[name] = value;
  }
  return position;
}

function toPosition(key: Record<string, unknown>): CursorPosition {
  return pickPosition(key, Object.keys(key));
}

/** DynamoDB's limit on the items of one TransactWriteItems. */
export const MAX_TRANSACTION_ITEMS = 100;

/** A bug, not bad input: a record the feed follows written without its feed change would be missed. */
function assertFeedDeclared(writes: readonly GuardedWrite[]): void {
  for (const { write, feed } of writes) {
    const entity: unknown = write.Put?.Item?.['entity'];
    if (typeof entity === 'string' && FEED_ENTITIES.has(entity) && !feed?.length) {
      throw new Error(`A ${entity} was written without its changes feed entry`);
    }
  }
}

/** The cancellation behind `error`, whether it came through as it is or already classified as a fault. */
function unwrapCancellation(error: unknown): TransactionCanceledException | null {
  if (error instanceof TransactionCanceledException) return error;
  if (error instanceof ServiceUnavailableError && error.cause instanceof TransactionCanceledException) {
    return error.cause;
  }
  return null;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The abort signal of one call's deadline, as the SDK reads one: `aborted`, `reason`, and abort listeners
 * (its retry loop and its HTTP handler each add one per call and remove it when done; `onabort` is the
 * older form). An AbortController's signal does the same through Node's EventTarget, whose listener
 * bookkeeping costs several microseconds a call on every DynamoDB call, and this signal aborts at most once,
 * at the deadline, so a plain set of listeners serves.
 */
export class DeadlineSignal {
  aborted = false;
  reason: unknown = undefined;
  onabort: ((this: DeadlineSignal, event: { type: 'abort' }) => void) | null = null;
  readonly #listeners = new Set<(event: { type: 'abort' }) => void>();

  addEventListener(type: string, listener: (event: { type: 'abort' }) => void): void {
    if (type === 'abort' && !this.aborted) this.#listeners.add(listener);
  }

  removeEventListener(type: string, listener: (event: { type: 'abort' }) => void): void {
    if (type === 'abort') this.#listeners.delete(listener);
  }

  /** Aborts once, as AbortController.abort() does: the reason an AbortError, each listener called once. */
  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = new DOMException('This operation was aborted', 'AbortError');
    const event = { type: 'abort' } as const;
    const listeners = [...this.#listeners];
    this.#listeners.clear();
    this.onabort?.call(this, event);
    for (const listener of listeners) listener(event);
  }
}
