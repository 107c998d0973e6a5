import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../auth/token-verifier';

/**
 * The local server's token signing key: an RSA key pair kept in the data folder, so tokens printed by
 * `npm run token` stay valid across restarts. It stands in for Cognito on a developer's machine only.
 */
export interface LocalSigningKey {
  readonly keyId: string;
  readonly privateJwk: JsonWebKey;
}

const KEY_FILE = 'local-signing-key.json';

/** Loads the key from `dataDir`, creating it (and the folder) on first use. */
export function loadOrCreateSigningKey(dataDir: string): LocalSigningKey {
  const file = join(dataDir, KEY_FILE);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LocalSigningKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = generateSigningKey();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return key;
}

/** A fresh key pair, for tests and first runs. */
export function generateSigningKey(): LocalSigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { keyId: randomUUID(), privateJwk: privateKey.export({ format: 'jwk' }) };
}

/** The public half, as the JWKS the local verifier caches. */
export function toJwks(key: LocalSigningKey): Jwks {
  const publicJwk = createPublicKey({ key: key.privateJwk, format: 'jwk' }).export({ format: 'jwk' });
  return {
    keys: [
      {
        kty: 'RSA',
        n: String(publicJwk.n),
        e: String(publicJwk.e),
        kid: key.keyId,
        alg: 'RS256',
        use: 'sig',
      },
    ],
  };
}

export interface LocalTokenClaims {
  readonly userId: string;
  readonly email?: string | undefined;
  /** Defaults to true: locally a given email counts as verified. */
  readonly emailVerified?: boolean | undefined;
  readonly lifetimeSeconds?: number | undefined;
}

/** Signs an RS256 ID-style token the local verifier accepts. */
export function signLocalToken(key: LocalSigningKey, claims: LocalTokenClaims, now = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: key.keyId };
  const payload = {
    iss: LOCAL_ISSUER,
    aud: LOCAL_AUDIENCE,
    sub: claims.userId,
    iat: issuedAt,
    exp: issuedAt + (claims.lifetimeSeconds ?? 12 * 60 * 60),
    token_use: 'id',
    ...(claims.email ? { email: claims.email, email_verified: claims.emailVerified ?? true } : {}),
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = sign(
    'RSA-SHA256',
    Buffer.from(signingInput),
    createPrivateKey({ key: key.privateJwk, format: 'jwk' }),
  );
  return `${signingInput}.${signature.toString('base64url')}`;
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}
