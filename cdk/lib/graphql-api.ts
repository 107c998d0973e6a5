import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface GraphqlApiProps {
  readonly handler: IFunction;
  readonly corsOrigins: readonly string[];
  readonly throttleRateLimit: number;
  readonly throttleBurstLimit: number;
  readonly production: boolean;
}

/** Where the GraphQL endpoint lives on the API. */
export const GRAPHQL_PATH = '/graphql';
/** Where the open-data downloads live (issue 10): GET /open-data/<GSS code>/<file>. */
export const OPEN_DATA_PATH = '/open-data/{proxy+}';

/**
 * The HTTP API (API Gateway v2) in front of the GraphQL function: one path, CORS for the configured
 * origins, a throttle on the default stage, and JSON access logs.
 */
export class GraphqlApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** The full URL partners send GraphQL requests to. */
  readonly graphqlUrl: string;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `${Stack.of(this).stackName}-graphql`,
      description: 'MASH Register GraphQL API',
      // The stage is declared below so it can carry the throttle and the access logs.
      createDefaultStage: false,
      ...(props.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
              // apollo-require-preflight and x-apollo-operation-name satisfy Apollo's CSRF prevention.
              allowHeaders: [
                'authorization',
                'content-type',
                'apollo-require-preflight',
                'x-apollo-operation-name',
              ],
              // Bearer tokens travel in a header, never in cookies, so credentials stay off.
              allowCredentials: false,
              maxAge: Duration.days(1),
            },
          }
        : {}),
    });
    this.httpApi.addRoutes({
      path: GRAPHQL_PATH,
      // POST for operations; GET for the explorer page in dev and for cacheable queries.
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', props.handler),
    });
    // Open data is public and read-only: GET (and HEAD, which API Gateway answers through GET) only.
    this.httpApi.addRoutes({
      path: OPEN_DATA_PATH,
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('OpenDataIntegration', props.handler),
    });
    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The register is partly public: anonymous callers may read PUBLIC buildings, so the ' +
        'gateway cannot reject requests without a token. The function verifies the Cognito ID token on every ' +
        'request that carries one and authorises each field itself (src/kernel/domain/authorization.ts).',
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.production ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttleRateLimit, burstLimit: props.throttleBurstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // No headers, so no tokens; the source IP is kept for abuse investigations.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    // The $default stage is served at the root of the API endpoint.
    this.graphqlUrl = `${this.httpApi.apiEndpoint}${GRAPHQL_PATH}`;
  }
}
