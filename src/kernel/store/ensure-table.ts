import {
  CreateTableCommand,
  DescribeTableCommand,
  PutItemCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { dataLevelItem } from './data-level';
import { TABLE_DEFINITION, listKeyAttributes } from './table-definition';
import type { TableDefinition } from './table-definition';

/** The CreateTable request for `definition` (pure, so it can be compared with the CDK template). */
export function buildCreateTableInput(
  tableName: string,
  definition: TableDefinition = TABLE_DEFINITION,
): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: listKeyAttributes(definition).map((name) => ({
      AttributeName: name,
      AttributeType: 'S',
    })),
    KeySchema: [
      { AttributeName: definition.partitionKey, KeyType: 'HASH' },
      { AttributeName: definition.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    ...(definition.streamViewType ? { StreamSpecification: streamOf(definition.streamViewType) } : {}),
  };
}

const streamOf = (viewType: 'NEW_IMAGE') => ({ StreamEnabled: true, StreamViewType: viewType });

/**
 * Creates the table with its indexes, stream and time-to-live if it does not exist yet; leaves an existing
 * table alone, except that one made before the definition had a stream (a local `.data/` folder from before
 * issue 19) gets its stream turned on, since the notifier reads nothing else. A new table holds no record, so
 * every derived item is there: it starts at the current data level (data-level.ts). Returns true when it
 * created the table.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  definition: TableDefinition = TABLE_DEFINITION,
): Promise<boolean> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (definition.streamViewType && !Table?.StreamSpecification?.StreamEnabled) {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          StreamSpecification: streamOf(definition.streamViewType),
        }),
      );
    }
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await client.send(new CreateTableCommand(buildCreateTableInput(tableName, definition)));
  } catch (error) {
    // The SDK retried a CreateTable that had in fact succeeded (its answer was slow), or another process
    // created the table meanwhile: either way it is there.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
    }),
  );
  await client.send(new PutItemCommand({ TableName: tableName, Item: marshall(dataLevelItem()) }));
  return true;
}
