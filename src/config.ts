import * as z from 'zod';

/**
 * The environment, read and validated once at start-up. A missing or malformed setting stops the process
 * with a message naming it, instead of failing on the first request.
 *
 * | variable | meaning |
 * | --- | --- |
 * | TABLE_NAME | the DynamoDB table (required) |
 * | AWS_REGION | region of the table (Lambda sets it; defaults to eu-west-2 locally) |
 * | DYNAMODB_ENDPOINT | a DynamoDB-compatible endpoint such as DynamoDB Local; unset in AWS |
 * | AUTH_MODE | `cognito` (AWS) or `local` (tokens signed by the local server's key) |
 * | COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID | required when AUTH_MODE=cognito |
 * | PLATFORM_ADMIN_IDS | comma-separated user ids (token `sub`) of platform admins |
 * | CURSOR_SECRET | key that signs pagination cursors (at least 32 characters) |
 * | CURSOR_SECRET_ARN | instead of CURSOR_SECRET: a Secrets Manager secret holding it (AWS) |
 * | INTROSPECTION | `true` to allow schema introspection (dev), `false` in prod |
 * | STAGE | a label for logs: `local`, `dev`, `prod`... |
 * | PHOTOS_BUCKET | the S3 bucket of surplus listings' photos (the stack sets it; the local server uses a folder) |
 * | PINNED_TODAY | local only (`npm start -- --today YYYY-MM-DD`): the date the whole server believes it is |
 */
const environmentSchema = z.object({
  TABLE_NAME: z.string().min(3).max(255),
  AWS_REGION: z.string().min(1).default('eu-west-2'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  AUTH_MODE: z.enum(['cognito', 'local']).default('cognito'),
  COGNITO_USER_POOL_ID: z.string().optional(),
  COGNITO_CLIENT_ID: z.string().optional(),
  PLATFORM_ADMIN_IDS: z.string().default(''),
  CURSOR_SECRET: z.string().min(32).optional(),
  CURSOR_SECRET_ARN: z.string().startsWith('arn:').optional(),
  INTROSPECTION: z.enum(['true', 'false']).default('false'),
  STAGE: z.string().default('dev'),
  PHOTOS_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
    .optional(),
  PINNED_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'must be a real calendar date')
    .optional(),
});

/** Rules across settings, checked on the raw environment so they are reported with every field problem. */
function findCrossFieldProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (
    (env['AUTH_MODE'] ?? 'cognito') === 'cognito' &&
    !(env['COGNITO_USER_POOL_ID'] && env['COGNITO_CLIENT_ID'])
  ) {
    problems.push('COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID are required when AUTH_MODE=cognito');
  }
  if (!env['CURSOR_SECRET'] && !env['CURSOR_SECRET_ARN'])
    problems.push('set CURSOR_SECRET or CURSOR_SECRET_ARN');
  // A pinned date is for demos and rehearsals on a developer's machine; in AWS it would falsify every deadline.
  if (env['PINNED_TODAY'] && (env['AUTH_MODE'] ?? 'cognito') !== 'local') {
    problems.push('PINNED_TODAY (--today) is for the local server only (AUTH_MODE=local), never in AWS');
  }
  return problems;
}

export interface AppConfig {
  readonly tableName: string;
  readonly region: string;
  readonly dynamoDbEndpoint: string | null;
  readonly auth:
    | { readonly mode: 'cognito'; readonly userPoolId: string; readonly clientId: string }
    | { readonly mode: 'local' };
  readonly platformAdminIds: ReadonlySet<string>;
  readonly cursorSecret: { readonly value: string } | { readonly secretArn: string };
  readonly introspection: boolean;
  readonly stage: string;
  /** The S3 bucket of listings' photos; null where there is none (the local server and tests use a folder). */
  readonly photosBucket: string | null;
  /** The date the server believes it is (local rehearsals only); null: the real date. */
  readonly pinnedToday: string | null;
}

/** Reads the configuration from `env`, throwing one error that lists every problem. */
export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...findCrossFieldProblems(env),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    tableName: e.TABLE_NAME,
    region: e.AWS_REGION,
    dynamoDbEndpoint: e.DYNAMODB_ENDPOINT ?? null,
    auth:
      e.AUTH_MODE === 'cognito'
        ? { mode: 'cognito', userPoolId: e.COGNITO_USER_POOL_ID ?? '', clientId: e.COGNITO_CLIENT_ID ?? '' }
        : { mode: 'local' },
    platformAdminIds: new Set(
      e.PLATFORM_ADMIN_IDS.split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
    cursorSecret: e.CURSOR_SECRET ? { value: e.CURSOR_SECRET } : { secretArn: e.CURSOR_SECRET_ARN ?? '' },
    introspection: e.INTROSPECTION === 'true',
    stage: e.STAGE,
    photosBucket: e.PHOTOS_BUCKET ?? null,
    pinnedToday: e.PINNED_TODAY ?? null,
  };
}

/**
 * The CloudWatch metric the function publishes for each request answered SERVICE_UNAVAILABLE, in the
 * namespace below, and the stack alarms on. Shared here because both the app and the stack read it.
 */
export const SERVICE_UNAVAILABLE_METRIC = 'ServiceUnavailable';
export const METRICS_NAMESPACE = 'MashRegister';
