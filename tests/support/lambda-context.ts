import type { Context } from 'aws-lambda';

/** The Lambda context the runtime passes a handler, as tests need it: the request id is what they vary. */
export function lambdaContext(awsRequestId: string): Context {
  return {
    awsRequestId,
    functionName: 'mash-register-graphql',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-2:123456789012:function:mash-register-graphql',
    memoryLimitInMB: '1024',
    logGroupName: '/aws/lambda/mash-register-graphql',
    logStreamName: 'stream',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
