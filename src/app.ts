import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TokenVerifier } from './auth/token-verifier';
import type { AppConfig } from './config';
import { systemClock } from './domain/clock';
import type { Clock } from './domain/clock';
import { createExplorerPlugin } from './graphql/explorer-plugin';
import { jsonLogger } from './graphql/format-error';
import type { Logger } from './graphql/format-error';
import { createGraphQLApp } from './graphql/server';
import type { GraphQLApp } from './graphql/server';
import type { ServiceMetrics } from './graphql/service-metrics';
import { DEFAULT_REQUEST_LIMITS } from './request-limits';
import type { RequestLimits } from './request-limits';
import { createOpenDataHandler } from './opendata/open-data-handler';
import type { OpenDataHandler } from './opendata/open-data-handler';
import { createRegisterStore } from './store';
import { currentDynamoRequestBudget } from './store/dynamo-request-cap';

export type { Logger } from './graphql/format-error';
export { jsonLogger } from './graphql/format-error';
export type { RequestInfo } from './graphql/server';
/** The GraphQL app, plus the open-data downloads served next to it (issue 10). */
export type App = GraphQLApp & { readonly openData: OpenDataHandler };

export interface AppOptions {
  readonly config: AppConfig;
  /** The key that signs pagination cursors (already resolved from config: value or Secrets Manager). */
  readonly cursorSecret: string;
  readonly tokenVerifier: TokenVerifier;
  /** The low-level client (store/dynamo-client.ts createDynamoClient), made once per process. */
  readonly dynamoClient: DynamoDBClient;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Counts retryable failures (CloudWatch in Lambda, src/lambda/cloudwatch-metrics.ts); none by default. */
  readonly metrics?: ServiceMetrics;
  /** The request limits; DEFAULT_REQUEST_LIMITS unless a test needs others. */
  readonly limits?: RequestLimits;
}

/**
 * The one app factory: the store over DynamoDB and the GraphQL server over the store. The Lambda handler
 * and the local server are thin entry points over this.
 */
export function createApp(options: AppOptions): App {
  const store = createRegisterStore({
    client: options.dynamoClient,
    tableName: options.config.tableName,
    cursorSecret: options.cursorSecret,
    endpoint: options.config.dynamoDbEndpoint,
  });
  const graphql = createGraphQLApp({
    store,
    clock: options.clock ?? systemClock,
    platformAdminIds: options.config.platformAdminIds,
    tokenVerifier: options.tokenVerifier,
    logger: options.logger ?? jsonLogger,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    introspection: options.config.introspection,
    // Rendered only where it can be shown: nothing to build on a production cold start.
    ...(options.config.introspection ? { explorerPlugin: createExplorerPlugin() } : {}),
    limits: options.limits ?? DEFAULT_REQUEST_LIMITS,
    currentDynamoRequestBudget,
  });
  return { ...graphql, openData: createOpenDataHandler(store, options.clock ?? systemClock) };
}
