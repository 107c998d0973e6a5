/**
 * The table's stream read on this machine the way Lambda reads it in the cloud (issue 19), so `npm start`
 * and the tests deliver the outbox through the same contract as the notifier Lambda:
 *
 * - Discovery: DescribeTable gives the stream's ARN; DescribeStream its shards. Each shard is read by its own
 *   loop, a child shard only once its parent is read to its end (records of one item stay in order across a
 *   shard split); new shards are looked for when a shard closes and every `discoverEveryMs`.
 * - Batches: GetRecords of up to `batchSize` records (Lambda's BatchSize; 100 by default), handed to the batch
 *   handler, which answers as a Lambda with ReportBatchItemFailures does: the sequence numbers that failed.
 *   The shard is then read again from the first failure (a fresh AT_SEQUENCE_NUMBER iterator), so everything
 *   before it counts as done and everything from it on comes again: at-least-once, in order per shard. A
 *   handler that throws fails the whole batch. A failing batch is tried again after a growing pause, and so
 *   is a failed read (GetRecords, GetShardIterator), from the record after the last one handled.
 * - Start: TRIM_HORIZON (every record the stream still holds: tests) or LATEST (only what is written after
 *   `startOutboxStream` resolved: `npm start`, which must not send a day's old notices again on restart).
 * - Fault injection: `failBatch(n)` true fails the n-th batch (counted from 1 across shards, retries
 *   included) after its handler has run, as a Lambda that timed out after sending; the retry must not send
 *   twice.
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { _Record, Shard, ShardIteratorType } from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/** One change of an item, as the handler sees it (the new image unmarshalled; null for a removal). */
export interface OutboxStreamRecord {
  readonly eventId: string;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly sequenceNumber: string;
  readonly shardId: string;
  readonly newImage: Record<string, unknown> | null;
}

/** Lambda's partial batch response: the records that failed, by sequence number. */
export interface StreamBatchResult {
  readonly batchItemFailures: readonly { readonly itemIdentifier: string }[];
}

export type StreamBatchHandler = (records: readonly OutboxStreamRecord[]) => Promise<StreamBatchResult>;

export interface OutboxStreamOptions {
  readonly dynamo: DynamoDBClient;
  readonly streams: DynamoDBStreamsClient;
  readonly tableName: string;
  readonly handler: StreamBatchHandler;
  readonly startFrom: 'TRIM_HORIZON' | 'LATEST';
  /** Records per batch at most (GetRecords' Limit, Lambda's BatchSize): 1 to 1000, 100 by default. */
  readonly batchSize?: number;
  /** The pause after an empty read, in ms (250 by default). */
  readonly pollIntervalMs?: number;
  /** How often to look for new shards besides when one closes, in ms (10 s by default). */
  readonly discoverEveryMs?: number;
  /** The longest pause before a failed batch is tried again, in ms (5 s by default). */
  readonly maxRetryDelayMs?: number;
  /** Fault injection: true fails batch number n (from 1) after its handler ran. */
  readonly failBatch?: (batchNumber: number) => boolean;
  /** Errors worth a line (a failed batch, a read that failed). */
  readonly log?: (message: string) => void;
}

export interface OutboxStream {
  /** The stream's ARN. */
  readonly streamArn: string;
  /** Batches handed to the handler so far (retries included), and how many of them failed. */
  readonly stats: { readonly batches: number; readonly failedBatches: number; readonly records: number };
  /** Stops reading: a batch in hand finishes first. A second call does nothing more. */
  stop(): Promise<void>;
}

/** Thrown when the table has no stream (it was created before the definition had one). */
export class StreamNotEnabledError extends Error {
  override readonly name = 'StreamNotEnabledError';
}

type ShardState = 'READING' | 'DONE';

/** Finds the stream, positions a reader on every shard to read, and starts reading; resolves once positioned. */
export async function startOutboxStream(options: OutboxStreamOptions): Promise<OutboxStream> {
  const { Table } = await options.dynamo.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn || !Table.StreamSpecification?.StreamEnabled) {
    throw new StreamNotEnabledError(`table ${options.tableName} has no stream`);
  }
  const reader = new StreamReader(options, streamArn);
  await reader.begin();
  return {
    streamArn,
    get stats() {
      return reader.stats;
    },
    stop: () => reader.stop(),
  };
}

