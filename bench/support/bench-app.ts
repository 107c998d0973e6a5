import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '../../src/app/create-app';
import type { App } from '../../src/app/create-app';
import { createLocalTokenVerifier } from '../../src/auth/token-verifier';
import { readConfig } from '../../src/config';
import { generateSigningKey, signLocalToken, toJwks } from '../../src/local/signing-key';

const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };

/**
 * The app as the benchmarks run it: the production factory over the bench's DynamoDB Local table, local
 * tokens (signed by a key made here), nothing logged. `tokenOf` signs a token for a user id.
 */
export function createBenchApp(
  client: DynamoDBClient,
  tableName: string,
  platformAdminId: string,
  options: { readonly fastPathMinSightings?: number } = {},
): { app: App; tokenOf: (userId: string) => string } {
  const key = generateSigningKey();
  const secret = randomUUID() + randomUUID();
  const app = createApp({
    config: readConfig({
      TABLE_NAME: tableName,
      AUTH_MODE: 'local',
      CURSOR_SECRET: secret,
      STAGE: 'bench',
      PLATFORM_ADMIN_IDS: platformAdminId,
    }),
    cursorSecret: secret,
    tokenVerifier: createLocalTokenVerifier(toJwks(key)),
    dynamoClient: client,
    logger: quiet,
    ...options,
  });
  return { app, tokenOf: (userId) => signLocalToken(key, { userId }) };
}
