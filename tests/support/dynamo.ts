import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../../src/kernel/store/dynamo-client';
import { ensureTable } from '../../src/kernel/store/ensure-table';
import { TABLE_DEFINITION } from '../../src/kernel/store/table-definition';
import type { TableDefinition } from '../../src/kernel/store/table-definition';

export interface TestTable {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly endpoint: string;
}

/**
 * The production definition without its stream. DynamoDB Local keeps every stream record of the run in one
 * store and a write to a table with a stream gets slower as that store grows, whichever table the records
 * came from (measured: a two-item transaction went from 9 ms to 32-58 ms after 20,000 writes to other
 * stream tables, and deleting those tables did not bring it back; a table without a stream stayed at 3 ms).
 * With a stream on every test table the run's later files were 10-20x slower than on their own. Only the
 * tests that read the stream ask for one.
 */
const { streamViewType: _stream, ...DEFINITION_WITHOUT_STREAM } = TABLE_DEFINITION;

/**
 * A fresh table, made by the production table definition, in the run's DynamoDB Local. `stream: true` gives
 * it the production stream (the notifier's tests); otherwise it has none (see above): keys, indexes and
 * time-to-live are production's either way.
 */
export async function createTestTable(options: { stream?: boolean } = {}): Promise<TestTable> {
  const endpoint = inject('dynamoEndpoint');
  const client = createDynamoClient({ region: 'eu-west-2', endpoint });
  const tableName = `test-${randomUUID()}`;
  const definition: TableDefinition = options.stream ? TABLE_DEFINITION : DEFINITION_WITHOUT_STREAM;
  await ensureTable(client, tableName, definition);
  return { client, tableName, endpoint };
}
