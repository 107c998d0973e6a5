import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { HttpApiHandler } from '../lambda/lambda-handler';
import type { DiskPhotoStore } from './disk-photo-store';
import { tooLarge } from './disk-photo-store';

/**
 * The local server: a thin HTTP adapter that turns each Node request into the API Gateway HTTP API (v2) event
 * the Lambda handler receives in AWS, and writes back what the handler returns. Everything a request can get
 * wrong (body size, JSON, content type, routes) is decided by the handler, so the local server and Lambda
 * answer alike by construction.
 *
 * The body is kept up to one byte past `maxBodyBytes` and no further: the handler sees a body over the limit
 * and refuses it, and the rest of the upload is read and discarded rather than kept in memory.
 */
export function createLocalHttpServer(
  handler: HttpApiHandler,
  maxBodyBytes: number,
  photos?: DiskPhotoStore,
): Server {
  return createServer((req, res) => {
    const served =
      photos && (req.url ?? '').startsWith('/photos/')
        ? servePhoto(photos, req, res)
        : serve(handler, maxBodyBytes, req, res);
    void served.catch((error: unknown) => {
      console.error(
        JSON.stringify({ level: 'error', message: 'The local HTTP adapter failed', error: String(error) }),
      );
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          errors: [
            { message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        }),
      );
    });
  });
}

/**
 * In AWS, API Gateway answers CORS (cdk/lib/graphql-api.ts) before Lambda sees a request; here the adapter
 * stands in for it, for a frontend in development on this machine (the dev stage allows the same origins).
 */
const CORS_HEADERS = {
  'access-control-allow-methods': 'GET,POST,OPTIONS',
  'access-control-allow-headers':
    'authorization,content-type,apollo-require-preflight,x-apollo-operation-name',
  'access-control-max-age': '86400',
};

function isLocalOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin);
}

async function serve(
  handler: HttpApiHandler,
  maxBodyBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const origin = req.headers.origin;
  const cors: Record<string, string> = isLocalOrigin(origin)
    ? { 'access-control-allow-origin': origin, vary: 'origin' }
    : {};
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] && isLocalOrigin(origin)) {
    res.writeHead(204, { ...cors, ...CORS_HEADERS });
    res.end();
    return;
  }
  const { body, complete } = await readBody(req, maxBodyBytes);
  const requestId = randomUUID();
  const result = (await handler(
    toEvent(req, body, requestId),
    localContext(requestId),
  )) as APIGatewayProxyStructuredResultV2;
  const headers: Record<string, string | string[]> = { ...cors };
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  if (!complete) {
    // An upload cut short cannot carry on on this connection. The rest of it is read (and dropped) before the
    // answer ends the connection: closing a socket with unread bytes in it resets it, and the client would see
    // ECONNRESET or EPIPE instead of the 413.
    headers['connection'] = 'close';
    await drain(req, MAX_DRAINED_BYTES);
  }
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(
    result.body === undefined
      ? undefined
      : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8'),
  );
}

/**
 * The photo store's paths (`/photos/...`), which stand in for the S3 bucket: the browser posts its upload
 * form here and shows photos from here. Not the Lambda handler's: in the cloud these requests go to S3.
 */
async function servePhoto(photos: DiskPhotoStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = req.headers.origin;
  const cors: Record<string, string> = isLocalOrigin(origin)
    ? { 'access-control-allow-origin': origin, vary: 'origin' }
    : {};
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] && isLocalOrigin(origin)) {
    res.writeHead(204, { ...cors, ...CORS_HEADERS });
    res.end();
    return;
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const { body, complete } = hasBody
    ? await readBody(req, photos.maxBodyBytes)
    : { body: Buffer.alloc(0), complete: true };
  let response: Response;
  if (!complete) {
    await drain(req, MAX_DRAINED_BYTES);
    response = tooLarge();
    cors['connection'] = 'close';
  } else {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(',') : value);
    }
    const request = new Request(new URL(req.url ?? '/', 'http://localhost'), {
      method,
      headers,
      ...(hasBody ? { body: Uint8Array.from(body) } : {}),
    });
    response = (await photos.handle(request)) ?? new Response('Not found', { status: 404 });
  }
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
}

/** How much of a refused upload is read and dropped for a clean answer; past it the connection is cut. */
const MAX_DRAINED_BYTES = 64 * 1024 * 1024;

/** Reads and drops the rest of `req`, up to `maxBytes`; settles when it ends, fails, closes or passes that. */
function drain(req: IncomingMessage, maxBytes: number): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    let size = 0;
    const done = () => {
      req.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) done();
    };
    req.on('data', onData);
    req.once('end', done);
    req.once('error', done);
    req.once('close', done);
    req.resume();
  });
}

/** The body, or its first `maxBodyBytes + 1` bytes when it is longer (`complete` false). */
function readBody(req: IncomingMessage, maxBodyBytes: number): Promise<{ body: Buffer; complete: boolean }> {
  if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) {
    return Promise.resolve({ body: Buffer.alloc(0), complete: false });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size <= maxBodyBytes) return;
      // Stop keeping the upload; it is drained (and dropped) once the refusal is sent.
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      resolve({ body: Buffer.concat(chunks).subarray(0, maxBodyBytes + 1), complete: false });
    };
    const onEnd = () => resolve({ body: Buffer.concat(chunks), complete: true });
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

/** The event API Gateway would send for `req`. The body always travels as base64, so no byte is altered. */
function toEvent(req: IncomingMessage, body: Buffer, requestId: string): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const method = req.method ?? 'GET';
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(req.headers.cookie ? { cookies: req.headers.cookie.split(/;\s*/) } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: req.headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0
      ? { body: body.toString('base64'), isBase64Encoded: true }
      : { isBase64Encoded: false }),
  };
}

function localContext(requestId: string): Context {
  return {
    awsRequestId: requestId,
    functionName: 'mash-register-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:mash-register-local',
    memoryLimitInMB: '1024',
    logGroupName: 'local',
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
