import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { DeadLetterQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** The longest an SQS message can be held back: a webhook retry due later is sent on in hops of this. */
export const MAX_SQS_DELAY = Duration.seconds(900);

/**
 * A queue of the notifier: encrypted (SQS-managed keys: its messages hold record identifiers and delivery
 * metadata, no one's address), reachable over TLS only, keeping messages for the full 14 days SQS allows so
 * an engineer back from a weekend can still redrive them.
 */
export function notifierQueue(
  scope: Construct,
  id: string,
  options: { visibilityTimeout?: Duration; deadLetterQueue?: DeadLetterQueue } = {},
): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    ...options,
  });
}

/**
 * A dead-letter queue, with an alarm on its depth to the operational alarm topic: a message in it is a
 * notice, retry or mail event that the notifier gave up on, which a person must look at.
 */
export function deadLetterQueue(
  scope: Construct,
  id: string,
  alarm: { topic: ITopic; description: string },
): Queue {
  const queue = notifierQueue(scope, id);
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason:
      'This queue is itself a dead-letter queue (of the notifier); what lands here is alarmed on and looked at ' +
      'by a person, so a further dead-letter queue behind it would only hide messages.',
  });
  const depth = new Alarm(scope, `${id}Depth`, {
    metric: queue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(5),
      statistic: 'Maximum',
    }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
    alarmDescription: alarm.description,
  });
  depth.addAlarmAction(new SnsAction(alarm.topic));
  depth.addOkAction(new SnsAction(alarm.topic));
  return queue;
}
