import { DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { createStreamsClient, startOutboxStream } from '../../src/local/outbox-stream';
import type {
  OutboxStream,
  OutboxStreamOptions,
  OutboxStreamRecord,
  StreamBatchResult,
} from '../../src/local/outbox-stream';
import { createTestTable } from '../support/dynamo';
import type { TestTable } from '../support/dynamo';
import { waitUntil } from '../support/wait';

/**
 * A batch handler that records what it was given. `failOnce` names items whose first handling fails; like
 * the notifier's handler it stops at the first failure and reports that record and every later one.
 */
function recordingHandler(failOnce: ReadonlySet<number> = new Set()) {
  const batches: OutboxStreamRecord[][] = [];
  const failed = new Set<number>();
  const handler = async (all: readonly OutboxStreamRecord[]): Promise<StreamBatchResult> => {
    // The table's own items (its data level, written when it was made) are not this test's.
    const records = all.filter(
      (record) => record.newImage?.['entity'] === 'StreamTest' || record.eventName === 'REMOVE',
    );
    if (records.length > 0) batches.push([...records]);
    const firstFailing = records.findIndex((record) => {
      const n = Number(record.newImage?.['n']);
      return failOnce.has(n) && !failed.has(n);
    });
    if (firstFailing < 0) return { batchItemFailures: [] };
    failed.add(Number(records[firstFailing]?.newImage?.['n']));
    return {
      batchItemFailures: records
        .slice(firstFailing)
        .map((record) => ({ itemIdentifier: record.sequenceNumber })),
    };
  };
  const seen = () => batches.flat().map((record) => Number(record.newImage?.['n']));
  return { handler, batches, seen };
}

async function putItems(table: TestTable, from: number, count: number): Promise<void> {
  for (let n = from; n < from + count; n += 1) {
    await table.client.send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: marshall({ pk: `STREAMTEST#${n}`, sk: 'ITEM', entity: 'StreamTest', n }),
      }),
    );
  }
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('the local outbox stream reader', () => {
  const started: OutboxStream[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((stream) => stream.stop()));
  });

  async function start(
    table: TestTable,
    options: Partial<OutboxStreamOptions> & Pick<OutboxStreamOptions, 'handler'>,
  ) {
    const stream = await startOutboxStream({
      dynamo: table.client,
      streams: createStreamsClient({ region: 'eu-west-2', endpoint: table.endpoint }),
      tableName: table.tableName,
      startFrom: 'TRIM_HORIZON',
      pollIntervalMs: 50,
      ...options,
    });
    started.push(stream);
    return stream;
  }

  it('hands every insert to the handler once, in order, in batches of at most the batch size', async () => {
    const table = await createTestTable({ stream: true });
    const recorder = recordingHandler();
    await putItems(table, 0, 25);
    await start(table, { handler: recorder.handler, batchSize: 10 });

    await waitUntil(() => recorder.seen().length >= 25 || undefined, '25 records');

    expect(recorder.seen()).toEqual(range(0, 25));
    expect(recorder.batches.every((batch) => batch.length <= 10)).toBe(true);
    expect(recorder.batches.flat().every((record) => record.eventName === 'INSERT')).toBe(true);
    expect(recorder.batches[0]?.[0]?.newImage).toEqual({
      pk: 'STREAMTEST#0',
      sk: 'ITEM',
      entity: 'StreamTest',
      n: 0,
    });
  });

  it('carries a removal with no new image', async () => {
    const table = await createTestTable({ stream: true });
    const recorder = recordingHandler();
    await putItems(table, 0, 1);
    await table.client.send(
      new DeleteItemCommand({
        TableName: table.tableName,
        Key: marshall({ pk: 'STREAMTEST#0', sk: 'ITEM' }),
      }),
    );
    await start(table, { handler: recorder.handler });

    const records = await waitUntil(() => {
      const all = recorder.batches.flat();
      return all.length >= 2 ? all : undefined;
    }, 'the insert and the removal');

    expect(records.map((record) => [record.eventName, record.newImage])).toEqual([
      ['INSERT', { pk: 'STREAMTEST#0', sk: 'ITEM', entity: 'StreamTest', n: 0 }],
      ['REMOVE', null],
    ]);
  });

  it('reads again from the first record that failed, and not the records before it', async () => {
    const table = await createTestTable({ stream: true });
    // Items 3 and 7 fail the first time they are handled.
    const recorder = recordingHandler(new Set([3, 7]));
    await putItems(table, 0, 10);
    await start(table, { handler: recorder.handler, batchSize: 100 });

    await waitUntil(() => recorder.batches.length >= 3 || undefined, 'three batches');

    // First batch 0..9 fails at 3: 0..2 are done. The retry starts at 3 and fails at 7. Then 7..9.
    expect(recorder.batches.map((batch) => batch.map((record) => record.newImage?.['n']))).toEqual([
      range(0, 10),
      range(3, 7),
      range(7, 3),
    ]);
  });

  it('tries a batch again when the handler throws', async () => {
    const table = await createTestTable({ stream: true });
    let calls = 0;
    const seen: number[] = [];
    await putItems(table, 0, 3);
    await start(table, {
      handler: async (records) => {
        calls += 1;
        if (calls === 1) throw new Error('the notifier fell over');
        const ours = records.filter((record) => record.newImage?.['entity'] === 'StreamTest');
        seen.push(...ours.map((record) => Number(record.newImage?.['n'])));
        return { batchItemFailures: [] };
      },
      log: () => {},
    });

    await waitUntil(() => seen.length >= 3 || undefined, 'the batch after the failure');

    expect(seen).toEqual([0, 1, 2]);
  });

  it('with every third batch failed after handling, every record is handled, in order, at least once', async () => {
    const table = await createTestTable({ stream: true });
    const recorder = recordingHandler();
    await putItems(table, 0, 40);
    const stream = await start(table, {
      handler: recorder.handler,
      batchSize: 4,
      failBatch: (n) => n % 3 === 0,
    });

    await waitUntil(() => recorder.batches.at(-1)?.at(-1)?.newImage?.['n'] === 39 || undefined, 'item 39');

    // Each failed batch is read again from its start, so the records seen, with repeats removed in order,
    // are every record in order, and each repeat is a whole failed batch seen again.
    const seen = recorder.seen();
    const firstSightings = seen.filter((n, i) => seen.indexOf(n) === i);
    expect(firstSightings).toEqual(range(0, 40));
    expect(stream.stats.failedBatches).toBe(Math.floor(stream.stats.batches / 3));
    const failedBatches = recorder.batches.filter((_, i) => (i + 1) % 3 === 0);
    const retried = recorder.batches.filter((_, i) => i % 3 === 0 && i > 0);
    expect(retried.map((batch) => batch[0]?.sequenceNumber)).toEqual(
      failedBatches.slice(0, retried.length).map((batch) => batch[0]?.sequenceNumber),
    );
  });

  it('keeps reading a shard after a read fails, from the record after the last one handled', async () => {
    const table = await createTestTable({ stream: true });
    const recorder = recordingHandler();
    const streams = createStreamsClient({ region: 'eu-west-2', endpoint: table.endpoint });
    let reads = 0;
    // The third GetRecords fails, as a timed-out read does on a loaded machine.
    streams.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'GetRecordsCommand' && ++reads === 3) {
          throw new Error('the read timed out');
        }
        return next(args);
      },
      { step: 'initialize', name: 'failThirdRead' },
    );
    const logged: string[] = [];
    await putItems(table, 0, 12);
    await start(table, {
      handler: recorder.handler,
      batchSize: 4,
      streams,
      log: (line) => logged.push(line),
    });

    await waitUntil(() => recorder.seen().length >= 12 || undefined, 'all 12 items');

    expect(recorder.seen()).toEqual(range(0, 12));
    expect(logged.some((line) => line.includes('the read timed out'))).toBe(true);
  });

  it('from LATEST, hands over only what is written after it started', async () => {
    const table = await createTestTable({ stream: true });
    const recorder = recordingHandler();
    await putItems(table, 0, 3);
    await start(table, { handler: recorder.handler, startFrom: 'LATEST' });
    await putItems(table, 100, 2);

    await waitUntil(() => recorder.seen().length >= 2 || undefined, 'the two later items');

    expect(recorder.seen()).toEqual([100, 101]);
  });

  it('stops cleanly: no batch is handed over after stop resolves', async () => {
    const table = await createTestTable({ stream: true });
    const recorder = recordingHandler();
    const stream = await start(table, { handler: recorder.handler });
    await putItems(table, 0, 2);
    await waitUntil(() => recorder.seen().length >= 2 || undefined, 'the first items');

    await stream.stop();
    await stream.stop();
    const batchesAtStop = recorder.batches.length;
    await putItems(table, 10, 2);
    // Several poll intervals: a reader still running would have handed these over by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(recorder.batches.length).toBe(batchesAtStop);
  });
});
