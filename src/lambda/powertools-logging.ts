import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../app/create-app';
import { createJsonRequestLog } from './request-log';
import type { RequestLog } from './request-log';

/**
 * The Lambda's logs, all through one Powertools logger: JSON lines with level, message, timestamp and
 * service (POWERTOOLS_SERVICE_NAME, set by the stack). The level is the function's application log level:
 * the stack uses Lambda's JSON log format, whose AWS_LAMBDA_LOG_LEVEL Powertools obeys (INFO unless set;
 * WARN drops the request entries and keeps the errors; POWERTOOLS_LOG_LEVEL serves only where it is unset).
 * The app's error and warning lines and the request entries share one shape, queried by field in CloudWatch
 * Logs Insights.
 */
export function createLambdaLogging(logger: PowertoolsLogger = new PowertoolsLogger()): {
  readonly logger: Logger;
  readonly requestLog: RequestLog;
} {
  return {
    logger: {
      error: (message, details) => logger.error(message, { ...details }),
      warn: (message, details) => logger.warn(message, { ...details }),
      info: (message, details) => logger.info(message, { ...details }),
    },
    requestLog: createJsonRequestLog(logger),
  };
}
