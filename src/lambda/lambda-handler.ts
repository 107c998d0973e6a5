import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { App } from '../app';
import { isOpenDataPath } from '../opendata/open-data-handler';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

/**
 * Serves the app to API Gateway HTTP API (payload v2) and Function URL events. The Lambda request id is the
 * request id in logs and in masked errors, so a client's report leads straight to the log lines.
 */
export function createHttpApiHandler(app: App): HttpApiHandler {
  const lambdaHandler = startServerAndCreateLambdaHandler(
    app.server,
    handlers.createAPIGatewayProxyEventV2RequestHandler(),
    {
      context: ({ event, context }) =>
        app.createContext({
          // HTTP API lower-cases header names; Function URLs too. Both spellings are read to be safe.
          authorization: event.headers['authorization'] ?? event.headers['Authorization'],
          requestId: context.awsRequestId,
        }),
    },
  );
  return async (event, context) => {
    // Issue 10: open-data downloads are plain HTTP, not GraphQL.
    if (isOpenDataPath(event.rawPath)) return serveOpenData(app, event);
    return lambdaHandler(event, context, () => undefined) as Promise<APIGatewayProxyResultV2>;
  };
}

async function serveOpenData(app: App, event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers)) if (value) headers[name.toLowerCase()] = value;
  return app.openData({ method: event.requestContext.http.method, path: event.rawPath, headers });
}
