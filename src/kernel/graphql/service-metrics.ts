import type { UnavailableCause } from '../domain/errors';

/**
 * Counts requests the register answered SERVICE_UNAVAILABLE, so an alarm can watch their rate. The Lambda
 * entry point publishes them to CloudWatch (src/lambda/cloudwatch-metrics.ts); elsewhere they are dropped
 * or, in tests, recorded.
 */
export interface ServiceMetrics {
  /** One request had at least one retryable failure; `cause` is the first one's. */
  countServiceUnavailable(cause: UnavailableCause): void;
}

export const noServiceMetrics: ServiceMetrics = { countServiceUnavailable: () => undefined };
