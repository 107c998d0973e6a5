import { Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildCreateTableInput } from '../../src/kernel/store/ensure-table';
import { TABLE_DEFINITION } from '../../src/kernel/store/table-definition';
import { synthesizeStage } from './synthesize-stage';

const PARTNER_ORIGINS = ['https://register.example-council.gov.uk', 'https://partner.example.org'];
const ADMIN_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

// Each stage is synthesized once for the whole file; prod with the context a real deploy would pass.
const dev = synthesizeStage('dev');
const prod = synthesizeStage('prod', {
  corsOrigins: PARTNER_ORIGINS.join(','),
  platformAdminIds: ADMIN_ID,
  alarmEmails: 'ops@example.org',
});

type Resource = {
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

function onlyResource(template: Template, type: string): Resource {
  const resources = Object.values(template.findResources(type)) as Resource[];
  expect(resources).toHaveLength(1);
  return resources[0] as Resource;
}

/** The statements of every IAM policy of the template, or of those attached to one role. */
function listStatements(template: Template, roleId?: string): Statement[] {
  const policies = (Object.values(template.findResources('AWS::IAM::Policy')) as Resource[]).filter(
    (policy) =>
      roleId === undefined ||
      (policy.Properties['Roles'] as { Ref: string }[]).some((role) => role.Ref === roleId),
  );
  return policies.flatMap(
    (policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement,
  );
}

function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

function byName<T extends { AttributeName?: string; IndexName?: string }>(items: readonly T[]): T[] {
  const key = (item: T) => item.AttributeName ?? item.IndexName ?? '';
  return [...items].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The GraphQL function: the one whose handler is the API entry's `handler` (the notifier's are named). */
function graphqlFunction(template: Template): Resource {
  const functions = Object.values(
    template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } }),
  ) as Resource[];
  expect(functions).toHaveLength(1);
  return functions[0] as Resource;
}

function functionEnvironment(template: Template): Record<string, unknown> {
  const fn = graphqlFunction(template);
  return (fn.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
}

describe('the register table', () => {
  it('has exactly the keys and indexes the local server creates', () => {
    const local = buildCreateTableInput('any-name');

    const table = onlyResource(prod.template, 'AWS::DynamoDB::Table').Properties;

    expect(table['KeySchema']).toEqual(local.KeySchema);
    expect(byName(table['AttributeDefinitions'] as { AttributeName: string }[])).toEqual(
      byName(local.AttributeDefinitions ?? []),
    );
    const pickIndex = (index: Record<string, unknown>) => ({
      IndexName: String(index['IndexName']),
      KeySchema: index['KeySchema'],
      Projection: index['Projection'],
    });
    expect(byName((table['GlobalSecondaryIndexes'] as Record<string, unknown>[]).map(pickIndex))).toEqual(
      byName((local.GlobalSecondaryIndexes ?? []).map((index) => pickIndex({ ...index }))),
    );
    expect(table['BillingMode']).toBe(local.BillingMode);
  });

  it('lets DynamoDB expire records by the same time-to-live attribute as the local table', () => {
    prod.template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
    });
  });

  it('is billed on demand, encrypted and point-in-time recoverable in every stage', () => {
    for (const { template } of [dev, prod]) {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
    }
  });

  it('keeps the table on stack deletion in prod', () => {
    prod.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
  });

  it('lets the dev table go with its stack', () => {
    dev.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
  });
});

