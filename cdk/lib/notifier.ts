import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { CfnTable, Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Role } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { NotifierFunction } from './notifier-function';
import { NotifierMail } from './notifier-mail';
import { deadLetterQueue, notifierQueue } from './notifier-queues';
import { DailyReminders } from './notifier-schedule';

/** The exports of src/lambda/notifier-handler.ts, one function each. */
export const NOTIFIER_HANDLERS = {
  outboxStream: 'handleOutboxStream',
  webhookRetries: 'handleWebhookRetries',
  mailEvents: 'handleMailEvents',
  dailyReminders: 'handleDailyReminders',
} as const;

/**
 * The entities of the outbox records (src/kernel/domain/outbox.ts): only their INSERTs invoke the notifier.
 * Written out here because the stack shares nothing of the app but the table definition;
 * tests/integration/lambda/notifier-handler.test.ts holds them equal to what the stores write.
 */
export const OUTBOX_ENTITIES = ['AcvNotice', 'Notification'] as const;

/**
 * Stream records per invocation. One record is one message, and a message is a few deliveries (an email per
 * address, a webhook per subscribed endpoint), each a claim in DynamoDB and a call to SES or a partner: about
 * a second of waiting per record, processed in parallel. Ten keeps a batch within seconds, so a notice goes
 * out promptly; and a failed record is retried with the records after it in the shard (the checkpoint is the
 * first failure), so a small batch is little work repeated (harmless anyway: every delivery is claimed once).
 * The outbox is a few hundred messages a day per council, far below what one shard at ten a batch carries.
 */
export const STREAM_BATCH_SIZE = 10;

/**
 * Tries of a failing batch before its records go to the dead-letter queue. Bisection halves a batch of ten
 * to the failing record in four splits; the rest cover a dependency down for minutes. A record that keeps
 * failing holds back its shard, so not for ever: a person takes it from the dead-letter queue's alarm.
 */
export const STREAM_RETRY_ATTEMPTS = 10;

/** Item-level table access of the notifier: claims and delivery states, the records a message is about. */
const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
];
/** What Lambda's event source mapping reads the stream with (AWS's example policy, scoped to the stream). */
const STREAM_READ_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];

export interface NotifierProps {
  /** Absolute path of src/lambda/notifier-handler.ts (tests pass a fixture). */
  readonly entry: string;
  readonly projectRoot: string;
  readonly table: Table;
  readonly stage: string;
  readonly production: boolean;
  readonly mailFrom: string | null;
  readonly councilMailFrom: Readonly<Record<string, string>>;
  /** The operational alarms' topic: the dead-letter queues and the stream's age alarm there. */
  readonly alarmTopic: ITopic;
}

/**
 * Issue 19 in the cloud: the table's stream carries each new outbox record to the notifier, which emails
 * the people it names (SES) and signs it to subscribed webhooks; failed webhooks come back through a retry
 * queue, SES reports bounces and complaints through SNS, and a schedule runs the daily reminders. Four
 * functions of one bundle, each with only the permissions its source needs.
 */
export class Notifier extends Construct {
  readonly outboxStream: NotifierFunction;
  readonly webhookRetries: NotifierFunction;
  readonly mailEvents: NotifierFunction;
  readonly dailyReminders: NotifierFunction;
  readonly retryQueue: Queue;
  readonly mail: NotifierMail;
  readonly reminders: DailyReminders;
  private readonly props: NotifierProps;

