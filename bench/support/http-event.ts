import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** An API Gateway HTTP API (payload 2.0) event, as API Gateway sends it. */
export function httpEvent(body: unknown, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', host: 'bench.example.org', ...headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'bench',
      domainName: 'bench.example.org',
      domainPrefix: 'bench',
      http: {
        method: 'POST',
        path: '/graphql',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.9',
        userAgent: 'bench',
      },
      requestId: 'bench',
      routeKey: 'POST /graphql',
      stage: '$default',
      time: '23/Nov/2026:09:00:00 +0000',
      timeEpoch: Date.parse('2026-11-23T09:00:00Z'),
    },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}
