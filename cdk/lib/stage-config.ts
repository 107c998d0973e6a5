/**
 * What differs between deployments, read once from the CDK context. Each setting comes from
 * `--context key=value` on the command line, else from the stage's block under `stages` in cdk.json.
 * A bad value stops the synth with one error listing every problem, before any resource is made.
 */
export const STAGES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGES)[number];

export interface StageConfig {
  readonly stage: StageName;
  /** Browser origins allowed to call the API (CORS); empty means server-to-server callers only. */
  readonly corsOrigins: readonly string[];
  /** Cognito `sub`s of the platform admins. */
  readonly platformAdminIds: readonly string[];
  /** Addresses subscribed to the alarm topic (each must confirm the subscription email). */
  readonly alarmEmails: readonly string[];
  /** Steady-state requests per second API Gateway lets through before answering 429. */
  readonly throttleRateLimit: number;
  /** Requests API Gateway lets through in a burst above the steady rate. */
  readonly throttleBurstLimit: number;
  /**
   * Reserved concurrency of the GraphQL function: the most instances that may run at once. It bounds what
   * abuse can cost (each instance holds at most one request for at most the function timeout) and keeps the
   * rest of the account's concurrency for everything else; it is also guaranteed to this function.
   */
  readonly reservedConcurrency: number;
  /**
   * Where Cognito's hosted sign-in page may send people back to (the authorization code with PKCE flow of a
   * single-page app). Empty: no hosted sign-in (no Cognito domain, no OAuth on the app client); frontends
   * then sign in through their own screens with SRP.
   */
  readonly signInCallbackUrls: readonly string[];
  /** Where the hosted sign-out may send people back to; the callback URLs' origins when not set. */
  readonly signInLogoutUrls: readonly string[];
  /**
   * The prefix of the Cognito domain of the hosted sign-in (`<prefix>.auth.<region>.amazoncognito.com`),
   * unique in the region; `mash-register-<stage>-<account>` when not set.
   */
  readonly signInDomainPrefix: string | null;
  /**
   * The address notices are sent from when their council has no sender of its own (the SES identity of it, or
   * of its domain, must be verified in the account). Null: none set yet; every email delivery then fails with
   * its reason and the notifier's alarms say so.
   */
  readonly mailFrom: string | null;
  /** A council's own sender, by its GSS code (`E07000078`): its notices are sent from this address. */
  readonly councilMailFrom: Readonly<Record<string, string>>;
}

/** Reads one context value, as `app.node.tryGetContext` does. */
export type ContextReader = (key: string) => unknown;

// API Gateway's per-account, per-region default quota; a stage limit above it has no effect.
const ACCOUNT_RATE_LIMIT = 10_000;
const ACCOUNT_BURST_LIMIT = 5_000;
// Lambda's default concurrency quota per account and region; it must keep 10 unreserved.
const ACCOUNT_CONCURRENCY = 1_000;
const UNRESERVED_MINIMUM = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
// The GSS code of an English council: unitary (E06), district (E07), metropolitan (E08), London borough (E09)
// or county (E10). The stack shares nothing of the app but the table definition, so not its reference data.
const COUNCIL_CODE = /^E(0[6-9]|10)\d{6}$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
// Cognito's rule for a domain prefix: lower-case letters, digits and hyphens, not starting or ending with a
// hyphen, and not naming AWS, Amazon or Cognito.
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED_IN_PREFIX = /aws|amazon|cognito/;

/**
 * Parses and validates the stage settings. Throws an Error naming every bad setting; never returns a
 * partially valid config.
 */
