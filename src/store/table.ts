import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ConflictError } from '../domain/errors';
import type { AppError } from '../domain/errors';
import type { IdempotentReplay } from '../domain/idempotency';
import type { Page, PageRequest } from '../domain/ports';
import type { CursorCodec, CursorPosition } from './cursor';
import { TABLE_DEFINITION } from './table-definition';
import type { ItemKey } from './keys';

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
}

/** A query over one partition of the table or of an index, optionally narrowed by sort-key prefix and filter. */
export interface QuerySpec {
  readonly indexName: string | null;
  readonly partition: string;
  readonly sortPrefix?: string | null;
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
 * The table's gateway: every request the stores send goes through here, so condition failures, paging and
 * batching are handled once. No Scan: every read is a key lookup or a Query on a partition.
 */
export class Table {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
    private readonly cursors: CursorCodec,
  ) {}

  async get(key: ItemKey): Promise<Item | null> {
    const { Item: item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return item ?? null;
  }

  /** Fetches up to any number of keys with BatchGetItem (100 a request), retrying what DynamoDB leaves unprocessed. */
  async batchGet(keys: readonly ItemKey[]): Promise<Item[]> {
    const found: Item[] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET_SIZE) {
      let pending: Record<string, unknown>[] = keys
        .slice(start, start + BATCH_GET_SIZE)
        .map((k) => ({ ...k }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_GET_ATTEMPTS)
          throw new Error('BatchGetItem left keys unprocessed after retries');
        if (attempt > 0) await delay(25 * 2 ** attempt);
        const result = await this.client.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: pending } } }),
        );
        found.push(...(result.Responses?.[this.tableName] ?? []));
        pending = result.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      }
    }
    return found;
  }

  /** Every item of a small partition (members of one user, invitations of one email), following pages. */
  async queryAll(spec: Omit<QuerySpec, 'cursorQuery'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.client.send(
        new QueryCommand({ ...this.#queryInput(spec), ExclusiveStartKey: start }),
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
      const result = await this.client.send(
        new QueryCommand({
          ...this.#queryInput(spec),
          Limit: spec.filter ? FILTERED_READ_SIZE : wanted - items.length,
          ExclusiveStartKey: start,
        }),
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
   * is thrown (a CONFLICT or NOT_FOUND the caller described); a lost race with another transaction is CONFLICT.
   */
  async transact(writes: readonly GuardedWrite[]): Promise<void> {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: writes.map((w) => w.write) }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      for (const [index, reason] of reasons.entries()) {
        const guard = writes[index]?.onConditionFailed;
        if (reason.Code === 'ConditionalCheckFailed' && guard) {
          throw guard(reason.Item ? unmarshall(reason.Item) : null);
        }
      }
      if (reasons.some((reason) => reason.Code === 'TransactionConflict')) {
        throw new ConflictError(
          'Another change to this record was being made at the same moment; try again',
          {
            concurrentWrite: true,
          },
        );
      }
      throw error;
    }
  }

  #queryInput(spec: Omit<QuerySpec, 'cursorQuery'>) {
    const [pkName, skName] = this.#keyNames(spec.indexName);
    const names: Record<string, string> = { '#pk': pkName, ...(spec.filter?.names ?? {}) };
    const values: Record<string, unknown> = { ':pk': spec.partition, ...(spec.filter?.values ?? {}) };
    let condition = '#pk = :pk';
    if (spec.sortPrefix) {
      names['#sk'] = skName;
      values[':skPrefix'] = spec.sortPrefix;
      condition += ' AND begins_with(#sk, :skPrefix)';
    }
    return {
      TableName: this.tableName,
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
      (!spec.sortPrefix || sortValue.startsWith(spec.sortPrefix))
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

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
