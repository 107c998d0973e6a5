import {
  ConditionalCheckFailedException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ResourceNotFoundException,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '../../../../src/kernel/domain/errors';
import { classifyServiceFault, toServiceFault } from '../../../../src/kernel/store/service-faults';

const $metadata = { httpStatusCode: 400 };
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata,
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
const named = (name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('x'), { name, ...extra });

describe('classifyServiceFault', () => {
  it.each([
    [
      'ProvisionedThroughputExceededException',
      new ProvisionedThroughputExceededException({ message: 'x', $metadata }),
      'THROTTLED',
    ],
    ['ThrottlingException', new ThrottlingException({ message: 'x', $metadata }), 'THROTTLED'],
    ['RequestLimitExceeded', new RequestLimitExceeded({ message: 'x', $metadata }), 'THROTTLED'],
    ['a transaction cancelled by throttling', cancelled('None', 'ThrottlingError'), 'THROTTLED'],
    [
      'InternalServerError',
      new InternalServerError({ message: 'x', $metadata: { httpStatusCode: 500 } }),
      'OUTAGE',
    ],
    ['a 503 by status', named('ServiceUnavailable', { $metadata: { httpStatusCode: 503 } }), 'OUTAGE'],
    ['an unnamed 502', named('Error', { $metadata: { httpStatusCode: 502 } }), 'OUTAGE'],
    ['the HTTP handler timing out', named('TimeoutError'), 'TIMEOUT'],
    ['the per-call deadline', named('AbortError'), 'TIMEOUT'],
    ['a reset connection', named('Error', { code: 'ECONNRESET' }), 'NETWORK'],
    ['an unresolvable host', named('Error', { code: 'ENOTFOUND' }), 'NETWORK'],
  ])('calls %s a service fault (%#)', (_what, error, cause) => {
    expect(classifyServiceFault(error)).toBe(cause);
    expect(toServiceFault(error)).toBeInstanceOf(ServiceUnavailableError);
  });

  it.each([
    [
      'a failed condition',
      new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata }),
    ],
    ['a transaction cancelled by a condition', cancelled('ConditionalCheckFailed', 'None')],
    [
      'a transaction cancelled by a condition beside throttling',
      cancelled('ConditionalCheckFailed', 'ThrottlingError'),
    ],
    ['a missing table', new ResourceNotFoundException({ message: 'x', $metadata })],
    ['a validation error', named('ValidationException', { $metadata })],
    ['a plain bug', new TypeError('x is undefined')],
    ['a string', 'boom'],
  ])('leaves %s alone', (_what, error) => {
    expect(classifyServiceFault(error)).toBeNull();
    expect(toServiceFault(error)).toBe(error);
  });
});
