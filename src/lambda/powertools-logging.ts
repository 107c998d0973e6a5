import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../app/create-app';
import { createJsonRequestLog } from './request-log';
import type { RequestLog } from './request-log';

/**
 * The Lambda's logs, all through one Powertools logger: JSON lines with level, message, timestamp and
 * service (POWERTOOLS_SERVICE_NAME, set by the stack), at the level POWERTOOLS_LOG_LEVEL says (INFO unless
 * set; WARN silences the request entries and keeps the errors). The app's error and warning lines and the
 * request entries then share one shape that CloudWatch Logs Insights queries by field.
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
