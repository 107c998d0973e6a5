import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createApp } from '../app/create-app';
import { createCognitoTokenVerifier, createLocalTokenVerifier } from '../auth/token-verifier';
import { readConfig } from '../config';
import { createHttpApiHandler } from '../lambda/lambda-handler';
import { createRequestLog, parseLogFormat } from '../lambda/request-log';
import { pinnedDayClock, systemClock } from '../kernel/domain/clock';
import type { Clock } from '../kernel/domain/clock';
import { createDynamoClient } from '../kernel/store/dynamo-client';
import { ensureTable } from '../kernel/store/ensure-table';
import { isPortInUse, startDynamoDbLocal } from './dynamodb-local';
import { ensureExplorerBuilt } from '../../scripts/explorer/build-explorer';
import { createLocalHttpServer } from './http-adapter';
import { DiskPhotoStore } from './disk-photo-store';
import { loadOrCreateCursorSecret, removeLocalEndpoint, writeLocalEndpoint } from './data-dir';
import { loadOrCreateSigningKey, toJwks } from './signing-key';
import { startLocalNotifier } from './outbox-notifier';
import type { LocalNotifier } from './outbox-notifier';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AppConfig } from '../config';

export interface LocalStackOptions {
  /** Port of the GraphQL API. */
  readonly port: number;
  /** Port for DynamoDB Local; unused when `env.DYNAMODB_ENDPOINT` is set. */
  readonly dynamoDbPort: number;
  /** Absolute folder for the database, signing key and cursor secret. */
  readonly dataDir: string;
  /** Keep the database in memory (the key and cursor secret still live in `dataDir`). */
  readonly inMemory: boolean;
  /** The date the server believes it is (`--today`), or null for the real date. */
  readonly today?: string | null;
  /** The environment: AppConfig variables override the local defaults. */
  readonly env: Record<string, string | undefined>;
  /** Progress messages while starting (DynamoDB Local takes a few seconds). */
  readonly log?: (message: string) => void;
  /** Called if DynamoDB Local stops on its own while the API runs; the stack is then useless. */
  readonly onDynamoDbLocalExit?: (error: Error) => void;
}

export interface LocalStack {
  /** The GraphQL endpoint, such as http://localhost:4000/graphql. */
  readonly url: string;
  /** Where the database lives: a DynamoDB endpoint URL. */
  readonly dynamoDbEndpoint: string;
  /** The register's table there. */
  readonly tableName: string;
  /** True when this stack started DynamoDB Local itself (and stops it in `stop`). */
  readonly startedDynamoDbLocal: boolean;
  /** Where the notifier writes the emails it sends, as .eml files (`<data dir>/mail`). */
  readonly mailFolder: string;
  /** Stops the API, then DynamoDB Local. A second call finds nothing left to stop. */
  stop(): Promise<void>;
}

/** Thrown before anything starts when a port is taken. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
}

/** Settings `npm start` uses unless the environment says otherwise. */
const LOCAL_DEFAULTS = {
  TABLE_NAME: 'mash-register',
  AUTH_MODE: 'local',
  PLATFORM_ADMIN_IDS: 'platform-admin',
  INTROSPECTION: 'true',
  STAGE: 'local',
};

