import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { addDynamoRequestCap } from './dynamo-request-cap';

export interface DynamoConnection {
  readonly region: string;
  /** A DynamoDB-compatible endpoint (DynamoDB Local); null means the AWS regional endpoint. */
  readonly endpoint: string | null;
}

/**
 * How hard one DynamoDB call tries before the register answers SERVICE_UNAVAILABLE. The budget is the
 * function's 10-second timeout: a request makes a few calls in a row and must end, with an honest answer,
 * well before Lambda kills it. The table gateway also abandons any call after `callDeadlineMs` (2.5 s).
 *
 * - Standard retry mode (not adaptive): adaptive mode's client-side rate limiter delays *every* later call
 *   of the execution environment after a throttle, which turns one hot partition into slow requests for
 *   everyone; standard mode keeps the retry quota (500 tokens) that stops retry storms in a real outage.
 * - 6 attempts: DynamoDB throttling is momentary (a partition splitting, a burst above twice the previous
 *   peak). With 30% of calls throttled a call fails all six with probability 0.3^6 = 0.07%, so a request
 *   of 5 calls fails about 0.4% of the time, under the 1% the fault-injection test allows; the SDK default of
 *   3 attempts would fail 13% of such requests.
 * - Backoff with full jitter from 25 ms, doubling, at most 400 ms: at most 25+50+100+200+400 = 775 ms of
 *   waiting in all. The SDK's own throttling base of 1 s (doubling to 16 s) suits batch jobs, not a user
 *   waiting on an API behind a 10-second function.
 * - connectionTimeout 1 s: a TCP and TLS handshake to DynamoDB in the same region takes tens of ms.
 * - requestTimeout 1.5 s (and throw on it): DynamoDB answers single-item calls in single-digit ms and a 1 MB
 *   Query or a 100-item transaction in a few hundred; 1.5 s is a stuck connection, worth a fresh attempt.
 * So a call ends within its 2.5 s deadline (AWS_TIMEOUTS), and a request of three calls in a row within
 * about 7.5 s even when every one of them is slow.
 */
export const DYNAMO_RETRY = {
  maxAttempts: 6,
  baseDelayMs: 25,
  maxDelayMs: 400,
} as const;

export interface DynamoTimeouts {
  readonly connectionTimeoutMs: number;
  readonly requestTimeoutMs: number;
  /** The most one call may take, all retries included (Table abandons it then). */
  readonly callDeadlineMs: number;
}

/** The timeouts above, for DynamoDB in AWS. */
export const AWS_TIMEOUTS: DynamoTimeouts = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 1_500,
  callDeadlineMs: 2_500,
};

/**
 * DynamoDB Local is one JVM on a developer's machine (in the tests, shared by parallel test files), where a
 * CreateTable or a 50-item transaction can take seconds under load: it gets time enough not to report a
 * busy laptop as an outage. Throttling, which the fault-injection tests exercise, is retried the same way.
 */
export const LOCAL_TIMEOUTS: DynamoTimeouts = {
  connectionTimeoutMs: 5_000,
  requestTimeoutMs: 15_000,
  callDeadlineMs: 30_000,
};

/** The timeouts for an endpoint: AWS's own (null) or a DynamoDB-compatible one such as DynamoDB Local. */
export const timeoutsFor = (endpoint: string | null): DynamoTimeouts =>
  endpoint ? LOCAL_TIMEOUTS : AWS_TIMEOUTS;

/** Full-jitter exponential backoff: a random wait up to base * 2^retry, capped. */
export const dynamoBackoff = {
  computeNextBackoffDelay(retryCount: number): number {
    const ceiling = Math.min(DYNAMO_RETRY.maxDelayMs, DYNAMO_RETRY.baseDelayMs * 2 ** retryCount);
    return Math.floor(Math.random() * ceiling);
  },
  // The strategy sets a larger base for throttling errors; ours is the same for every retryable error.
  setDelayBase(): void {},
};

/**
 * Makes the low-level client once per process. Against a local endpoint any credentials work, so fixed
 * dummy ones are given to keep the SDK from searching the machine for real ones.
 */
export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  const timeouts = timeoutsFor(connection.endpoint);
  const client = new DynamoDBClient({
    region: connection.region,
    retryMode: 'standard',
    maxAttempts: DYNAMO_RETRY.maxAttempts,
    retryStrategy: new StandardRetryStrategy({
      maxAttempts: DYNAMO_RETRY.maxAttempts,
      backoff: dynamoBackoff,
    }),
    requestHandler: {
      connectionTimeout: timeouts.connectionTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
    ...(connection.endpoint
      ? {
          endpoint: connection.endpoint,
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  // The per-request cap on DynamoDB requests (src/kernel/domain/request-limits.ts), whichever entry point serves it.
  addDynamoRequestCap(client);
  return client;
}

/** Wraps a client so items are plain JavaScript objects; empty values are dropped, never sent. */
export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