class StreamReader {
  readonly stats = { batches: 0, failedBatches: 0, records: 0 };
  readonly #options: OutboxStreamOptions;
  readonly #streamArn: string;
  readonly #shards = new Map<string, ShardState>();
  readonly #loops = new Set<Promise<void>>();
  readonly #sleepers = new Set<() => void>();
  #stopped = false;
  #discovering: Promise<void> = Promise.resolve();
  #discoveryTimer: NodeJS.Timeout | null = null;

  constructor(options: OutboxStreamOptions, streamArn: string) {
    this.#options = options;
    this.#streamArn = streamArn;
  }

  async begin(): Promise<void> {
    const shards = await this.#describeShards();
    const known = new Set(shards.map((shard) => shard.ShardId));
    const positioned: Promise<void>[] = [];
    for (const shard of shards) {
      const id = shard.ShardId ?? '';
      const isRoot = !shard.ParentShardId || !known.has(shard.ParentShardId);
      const isOpen = !shard.SequenceNumberRange?.EndingSequenceNumber;
      if (this.#options.startFrom === 'LATEST') {
        // Only what is written from now on: closed shards hold the past, open ones are read from their end.
        if (isOpen) positioned.push(this.#startShard(id, 'LATEST'));
        else this.#shards.set(id, 'DONE');
      } else if (isRoot) {
        positioned.push(this.#startShard(id, 'TRIM_HORIZON'));
      }
    }
    await Promise.all(positioned);
    const every = this.#options.discoverEveryMs ?? 10_000;
    this.#discoveryTimer = setInterval(() => this.#discover(), every);
    this.#discoveryTimer.unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#discoveryTimer) clearInterval(this.#discoveryTimer);
    for (const wake of [...this.#sleepers]) wake();
    await this.#discovering.catch(() => {});
    while (this.#loops.size > 0) await Promise.allSettled([...this.#loops]);
  }

  /** Starts every shard not seen yet whose parent is read to its end (or not in the stream any more). */
  #discover(): void {
    if (this.#stopped) return;
    this.#discovering = this.#discovering
      .then(async () => {
        const shards = await this.#describeShards();
        const listed = new Set(shards.map((shard) => shard.ShardId));
        for (const shard of shards) {
          const id = shard.ShardId ?? '';
          if (this.#stopped || this.#shards.has(id)) continue;
          const parent = shard.ParentShardId;
          const parentDone = !parent || !listed.has(parent) || this.#shards.get(parent) === 'DONE';
          // Born after the reader started (or after its parent ended): all its records are to be read.
          if (parentDone) await this.#startShard(id, 'TRIM_HORIZON');
        }
      })
      .catch((error: unknown) => this.#log(`looking for new stream shards failed: ${String(error)}`));
  }

  async #describeShards(): Promise<Shard[]> {
    const shards: Shard[] = [];
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.#options.streams.send(
        new DescribeStreamCommand({
          StreamArn: this.#streamArn,
          ...(exclusiveStartShardId ? { ExclusiveStartShardId: exclusiveStartShardId } : {}),
        }),
      );
      shards.push(...(StreamDescription?.Shards ?? []));
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
    return shards;
  }

  /** Positions a reader on the shard, then reads it in the background until it ends or the reader stops. */
  async #startShard(shardId: string, from: ShardIteratorType): Promise<void> {
    this.#shards.set(shardId, 'READING');
    const iterator = await this.#iterator(shardId, from);
    const loop = this.#readShard(shardId, iterator, from)
      .catch((error: unknown) => this.#log(`reading stream shard ${shardId} stopped: ${String(error)}`))
      .finally(() => this.#loops.delete(loop));
    this.#loops.add(loop);
  }

  async #iterator(shardId: string, type: ShardIteratorType, sequenceNumber?: string): Promise<string | null> {
    const { ShardIterator } = await this.#options.streams.send(
      new GetShardIteratorCommand({
        StreamArn: this.#streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
        ...(sequenceNumber ? { SequenceNumber: sequenceNumber } : {}),
      }),
    );
    return ShardIterator ?? null;
  }

  async #readShard(shardId: string, first: string | null, from: ShardIteratorType): Promise<void> {
    let iterator = first;
    // The last sequence number handled: where to start again when an iterator expires or a read fails.
    let checkpoint: string | null = null;
    let failures = 0;
    let reposition = false;
    while (iterator && !this.#stopped) {
      try {
        if (reposition) {
          // After a failed read: from the record after the last one handled (or where the shard was first
          // read from), so nothing is skipped and nothing handled is handed over again.
          iterator = checkpoint
            ? await this.#iterator(shardId, 'AFTER_SEQUENCE_NUMBER', checkpoint)
            : await this.#iterator(shardId, from);
          reposition = false;
          if (!iterator) break;
        }
        const read = await this.#getRecords(shardId, iterator, checkpoint);
        if (read.expired) {
          iterator = read.next;
          continue;
        }
        if (read.records.length === 0) {
          failures = 0;
          iterator = read.next;
          if (iterator) await this.#sleep(this.#options.pollIntervalMs ?? 250);
          continue;
        }
        const firstFailed = await this.#handle(shardId, read.records);
        if (firstFailed === null) {
          failures = 0;
          checkpoint = read.records[read.records.length - 1]?.sequenceNumber ?? checkpoint;
          iterator = read.next;
          continue;
        }
        failures += 1;
        const index = read.records.findIndex((record) => record.sequenceNumber === firstFailed);
        if (index > 0) checkpoint = read.records[index - 1]?.sequenceNumber ?? checkpoint;
        await this.#sleep(this.#retryDelay(failures));
        if (this.#stopped) break;
        iterator = await this.#iterator(shardId, 'AT_SEQUENCE_NUMBER', firstFailed);
      } catch (error) {
        // A read that failed (a timeout on a loaded machine, a throttle) must not end the shard's reading:
        // nothing would restart it, and every later record of the shard would wait for a restart.
        if (this.#stopped) break;
        failures += 1;
        this.#log(`reading stream shard ${shardId} failed, reading it again: ${String(error)}`);
        await this.#sleep(this.#retryDelay(failures));
        reposition = true;
      }
    }
    if (!iterator) {
      // The shard is closed and read to its end: its children may start.
      this.#shards.set(shardId, 'DONE');
      this.#discover();
    }
  }

  async #getRecords(
    shardId: string,
    iterator: string,
    checkpoint: string | null,
  ): Promise<{ records: OutboxStreamRecord[]; next: string | null; expired: boolean }> {
    try {
      const answer = await this.#options.streams.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: this.#options.batchSize ?? 100 }),
      );
      return {
        records: (answer.Records ?? []).map((record) => toStreamRecord(shardId, record)),
        next: answer.NextShardIterator ?? null,
        expired: false,
      };
    } catch (error) {
      if (!(error instanceof ExpiredIteratorException)) throw error;
      // Iterators last 15 minutes: a fresh one resumes after the last record handled.
      const next = checkpoint
        ? await this.#iterator(shardId, 'AFTER_SEQUENCE_NUMBER', checkpoint)
        : await this.#iterator(shardId, 'TRIM_HORIZON');
      return { records: [], next, expired: true };
    }
  }

  /** Runs the handler on one batch; the first sequence number to read again, or null when all succeeded. */
  async #handle(shardId: string, records: readonly OutboxStreamRecord[]): Promise<string | null> {
    this.stats.batches += 1;
    this.stats.records += records.length;
    const batchNumber = this.stats.batches;
    let failed: ReadonlySet<string>;
    try {
      const result = await this.#options.handler(records);
      failed = new Set(result.batchItemFailures.map((failure) => failure.itemIdentifier));
    } catch (error) {
      this.#log(`stream batch ${batchNumber} on shard ${shardId} failed: ${String(error)}`);
      failed = new Set(records.map((record) => record.sequenceNumber));
    }
    if (this.#options.failBatch?.(batchNumber))
      failed = new Set(records.map((record) => record.sequenceNumber));
    const first = records.find((record) => failed.has(record.sequenceNumber));
    if (first) this.stats.failedBatches += 1;
    return first?.sequenceNumber ?? null;
  }

  #retryDelay(failures: number): number {
    const base = this.#options.pollIntervalMs ?? 250;
    return Math.min(this.#options.maxRetryDelayMs ?? 5_000, base * 2 ** (failures - 1));
  }

  #sleep(ms: number): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#sleepers.add(wake);
    });
  }

  #log(message: string): void {
    (this.#options.log ?? ((line: string) => console.error(line)))(message);
  }
}

function toStreamRecord(shardId: string, record: _Record): OutboxStreamRecord {
  const image = record.dynamodb?.NewImage;
  return {
    eventId: record.eventID ?? '',
    eventName: record.eventName ?? 'MODIFY',
    sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
    shardId,
    newImage: image ? unmarshall(image) : null,
  };
}

/** A DynamoDB Streams client for the same endpoint as the table's client (dummy credentials locally). */
export function createStreamsClient(connection: {
  readonly region: string;
  readonly endpoint: string | null;
}): DynamoDBStreamsClient {
  return new DynamoDBStreamsClient({
    region: connection.region,
    ...(connection.endpoint
      ? { endpoint: connection.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
}
