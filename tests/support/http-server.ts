import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createHttpApiHandler } from '../../src/lambda/lambda-handler';
import type { TestApp } from './test-app';

/**
 * Serves a test app over real HTTP on a free local port through the Lambda handler (as API Gateway would
 * call it), for HTTP clients such as the import CLI and open-data downloads. Call it before the app runs
 * any operation: the Lambda integration starts the server itself.
 */
export async function serveOverHttp(
  t: Pick<TestApp, 'app'>,
): Promise<{ url: string; origin: string; stop: () => Promise<void> }> {
  const handler = createHttpApiHandler(t.app);
  let requests = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers[name] = value;
      }
      const event = {
        version: '2.0',
        routeKey: '$default',
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers,
        requestContext: {
          http: {
            method: req.method ?? 'GET',
            path: url.pathname,
            protocol: 'HTTP/1.1',
            sourceIp: '127.0.0.1',
            userAgent: '',
          },
          requestId: `local-${++requests}`,
          routeKey: '$default',
          stage: '$default',
        },
        body: Buffer.concat(chunks).toString('utf8'),
        isBase64Encoded: false,
      } as unknown as APIGatewayProxyEventV2;
      const context = {
        awsRequestId: `local-${requests}`,
        getRemainingTimeInMillis: () => 30_000,
      } as Context;
      handler(event, context)
        .then((result) => {
          const response = result as APIGatewayProxyStructuredResultV2;
          res.writeHead(response.statusCode ?? 200, (response.headers ?? {}) as Record<string, string>);
          res.end(response.body ?? '');
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/graphql`,
    origin,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
