import { METRICS_NAMESPACE, SERVICE_UNAVAILABLE_METRIC } from '../config';
import type { ServiceMetrics } from '../kernel/graphql/service-metrics';

/**
 * Publishes the register's own metrics to CloudWatch in embedded metric format: one JSON log line that
 * CloudWatch turns into a metric (no API call, no extra latency;
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html).
 * Namespace and service come from POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME, set by the stack
 * next to the alarm that reads them (dimension `service`). A line is written only for a request that failed,
 * so healthy requests cost nothing.
 *
 * The line is written here rather than by @aws-lambda-powertools/metrics, which the function used before:
 * for one counter it was 13 KB of the Lambda bundle, and issue 17 caps the bundle at 1 MB. The line is the
 * one Powertools wrote (namespace, the `service` dimension, the cause as a property, not a dimension).
 */
export function createCloudWatchMetrics(
  env: Record<string, string | undefined> = process.env,
): ServiceMetrics {
  const namespace = env['POWERTOOLS_METRICS_NAMESPACE'] || METRICS_NAMESPACE;
  const service = env['POWERTOOLS_SERVICE_NAME'] || 'service_undefined';
  const disabled = env['POWERTOOLS_METRICS_DISABLED'] === 'true';
  return {
    countServiceUnavailable(cause) {
      if (disabled) return;
      const line = {
        _aws: {
          Timestamp: Date.now(),
          CloudWatchMetrics: [
            {
              Namespace: namespace,
              Dimensions: [['service']],
              Metrics: [{ Name: SERVICE_UNAVAILABLE_METRIC, Unit: 'Count' }],
            },
          ],
        },
        service,
        [SERVICE_UNAVAILABLE_METRIC]: 1,
        // Searchable in Logs Insights; not a dimension, so the alarm reads one series whatever the cause.
        cause,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    },
  };
}