describe('the GraphQL function', () => {
  it('runs on Node.js 22 on arm64', () => {
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
    });
  });

  it('gets the configuration src/config.ts reads, and no NODE_OPTIONS (source maps are read only when a stack is logged)', () => {
    const environment = functionEnvironment(prod.template);

    expect(Object.keys(environment).sort()).toEqual(
      [
        'AUTH_MODE',
        'COGNITO_CLIENT_ID',
        'COGNITO_USER_POOL_ID',
        'CURSOR_SECRET_ARN',
        'INTROSPECTION',
        'PHOTOS_BUCKET',
        'PLATFORM_ADMIN_IDS',
        'POWERTOOLS_METRICS_NAMESPACE',
        'POWERTOOLS_SERVICE_NAME',
        'STAGE',
        'TABLE_NAME',
      ].sort(),
    );
    expect(environment).toMatchObject({
      AUTH_MODE: 'cognito',
      PLATFORM_ADMIN_IDS: ADMIN_ID,
      STAGE: 'prod',
    });
  });

  it('turns introspection and the explorer off in prod and on in dev', () => {
    expect(functionEnvironment(prod.template)['INTROSPECTION']).toBe('false');
    expect(functionEnvironment(dev.template)['INTROSPECTION']).toBe('true');
  });

  it('gives the explorer (GraphiQL) to the dev function alone, in a layer of static files', () => {
    const layers = (template: Template) =>
      graphqlFunction(template).Properties['Layers'] as unknown[] | undefined;

    expect(Object.keys(prod.template.findResources('AWS::Lambda::LayerVersion'))).toEqual([]);
    expect(layers(prod.template)).toBeUndefined();
    expect(functionEnvironment(prod.template)['EXPLORER_DIR']).toBeUndefined();
    expect(Object.keys(dev.template.findResources('AWS::Lambda::LayerVersion'))).toHaveLength(1);
    expect(layers(dev.template)).toHaveLength(1);
    expect(functionEnvironment(dev.template)['EXPLORER_DIR']).toBe('/opt/explorer');
  });

  it("reserves each stage's concurrency, so a flood of requests cannot take the account's", () => {
    const reserved = (template: Template) =>
      graphqlFunction(template).Properties['ReservedConcurrentExecutions'];

    expect(reserved(dev.template)).toBe(5);
    expect(reserved(prod.template)).toBe(50);
    expect(reserved(synthesizeStage('prod', { reservedConcurrency: '20' }).template)).toBe(20);
  });

  it('may touch DynamoDB only on the table and its indexes, and never scan', () => {
    const tableId = Object.keys(prod.template.findResources('AWS::DynamoDB::Table'))[0];
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };

    const graphqlRole = (graphqlFunction(prod.template).Properties['Role'] as { 'Fn::GetAtt': string[] })[
      'Fn::GetAtt'
    ][0];
    const dynamoStatements = listStatements(prod.template, graphqlRole).filter((statement) =>
      asList(statement.Action).some((action) => action.startsWith('dynamodb:')),
    );

    expect(dynamoStatements).toHaveLength(1);
    const [statement] = dynamoStatements;
    expect(statement?.Resource).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
    expect(asList(statement?.Action ?? []).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
  });

  it('has no IAM statement that applies to every resource or every action', () => {
    for (const { template } of [dev, prod]) {
      const statements = listStatements(template);

      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(asList(statement.Resource)).not.toContain('*');
        expect(asList(statement.Action).filter((action) => action.endsWith(':*') || action === '*')).toEqual(
          [],
        );
      }
    }
  });

  it('uses no AWS-managed policy', () => {
    const roles = Object.values(prod.template.findResources('AWS::IAM::Role')) as Resource[];

    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.Properties['ManagedPolicyArns']).toBeUndefined();
  });
});

