import { createPrivateKey, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, createLocalTokenVerifier } from '../../../src/auth/token-verifier';
import { generateSigningKey, signLocalToken, toJwks } from '../../../src/local/signing-key';
import type { LocalSigningKey } from '../../../src/local/signing-key';

const key = generateSigningKey();
const verifier = createLocalTokenVerifier(toJwks(key));

/** A token signed with the local key carrying exactly `payload`. */
function signRaw(signingKey: LocalSigningKey, payload: Record<string, unknown>): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: signingKey.keyId };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode(header)}.${encode(payload)}`;
  const signature = sign(
    'RSA-SHA256',
    Buffer.from(input),
    createPrivateKey({ key: signingKey.privateJwk, format: 'jwk' }),
  );
  return `${input}.${signature.toString('base64url')}`;
}

describe('the local token verifier', () => {
  it('accepts a token from npm run token, which expires', async () => {
    const identity = await verifier.verify(
      signLocalToken(key, { userId: 'alice', email: 'Alice@Example.org' }),
    );

    expect(identity).toEqual({ userId: 'alice', email: 'alice@example.org', emailVerified: true });
  });

  it('refuses a correctly signed token without exp, which would never expire', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = signRaw(key, {
      iss: LOCAL_ISSUER,
      aud: LOCAL_AUDIENCE,
      sub: 'alice',
      iat: now,
      token_use: 'id',
    });

    await expect(verifier.verify(token)).rejects.toThrow(/no expiry/);
  });

  it('refuses an expired token', async () => {
    const token = signLocalToken(
      key,
      { userId: 'alice', lifetimeSeconds: 60 },
      new Date(Date.now() - 3_600_000),
    );

    await expect(verifier.verify(token)).rejects.toThrow();
  });
});
