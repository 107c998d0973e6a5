import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { App } from '../app';

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
  return (event, context) =>
    lambdaHandler(event, context, () => undefined) as Promise<APIGatewayProxyResultV2>;
}
