import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App, AppOptions } from '../../src/app/create-app';
import { createApp } from '../../src/app/create-app';
import { createLocalTokenVerifier } from '../../src/auth/token-verifier';
import { readConfig } from '../../src/config';
import { fixedClock } from '../../src/kernel/domain/clock';
import type { UnavailableCause } from '../../src/kernel/domain/errors';
import type { Logger } from '../../src/kernel/graphql/format-error';
import { generateSigningKey, signLocalToken, toJwks } from '../../src/local/signing-key';
import { DiskPhotoStore } from '../../src/local/disk-photo-store';
import type { RequestLimits } from '../../src/kernel/domain/request-limits';
import { createTestTable } from './dynamo';
import type { TestTable } from './dynamo';

export const PLATFORM_ADMIN = 'platform-admin';
export const TEST_CURSOR_SECRET = 'test-cursor-secret-that-is-long-enough-0123456789';

/** One signing key for the whole test process: generating RSA keys is slow. */
const signingKey = generateSigningKey();

export interface Caller {
  readonly userId: string;
  readonly email?: string;
  readonly emailVerified?: boolean;
}

export interface GraphQLResult {
  readonly data: Record<string, unknown> | null | undefined;
  readonly errors:
    | readonly {
        message: string;
        path?: readonly (string | number)[];
        extensions?: Record<string, unknown>;
      }[]
    | undefined;
  /** The HTTP status and headers Apollo would send (status undefined means the default, 200). */
  readonly http?: { readonly status: number | undefined; readonly headers: ReadonlyMap<string, string> };
}

export interface TestApp {
  readonly app: App;
  readonly table: TestTable;
  readonly clock: ReturnType<typeof fixedClock>;
  /** Lines the app logged. */
  readonly logs: { level: string; message: string; details?: Record<string, unknown> }[];
  /** DynamoDB command names sent since the last reset (counted by SDK middleware on the real client). */
  readonly requests: string[];
  /**
   * The same requests grouped into round trips: a request that starts before any request of the current round
   * trip has been answered joins it (sent in parallel); one that starts after begins a new one. Reset it with
   * `roundTrips.length = 0` beside `requests.length = 0`.
   */
  readonly roundTrips: string[][];
  /**
   * The app's photo store: the local server's, in a fresh folder (made on the first upload), on the app's
   * clock. `photos.handle(request)` answers an upload form's POST or a photo link as the local server does.
   */
  readonly photos: DiskPhotoStore;
  /** The cause of each request the app counted as SERVICE_UNAVAILABLE (its metric), in order. */
  readonly unavailable: UnavailableCause[];
  token(caller: Caller): string;
  /** Runs an operation through the real server, as `caller` (anonymous when null). */
  run(query: string, variables?: Record<string, unknown>, caller?: Caller | null): Promise<GraphQLResult>;
  /** Like run, but fails the test on any error and returns the data. */
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller | null,
  ): Promise<T>;
}

/**
 * TEST_GRAPHQL_PATH=fast runs every operation through the compiled fast path (src/app/fast-path.ts) from
 * its first sight, falling back to Apollo only where production would: the suites then check both paths.
 */
const viaFastPath = process.env['TEST_GRAPHQL_PATH'] === 'fast';

