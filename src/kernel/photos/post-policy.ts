/**
 * S3's browser upload by HTTP POST (AWS Signature Version 4): the policy a form carries, its signature, and
 * how S3 judges a form against them. The API writes the policy (what may be uploaded: this key, this
 * content type, up to this size, until this moment) and signs it; the browser posts the file straight to
 * the bucket with the form's fields. The local server judges a posted form with `judgePostUpload` exactly as
 * S3 does, so an upload refused in the cloud is refused on a developer's machine too.
 *
 * The rules, from S3's "Creating a POST policy" and "Authenticating requests: browser-based uploads":
 * - the policy is base64 JSON `{ expiration, conditions }`; its signature is the hex HMAC-SHA256 of the
 *   base64 text under the SigV4 signing key of the credential's date and region, service `s3`;
 * - past `expiration` the form is refused (403 AccessDenied, "Policy expired");
 * - every condition must hold: `{ "field": "value" }` and `["eq", "$field", "value"]` an exact match,
 *   `["starts-with", "$field", "prefix"]` a prefix, `["content-length-range", min, max]` the file's size
 *   in bytes (400 EntityTooLarge or EntityTooSmall otherwise); `bucket` is the bucket posted to;
 * - every field of the form except `policy`, `x-amz-signature`, `file` and those starting `x-ignore-` must
 *   be named by a condition ("Extra input fields");
 * - field names are case-insensitive, values are not.
 */
import { timingSafeEqual } from 'node:crypto';
import type { AwsCredentials } from './sigv4';
import { amzDates, credentialScope, hmacHex, SIGV4_ALGORITHM, signingKey } from './sigv4';

export type PolicyCondition =
  | Readonly<Record<string, string>>
  | readonly ['eq' | 'starts-with', string, string]
  | readonly ['content-length-range', number, number];

export interface PostPolicy {
  /** ISO 8601, e.g. 2026-11-23T09:15:00.000Z. */
  readonly expiration: string;
  readonly conditions: readonly PolicyCondition[];
}

/** A form for one upload: post `fields` and then the file (named `file`, last) to `url`. */
export interface PresignedPost {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
}

export interface PostUploadRequest {
  /** Where the form is posted: the bucket's endpoint (or the local server's upload path). */
  readonly url: string;
  readonly bucket: string;
  readonly key: string;
  readonly contentType: string;
  /** The largest file accepted, in bytes (the policy's `content-length-range`). */
  readonly maxBytes: number;
  /** `x-amz-meta-*` values the object must carry (names without the prefix). */
  readonly metadata: Readonly<Record<string, string>>;
  readonly expiresAt: Date;
  readonly credentials: AwsCredentials;
  readonly region: string;
  readonly now: Date;
}

/** The policy of one upload: exactly this key and content type, 1 to `maxBytes` bytes, signed fields. */
export function uploadPolicy(request: PostUploadRequest): PostPolicy {
  const { amzDate, shortDate } = amzDates(request.now);
  const credential = `${request.credentials.accessKeyId}/${credentialScope(shortDate, request.region, 's3')}`;
  return {
    expiration: request.expiresAt.toISOString(),
    conditions: [
      { bucket: request.bucket },
      ['eq', '$key', request.key],
      ['eq', '$Content-Type', request.contentType],
      ['content-length-range', 1, request.maxBytes],
      ...Object.entries(request.metadata).map(([name, value]) => ({ [`x-amz-meta-${name}`]: value })),
      { 'x-amz-algorithm': SIGV4_ALGORITHM },
      { 'x-amz-credential': credential },
      { 'x-amz-date': amzDate },
      ...(request.credentials.sessionToken
        ? [{ 'x-amz-security-token': request.credentials.sessionToken }]
        : []),
    ],
  };
}

/** The signature of a base64 policy: the hex HMAC-SHA256 under the signing key of its date and region. */
export function signPolicy(policyBase64: string, secret: string, shortDate: string, region: string): string {
  return hmacHex(signingKey(secret, shortDate, region, 's3'), policyBase64);
}

/** The form of one upload: its policy, signed, and every field the policy names. */
export function presignPost(request: PostUploadRequest): PresignedPost {
  const { amzDate, shortDate } = amzDates(request.now);
  const policy = Buffer.from(JSON.stringify(uploadPolicy(request)), 'utf8').toString('base64');
  const fields: Record<string, string> = {
    key: request.key,
    'Content-Type': request.contentType,
    ...Object.fromEntries(
      Object.entries(request.metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]),
    ),
    'X-Amz-Algorithm': SIGV4_ALGORITHM,
    'X-Amz-Credential': `${request.credentials.accessKeyId}/${credentialScope(shortDate, request.region, 's3')}`,
    'X-Amz-Date': amzDate,
    ...(request.credentials.sessionToken ? { 'X-Amz-Security-Token': request.credentials.sessionToken } : {}),
    Policy: policy,
    'X-Amz-Signature': signPolicy(policy, request.credentials.secretAccessKey, shortDate, request.region),
  };
  return { url: request.url, fields };
}

/** Why S3 refuses a posted form: its HTTP status and error code, as S3 answers them. */
export interface PostRefusal {
  readonly status: 400 | 403;
  readonly code:
    | 'AccessDenied'
    | 'SignatureDoesNotMatch'
    | 'InvalidPolicyDocument'
    | 'EntityTooLarge'
    | 'EntityTooSmall'
    | 'InvalidArgument';
  readonly message: string;
}

