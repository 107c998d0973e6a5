/**
 * Signing a webhook delivery as the Standard Webhooks specification says, so a partner can verify it with any
 * of its libraries (the `standardwebhooks` npm package checks ours in the tests):
 *
 *   webhook-id:        the event's id (the same on every retry, so a receiver can drop duplicates)
 *   webhook-timestamp: seconds since the epoch, when this attempt was signed
 *   webhook-signature: `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when an
 *                      endpoint's secret is being rotated (old and new both sign for a while)
 *
 * A secret is `whsec_` and the base64 of 32 random bytes; the HMAC key is those bytes.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret, shown to the endpoint's admin once. */
export function createWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

function keyOf(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length < 24 || key.length > 64) throw new RangeError('a webhook secret holds 24 to 64 bytes');
  return key;
}

/** One signature (`v1,...`) of a message under one secret. */
export function signWithSecret(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', keyOf(secret))
    .update(`${id}.${timestampSeconds}.${body}`)
    .digest('base64');
  return `v1,${mac}`;
}

/** The three headers of a delivery, signed with every current secret of the endpoint (newest first). */
export function webhookHeaders(
  secrets: readonly string[],
  id: string,
  timestampSeconds: number,
  body: string,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  if (secrets.length === 0) throw new Error('an endpoint has at least one secret');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': secrets
      .map((secret) => signWithSecret(secret, id, timestampSeconds, body))
      .join(' '),
  };
}

/**
 * True when one of the signatures of `header` is the message's under `secret` and the timestamp is within
 * `toleranceSeconds` of `nowSeconds` (what a receiver checks; the partner guide's example uses the package).
 */
export function hasValidSignature(
  secret: string,
  headers: { readonly id: string; readonly timestamp: string; readonly signature: string },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWithSecret(secret, headers.id, timestamp, body));
  return headers.signature.split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