/**
 * Starts the register on this machine: DynamoDB Local (unless `DYNAMODB_ENDPOINT` is set), the table, and
 * the GraphQL API on localhost. If any step fails, whatever was already started is stopped before the error
 * is rethrown, so a failed start leaves no process behind.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const externalEndpoint = options.env['DYNAMODB_ENDPOINT'] || null;
  const endpoint = externalEndpoint ?? `http://127.0.0.1:${options.dynamoDbPort}`;
  mkdirSync(options.dataDir, { recursive: true });
  const cursorSecret = options.env['CURSOR_SECRET'] ?? loadOrCreateCursorSecret(options.dataDir);
  // Read before anything starts, so a bad setting fails at once instead of after Java has started.
  const config = readConfig({
    ...LOCAL_DEFAULTS,
    ...options.env,
    DYNAMODB_ENDPOINT: endpoint,
    CURSOR_SECRET: cursorSecret,
    ...(options.today ? { PINNED_TODAY: options.today } : {}),
  });
  // One readable line per request unless LOG_FORMAT says json (as Lambda writes) or off.
  const requestLog = createRequestLog(parseLogFormat(options.env['LOG_FORMAT'], 'text'));
  await assertPortFree(options.port, '--port');
  if (!externalEndpoint) await assertPortFree(options.dynamoDbPort, '--dynamodb-port');

  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    const failures: unknown[] = [];
    // Every step runs even if one before it failed, so Java is stopped even when the API's stop throws.
    for (const cleanup of cleanups.splice(0).reverse())
      await cleanup().catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw new AggregateError(failures, 'stopping the local stack failed');
  };
  try {
    if (!externalEndpoint) {
      const dbDir = options.inMemory ? null : join(options.dataDir, 'dynamodb');
      if (dbDir) mkdirSync(dbDir, { recursive: true });
      log(`Starting DynamoDB Local on port ${options.dynamoDbPort}...`);
      const dynamo = await startDynamoDbLocal({ port: options.dynamoDbPort, dataDir: dbDir });
      cleanups.push(() => dynamo.stop());
      void dynamo.exited.then((code) => {
        if (stopping) return;
        options.onDynamoDbLocalExit?.(new Error(`DynamoDB Local stopped unexpectedly (exit code ${code})`));
      });
    }

    const dynamoClient = createDynamoClient({ region: config.region, endpoint });
    cleanups.push(async () => dynamoClient.destroy());
    if (await ensureTable(dynamoClient, config.tableName)) log(`Created table ${config.tableName}.`);

    const tokenVerifier =
      config.auth.mode === 'local'
        ? createLocalTokenVerifier(toJwks(loadOrCreateSigningKey(options.dataDir)))
        : createCognitoTokenVerifier(config.auth.userPoolId, config.auth.clientId);
    const clock = config.pinnedToday ? pinnedDayClock(config.pinnedToday) : systemClock;
    const photos = localPhotoStore(options, cursorSecret, config.region, clock);
    const app = createApp({ config, cursorSecret, tokenVerifier, dynamoClient, clock, photos });
    const mailFolder = join(options.dataDir, 'mail');
    const notifier = await startNotifier({ dynamoClient, config, endpoint, cursorSecret, mailFolder, log });
    cleanups.push(() => notifier.stop());
    // The Lambda handler itself behind a thin HTTP adapter (and the photo store's paths, S3's stand-in).
    const explorerDir = config.introspection ? ensureExplorerBuilt(log) : undefined;
    const httpServer = createLocalHttpServer(
      createHttpApiHandler(app, {
        ...(explorerDir ? { explorerDir } : {}),
        ...(requestLog ? { requestLog } : {}),
      }),
      app.limits.maxBodyBytes,
      photos,
    );
    cleanups.push(() => app.server.stop());
    // Listens on this machine only.
    await listen(httpServer, options.port);
    cleanups.push(() => closeServer(httpServer));
    const url = `http://localhost:${options.port}/graphql`;
    // For `npm run import`, which reads it when no --endpoint is given; removed first when stopping.
    writeLocalEndpoint(options.dataDir, url);
    cleanups.push(async () => removeLocalEndpoint(options.dataDir, url));
    return {
      url,
      dynamoDbEndpoint: endpoint,
      tableName: config.tableName,
      startedDynamoDbLocal: !externalEndpoint,
      mailFolder,
      stop: stopAll,
    };
  } catch (error) {
    // The start-up error is the one to report; a failure to stop on top of it is only logged.
    await stopAll().catch((stopError: unknown) =>
      log(`Stopping after the failed start failed too: ${String(stopError)}`),
    );
    throw error;
  }
}

/**
 * Photos in `<data dir>/photos`, behind the same upload form S3 takes (disk-photo-store.ts). Their key is
 * derived from the cursor secret, so links and forms handed out survive a restart.
 */
function localPhotoStore(
  options: LocalStackOptions,
  cursorSecret: string,
  region: string,
  clock: Clock,
): DiskPhotoStore {
  return new DiskPhotoStore({
    dir: join(options.dataDir, 'photos'),
    baseUrl: `http://localhost:${options.port}`,
    secret: createHmac('sha256', cursorSecret).update('local photo store').digest('hex'),
    region,
    now: () => clock.now(),
  });
}

/**
 * The notifier over the table's stream, as the notifier Lambda in the cloud: from LATEST, so a restart does
 * not send the notices of an earlier run again. Emails become .eml files in `mailFolder`.
 */
function startNotifier(options: {
  readonly dynamoClient: DynamoDBClient;
  readonly config: AppConfig;
  readonly endpoint: string;
  readonly cursorSecret: string;
  readonly mailFolder: string;
  readonly log: (message: string) => void;
}): Promise<LocalNotifier> {
  return startLocalNotifier({
    dynamoClient: options.dynamoClient,
    region: options.config.region,
    dynamoDbEndpoint: options.endpoint,
    tableName: options.config.tableName,
    cursorSecret: options.cursorSecret,
    mailFolder: options.mailFolder,
    startFrom: 'LATEST',
    log: options.log,
  });
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting connections and ends the idle ones; requests in flight may finish. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    // Whatever is still open after a grace period is cut, so stopping never hangs on a slow client.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  });
}

async function assertPortFree(port: number, flag: string): Promise<void> {
  if (await isPortInUse(port)) {
    throw new PortInUseError(`port ${port} is in use: stop the other process or use ${flag} <another port>`);
  }
}
