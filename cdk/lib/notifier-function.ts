import path from 'node:path';
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { toNodejsBundlingOptions } from './lambda-bundling';

export interface NotifierFunctionProps {
  /** Absolute path of the notifier's handler module (src/lambda/notifier-handler.ts). */
  readonly entry: string;
  /** The export of `entry` this function runs. */
  readonly handler: string;
  readonly projectRoot: string;
  readonly description: string;
  readonly timeout: Duration;
  readonly environment: Readonly<Record<string, string>>;
  readonly production: boolean;
}

/**
 * One function of the notifier: a handler of src/lambda/notifier-handler.ts with its own role (nothing
 * AWS-managed, only what the caller grants) and log group. Every function of the notifier bundles the same
 * entry with the same options, so the bundle is built once per synth (CDK caches an asset by its source and
 * bundling options) and the API's bundle does not carry any of it.
 */
export class NotifierFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: NotifierFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.production ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `MASH Register notifier: ${props.description}`,
    });
    logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: props.handler,
      description: props.description,
      projectRoot: props.projectRoot,
      depsLockFilePath: path.join(props.projectRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      // The work is waiting on DynamoDB, SES and partners' servers, not CPU; 512 MB still loads the bundle
      // quickly at a cold start, at half the GraphQL function's price per second.
      memorySize: 512,
      timeout: props.timeout,
      role: this.role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      // The notifier never serves the schema, so the production bundle (no SDL descriptions) in every stage.
      bundling: toNodejsBundlingOptions(),
      environment: { ...props.environment },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is pinned on purpose, as for the GraphQL function: it is the version in .nvmrc and ' +
        'package.json engines that local development and the tests run on.',
    });
  }
}