describe("the photo bucket (surplus listings' photos)", () => {
  /** The photo bucket: the one with a lifecycle rule on uploads (its access-log bucket has none such). */
  function photoBucket(template: Template): { id: string; bucket: Resource } {
    const buckets = Object.entries(template.findResources('AWS::S3::Bucket')) as [string, Resource][];
    const photos = buckets.filter(([, bucket]) => bucket.Properties['LoggingConfiguration'] !== undefined);
    expect(photos).toHaveLength(1);
    const [id, bucket] = photos[0] as [string, Resource];
    return { id, bucket };
  }

  it('is private, encrypted and logged, and so is its access-log bucket', () => {
    const buckets = Object.entries(prod.template.findResources('AWS::S3::Bucket')) as [string, Resource][];
    const { bucket } = photoBucket(prod.template);
    const logsId = (bucket.Properties['LoggingConfiguration'] as { DestinationBucketName: { Ref: string } })
      .DestinationBucketName.Ref;

    expect(buckets.map(([id]) => id).sort()).toEqual([logsId, photoBucket(prod.template).id].sort());
    for (const [, each] of buckets) {
      expect(each.Properties['PublicAccessBlockConfiguration']).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(each.Properties['BucketEncryption']).toEqual({
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      });
    }
  });

  it('refuses every request that does not use TLS', () => {
    const { id } = photoBucket(prod.template);
    prod.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      }),
    });
  });

  it('forgets uploads never attached after a day, and takes upload forms from the configured origins only', () => {
    const { bucket } = photoBucket(prod.template);

    expect(bucket.Properties['LifecycleConfiguration']).toEqual({
      Rules: expect.arrayContaining([
        { Id: 'ForgetUnattachedUploads', Prefix: 'uploads/', ExpirationInDays: 1, Status: 'Enabled' },
      ]) as unknown,
    });
    expect(bucket.Properties['CorsConfiguration']).toEqual({
      CorsRules: [
        { AllowedMethods: ['POST'], AllowedOrigins: PARTNER_ORIGINS, AllowedHeaders: ['*'], MaxAge: 3600 },
      ],
    });
  });

  it('is kept on stack deletion in prod and goes with the dev stack', () => {
    expect(photoBucket(prod.template).bucket.DeletionPolicy).toBe('Retain');
    expect(photoBucket(dev.template).bucket.DeletionPolicy).toBe('Delete');
  });

  it('is named to the function, which may read, write and delete photo objects under its two prefixes only', () => {
    const { id } = photoBucket(prod.template);
    const bucketArn = { 'Fn::GetAtt': [id, 'Arn'] };
    const under = (prefix: string) => ({ 'Fn::Join': ['', [bucketArn, `/${prefix}*`]] });
    const graphqlRole = (graphqlFunction(prod.template).Properties['Role'] as { 'Fn::GetAtt': string[] })[
      'Fn::GetAtt'
    ][0];

    const s3Statements = listStatements(prod.template, graphqlRole).filter((statement) =>
      asList(statement.Action).some((action) => action.startsWith('s3:')),
    );

    expect(functionEnvironment(prod.template)['PHOTOS_BUCKET']).toEqual({ Ref: id });
    // Resources in any order (IAM reads them as a set).
    const sorted = (resource: unknown) =>
      asList(resource)
        .map((each) => JSON.stringify(each))
        .sort();
    expect(
      s3Statements.map((statement) => [asList(statement.Action).sort(), sorted(statement.Resource)]),
    ).toEqual([
      [['s3:GetObject', 's3:PutObject'], sorted([under('uploads/'), under('photos/')])],
      [['s3:DeleteObject'], sorted(under('photos/'))],
    ]);
  });
});

describe('the HTTP API', () => {
  it('lets only the configured origins call it from a browser', () => {
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: PARTNER_ORIGINS,
        AllowCredentials: false,
        AllowHeaders: Match.arrayWith(['authorization', 'content-type']),
      }),
    });
  });

  it('routes GET and POST /graphql and GET /open-data/* to the function', () => {
    for (const routeKey of ['GET /graphql', 'POST /graphql', 'GET /open-data/{proxy+}']) {
      prod.template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: routeKey });
    }
    prod.template.resourceCountIs('AWS::ApiGatewayV2::Route', 3);
  });

  it('throttles requests with the rate and burst of each stage', () => {
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });

  it('writes an access log line for every request', () => {
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
  });
});