/** A real app over a fresh table in the run's DynamoDB Local; the clock starts at 2026-11-23 09:00 UTC. */
export async function createTestApp(
  options: {
    tableName?: string;
    /** Off makes the app behave as in prod: no introspection, explorer or field suggestions. */
    introspection?: boolean;
    limits?: RequestLimits;
    /** When a query text goes to the fast path: on its Nth sight (TEST_GRAPHQL_PATH decides by default). */
    fastPathMinSightings?: number;
    /** A table with the production stream, for tests that read it (see createTestTable). */
    stream?: boolean;
    /** How registered webhook URLs are checked (loopback allowed and the system's DNS by default). */
    webhookUrls?: AppOptions['webhookUrls'];
  } = {},
): Promise<TestApp> {
  const table = await createTestTable({ stream: options.stream ?? false });
  const requests: string[] = [];
  const roundTrips: string[][] = [];
  // A round trip is the requests sent together: a request joins the current one while none of its requests
  // has come back yet (requests sent in parallel all start before any answer can arrive), and starts a new
  // one after. So a request that waited for an answer is a new round trip even if an earlier, independent
  // request is still in flight (how long that one takes depends on the machine's load, not on the code).
  let tripAnswered = true;
  table.client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName);
      requests.push(command);
      if (tripAnswered || roundTrips.length === 0) {
        roundTrips.push([command]);
        tripAnswered = false;
      } else {
        roundTrips[roundTrips.length - 1]?.push(command);
      }
      try {
        return await next(args);
      } finally {
        tripAnswered = true;
      }
    },
    { step: 'initialize', name: 'countDynamoRequests' },
  );
  const logs: TestApp['logs'] = [];
  const logger: Logger = {
    error: (message, details) => logs.push({ level: 'error', message, ...(details ? { details } : {}) }),
    warn: (message, details) => logs.push({ level: 'warn', message, ...(details ? { details } : {}) }),
    info: (message, details) => logs.push({ level: 'info', message, ...(details ? { details } : {}) }),
  };
  const unavailable: UnavailableCause[] = [];
  const clock = fixedClock(new Date('2026-11-23T09:00:00.000Z'));
  const config = readConfig({
    TABLE_NAME: options.tableName ?? table.tableName,
    AUTH_MODE: 'local',
    DYNAMODB_ENDPOINT: table.endpoint,
    CURSOR_SECRET: TEST_CURSOR_SECRET,
    PLATFORM_ADMIN_IDS: PLATFORM_ADMIN,
    INTROSPECTION: String(options.introspection ?? true),
    STAGE: 'test',
  });
  const photos = new DiskPhotoStore({
    dir: join(tmpdir(), `mash-photos-${randomUUID()}`),
    baseUrl: 'http://localhost:4000',
    secret: `photos-${randomUUID()}`,
    now: () => clock.now(),
  });
  const app = createApp({
    config,
    photos,
    cursorSecret: TEST_CURSOR_SECRET,
    tokenVerifier: createLocalTokenVerifier(toJwks(signingKey)),
    dynamoClient: table.client,
    clock,
    logger,
    metrics: { countServiceUnavailable: (cause) => unavailable.push(cause) },
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.webhookUrls ? { webhookUrls: options.webhookUrls } : {}),
    ...(options.fastPathMinSightings
      ? { fastPathMinSightings: options.fastPathMinSightings }
      : viaFastPath
        ? { fastPathMinSightings: 1 }
        : {}),
  });
  const token = (caller: Caller) =>
    signLocalToken(signingKey, {
      userId: caller.userId,
      email: caller.email,
      emailVerified: caller.emailVerified,
    });
  const run: TestApp['run'] = async (query, variables = {}, caller = null) => {
    const contextValue = await app.createContext({
      authorization: caller ? `Bearer ${token(caller)}` : undefined,
      requestId: randomUUID(),
    });
    if (viaFastPath) {
      const fast = await app.fastPath.run(
        { query, variables, operationName: undefined, sha256Hash: undefined, accept: undefined },
        contextValue,
      );
      if (fast) {
        // As executeOperation reports them: no status when it is 200, and no content type (that is HTTP's).
        const headers = new Map([...fast.headers].filter(([name]) => name !== 'content-type'));
        return {
          data: fast.body.data,
          errors: fast.body.errors,
          http: { status: fast.status === 200 ? undefined : fast.status, headers },
        };
      }
    }
    const response = await app.server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data, errors, http: { status: response.http.status, headers: response.http.headers } };
  };
  return {
    app,
    table,
    clock,
    logs,
    requests,
    roundTrips,
    photos,
    unavailable,
    token,
    run,
    async ok(query, variables, caller) {
      const result = await run(query, variables, caller);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as never;
    },
  };
}

/** The `extensions.code` of each error, in order. */
export function errorCodes(result: GraphQLResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}
