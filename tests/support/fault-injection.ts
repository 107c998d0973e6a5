import {
  ProvisionedThroughputExceededException,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

import type { FinalizeRequestMiddleware, MetadataBearer } from '@smithy/types';

type Middleware = FinalizeRequestMiddleware<object, MetadataBearer>;

export type AttemptFilter = RegExp | ((command: string, input: unknown) => boolean);

export interface FaultInjection {
  /** DynamoDB attempts seen (each SDK retry counts), and how many of them were made to fail. */
  readonly attempts: number;
  readonly injected: number;
  /**
   * Starts (or changes) failing attempts: `rate` of those `only` picks (all when null): a RegExp tested on the
   * command name, or a test of the name and the marshalled input (to fail the reads of one item).
   */
  throttle(rate: number, only?: AttemptFilter | null): void;
  /** Stops failing attempts. */
  stop(): void;
}

/**
 * SDK middleware that makes DynamoDB calls fail the way a throttled table does, beneath the SDK's retry
 * middleware so its retries see (and retry) each injected failure exactly like a real one. A transaction is
 * failed as DynamoDB fails a throttled one: TransactionCanceledException with ThrottlingError reasons, or
 * ThrottlingException. Decisions come from a seeded generator so a run can be repeated.
 */
export function injectDynamoFaults(client: DynamoDBClient, seed = 1): FaultInjection {
  const random = seededRandom(seed);
  let rate = 0;
  let only: AttemptFilter | null = null;
  const picks = (command: string, input: unknown) =>
    !only || (only instanceof RegExp ? only.test(command) : only(command, input));
  const state = { attempts: 0, injected: 0 };
  const middleware: Middleware = (next, context) => async (args) => {
    state.attempts++;
    const command = String(context.commandName);
    if (rate > 0 && picks(command, args.input) && random() < rate) {
      state.injected++;
      throw throttlingFailure(command, args.input, random());
    }
    return next(args);
  };
  client.middlewareStack.addRelativeTo(middleware, {
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    name: 'injectDynamoFaults',
    override: true,
  });
  return {
    get attempts() {
      return state.attempts;
    },
    get injected() {
      return state.injected;
    },
    throttle(newRate, newOnly = null) {
      rate = newRate;
      only = newOnly;
    },
    stop() {
      rate = 0;
    },
  };
}

const metadata = { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 };

function throttlingFailure(command: string, input: { TransactItems?: unknown[] }, pick: number): Error {
  if (command.startsWith('TransactWriteItems') && pick < 0.5) {
    const count = input.TransactItems?.length ?? 1;
    return new TransactionCanceledException({
      message:
        'Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError]',
      $metadata: metadata,
      CancellationReasons: Array.from({ length: count }, (_, index) =>
        index === 0
          ? {
              Code: 'ThrottlingError',
              Message: 'Throughput exceeds the current capacity for one or more global secondary indexes.',
            }
          : { Code: 'None' },
      ),
    });
  }
  if (pick < 0.75) {
    return new ProvisionedThroughputExceededException({
      message: 'The level of configured provisioned throughput for the table was exceeded.',
      $metadata: metadata,
    });
  }
  return new ThrottlingException({
    message: 'Throughput exceeds the current capacity of your table or index.',
    $metadata: metadata,
  });
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
