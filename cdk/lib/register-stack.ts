import { Annotations, CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { GraphqlApi } from './graphql-api';
import { GraphqlFunction } from './graphql-function';
import { Notifier } from './notifier';
import { OperationalAlarms } from './operational-alarms';
import { PhotoBucket } from './photo-bucket';
import { PublicReadCache } from './public-read-cache';
import { RegisterTable } from './register-table';
import { SignIn } from './sign-in';
import type { StageConfig } from './stage-config';

export interface RegisterStackProps extends StackProps {
  readonly config: StageConfig;
  /** Absolute path of the Lambda handler module (tests pass a small fixture to keep bundling out). */
  readonly lambdaEntry: string;
  /** Absolute path of the notifier's handler module (tests pass a fixture too). */
  readonly notifierEntry: string;
  /** The directory holding package.json and package-lock.json. */
  readonly projectRoot: string;
}

/** Everything one stage of the register runs on: table, sign-in, GraphQL function and API, alarms. */
export class RegisterStack extends Stack {
  readonly table: RegisterTable;
  readonly signIn: SignIn;
  readonly graphqlFunction: GraphqlFunction;
  readonly api: GraphqlApi;
  readonly alarms: OperationalAlarms;
  readonly cache: PublicReadCache;
  readonly notifier: Notifier;
  readonly photos: PhotoBucket;

  constructor(scope: Construct, id: string, props: RegisterStackProps) {
    super(scope, id, props);
    const { config } = props;
    const production = config.stage === 'prod';

    this.table = new RegisterTable(this, 'Register', { retain: production });
    this.photos = new PhotoBucket(this, 'Photos', { corsOrigins: config.corsOrigins, production });
    this.signIn = new SignIn(this, 'SignIn', {
      production,
      hostedSignIn: {
        callbackUrls: config.signInCallbackUrls,
        logoutUrls: config.signInLogoutUrls,
        domainPrefix: config.signInDomainPrefix,
        stage: config.stage,
      },
    });
    this.graphqlFunction = new GraphqlFunction(this, 'Graphql', {
      entry: props.lambdaEntry,
      projectRoot: props.projectRoot,
      table: this.table.table,
      userPoolId: this.signIn.userPool.userPoolId,
      userPoolClientId: this.signIn.client.userPoolClientId,
      platformAdminIds: config.platformAdminIds,
      stage: config.stage,
      // The schema is the partners' contract and is published in the repository; in prod introspection
      // would only help someone probing the API.
      introspection: !production,
      production,
      reservedConcurrency: config.reservedConcurrency,
      photos: this.photos,
    });
    this.api = new GraphqlApi(this, 'Api', {
      handler: this.graphqlFunction.function,
      corsOrigins: config.corsOrigins,
      throttleRateLimit: config.throttleRateLimit,
      throttleBurstLimit: config.throttleBurstLimit,
      production,
    });
    this.cache = new PublicReadCache(this, 'Cache', { httpApi: this.api.httpApi });
    this.alarms = new OperationalAlarms(this, 'Alarms', {
      function: this.graphqlFunction.function,
      httpApi: this.api.httpApi,
      table: this.table.table,
      alarmEmails: config.alarmEmails,
      stage: config.stage,
    });
    this.notifier = new Notifier(this, 'Notifier', {
      entry: props.notifierEntry,
      projectRoot: props.projectRoot,
      table: this.table.table,
      stage: config.stage,
      production,
      mailFrom: config.mailFrom,
      councilMailFrom: config.councilMailFrom,
      alarmTopic: this.alarms.topic,
    });
    if (config.mailFrom === null) {
      Annotations.of(this.notifier).addWarningV2(
        'mash-register:no-mail-sender',
        'No mailFrom is set for this stage: the notifier cannot send email until one is (see the README).',
      );
    }

    new CfnOutput(this, 'GraphqlUrl', {
      value: this.api.graphqlUrl,
      description: 'POST GraphQL requests here',
    });
    new CfnOutput(this, 'CachedGraphqlUrl', {
      value: this.cache.graphqlUrl,
      description: 'The same API through CloudFront: anonymous GETs of public reads are cached here',
    });
    new CfnOutput(this, 'UserPoolId', {
      value: this.signIn.userPool.userPoolId,
      description: 'Cognito user pool partner frontends sign people in to',
    });
    new CfnOutput(this, 'UserPoolClientId', {
      value: this.signIn.client.userPoolClientId,
      description: 'Cognito app client id (public, no secret); its ID tokens are accepted by the API',
    });
    if (this.signIn.domain) {
      new CfnOutput(this, 'SignInDomain', {
        value: this.signIn.domain.baseUrl(),
        description:
          'Hosted sign-in (authorization code with PKCE): /oauth2/authorize and /oauth2/token are under it',
      });
    }
    new CfnOutput(this, 'Region', { value: this.region, description: 'Region of the user pool and the API' });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
    new CfnOutput(this, 'PhotosBucketName', {
      value: this.photos.bucket.bucketName,
      description:
        "The private bucket of surplus listings' photos (browsers upload to it with presigned POSTs)",
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarms.topic.topicArn,
      description: 'Subscribe further people or tools to the alarms here',
    });
    new CfnOutput(this, 'MailConfigurationSet', {
      value: this.notifier.mail.configurationSet.configurationSetName,
      description: 'The SES configuration set notices are sent with (bounces and complaints are recorded)',
    });
  }
}
