import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * An API Gateway HTTP API (payload format 2.0) event for `POST /graphql`, as API Gateway sends it, with a
 * JSON body and any extra headers (a token, say).
 */
export function httpApiEvent(
  body: unknown,
  headers: Record<string, string> = {},
  requestId = 'gateway-request-id',
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      host: 'abc123.execute-api.eu-west-2.amazonaws.com',
      ...headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-2.amazonaws.com',
      domainPrefix: 'abc123',
      http: {
        method: 'POST',
        path: '/graphql',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.9',
        userAgent: 'vitest',
      },
      requestId,
      routeKey: 'POST /graphql',
      stage: '$default',
      time: '23/Nov/2026:09:00:00 +0000',
      timeEpoch: Date.parse('2026-11-23T09:00:00Z'),
    },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}
