import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthesizeStage } from './synthesize-stage';
import { OUTBOX_ENTITIES as CDK_OUTBOX_ENTITIES } from '../../cdk/lib/notifier';
import { OUTBOX_ENTITIES as APP_OUTBOX_ENTITIES } from '../../src/app/outbox-reader';

// The senders a real prod deploy would configure: a default and one council's own.
const prod = synthesizeStage('prod', {
  mailFrom: 'notices@register.example.org',
  councilMailFrom: 'E07000078=acv@cheltenham.gov.uk',
});
const dev = synthesizeStage('dev');

type Resource = { Properties: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
type Ref = { Ref: string };
type GetAtt = { 'Fn::GetAtt': [string, string] };

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

function resources(template: Template, type: string, props: Record<string, unknown> = {}) {
  return Object.entries(template.findResources(type, { Properties: Match.objectLike(props) })) as [
    string,
    Resource,
  ][];
}

function one(template: Template, type: string, props: Record<string, unknown> = {}): [string, Resource] {
  const found = resources(template, type, props);
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
}

/** The notifier function running `handler` (an export of src/lambda/notifier-handler.ts). */
const notifierFunction = (template: Template, handler: string) =>
  one(template, 'AWS::Lambda::Function', { Handler: `index.${handler}` });

function statementsOfRole(template: Template, roleId: string): Statement[] {
  return resources(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => (policy.Properties['Roles'] as Ref[]).some((role) => role.Ref === roleId))
    .flatMap(([, policy]) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
}

const roleOf = (fn: Resource) => (fn.Properties['Role'] as GetAtt)['Fn::GetAtt'][0];
const alarmTopicId = (template: Template) =>
  one(template, 'AWS::SNS::Topic', { DisplayName: 'MASH Register alarms' })[0];

/** Asserts that a depth alarm on the queue pages the operational alarm topic (and says when it is clear). */
function expectDepthAlarm(template: Template, queueId: string): void {
  const alarms = resources(template, 'AWS::CloudWatch::Alarm', {
    Namespace: 'AWS/SQS',
    MetricName: 'ApproximateNumberOfMessagesVisible',
    Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
  });
  expect(alarms, queueId).toHaveLength(1);
  const alarm = (alarms[0] as [string, Resource])[1].Properties;
  expect(alarm['Threshold']).toBe(1);
  expect(alarm['ComparisonOperator']).toBe('GreaterThanOrEqualToThreshold');
  expect(alarm['AlarmActions']).toEqual([{ Ref: alarmTopicId(template) }]);
  expect(alarm['OKActions']).toEqual([{ Ref: alarmTopicId(template) }]);
}

/**
 * Whether a Lambda event filter pattern matches an event, for the part of the pattern language the notifier
 * uses (exact values, nested objects): written here from the Lambda documentation, not taken from CDK.
 */
function patternMatches(pattern: unknown, event: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.some((value) => value === event);
  if (typeof pattern !== 'object' || pattern === null) return false;
  if (typeof event !== 'object' || event === null) return false;
  return Object.entries(pattern).every(([key, inner]) =>
    patternMatches(inner, (event as Record<string, unknown>)[key]),
  );
}

const streamRecord = (eventName: string, entity: string) => ({
  eventName,
  dynamodb: { NewImage: { pk: { S: 'X#1' }, sk: { S: 'X' }, entity: { S: entity } } },
});

describe('the table stream and the notifier', () => {
  it('streams the new image of every item written', () => {
    for (const { template } of [dev, prod]) {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      });
    }
  });

  it('invokes the notifier for INSERTs of outbox records only (the entities the ACV and kernel stores write)', () => {
    const [, mapping] = one(prod.template, 'AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
    });
    const filters = (mapping.Properties['FilterCriteria'] as { Filters: { Pattern: string }[] }).Filters;
    expect(filters).toHaveLength(1);
    const pattern: unknown = JSON.parse((filters[0] as { Pattern: string }).Pattern);

    expect(patternMatches(pattern, streamRecord('INSERT', 'AcvNotice'))).toBe(true);
    expect(patternMatches(pattern, streamRecord('INSERT', 'Notification'))).toBe(true);
    expect(patternMatches(pattern, streamRecord('MODIFY', 'AcvNotice'))).toBe(false);
    expect(patternMatches(pattern, streamRecord('REMOVE', 'Notification'))).toBe(false);
    expect(patternMatches(pattern, streamRecord('INSERT', 'Building'))).toBe(false);
    expect(patternMatches(pattern, streamRecord('INSERT', 'Delivery'))).toBe(false);
    expect(mapping.Properties['FunctionName']).toEqual({
      Ref: notifierFunction(prod.template, 'handleOutboxStream')[0],
    });
  });

  it('reads the stream in batches of ten with partial batch failures, bisection and ten retries, from the oldest record', () => {
    prod.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      StartingPosition: 'TRIM_HORIZON',
    });
  });

  it('sends what the stream gave up on to a dead-letter queue whose depth pages the alarm topic', () => {
    const [, mapping] = one(prod.template, 'AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
    });
    const destination = (mapping.Properties['DestinationConfig'] as { OnFailure: { Destination: GetAtt } })
      .OnFailure.Destination['Fn::GetAtt'];

    expect(destination[1]).toBe('Arn');
    expect(Object.keys(prod.template.findResources('AWS::SQS::Queue'))).toContain(destination[0]);
    expectDepthAlarm(prod.template, destination[0]);
  });

  it('alarms when outbox records wait a quarter of an hour for the notifier', () => {
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge',
      Dimensions: [
        { Name: 'FunctionName', Value: { Ref: notifierFunction(prod.template, 'handleOutboxStream')[0] } },
      ],
      Threshold: 15 * 60 * 1000,
      AlarmActions: [{ Ref: alarmTopicId(prod.template) }],
    });
  });

  it('lets the stream function read this table and its stream, and nothing wider', () => {
    const [, fn] = notifierFunction(prod.template, 'handleOutboxStream');
    const tableId = one(prod.template, 'AWS::DynamoDB::Table')[0];
    const statements = statementsOfRole(prod.template, roleOf(fn));
    const streamRead = statements.filter((s) => asList(s.Action).includes('dynamodb:GetRecords'));

    expect(streamRead).toHaveLength(1);
    expect(streamRead[0]?.Resource).toEqual({ 'Fn::GetAtt': [tableId, 'StreamArn'] });
    const actions = statements.flatMap((s) => asList(s.Action));
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).not.toContain('dynamodb:BatchWriteItem');
  });
});

