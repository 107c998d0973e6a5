import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, SERVICE_UNAVAILABLE_METRIC } from '../../src/config';
import { metricsServiceName } from './graphql-function';

export interface OperationalAlarmsProps {
  readonly function: IFunction;
  readonly httpApi: HttpApi;
  readonly table: Table;
  readonly alarmEmails: readonly string[];
  /** The stage, which names the function's own metrics (see GraphqlFunction). */
  readonly stage: string;
}

const PERIOD = Duration.minutes(5);

/** Operations whose throttling a caller would notice (the ones the function is allowed to call). */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/**
 * Alarms that mean a person should look, sent (and their recovery too) to one SNS topic. Every alarm
 * treats missing data as fine: a quiet night is not an outage.
 */
export class OperationalAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationalAlarmsProps) {
    super(scope, id);
    // Not KMS-encrypted: alarm messages carry metric names and thresholds, no register data, and CloudWatch
    // cannot publish to a topic under the AWS-managed SNS key (it would need a $1/month customer key).
    this.topic = new Topic(this, 'Topic', { displayName: 'MASH Register alarms', enforceSSL: true });
    for (const email of props.alarmEmails) this.topic.addSubscription(new EmailSubscription(email));
    const fn = props.function;

    // Apollo turns resolver failures into GraphQL errors in a 200 response, so a Lambda error is a crash,
    // an out-of-memory or a timeout: always worth a look, even once.
    this.add('FunctionErrors', fn.metricErrors({ period: PERIOD, statistic: 'Sum' }), {
      threshold: 1,
      evaluationPeriods: 1,
      description: 'The GraphQL function failed (crash, out of memory or timeout). See its log group.',
    });
    // A throttle means the function's reserved concurrency (stage setting reservedConcurrency) is in use.
    this.add('FunctionThrottles', fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }), {
      threshold: 1,
      evaluationPeriods: 1,
      description: 'Lambda throttled the GraphQL function: all of its reserved concurrency was in use.',
    });
    // A rate, not a count, so the alarm means the same at 10 and 10,000 requests; two periods in a row so
    // one failed request at low traffic does not page anyone.
    this.add(
      'Api5xxRate',
      new MathExpression({
        expression: 'IF(requests > 0, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: props.httpApi.metricServerError({ period: PERIOD, statistic: 'Sum' }),
          requests: props.httpApi.metricCount({ period: PERIOD, statistic: 'Sum' }),
        },
        period: PERIOD,
        label: 'API 5xx responses (%)',
      }),
      {
        threshold: 5,
        evaluationPeriods: 2,
        description: '5% or more of API requests failed with a 5xx for 10 minutes.',
      },
    );
    // Requests are a few DynamoDB calls; a p99 of 2 s for 15 minutes running is more than cold starts.
    this.add('ApiLatencyP99', props.httpApi.metricLatency({ period: PERIOD, statistic: 'p99' }), {
      threshold: 2000,
      evaluationPeriods: 3,
      description: 'p99 API latency of 2 seconds or more for 15 minutes.',
    });
    // Requests answered SERVICE_UNAVAILABLE (throttled, timed out or unreachable DynamoDB, after the SDK's
    // retries): the function publishes one count per such request. As a share of all requests, so it means
    // the same at any traffic; 1% for two periods running is well above what momentary throttling leaves
    // after retries (about 0.4% even with 30% of calls throttled) and well below what users would notice.
    this.add(
      'ServiceUnavailableRate',
      new MathExpression({
        expression: 'IF(requests > 0, 100 * FILL(unavailable, 0) / requests, 0)',
        usingMetrics: {
          unavailable: new Metric({
            namespace: METRICS_NAMESPACE,
            metricName: SERVICE_UNAVAILABLE_METRIC,
            dimensionsMap: { service: metricsServiceName(props.stage) },
            period: PERIOD,
            statistic: 'Sum',
          }),
          requests: props.httpApi.metricCount({ period: PERIOD, statistic: 'Sum' }),
        },
        period: PERIOD,
        label: 'Requests answered SERVICE_UNAVAILABLE (%)',
      }),
      {
        threshold: 1,
        evaluationPeriods: 2,
        description:
          '1% or more of API requests were answered SERVICE_UNAVAILABLE (DynamoDB throttled, slow or ' +
          'unreachable) for 10 minutes. The log lines "Service unavailable" name the cause.',
      },
    );
    // On-demand tables still throttle (a traffic spike above twice the previous peak, or a hot partition).
    // ThrottledRequests is only published when something was throttled, so each operation's series is
    // filled with zeros first: a plain sum of sparse series has no value when any one of them is missing.
    const throttledByOperation = Object.fromEntries(
      TABLE_OPERATIONS.map((operation) => [
        operation.toLowerCase(),
        props.table.metricThrottledRequestsForOperation(operation, { period: PERIOD, statistic: 'Sum' }),
      ]),
    );
    this.add(
      'TableThrottles',
      new MathExpression({
        expression: Object.keys(throttledByOperation)
          .map((id) => `FILL(${id}, 0)`)
          .join(' + '),
        usingMetrics: throttledByOperation,
        period: PERIOD,
        label: 'DynamoDB throttled requests',
      }),
      {
        threshold: 1,
        evaluationPeriods: 1,
        description: 'DynamoDB throttled requests to the register table or its indexes.',
      },
    );
  }

  private add(
    id: string,
    metric: IMetric,
    options: { threshold: number; evaluationPeriods: number; description: string },
  ): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold: options.threshold,
      evaluationPeriods: options.evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
