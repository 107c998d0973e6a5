import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { createApp } from '../app/create-app';
import { buildRegisterSchema } from '../app/graphql-server';
import { createCognitoTokenVerifier } from '../auth/token-verifier';
import { readConfig } from '../config';
import type { AppConfig } from '../config';
import { createDynamoClient } from '../kernel/store/dynamo-client';
import { createCloudWatchMetrics } from './cloudwatch-metrics';
import { createHttpApiHandler } from './lambda-handler';
import { createLambdaLogging } from './powertools-logging';
import { withSourceMappedStacks } from './source-mapped-stack';
import type { HttpApiHandler } from './lambda-handler';

/**
 * The Lambda entry point. Configuration is read, the DynamoDB client made and the app built once per
 * execution environment. The build starts while the module loads, in Lambda's INIT phase (which runs at full
 * CPU whatever the function's memory, and before any traffic with provisioned concurrency), rather than on
 * the first request: the cursor secret's fetch from Secrets Manager and the schema build overlap the
 * runtime's hand-over to the first invocation. A failed build is not fatal: the next request tries again.
 */
const config = readConfig();
if (config.auth.mode !== 'cognito') {
  // Local tokens are signed by a key on a developer's disk: never accept them in AWS.
  throw new Error('AUTH_MODE must be cognito in Lambda');
}
const cognito = config.auth;
const dynamoClient = createDynamoClient({ region: config.region, endpoint: config.dynamoDbEndpoint });
// One JSON line per request and the app's errors, all through the Powertools logger (powertools-logging.ts).
const logging = createLambdaLogging();

let ready: Promise<HttpApiHandler> | undefined = start();

function start(): Promise<HttpApiHandler> {
  const building = build();
  // Handled here, so a failure during INIT is no unhandled rejection (a request awaiting it still sees it),
  // and logged, so a build that failed before any request is not lost.
  building.catch((error: unknown) => {
    ready = undefined; // let the next request try again rather than failing until the environment is recycled
    logging.logger.error('The app could not be built; the next request tries again', {
      error: error instanceof Error ? error.message : String(error),
    });
  });
  return building;
}

export async function handler(
  event: APIGatewayProxyEventV2,
  context: Context,
): Promise<APIGatewayProxyResultV2> {
  ready ??= start();
  return (await ready)(event, context);
}

async function build(): Promise<HttpApiHandler> {
  let sent: () => void = () => undefined;
  const sending = new Promise<void>((resolve) => (sent = resolve));
  const cursorSecret = resolveCursorSecret(config, sent);
  // The schema build is CPU work that needs no secret: done while the secret's request is on the network.
  // Not before the request is handed to the HTTP client (the SDK gets there through a chain of awaits), and
  // one turn of the event loop later, so that the socket is connected and the request written: the build
  // blocks the thread, and a request still in the SDK's hands would wait for it instead of overlapping it.
  if ('secretArn' in config.cursorSecret) {
    await Promise.race([
      sending,
      cursorSecret.then(
        () => undefined,
        () => undefined,
      ),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  buildRegisterSchema(config.introspection);
  const app = createApp({
    config,
    cursorSecret: await cursorSecret,
    tokenVerifier: createCognitoTokenVerifier(cognito.userPoolId, cognito.clientId),
    dynamoClient,
    metrics: createCloudWatchMetrics(),
    logger: withSourceMappedStacks(logging.logger),
  });
  // The dev stage's explorer files come in a Lambda layer (cdk/lib/graphql-function.ts); prod has none.
  const explorerDir = config.introspection ? process.env['EXPLORER_DIR'] : undefined;
  return createHttpApiHandler(app, {
    requestLog: logging.requestLog,
    ...(explorerDir ? { explorerDir } : {}),
  });
}

/** The cursor secret, from the environment or Secrets Manager; `onSend` runs as the request leaves the SDK. */
async function resolveCursorSecret(appConfig: AppConfig, onSend: () => void): Promise<string> {
  if ('value' in appConfig.cursorSecret) return appConfig.cursorSecret.value;
  const client = new SecretsManagerClient({ region: appConfig.region });
  client.middlewareStack.add(
    (next) => (args) => {
      onSend();
      return next(args);
    },
    // The last step before the HTTP handler sends: the request is signed and complete.
    { step: 'finalizeRequest', priority: 'low', name: 'announceSecretRequestSent' },
  );
  try {
    const result = await client.send(
      new GetSecretValueCommand({ SecretId: appConfig.cursorSecret.secretArn }),
    );
    if (!result.SecretString || result.SecretString.length < 32) {
      throw new Error('The cursor secret is missing or shorter than 32 characters');
    }
    return result.SecretString;
  } finally {
    client.destroy();
  }
}
