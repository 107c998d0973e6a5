import path from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { CfnTable, Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, LayerVersion, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from '../../src/config';
import { toNodejsBundlingOptions } from './lambda-bundling';
import type { PhotoBucket } from './photo-bucket';
import { EXPLORER_LAYER_DIR, ensureExplorerBuilt } from '../../scripts/explorer/build-explorer';

/** The `service` dimension of the function's own metrics: one per stage, so dev never trips prod's alarms. */
export const metricsServiceName = (stage: string): string => `mash-register-${stage}`;

export interface GraphqlFunctionProps {
  /** Absolute path of the handler module; a NodejsFunction entry. */
  readonly entry: string;
  /** The directory holding package.json and package-lock.json. */
  readonly projectRoot: string;
  readonly table: Table;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly platformAdminIds: readonly string[];
  readonly stage: string;
  /** Schema introspection and the explorer (GraphiQL, in a layer of its own). */
  readonly introspection: boolean;
  readonly production: boolean;
  /** The most instances that may run at once (StageConfig.reservedConcurrency). */
  readonly reservedConcurrency: number;
  /** The bucket of listings' photos: the function signs uploads to it, checks, copies, shows and deletes. */
  readonly photos: PhotoBucket;
}

/**
 * Item-level operations the register's store sends (src/kernel/store/table.ts). Every write is a TransactWriteItems,
 * which IAM authorises as the Put/Update/Delete/ConditionCheck inside it. No Scan (a request must never read
 * the whole table), no BatchWriteItem (it cannot carry conditions) and no table-level actions (the stack, not
 * the function, owns the table's shape).
 */
const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * The Lambda that serves GraphQL, with its own role (nothing AWS-managed), its log group, and the secret
 * that signs pagination cursors. Its environment follows the contract in src/config.ts.
 */
export class GraphqlFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: GraphqlFunctionProps) {
    super(scope, id);
    const cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'Signs the opaque pagination cursors the GraphQL API hands out.',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    });
    Validations.of(cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The secret only signs pagination cursors so clients cannot forge DynamoDB start keys; it guards no ' +
        'stored data. Scheduled rotation would need a rotation Lambda and would only break the cursors ' +
        'clients hold; if it ever leaks, put a new random value in the secret.',
    });

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.production ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    // A role of our own instead of AWSLambdaBasicExecutionRole, whose log permissions cover every log group.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description:
        'The MASH Register GraphQL function: its table, its log group, its cursor secret and the photo bucket.',
    });
    this.logGroup.grantWrite(role);
    cursorSecret.grantRead(role);
    props.photos.grantApi(role);
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: TABLE_ACTIONS,
        resources: [props.table.tableArn, `${props.table.tableArn}/index/*`],
      }),
    );
    const tableLogicalId = Stack.of(this).getLogicalId(props.table.node.defaultChild as CfnTable);
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason:
        'The function queries the register table through its global secondary indexes; "<table arn>/index/*" ' +
        'matches the indexes of this one table and nothing else.',
    });

    // The explorer's static files (GraphiQL, ~7 MB) go in a layer the dev function alone gets, at
    // /opt/explorer: the function's bundle is the same in every stage, and prod ships none of it.
    const explorer = props.introspection
      ? (ensureExplorerBuilt(),
        new LayerVersion(this, 'Explorer', {
          code: Code.fromAsset(EXPLORER_LAYER_DIR),
          description: 'The API explorer (GraphiQL) served by the dev stage at /graphql.',
          compatibleArchitectures: [Architecture.ARM_64],
        }))
      : null;

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: path.join(props.projectRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      // Graviton: about 20% cheaper per GB-second than x86 and at least as fast for JSON-heavy Node code.
      architecture: Architecture.ARM_64,
      // Lambda allots CPU in proportion to memory. GraphQL parsing, validation and JSON (de)serialisation
      // are CPU-bound and so is loading a ~1-2 MB bundle at cold start; 1024 MB gives ~0.6 vCPU, cutting
      // both roughly in half against 512 MB for about the same cost per request. Memory use itself stays
      // far below this (no caches beyond per-request DataLoaders).
      memorySize: 1024,
      // Requests are a handful of DynamoDB calls (tens of ms). Ten seconds is generous headroom for a
      // cold start plus a slow DynamoDB retry, and stays well under API Gateway's 30 s integration limit so
      // a hung request ends in our log with a timeout line rather than as an anonymous 503 at the gateway.
      timeout: Duration.seconds(10),
      // A ceiling on what a flood of requests can hold (each instance one request for at most the timeout),
      // so it cannot take the whole account's concurrency; beyond it callers get 429 and the Throttles alarm.
      reservedConcurrentExecutions: props.reservedConcurrency,
      role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      bundling: toNodejsBundlingOptions({ withSchemaDescriptions: props.introspection }),
      ...(explorer ? { layers: [explorer] } : {}),
      environment: {
        ...(explorer ? { EXPLORER_DIR: '/opt/explorer' } : {}),
        STAGE: props.stage,
        TABLE_NAME: props.table.tableName,
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: props.userPoolId,
        COGNITO_CLIENT_ID: props.userPoolClientId,
        PLATFORM_ADMIN_IDS: props.platformAdminIds.join(','),
        CURSOR_SECRET_ARN: cursorSecret.secretArn,
        PHOTOS_BUCKET: props.photos.bucket.bucketName,
        INTROSPECTION: String(props.introspection),
        // Where src/lambda/cloudwatch-metrics.ts publishes; OperationalAlarms reads the same names.
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_SERVICE_NAME: metricsServiceName(props.stage),
      },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is pinned on purpose: it is the version in .nvmrc and package.json engines that local ' +
        'development and the tests run on. Moving to a newer runtime is a deliberate upgrade of both together.',
    });
  }
}
