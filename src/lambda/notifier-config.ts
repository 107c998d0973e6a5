import * as z from 'zod';

/**
 * The notifier functions' environment (cdk/lib/notifier.ts sets it), read and validated once per execution
 * environment: a missing or malformed setting stops the function at start with a message naming it.
 *
 * | variable | meaning |
 * | --- | --- |
 * | TABLE_NAME | the register table (required) |
 * | AWS_REGION | its region (Lambda sets it) |
 * | DYNAMODB_ENDPOINT | a DynamoDB-compatible endpoint (tests); unset in AWS |
 * | STAGE | a label for logs |
 * | MAIL_FROM | the default sender; empty: none configured (every email delivery fails, with its reason) |
 * | MAIL_FROM_BY_COUNCIL | a JSON object of council GSS code to that council's own sender |
 * | MAIL_CONFIGURATION_SET | the SES configuration set whose events report bounces and complaints |
 * | WEBHOOK_RETRY_QUEUE_URL | the SQS queue webhook retries wait in |
 */
const EMAIL = z.email();
const environmentSchema = z.object({
  TABLE_NAME: z.string().min(3).max(255),
  AWS_REGION: z.string().min(1).default('eu-west-2'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  STAGE: z.string().default('dev'),
  MAIL_FROM: z.union([z.literal(''), EMAIL]).default(''),
  MAIL_FROM_BY_COUNCIL: z
    .string()
    .default('{}')
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().regex(/^[EWSN]\d{8}$/, 'must be a council GSS code'), EMAIL)),
  MAIL_CONFIGURATION_SET: z.string().min(1),
  WEBHOOK_RETRY_QUEUE_URL: z.url(),
});

export interface NotifierConfig {
  readonly tableName: string;
  readonly region: string;
  readonly dynamoDbEndpoint: string | null;
  readonly stage: string;
  /** Who notices are sent from: a council's own sender, else the default (null: none configured). */
  readonly senders: {
    readonly defaultFrom: string | null;
    readonly byCouncil: Readonly<Record<string, string>>;
  };
  readonly configurationSetName: string;
  readonly retryQueueUrl: string;
}

/** Reads the notifier's configuration from `env`, throwing one error that lists every problem. */
export function readNotifierConfig(env: Record<string, string | undefined> = process.env): NotifierConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid notifier configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    tableName: e.TABLE_NAME,
    region: e.AWS_REGION,
    dynamoDbEndpoint: e.DYNAMODB_ENDPOINT ?? null,
    stage: e.STAGE,
    senders: { defaultFrom: e.MAIL_FROM === '' ? null : e.MAIL_FROM, byCouncil: e.MAIL_FROM_BY_COUNCIL },
    configurationSetName: e.MAIL_CONFIGURATION_SET,
    retryQueueUrl: e.WEBHOOK_RETRY_QUEUE_URL,
  };
}