/** Fields S3 never asks a condition for. */
const UNCONDITIONED = new Set(['policy', 'x-amz-signature', 'file']);

/**
 * S3's judgement of a posted form: null when the upload is accepted, else the refusal. `fields` are the
 * form's text fields (any case), `fileBytes` the size of its file. `secretFor` gives the secret of the
 * credential's access key (undefined: unknown key); `bucket` is the bucket posted to.
 */
export function judgePostUpload(
  form: {
    readonly fields: Readonly<Record<string, string>>;
    readonly fileBytes: number;
    readonly bucket: string;
  },
  secretFor: (accessKeyId: string) => string | undefined,
  now: Date,
): PostRefusal | null {
  const fields = new Map(Object.entries(form.fields).map(([name, value]) => [name.toLowerCase(), value]));
  const policyBase64 = fields.get('policy');
  const signature = fields.get('x-amz-signature');
  if (policyBase64 === undefined || signature === undefined) {
    return {
      status: 403,
      code: 'AccessDenied',
      message: 'Bucket POST must contain a policy and a signature',
    };
  }
  if (fields.get('x-amz-algorithm') !== SIGV4_ALGORITHM) {
    return { status: 400, code: 'InvalidArgument', message: 'X-Amz-Algorithm must be AWS4-HMAC-SHA256' };
  }
  const [accessKeyId, shortDate, region, service, terminator] = (fields.get('x-amz-credential') ?? '').split(
    '/',
  );
  const secret = accessKeyId === undefined ? undefined : secretFor(accessKeyId);
  if (!secret || !shortDate || !region || service !== 's3' || terminator !== 'aws4_request') {
    return { status: 403, code: 'AccessDenied', message: 'The credential is malformed or unknown' };
  }
  const expected = Buffer.from(signPolicy(policyBase64, secret, shortDate, region));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided',
    };
  }
  const policy = parsePolicy(policyBase64);
  if (!policy) return { status: 400, code: 'InvalidPolicyDocument', message: 'Invalid Policy: malformed' };
  const expires = Date.parse(policy.expiration);
  if (Number.isNaN(expires) || now.getTime() >= expires) {
    return { status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' };
  }
  const valueOf = (name: string) => (name === 'bucket' ? form.bucket : (fields.get(name) ?? ''));
  const named = new Set<string>();
  for (const condition of policy.conditions) {
    const failed = judgeCondition(condition, valueOf, form.fileBytes, named);
    if (failed) return failed;
  }
  const extra = [...fields.keys()].filter(
    (name) => !UNCONDITIONED.has(name) && !name.startsWith('x-ignore-') && !named.has(name),
  );
  if (extra.length > 0) {
    return {
      status: 403,
      code: 'AccessDenied',
      message: `Invalid according to Policy: Extra input fields: ${extra.join(', ')}`,
    };
  }
  return null;
}

function judgeCondition(
  condition: PolicyCondition,
  valueOf: (name: string) => string,
  fileBytes: number,
  named: Set<string>,
): PostRefusal | null {
  const failed = (what: string): PostRefusal => ({
    status: 403,
    code: 'AccessDenied',
    message: `Invalid according to Policy: Policy Condition failed: ${what}`,
  });
  if (!isOperatorCondition(condition)) {
    for (const [name, value] of Object.entries(condition)) {
      const field = name.toLowerCase();
      named.add(field);
      if (valueOf(field) !== value) return failed(JSON.stringify({ [name]: value }));
    }
    return null;
  }
  if (condition[0] === 'content-length-range') {
    const [, least, most] = condition;
    if (fileBytes > most) {
      return {
        status: 400,
        code: 'EntityTooLarge',
        message: 'Your proposed upload exceeds the maximum allowed size',
      };
    }
    if (fileBytes < least) {
      return {
        status: 400,
        code: 'EntityTooSmall',
        message: 'Your proposed upload is smaller than the minimum allowed size',
      };
    }
    return null;
  }
  const [operator, first, second] = condition;
  const field = first.replace(/^\$/, '').toLowerCase();
  named.add(field);
  const value = valueOf(field);
  const holds = operator === 'eq' ? value === second : value.startsWith(second);
  return holds ? null : failed(JSON.stringify(condition));
}

/** `["eq" | "starts-with" | "content-length-range", ...]` rather than `{ "field": "value" }`. */
function isOperatorCondition(
  condition: PolicyCondition,
): condition is Extract<PolicyCondition, readonly unknown[]> {
  return Array.isArray(condition);
}
/** The policy in a form's `policy` field, or null when it is not a policy document. */
export function parsePolicy(policyBase64: string): PostPolicy | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(policyBase64, 'base64').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { expiration, conditions } = parsed as { expiration?: unknown; conditions?: unknown };
    if (typeof expiration !== 'string' || !Array.isArray(conditions)) return null;
    const wellFormed = conditions.every(
      (condition: unknown) =>
        (Array.isArray(condition) &&
          condition.length === 3 &&
          (condition[0] === 'content-length-range'
            ? typeof condition[1] === 'number' && typeof condition[2] === 'number'
            : (condition[0] === 'eq' || condition[0] === 'starts-with') &&
              typeof condition[1] === 'string' &&
              typeof condition[2] === 'string')) ||
        (typeof condition === 'object' &&
          condition !== null &&
          !Array.isArray(condition) &&
          Object.values(condition).every((value) => typeof value === 'string')),
    );
    return wellFormed ? { expiration, conditions: conditions as PolicyCondition[] } : null;
  } catch {
    return null;
  }
}
