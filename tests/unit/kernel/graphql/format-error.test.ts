import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import { describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '../../../../src/kernel/domain/errors';
import { formatError } from '../../../../src/kernel/graphql/format-error';

// Apollo Server loads graphql-js as CommonJS; its GraphQLError class is the one unwrapResolverError knows.
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

/** The error as a resolver's throw reaches formatError: wrapped in a GraphQLError with a path. */
function thrownInResolver(original: Error) {
  const wrapped = new GraphQLError(original.message, { path: ['createBuilding'], originalError: original });
  return { formatted: { message: original.message, path: ['createBuilding'] }, wrapped };
}

describe('formatError', () => {
  it('never shows DynamoDB’s own message, even on an SDK error that carries a request-error code', () => {
    const sdkError = new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: { httpStatusCode: 400 },
    });
    Object.assign(sdkError, { extensions: { code: 'BAD_USER_INPUT' } });
    const { formatted, wrapped } = thrownInResolver(sdkError);

    const shown = formatError({ ...formatted, extensions: { code: 'BAD_USER_INPUT' } }, wrapped);

    expect(shown.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(shown)).not.toMatch(/conditional|dynamo/i);
  });

  it('shows a retryable failure with its code, the retry hint and nothing of the cause', () => {
    const cause = new Error('Throughput exceeds the current capacity of your table or index.');
    const { formatted, wrapped } = thrownInResolver(new ServiceUnavailableError('THROTTLED', { cause }));

    const shown = formatError(formatted, wrapped);

    expect(shown.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true, retryAfterSeconds: 1 });
    expect(JSON.stringify(shown)).not.toMatch(/throughput|capacity|THROTTLED/i);
  });
});
