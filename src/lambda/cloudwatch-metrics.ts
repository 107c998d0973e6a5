import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { SERVICE_UNAVAILABLE_METRIC } from '../config';
import type { ServiceMetrics } from '../kernel/graphql/service-metrics';

/**
 * Publishes the register's own metrics to CloudWatch in embedded metric format (one JSON log line that
 * CloudWatch turns into a metric; no API call, no extra latency). Namespace and service come from
 * POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME, set by the stack next to the alarm that reads
 * them. A line is written only for a request that failed, so healthy requests cost nothing.
 */
export function createCloudWatchMetrics(): ServiceMetrics {
  const metrics = new Metrics();
  return {
    countServiceUnavailable(cause) {
      // The cause rides along as metadata (searchable in Logs Insights), not as a dimension, so the alarm
      // reads one series whatever the cause.
      metrics.addMetadata('cause', cause);
      metrics.addMetric(SERVICE_UNAVAILABLE_METRIC, MetricUnit.Count, 1);
      metrics.publishStoredMetrics();
    },
  };
}