  constructor(scope: Construct, id: string, props: NotifierProps) {
    super(scope, id);
    this.props = props;
    const senders = [props.mailFrom, ...Object.values(props.councilMailFrom)].filter(
      (sender): sender is string => sender !== null,
    );
    this.mail = new NotifierMail(this, 'Mail', { senders, production: props.production });
    const retryDeadLetters = deadLetterQueue(this, 'WebhookRetryDeadLetters', {
      topic: props.alarmTopic,
      description:
        'A webhook retry failed five times in the notifier itself (not at the partner): see the retry ' +
        "function's log, then redrive the queue.",
    });
    this.retryQueue = notifierQueue(this, 'WebhookRetries', {
      // Six times the retry function's timeout, as AWS advises for a queue a function consumes.
      visibilityTimeout: Duration.seconds(6 * 60),
      deadLetterQueue: { queue: retryDeadLetters, maxReceiveCount: 5 },
    });
    const environment = this.environment();

    this.outboxStream = this.function('OutboxStream', 'outboxStream', 'delivers new outbox records', {
      timeout: Duration.minutes(2),
      environment,
    });
    this.webhookRetries = this.function('WebhookRetry', 'webhookRetries', 'retries failed webhooks', {
      timeout: Duration.minutes(1),
      environment,
    });
    this.mailEvents = this.function('MailEvents', 'mailEvents', 'records SES bounces and complaints', {
      timeout: Duration.seconds(30),
      environment,
    });
    this.dailyReminders = this.function('DailyReminders', 'dailyReminders', 'sends the daily reminders', {
      timeout: Duration.minutes(10),
      environment,
    });
    for (const fn of [this.outboxStream, this.dailyReminders]) this.mail.grantSend(fn.role);
    for (const fn of [this.outboxStream, this.webhookRetries]) this.retryQueue.grantSendMessages(fn.role);

    this.connectStream();
    this.webhookRetries.function.addEventSource(
      new SqsEventSource(this.retryQueue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        // Retries are not urgent: two at a time keeps a burst of them from taking the account's concurrency.
        maxConcurrency: 2,
      }),
    );
    const asyncFailures = deadLetterQueue(this, 'AsyncFailures', {
      topic: props.alarmTopic,
      description:
        'A mail event (bounce or complaint) or the daily reminders failed three times: see the function log ' +
        'named in the message.',
    });
    for (const fn of [this.mailEvents, this.dailyReminders]) {
      fn.function.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(asyncFailures) });
    }
    this.mail.events.addSubscription(new LambdaSubscription(this.mailEvents.function));
    this.reminders = new DailyReminders(this, 'Reminders', {
      function: this.dailyReminders.function,
      deadLetterQueue: asyncFailures,
    });
  }

  /** What every notifier function reads (src/lambda/notifier-config.ts). */
  private environment(): Record<string, string> {
    return {
      STAGE: this.props.stage,
      TABLE_NAME: this.props.table.tableName,
      MAIL_FROM: this.props.mailFrom ?? '',
      MAIL_FROM_BY_COUNCIL: JSON.stringify(this.props.councilMailFrom),
      MAIL_CONFIGURATION_SET: this.mail.configurationSet.configurationSetName,
      WEBHOOK_RETRY_QUEUE_URL: this.retryQueue.queueUrl,
      POWERTOOLS_SERVICE_NAME: `mash-register-${this.props.stage}-notifier`,
    };
  }

  private function(
    id: string,
    handler: keyof typeof NOTIFIER_HANDLERS,
    description: string,
    options: { timeout: Duration; environment: Record<string, string> },
  ): NotifierFunction {
    const fn = new NotifierFunction(this, id, {
      entry: this.props.entry,
      handler: NOTIFIER_HANDLERS[handler],
      projectRoot: this.props.projectRoot,
      description,
      production: this.props.production,
      ...options,
    });
    grantTable(fn.role, this.props.table);
    return fn;
  }

  /** The stream's INSERTs of outbox records, in small batches with partial failures and a dead-letter queue. */
  private connectStream(): void {
    const { table, alarmTopic } = this.props;
    const streamArn = table.tableStreamArn;
    if (!streamArn) throw new Error('The register table has no stream: the notifier needs its new images');
    const streamFailures = deadLetterQueue(this, 'StreamFailures', {
      topic: alarmTopic,
      description:
        'Outbox records the notifier failed to deliver after every retry: the message names the stream ' +
        'records (shard and sequence numbers); their items are still in the table. See the notifier log.',
    });
    const fn = this.outboxStream.function;
    this.outboxStream.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: STREAM_READ_ACTIONS, resources: [streamArn] }),
    );
    fn.addEventSourceMapping('OutboxRecords', {
      eventSourceArn: streamArn,
      // From the oldest record the stream holds: records written before the mapping existed are delivered.
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: STREAM_BATCH_SIZE,
      bisectBatchOnError: true,
      retryAttempts: STREAM_RETRY_ATTEMPTS,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(streamFailures),
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.isEqual('INSERT') as string[],
          dynamodb: { NewImage: { entity: { S: FilterRule.or(...OUTBOX_ENTITIES) } } },
        }),
      ],
    });
    // Records waiting: a notice an hour late is still in time, but something is wrong.
    const age = new Alarm(this, 'StreamAge', {
      metric: fn.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: Duration.minutes(15).toMilliseconds(),
      evaluationPeriods: 2,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: 'Outbox records waited 15 minutes or more for the notifier, twice in a row.',
    });
    age.addAlarmAction(new SnsAction(alarmTopic));
    age.addOkAction(new SnsAction(alarmTopic));
  }
}

function grantTable(role: Role, table: Table): void {
  role.addToPrincipalPolicy(
    new PolicyStatement({
      actions: TABLE_ACTIONS,
      resources: [table.tableArn, `${table.tableArn}/index/*`],
    }),
  );
  const tableLogicalId = Stack.of(role).getLogicalId(table.node.defaultChild as CfnTable);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
    reason:
      'The notifier reads deliveries, endpoints and organisations through the global secondary indexes of ' +
      'the register table; "<table arn>/index/*" matches the indexes of this one table and nothing else.',
  });
}