describe('webhook retries', () => {
  const retryQueue = () => one(prod.template, 'AWS::SQS::Queue', { RedrivePolicy: Match.anyValue() });

  it('are a queue the stream and retry functions send to, named to them by its URL', () => {
    const [queueId] = retryQueue();
    for (const handler of ['handleOutboxStream', 'handleWebhookRetries']) {
      const [, fn] = notifierFunction(prod.template, handler);
      const sends = statementsOfRole(prod.template, roleOf(fn)).filter((s) =>
        asList(s.Action).includes('sqs:SendMessage'),
      );
      expect(sends.flatMap((s) => asList(s.Resource))).toContainEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
      const environment = (fn.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
      expect(environment['WEBHOOK_RETRY_QUEUE_URL']).toEqual({ Ref: queueId });
    }
  });

  it('are consumed by the retry handler with partial batch failures, at most two at a time', () => {
    const [queueId] = retryQueue();
    prod.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      FunctionName: { Ref: notifierFunction(prod.template, 'handleWebhookRetries')[0] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
  });

  it('hide a message being retried for six times the retry function timeout, and move it to an alarmed dead-letter queue after five receipts', () => {
    const [, queue] = retryQueue();
    const [, fn] = notifierFunction(prod.template, 'handleWebhookRetries');
    const redrive = queue.Properties['RedrivePolicy'] as {
      deadLetterTargetArn: GetAtt;
      maxReceiveCount: number;
    };

    expect(queue.Properties['VisibilityTimeout']).toBe(6 * (fn.Properties['Timeout'] as number));
    expect(redrive.maxReceiveCount).toBe(5);
    expectDepthAlarm(prod.template, redrive.deadLetterTargetArn['Fn::GetAtt'][0]);
  });
});

describe('every notifier queue', () => {
  it('is encrypted at rest, refuses requests without TLS, and keeps messages fourteen days', () => {
    const queues = resources(prod.template, 'AWS::SQS::Queue');
    expect(queues.length).toBeGreaterThanOrEqual(4);
    for (const [id, queue] of queues) {
      expect(queue.Properties['SqsManagedSseEnabled'], id).toBe(true);
      expect(queue.Properties['MessageRetentionPeriod'], id).toBe(14 * 24 * 3600);
      prod.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('that is a dead-letter queue (all but the retry queue) has its depth alarmed on', () => {
    const retryQueues = new Set(
      resources(prod.template, 'AWS::SQS::Queue', { RedrivePolicy: Match.anyValue() }).map(([id]) => id),
    );
    const deadLetterIds = resources(prod.template, 'AWS::SQS::Queue')
      .map(([id]) => id)
      .filter((id) => !retryQueues.has(id));

    // Stream failures, failed webhook retries, and failed asynchronous invocations (mail events, reminders).
    expect(deadLetterIds).toHaveLength(3);
    for (const id of deadLetterIds) expectDepthAlarm(prod.template, id);
  });
});

describe('the daily reminders', () => {
  const schedule = () => one(prod.template, 'AWS::Scheduler::Schedule')[1].Properties;

  it('run at 07:00 Europe/London every day, exactly (no flexible window)', () => {
    expect(schedule()['ScheduleExpression']).toBe('cron(0 7 * * ? *)');
    expect(schedule()['ScheduleExpressionTimezone']).toBe('Europe/London');
    expect(schedule()['FlexibleTimeWindow']).toEqual({ Mode: 'OFF' });
  });

  it('invoke the reminders handler with the time the run was scheduled for', () => {
    const target = schedule()['Target'] as { Arn: GetAtt; Input: string };
    expect(target.Arn).toEqual({
      'Fn::GetAtt': [notifierFunction(prod.template, 'handleDailyReminders')[0], 'Arn'],
    });
    expect(JSON.parse(target.Input)).toEqual({ scheduledTime: '<aws.scheduler.scheduled-time>' });
  });

  it('through a role of their own that may invoke that one function and nothing else', () => {
    const target = schedule()['Target'] as { RoleArn: GetAtt; DeadLetterConfig: { Arn: GetAtt } };
    const roleId = target.RoleArn['Fn::GetAtt'][0];
    const [fnId] = notifierFunction(prod.template, 'handleDailyReminders');

    expect(statementsOfRole(prod.template, roleId)).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [fnId, 'Arn'] } },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: target.DeadLetterConfig.Arn },
    ]);
    prod.template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ],
      },
    });
  });
});

