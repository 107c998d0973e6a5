import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addDynamoRequestCap } from './dynamo-request-cap';

export interface DynamoConnection {
  readonly region: string;
  /** A DynamoDB-compatible endpoint (DynamoDB Local); null means the AWS regional endpoint. */
  readonly endpoint: string | null;
}

/**
 * Makes the low-level client once per process. Against a local endpoint any credentials work, so fixed
 * dummy ones are given to keep the SDK from searching the machine for real ones.
 */
export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  const client = new DynamoDBClient({
    region: connection.region,
    ...(connection.endpoint
      ? {
          endpoint: connection.endpoint,
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  // The per-request cap on DynamoDB requests (src/request-limits.ts), whichever entry point serves it.
  addDynamoRequestCap(client);
  return client;
}

/** Wraps a client so items are plain JavaScript objects; empty values are dropped, never sent. */
export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