describe('sign-in', () => {
  it('signs people in by email address, verified by a code', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    });
  });

  it('enforces threat protection in prod', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      DeletionProtection: 'ACTIVE',
    });
  });

  it('gives the app client ID tokens that carry the email and whether it is verified', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      ReadAttributes: Match.arrayWith(['email', 'email_verified']),
      WriteAttributes: ['email'],
    });
  });

  it('gives dev a hosted sign-in with the authorization code grant for its local frontends', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { 'Fn::Join': ['', ['mash-register-dev-', { Ref: 'AWS::AccountId' }]] },
    });
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: ['http://localhost:5173/', 'http://localhost:3000/'],
      LogoutURLs: ['http://localhost:5173/', 'http://localhost:3000/'],
      SupportedIdentityProviders: ['COGNITO'],
    });
    expect(Object.keys(dev.template.findOutputs('SignInDomain'))).toEqual(['SignInDomain']);
  });

  it('keeps OAuth off where a stage names no callback URL', () => {
    expect(prod.template.findResources('AWS::Cognito::UserPoolDomain')).toEqual({});
    const client = onlyResource(prod.template, 'AWS::Cognito::UserPoolClient');
    expect(client.Properties['AllowedOAuthFlows']).toBeUndefined();
    expect(client.Properties['AllowedOAuthFlowsUserPoolClient']).not.toBe(true);
    expect(client.Properties['CallbackURLs']).toBeUndefined();
    expect(prod.template.findOutputs('SignInDomain')).toEqual({});
  });

  it("gives prod a hosted sign-in on the council's callback URL and domain prefix when set", () => {
    const hosted = synthesizeStage('prod', {
      signInCallbackUrls: 'https://acv.example-council.gov.uk/signed-in',
      signInDomainPrefix: 'example-council-register',
    });

    hosted.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'example-council-register',
    });
    hosted.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      CallbackURLs: ['https://acv.example-council.gov.uk/signed-in'],
      LogoutURLs: ['https://acv.example-council.gov.uk/'],
    });
    expect(hosted.nagViolations).toEqual([]);
  });
});

describe('alarms', () => {
  const alarmTopic = () => ({
    Ref: Object.keys(
      prod.template.findResources('AWS::SNS::Topic', {
        Properties: { DisplayName: 'MASH Register alarms' },
      }),
    )[0],
  });

  it.each([
    ['Lambda errors', { Namespace: 'AWS/Lambda', MetricName: 'Errors' }],
    ['Lambda throttles', { Namespace: 'AWS/Lambda', MetricName: 'Throttles' }],
    ['API p99 latency', { Namespace: 'AWS/ApiGateway', MetricName: 'Latency', ExtendedStatistic: 'p99' }],
  ])('alarms on %s to the alarm topic', (_name, metric) => {
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...metric,
      AlarmActions: [alarmTopic()],
      OKActions: [alarmTopic()],
    });
  });

  it('alarms on the rate of API 5xx responses', () => {
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [alarmTopic()],
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: Match.stringLikeRegexp('errors / requests') }),
        Match.objectLike({
          MetricStat: Match.objectLike({ Metric: Match.objectLike({ MetricName: '5xx' }) }),
        }),
      ]),
    });
  });

  it('alarms on DynamoDB throttled requests', () => {
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [alarmTopic()],
      Metrics: Match.arrayWith([
        Match.objectLike({
          MetricStat: Match.objectLike({
            Metric: Match.objectLike({ Namespace: 'AWS/DynamoDB', MetricName: 'ThrottledRequests' }),
          }),
        }),
      ]),
    });
  });

  it('alarms on the rate of requests answered SERVICE_UNAVAILABLE, reading the metric the function publishes', () => {
    expect(functionEnvironment(prod.template)).toMatchObject({
      POWERTOOLS_METRICS_NAMESPACE: 'MashRegister',
      POWERTOOLS_SERVICE_NAME: 'mash-register-prod',
    });
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [alarmTopic()],
      OKActions: [alarmTopic()],
      Threshold: 1,
      EvaluationPeriods: 2,
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: Match.stringLikeRegexp('FILL\\(unavailable, 0\\) / requests') }),
        Match.objectLike({
          MetricStat: Match.objectLike({
            Metric: {
              Namespace: 'MashRegister',
              MetricName: 'ServiceUnavailable',
              Dimensions: [{ Name: 'service', Value: 'mash-register-prod' }],
            },
          }),
        }),
      ]),
    });
  });

  it('emails the configured addresses', () => {
    prod.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
      TopicArn: alarmTopic(),
    });
    expect(
      dev.template.findResources('AWS::SNS::Subscription', { Properties: { Protocol: 'email' } }),
    ).toEqual({});
  });
});

