import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { Jwks } from 'aws-jwt-verify/jwk';

/** Who a valid bearer token says the caller is. */
export interface VerifiedIdentity {
  readonly userId: string;
  readonly email: string | null;
  readonly emailVerified: boolean;
}

/** Turns a bearer token into an identity, or throws when the token is not valid. */
export interface TokenVerifier {
  verify(token: string): Promise<VerifiedIdentity>;
}

/** Issuer and audience of tokens signed by the local server's key (never accepted in AWS). */
export const LOCAL_ISSUER = 'mash-register-local';
export const LOCAL_AUDIENCE = 'mash-register-local';

/**
 * Verifies Cognito ID tokens (not access tokens: the register needs the verified email claim to match
 * invitations, and only ID tokens carry it).
 */
export function createCognitoTokenVerifier(userPoolId: string, clientId: string): TokenVerifier {
  const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'id' });
  return { verify: async (token) => toIdentity(await verifier.verify(token)) };
}

/** Verifies tokens signed by the local server's key, whose public half is given as a JWKS. */
export function createLocalTokenVerifier(jwks: Jwks): TokenVerifier {
  const verifier = JwtVerifier.create({
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    // Never fetched: the keys are cached below, and an unknown key id fails at once on a closed port.
    jwksUri: 'http://127.0.0.1:9/jwks.json',
  });
  verifier.cacheJwks(jwks);
  return { verify: async (token) => toIdentity(await verifier.verify(token)) };
}

function toIdentity(payload: JwtPayload): VerifiedIdentity {
  // The verifiers check `exp` only when it is there; a token without it would never expire.
  if (typeof payload.exp !== 'number') throw new Error('token has no expiry (exp)');
  const sub = payload.sub;
  if (typeof sub !== 'string' || sub.length === 0) throw new Error('token has no subject');
  const email = typeof payload['email'] === 'string' ? payload['email'].toLowerCase() : null;
  const verifiedClaim = payload['email_verified'];
  return { userId: sub, email, emailVerified: verifiedClaim === true || verifiedClaim === 'true' };
}
