import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOperationName,
  formatRequestLine,
  loggablePath,
  parseLogFormat,
  resultOf,
} from '../../../src/lambda/request-log';

describe('the request log entry', () => {
  it('reads the first error code as JSON.parse does, whatever the messages hold', () => {
    const code = fc.stringMatching(/^[A-Z][A-Z_]{0,30}$/);
    const error = fc.record({
      message: fc.oneof(fc.string(), fc.constant('"code":"FAKE"'), fc.constant('{"code":"FAKE"}')),
      path: fc.array(fc.oneof(fc.constant('code'), fc.string(), fc.nat()), { maxLength: 3 }),
      code,
      details: fc.dictionary(fc.constantFrom('field', 'limit', 'max', 'requestId'), fc.string()),
    });
    fc.assert(
      fc.property(fc.array(error, { minLength: 1, maxLength: 4 }), fc.jsonValue(), (errors, data) => {
        const body = JSON.stringify({
          errors: errors.map(({ message, path, code: c, details }) => ({
            message,
            path,
            extensions: { code: c, ...details },
          })),
          data,
        });
        const reference = (JSON.parse(body) as { errors: { extensions: { code: string } }[] }).errors[0];
        expect(resultOf({ status: 200, body })).toBe(reference?.extensions.code);
      }),
    );
  });

  it('is OK for an answer without errors, and names the status of an error without a code', () => {
    expect(resultOf({ status: 200, body: '{"data":{"errors":[{"code":"X"}]}}' })).toBe('OK');
    expect(resultOf({ status: 200, body: 'name,category\n' })).toBe('OK');
    expect(resultOf({ status: 304, body: '' })).toBe('OK');
    expect(resultOf({ status: 502, body: 'Bad gateway' })).toBe('HTTP_502');
  });

  it('logs only GraphQL names as operations', () => {
    expect(asOperationName('SpaceOffersNear')).toBe('SpaceOffersNear');
    expect(asOperationName('_private2')).toBe('_private2');
    expect(asOperationName('me@example.org')).toBeNull();
    expect(asOperationName('eyJhbGciOi.eyJzdWIi.c2ln')).toBeNull();
    expect(asOperationName('a'.repeat(101))).toBeNull();
    expect(asOperationName(42)).toBeNull();
  });

  it('keeps path characters only, and at most 120 of them', () => {
    expect(loggablePath('/open-data/E07000078/land-and-building-assets.csv')).toBe(
      '/open-data/E07000078/land-and-building-assets.csv',
    );
    expect(loggablePath('/x/me@example.org%40')).toBe('/x/me_example.org_40');
    expect(loggablePath(`/${'a'.repeat(200)}`)).toBe(`/${'a'.repeat(119)}...`);
  });

  it('reads as time, method, path, operation, caller, status, result and duration', () => {
    const at = new Date(2026, 11, 2, 12, 1, 3);
    const entry = {
      requestId: 'r',
      method: 'POST',
      path: '/graphql',
      operation: 'spaceOffersNear',
      caller: 'anonymous' as const,
      status: 200,
      result: 'OK',
      durationMs: 14.2,
    };

    expect(formatRequestLine(entry, at)).toBe('12:01:03 POST /graphql spaceOffersNear anon 200 OK 14ms');
    expect(
      formatRequestLine(
        {
          ...entry,
          operation: null,
          caller: 'platform-admin',
          status: 400,
          result: 'BAD_USER_INPUT',
          durationMs: 0.4,
        },
        at,
      ),
    ).toBe('12:01:03 POST /graphql - admin 400 BAD_USER_INPUT 0.4ms');
  });

  it('accepts json, text and off for LOG_FORMAT, and refuses anything else by name', () => {
    expect(parseLogFormat(undefined, 'text')).toBe('text');
    expect(parseLogFormat('', 'json')).toBe('json');
    expect(parseLogFormat('JSON', 'text')).toBe('json');
    expect(parseLogFormat('off', 'text')).toBe('off');
    expect(() => parseLogFormat('pretty', 'text')).toThrow(/LOG_FORMAT must be one of json, text, off/);
  });
});