describe('email through SES', () => {
  const sesStatements = (template: Template, handler: string) =>
    statementsOfRole(template, roleOf(notifierFunction(template, handler)[1])).filter((s) =>
      asList(s.Action).some((action) => action.startsWith('ses:')),
    );
  const arn = (resource: string) => ({
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':ses:',
        { Ref: 'AWS::Region' },
        ':',
        { Ref: 'AWS::AccountId' },
        resource,
      ],
    ],
  });

  it('may be sent by the stream and reminders functions, from the configured senders only', () => {
    const [configurationSetId] = one(prod.template, 'AWS::SES::ConfigurationSet');
    for (const handler of ['handleOutboxStream', 'handleDailyReminders']) {
      const statements = sesStatements(prod.template, handler);

      expect(statements).toHaveLength(1);
      const [statement] = statements as [Statement];
      expect(statement.Action).toBe('ses:SendEmail');
      expect(statement.Condition).toEqual({
        StringEquals: { 'ses:FromAddress': ['notices@register.example.org', 'acv@cheltenham.gov.uk'] },
      });
      expect(new Set(asList(statement.Resource).map((r) => JSON.stringify(r)))).toEqual(
        new Set(
          [
            ':identity/notices@register.example.org',
            ':identity/register.example.org',
            ':identity/acv@cheltenham.gov.uk',
            ':identity/cheltenham.gov.uk',
          ]
            .map((identity) => arn(identity))
            .concat([
              {
                'Fn::Join': [
                  '',
                  [
                    'arn:',
                    { Ref: 'AWS::Partition' },
                    ':ses:',
                    { Ref: 'AWS::Region' },
                    ':',
                    { Ref: 'AWS::AccountId' },
                    ':configuration-set/',
                    { Ref: configurationSetId },
                  ],
                ],
              },
            ])
            .map((r) => JSON.stringify(r)),
        ),
      );
    }
  });

  it('may not be sent by the functions that only record events or retry webhooks', () => {
    expect(sesStatements(prod.template, 'handleWebhookRetries')).toEqual([]);
    expect(sesStatements(prod.template, 'handleMailEvents')).toEqual([]);
  });

  it('may not be sent at all where a stage names no sender', () => {
    expect(sesStatements(dev.template, 'handleOutboxStream')).toEqual([]);
  });

  it('tells the notifier its senders and configuration set', () => {
    const [configurationSetId] = one(prod.template, 'AWS::SES::ConfigurationSet');
    const [, fn] = notifierFunction(prod.template, 'handleOutboxStream');
    const environment = (fn.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;

    expect(environment).toMatchObject({
      MAIL_FROM: 'notices@register.example.org',
      MAIL_CONFIGURATION_SET: { Ref: configurationSetId },
      STAGE: 'prod',
    });
    expect(JSON.parse(environment['MAIL_FROM_BY_COUNCIL'] as string)).toEqual({
      E07000078: 'acv@cheltenham.gov.uk',
    });
  });

  it('reports bounces and complaints to an encrypted topic that invokes the mail-event handler', () => {
    const [configurationSetId] = one(prod.template, 'AWS::SES::ConfigurationSet');
    const [topicId, topic] = one(prod.template, 'AWS::SNS::Topic', {
      DisplayName: 'MASH Register mail bounces and complaints',
    });

    prod.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: configurationSetId },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: { Ref: topicId } },
      },
    });
    const [keyId, key] = one(prod.template, 'AWS::KMS::Key');
    expect(topic.Properties['KmsMasterKeyId']).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    expect(key.Properties['EnableKeyRotation']).toBe(true);
    // SES may use the key for this account's mail only.
    expect(
      (key.Properties['KeyPolicy'] as { Statement: Statement[] }).Statement.filter((statement) =>
        JSON.stringify(statement).includes('ses.amazonaws.com'),
      ),
    ).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'ses.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      },
    ]);
    prod.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: topicId },
      Endpoint: { 'Fn::GetAtt': [notifierFunction(prod.template, 'handleMailEvents')[0], 'Arn'] },
    });
  });

  it('suppresses addresses that bounced or complained', () => {
    prod.template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });
});