export function readStageConfig(readContext: ContextReader): StageConfig {
  const problems: string[] = [];
  const stageValue = readContext('stage');
  if (!isStageName(stageValue)) {
    throw new Error(
      `Invalid deployment context: stage must be one of ${STAGES.join(', ')} (got ${show(stageValue)})`,
    );
  }
  const stage = stageValue;
  const defaults = readStageDefaults(readContext('stages'), stage);
  const setting = (key: string): unknown => readContext(key) ?? defaults[key];

  const corsOrigins = readList(setting('corsOrigins'), 'corsOrigins', problems);
  for (const origin of corsOrigins) {
    const problem = checkOrigin(origin, stage);
    if (problem) problems.push(`corsOrigins: ${show(origin)} ${problem}`);
  }
  const platformAdminIds = readList(setting('platformAdminIds'), 'platformAdminIds', problems);
  for (const id of platformAdminIds) {
    if (!UUID.test(id))
      problems.push(`platformAdminIds: ${show(id)} is not a Cognito user sub (a lower-case UUID)`);
  }
  const alarmEmails = readList(setting('alarmEmails'), 'alarmEmails', problems);
  for (const email of alarmEmails) {
    if (!EMAIL.test(email)) problems.push(`alarmEmails: ${show(email)} is not an email address`);
  }
  const throttleRateLimit = readLimit(
    setting('throttleRateLimit'),
    'throttleRateLimit',
    ACCOUNT_RATE_LIMIT,
    problems,
  );
  const throttleBurstLimit = readLimit(
    setting('throttleBurstLimit'),
    'throttleBurstLimit',
    ACCOUNT_BURST_LIMIT,
    problems,
  );

  const reservedConcurrency = readLimit(
    setting('reservedConcurrency'),
    'reservedConcurrency',
    ACCOUNT_CONCURRENCY - UNRESERVED_MINIMUM,
    problems,
  );

  const signInCallbackUrls = readList(setting('signInCallbackUrls'), 'signInCallbackUrls', problems);
  const goodCallbackUrls: string[] = [];
  for (const url of signInCallbackUrls) {
    const problem = checkRedirectUrl(url, stage);
    if (problem) problems.push(`signInCallbackUrls: ${show(url)} ${problem}`);
    else goodCallbackUrls.push(url);
  }
  const logoutSetting = readList(setting('signInLogoutUrls'), 'signInLogoutUrls', problems);
  for (const url of logoutSetting) {
    const problem = checkRedirectUrl(url, stage);
    if (problem) problems.push(`signInLogoutUrls: ${show(url)} ${problem}`);
  }
  const signInLogoutUrls =
    logoutSetting.length > 0 ? logoutSetting : originsOf(goodCallbackUrls).map((origin) => `${origin}/`);
  const prefixValue = setting('signInDomainPrefix');
  let signInDomainPrefix: string | null = null;
  if (prefixValue !== undefined && prefixValue !== null && prefixValue !== '') {
    if (
      typeof prefixValue !== 'string' ||
      !DOMAIN_PREFIX.test(prefixValue) ||
      RESERVED_IN_PREFIX.test(prefixValue)
    ) {
      problems.push(
        `signInDomainPrefix: ${show(prefixValue)} must be 1-63 lower-case letters, digits and hyphens ` +
          '(no hyphen first or last), without "aws", "amazon" or "cognito"',
      );
    } else {
      signInDomainPrefix = prefixValue;
    }
  }
  if (logoutSetting.length > 0 && signInCallbackUrls.length === 0) {
    problems.push('signInLogoutUrls: set without signInCallbackUrls (hosted sign-in is off without them)');
  }

  const mailFromValue = setting('mailFrom');
  let mailFrom: string | null = null;
  if (mailFromValue !== undefined && mailFromValue !== null && mailFromValue !== '') {
    if (typeof mailFromValue === 'string' && EMAIL.test(mailFromValue.trim()))
      mailFrom = mailFromValue.trim();
    else problems.push(`mailFrom: ${show(mailFromValue)} is not an email address`);
  }
  const councilMailFrom = readCouncilSenders(setting('councilMailFrom'), problems);

  if (problems.length > 0) {
    throw new Error(`Invalid deployment context for stage ${stage}:\n  ${problems.join('\n  ')}`);
  }
  return {
    stage,
    corsOrigins,
    platformAdminIds,
    alarmEmails,
    throttleRateLimit,
    throttleBurstLimit,
    reservedConcurrency,
    signInCallbackUrls,
    signInLogoutUrls,
    signInDomainPrefix,
    mailFrom,
    councilMailFrom,
  };
}

/**
 * The councils' own senders: an object of GSS code to address in cdk.json, or `CODE=address,...` on the
 * command line. A code that is not an English council's GSS code is refused (a typo would send from the
 * default).
 */
function readCouncilSenders(value: unknown, problems: string[]): Record<string, string> {
  if (value === undefined || value === null || value === '') return {};
  const entries: [string, unknown][] =
    typeof value === 'string'
      ? value
          .split(',')
          .filter((pair) => pair.trim() !== '')
          .map((pair): [string, unknown] => {
            const [code = '', address = ''] = pair.split('=', 2);
            return [code.trim(), address.trim()];
          })
      : typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value as Record<string, unknown>)
        : [];
  if (entries.length === 0) {
    problems.push(`councilMailFrom: expected CODE=address pairs or an object of them (got ${show(value)})`);
    return {};
  }
  const senders: Record<string, string> = {};
  for (const [code, address] of entries) {
    if (!COUNCIL_CODE.test(code)) problems.push(`councilMailFrom: ${show(code)} is not a council's GSS code`);
    else if (typeof address !== 'string' || !EMAIL.test(address))
      problems.push(`councilMailFrom: ${show(address)} (for ${code}) is not an email address`);
    else senders[code] = address;
  }
  return senders;
}

function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

function readStageDefaults(stages: unknown, stage: StageName): Record<string, unknown> {
  if (typeof stages !== 'object' || stages === null) return {};
  const block: unknown = (stages as Record<string, unknown>)[stage];
  return typeof block === 'object' && block !== null ? (block as Record<string, unknown>) : {};
}

/** A list from cdk.json (a JSON array) or from the command line (comma-separated). */
function readList(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
    problems.push(`${key}: expected a comma-separated string or a list of strings (got ${show(value)})`);
    return [];
  }
  return [...new Set(items.map((item) => item.trim()).filter(Boolean))];
}

function readLimit(value: unknown, key: string, max: number, problems: string[]): number {
  const limit = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > max) {
    problems.push(`${key}: expected a whole number from 1 to ${max} (got ${show(value)})`);
    return 0;
  }
  return limit;
}

/** Why `origin` cannot be a CORS origin, or null when it can. */
function checkOrigin(origin: string, stage: StageName): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return 'is not a URL';
  }
  if (url.origin !== origin) return `is not a bare origin (scheme://host[:port], no path or trailing slash)`;
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) {
    // A local frontend talking to the dev stack is normal; in prod it would let any local page call the API.
    return stage === 'dev' ? null : 'uses http; only dev accepts local http origins';
  }
  return 'must use https';
}

/**
 * Why `value` cannot be a URL Cognito's hosted sign-in redirects to, or null when it can: https (http only to
 * a local host, and only in dev, as for CORS origins), with no fragment (the code comes back in the query).
 */
function checkRedirectUrl(value: string, stage: StageName): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.hash !== '' || value.includes('#')) return 'must not have a fragment (#...)';
  if (url.username !== '' || url.password !== '') return 'must not carry a user name or password';
  return checkOrigin(url.origin, stage);
}

function originsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((url) => new URL(url).origin))];
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
