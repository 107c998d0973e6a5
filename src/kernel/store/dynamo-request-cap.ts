import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryTooCostlyError } from '../domain/errors';
import type { DynamoRequestBudget } from '../domain/request-limits';

/**
 * The hard cap on DynamoDB requests per GraphQL request: the last line behind the query budget, for when a
 * cost estimate is wrong. The entry point runs each request inside `withDynamoRequestBudget`; every `send`
 * on a client made by createDynamoClient counts against that request's budget (retries inside the SDK are
 * one send). Outside a budget (start-up, scripts, tests calling the store directly) nothing is counted.
 */
const currentBudget = new AsyncLocalStorage<DynamoRequestBudget>();

/** Runs `work` with `budget` as the DynamoDB request budget of everything it starts. */
export function withDynamoRequestBudget<T>(budget: DynamoRequestBudget, work: () => Promise<T>): Promise<T> {
  return currentBudget.run(budget, work);
}

/** The budget of the request being served, if any. */
export function currentDynamoRequestBudget(): DynamoRequestBudget | undefined {
  return currentBudget.getStore();
}

const MIDDLEWARE_NAME = 'dynamoRequestCap';

/** Counts each request against the current budget and refuses the one over it, before it is sent. */
export function addDynamoRequestCap(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const budget = currentBudget.getStore();
      if (budget) {
        budget.used += 1;
        if (budget.used > budget.limit) {
          throw new QueryTooCostlyError(
            'DYNAMODB_REQUESTS',
            budget.limit,
            null,
            `This request needed more than ${budget.limit} database requests, the most one request may make. ` +
              'Ask for smaller pages (first) or fewer nested lists, and fetch the rest with further requests.',
          );
        }
      }
      return next(args);
    },
    { step: 'initialize', name: MIDDLEWARE_NAME, override: true },
  );
}
