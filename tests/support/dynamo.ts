import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../../src/kernel/store/dynamo-client';
import { ensureTable } from '../../src/kernel/store/ensure-table';

export interface TestTable {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly endpoint: string;
}

/** A fresh table, made by the production table definition, in the run's DynamoDB Local. */
export async function createTestTable(): Promise<TestTable> {
  const endpoint = inject('dynamoEndpoint');
  const client = createDynamoClient({ region: 'eu-west-2', endpoint });
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName);
  return { client, tableName, endpoint };
}
