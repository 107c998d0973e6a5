import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { buildCreateTableInput, ensureTable } from '../../src/kernel/store/ensure-table';
import { createTestTable } from '../support/dynamo';

describe('ensureTable', () => {
  it('creates the table with the keys, indexes and time-to-live of the shared definition', async () => {
    const { client, tableName } = await createTestTable({ stream: true });

    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));

    const expected = buildCreateTableInput(tableName);
    expect(Table?.KeySchema).toEqual(expected.KeySchema);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.KeySchema])).toEqual(
      expected.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.KeySchema]),
    );
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe('expiresAtEpoch');
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
    expect(Table?.LatestStreamArn).toBeTruthy();
  });

  it('turns the stream on for a table made before the definition had one', async () => {
    const { client } = await createTestTable();
    const tableName = `test-${randomUUID()}`;
    const { StreamSpecification: _stream, ...withoutStream } = buildCreateTableInput(tableName);
    await client.send(new CreateTableCommand(withoutStream));

    expect(await ensureTable(client, tableName)).toBe(false);

    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
  });

  it('leaves an existing table alone', async () => {
    const { client, tableName } = await createTestTable({ stream: true });

    expect(await ensureTable(client, tableName)).toBe(false);
  });
});