describe('the notifier functions', () => {
  it.each(['handleOutboxStream', 'handleWebhookRetries', 'handleMailEvents', 'handleDailyReminders'])(
    'runs %s on Node.js 22 on arm64 with the table named',
    (handler) => {
      const [, fn] = notifierFunction(prod.template, handler);
      const tableId = one(prod.template, 'AWS::DynamoDB::Table')[0];

      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
      expect(
        (fn.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables,
      ).toMatchObject({
        TABLE_NAME: { Ref: tableId },
        POWERTOOLS_SERVICE_NAME: 'mash-register-prod-notifier',
      });
    },
  );

  it('sends failed asynchronous invocations (mail events, reminders) to an alarmed dead-letter queue after two retries', () => {
    for (const handler of ['handleMailEvents', 'handleDailyReminders']) {
      const [fnId] = notifierFunction(prod.template, handler);
      prod.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: fnId },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } } },
      });
    }
  });

  it('leaves no cdk-nag AwsSolutions finding unacknowledged with senders configured', () => {
    expect(prod.nagViolations).toEqual([]);
  });
});

describe('the stream filter and the outbox reader', () => {
  it('name the same outbox entities (the filter is written out: cdk shares only the table definition)', () => {
    expect([...CDK_OUTBOX_ENTITIES].sort()).toEqual([...APP_OUTBOX_ENTITIES].sort());
  });
});
