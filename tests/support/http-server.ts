import type { AddressInfo } from 'node:net';
import { createHttpApiHandler } from '../../src/lambda/lambda-handler';
import type { HttpApiHandlerOptions } from '../../src/lambda/lambda-handler';
import { createLocalHttpServer } from '../../src/local/http-adapter';
import type { TestApp } from './test-app';

/**
 * Serves a test app over real HTTP on a free local port exactly as `npm start` does (the Lambda handler
 * behind the local HTTP adapter), for HTTP clients such as the import CLI and open-data downloads. Call it
 * before the app runs any operation: the Lambda handler starts the server itself.
 */
export async function serveOverHttp(
  t: Pick<TestApp, 'app'>,
  options: HttpApiHandlerOptions = {},
): Promise<{ url: string; origin: string; stop: () => Promise<void> }> {
  const server = createLocalHttpServer(createHttpApiHandler(t.app, options), t.app.limits.maxBodyBytes);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/graphql`,
    origin,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
