/**
 * AWS Signature Version 4 for the few S3 requests the photo store makes: the signing key chain, a request
 * signed in its headers (HEAD, COPY, DELETE), a presigned URL (GET), and the signature of a browser POST
 * policy. The algorithm is AWS's "Signature Version 4 signing process": a canonical request (method, path,
 * sorted query, sorted lower-case headers, the payload's SHA-256), its hash in a string to sign with the
 * date and the credential scope, and an HMAC-SHA256 of that under a key derived from the secret by four
 * HMACs (date, region, service, "aws4_request").
 *
 * Written here rather than taken from @smithy/signature-v4: that package is only a transitive dependency of
 * the DynamoDB client (this project does not name it, so it may move under us), and what the photos need is
 * these sixty lines over node:crypto. tests/unit/kernel/photos/sigv4.test.ts checks them against AWS's
 * published examples.
 */
import { createHash, createHmac } from 'node:crypto';

export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Temporary credentials (Lambda's role) carry a session token, which every request must name. */
  readonly sessionToken?: string | undefined;
}

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';
/** The hash of an empty payload: HEAD, GET, DELETE and COPY send none. */
export const EMPTY_PAYLOAD_HASH = createHash('sha256').update('').digest('hex');

/** 20151229T000000Z and 20151229: the two forms of a moment SigV4 uses. */
export function amzDates(now: Date): { readonly amzDate: string; readonly shortDate: string } {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return { amzDate, shortDate: amzDate.slice(0, 8) };
}

/** `<date>/<region>/<service>/aws4_request`. */
export function credentialScope(shortDate: string, region: string, service: string): string {
  return `${shortDate}/${region}/${service}/aws4_request`;
}

/** The signing key: HMAC chain from "AWS4" + secret over the date, region, service and "aws4_request". */
export function signingKey(secret: string, shortDate: string, region: string, service: string): Buffer {
  const hmac = (key: string | Buffer, data: string) =>
    createHmac('sha256', key).update(data, 'utf8').digest();
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, shortDate), region), service), 'aws4_request');
}

/** The hex HMAC-SHA256 of `text` under `key`: the signature of a string to sign or a POST policy. */
export function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ is percent-encoded. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

interface Signable {
  readonly method: string;
  readonly url: URL;
  /** Lower-case names; `host` is added from the URL. */
  readonly headers: Readonly<Record<string, string>>;
  readonly payloadHash: string;
  readonly query: Readonly<Record<string, string>>;
}

function signature(
  request: Signable,
  credentials: AwsCredentials,
  region: string,
  service: string,
  now: Date,
): { readonly signature: string; readonly signedHeaders: string } {
  const { amzDate, shortDate } = amzDates(now);
  const headers: Record<string, string> = { host: request.url.host, ...request.headers };
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const canonicalQuery = Object.entries(request.query)
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  // S3 paths are encoded once (each segment), not twice as other services'.
  const canonicalPath = request.url.pathname
    .split('/')
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join('/');
  const canonicalRequest = [
    request.method,
    canonicalPath,
    canonicalQuery,
    names.map((name) => `${name}:${String(headers[name]).trim()}\n`).join(''),
    signedHeaders,
    request.payloadHash,
  ].join('\n');
  const stringToSign = [
    SIGV4_ALGORITHM,
    amzDate,
    credentialScope(shortDate, region, service),
    createHash('sha256').update(canonicalRequest, 'utf8').digest('hex'),
  ].join('\n');
  return {
    signature: hmacHex(signingKey(credentials.secretAccessKey, shortDate, region, service), stringToSign),
    signedHeaders,
  };
}

/** The headers that sign a request in its `authorization` header (with `x-amz-date` and the payload hash). */
export function signedRequestHeaders(
  request: {
    readonly method: string;
    readonly url: URL;
    readonly headers?: Readonly<Record<string, string>>;
  },
  credentials: AwsCredentials,
  region: string,
  now: Date,
  service = 's3',
): Record<string, string> {
  const { amzDate, shortDate } = amzDates(now);
  const headers: Record<string, string> = {
    ...request.headers,
    'x-amz-content-sha256': EMPTY_PAYLOAD_HASH,
    'x-amz-date': amzDate,
    ...(credentials.sessionToken ? { 'x-amz-security-token': credentials.sessionToken } : {}),
  };
  const query = Object.fromEntries(request.url.searchParams);
  const signed = signature(
    { method: request.method, url: request.url, headers, payloadHash: EMPTY_PAYLOAD_HASH, query },
    credentials,
    region,
    service,
    now,
  );
  const scope = credentialScope(shortDate, region, service);
  return {
    ...headers,
    authorization: `${SIGV4_ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed.signedHeaders}, Signature=${signed.signature}`,
  };
}

/** A URL that performs `method` on `url` until `expiresInSeconds` from `now`, for whoever holds it. */
export function presignUrl(
  request: { readonly method: string; readonly url: URL },
  credentials: AwsCredentials,
  region: string,
  now: Date,
  expiresInSeconds: number,
  service = 's3',
): string {
  const { amzDate, shortDate } = amzDates(now);
  const query: Record<string, string> = {
    ...Object.fromEntries(request.url.searchParams),
    'X-Amz-Algorithm': SIGV4_ALGORITHM,
    'X-Amz-Credential': `${credentials.accessKeyId}/${credentialScope(shortDate, region, service)}`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(expiresInSeconds),
    ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
    'X-Amz-SignedHeaders': 'host',
  };
  const signed = signature(
    { method: request.method, url: request.url, headers: {}, payloadHash: 'UNSIGNED-PAYLOAD', query },
    credentials,
    region,
    service,
    now,
  );
  const search = Object.entries({ ...query, 'X-Amz-Signature': signed.signature })
    .map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`)
    .join('&');
  return `${request.url.origin}${request.url.pathname}?${search}`;
}
