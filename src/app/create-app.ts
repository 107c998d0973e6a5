import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TokenVerifier } from '../auth/token-verifier';
import type { AppConfig } from '../config';
import { systemClock } from '../kernel/domain/clock';
import type { Clock } from '../kernel/domain/clock';
import { jsonLogger } from '../kernel/graphql/format-error';
import type { Logger } from '../kernel/graphql/format-error';
import { createGraphQLApp } from './graphql-server';
import type { GraphQLApp } from './graphql-server';
import type { ServiceMetrics } from '../kernel/graphql/service-metrics';
import { DEFAULT_REQUEST_LIMITS } from '../kernel/domain/request-limits';
import type { RequestLimits } from '../kernel/domain/request-limits';
import type { OpenDataHandler } from '../opendata/open-data-handler';
import { createRegisterStores, UNCONFIGURED_PHOTO_STORE } from './register-store';
import { currentDynamoRequestBudget } from '../kernel/store/dynamo-request-cap';
import type { ResolveAll } from '../registers/notifications/delivery/public-lookup';
import type { PhotoStore } from '../kernel/domain/photo-store';
import { S3PhotoStore } from '../kernel/photos/s3-photo-store';

export type { Logger } from '../kernel/graphql/format-error';
export { jsonLogger } from '../kernel/graphql/format-error';
export type { RequestInfo } from './graphql-server';
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
  /** Sightings of a query text before the fast path serves it; 2 unless a test wants it from the first. */
  readonly fastPathMinSightings?: number;
  /**
   * Tests only: how registered webhook URLs are checked. `allowLocalReceivers` overrides what the auth mode
   * implies (a test of the deployed rules turns it off); `resolveAll` answers DNS from a table.
   */
  readonly webhookUrls?: { readonly allowLocalReceivers?: boolean; readonly resolveAll?: ResolveAll };
  /**
   * Where listings' photos are kept: the local server and the tests pass a folder (src/local/
   * disk-photo-store.ts); otherwise the S3 bucket of `config.photosBucket`, signed with the DynamoDB
   * client's credentials (the function's role).
   */
  readonly photos?: PhotoStore;
}

/**
 * The one app factory: the store over DynamoDB and the GraphQL server over the store. The Lambda handler
 * and the local server are thin entry points over this.
 */
export function createApp(options: AppOptions): App {
  const stores = createRegisterStores({
    client: options.dynamoClient,
    tableName: options.config.tableName,
    cursorSecret: options.cursorSecret,
    endpoint: options.config.dynamoDbEndpoint,
    // Local tokens mean the local server or the tests, never a deployed stage: only there may a webhook
    // receiver run on this machine.
    allowLocalWebhookReceivers:
      options.webhookUrls?.allowLocalReceivers ?? options.config.auth.mode === 'local',
    resolveWebhookHost: options.webhookUrls?.resolveAll,
    photos: options.photos ?? photoStoreFor(options),
  });
  const graphql = createGraphQLApp({
    stores,
    clock: options.clock ?? systemClock,
    platformAdminIds: options.config.platformAdminIds,
    tokenVerifier: options.tokenVerifier,
    logger: options.logger ?? jsonLogger,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    introspection: options.config.introspection,
    limits: options.limits ?? DEFAULT_REQUEST_LIMITS,
    currentDynamoRequestBudget,
    ...(options.fastPathMinSightings ? { fastPathMinSightings: options.fastPathMinSightings } : {}),
  });
  // The open-data downloads (CSV writer, grid projection, GeoJSON) are loaded on the first download, not at
  // every cold start: a dynamic import is a lazily initialised module inside the one-file Lambda bundle.
  let openData: Promise<OpenDataHandler> | undefined;
  return {
    ...graphql,
    openData: async (request) => {
      openData ??= import('../opendata/open-data-handler').then(({ createOpenDataHandler }) =>
        createOpenDataHandler(stores, options.clock ?? systemClock),
      );
      return (await openData)(request);
    },
  };
}

/** The S3 photo store of the configured bucket; without one, every photo step is SERVICE_UNAVAILABLE. */
function photoStoreFor(options: AppOptions): PhotoStore {
  const bucket = options.config.photosBucket;
  if (bucket === null) return UNCONFIGURED_PHOTO_STORE;
  const client = options.dynamoClient;
  return new S3PhotoStore({
    bucket,
    region: options.config.region,
    credentials: () => client.config.credentials(),
  });
}