describe('outputs and checks', () => {
  it('outputs what a partner frontend needs: GraphQL URL, user pool id, client id and region', () => {
    const outputs = prod.template.findOutputs('*');

    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['GraphqlUrl', 'UserPoolId', 'UserPoolClientId', 'Region']),
    );
    expect(JSON.stringify(outputs['GraphqlUrl'])).toContain('/graphql');
  });

  it.each([
    ['dev', dev],
    ['prod', prod],
  ])('leaves no cdk-nag AwsSolutions finding unacknowledged in %s', (_stage, synthesized) => {
    expect(synthesized.nagViolations).toEqual([]);
  });

  it('gives every cdk-nag acknowledgement a reason', () => {
    const acknowledgements = prod.stack.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>));

    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const [rule, reason] of acknowledgements) {
      expect(rule).toMatch(/AwsSolutions-/);
      expect(reason.length, rule).toBeGreaterThan(60);
    }
  });
});

describe('the CloudFront cache in front of the API', () => {
  type Behaviour = Record<string, unknown> & { PathPattern?: string; CachePolicyId?: unknown };
  const distribution = () =>
    onlyResource(prod.template, 'AWS::CloudFront::Distribution').Properties['DistributionConfig'] as {
      DefaultCacheBehavior: Behaviour;
      CacheBehaviors: Behaviour[];
    };
  const behaviour = (pattern: string) => distribution().CacheBehaviors.find((b) => b.PathPattern === pattern);
  const policyOf = (b: Behaviour | undefined) => {
    const ref = (b?.CachePolicyId as { Ref?: string } | undefined)?.Ref ?? '';
    const resources = prod.template.toJSON()['Resources'] as Record<
      string,
      { Properties?: { CachePolicyConfig?: unknown } }
    >;
    return resources[ref]?.Properties?.CachePolicyConfig as
      | {
          MinTTL: number;
          ParametersInCacheKeyAndForwardedToOrigin: {
            HeadersConfig: { HeaderBehavior: string; Headers?: string[] };
            QueryStringsConfig: { QueryStringBehavior: string };
          };
        }
      | undefined;
  };

  it('caches GET /graphql by its query string, with Authorization in the key so a signed-in answer is never shared', () => {
    const graphql = behaviour('/graphql');
    const policy = policyOf(graphql);

    expect(graphql?.['CachedMethods']).toEqual(['GET', 'HEAD']);
    expect(graphql?.['AllowedMethods']).toEqual(expect.arrayContaining(['GET', 'POST', 'OPTIONS']));
    expect(policy?.ParametersInCacheKeyAndForwardedToOrigin.QueryStringsConfig.QueryStringBehavior).toBe(
      'all',
    );
    expect(policy?.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig).toEqual({
      HeaderBehavior: 'whitelist',
      Headers: ['authorization', 'origin'],
    });
    // A minimum of 0: the function's `private, no-store` keeps a signed-in answer out of the cache altogether.
    expect(policy?.MinTTL).toBe(0);
  });

  it('caches the open-data files for anyone, as long as their own Cache-Control says', () => {
    const openData = behaviour('/open-data/*');
    const policy = policyOf(openData);

    expect(openData?.['AllowedMethods']).toEqual(['GET', 'HEAD']);
    expect(policy?.MinTTL).toBe(0);
    expect(policy?.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers).not.toContain(
      'authorization',
    );
  });

  it('keeps nothing else: other paths pass through uncached', () => {
    // The managed CachingDisabled policy.
    expect(distribution().DefaultCacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
  });
});
