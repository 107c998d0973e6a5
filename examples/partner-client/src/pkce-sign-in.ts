/**
 * Signing a person in through the stack's hosted sign-in page with the authorization code grant and PKCE
 * (RFC 7636), for a single-page app without a sign-in library. Browser-only parts (redirects, sessionStorage)
 * are left to the app: these functions build the URLs and make the two token requests.
 */

/** Where the hosted sign-in lives and which client and callback the app uses (the stack's outputs). */
export interface HostedSignIn {
  /** The stack's `SignInDomain` output, e.g. `https://mash-register-dev-123.auth.eu-west-2.amazoncognito.com`. */
  readonly domain: string;
  /** The stack's `UserPoolClientId` output. */
  readonly clientId: string;
  /** One of the stage's `signInCallbackUrls`, exactly as registered. */
  readonly redirectUri: string;
  readonly fetch?: typeof fetch;
}

/** What the app keeps (in sessionStorage) between sending the person away and their coming back. */
export interface PendingSignIn {
  readonly codeVerifier: string;
  readonly state: string;
  readonly authorizeUrl: string;
}

/** The tokens Cognito answers with; the register wants `idToken` as the bearer token. */
export interface SignInTokens {
  readonly idToken: string;
  readonly accessToken: string;
  /** Absent on a refresh: the refresh token stays the same until it expires (30 days). */
  readonly refreshToken: string | null;
  readonly expiresInSeconds: number;
}

const VERIFIER_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/** A fresh code verifier: 64 characters of RFC 7636's unreserved set, from the platform's secure random source. */
export function createCodeVerifier(length = 64): string {
  if (length < 43 || length > 128) throw new RangeError('a code verifier has 43 to 128 characters');
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 256 is not a multiple of the 66 characters: bytes from the largest multiple up are skipped, so every
  // character is equally likely.
  const limit = 256 - (256 % VERIFIER_CHARACTERS.length);
  let verifier = '';
  let i = 0;
  let pool = bytes;
  while (verifier.length < length) {
    if (i === pool.length) {
      pool = crypto.getRandomValues(new Uint8Array(length));
      i = 0;
    }
    const byte = pool[i++] ?? 0;
    if (byte < limit) verifier += VERIFIER_CHARACTERS[byte % VERIFIER_CHARACTERS.length];
  }
  return verifier;
}

/** The S256 code challenge of a verifier: BASE64URL(SHA-256(ASCII(verifier))), without padding. */
export async function codeChallengeOf(codeVerifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Step 1: a verifier, a state and the authorize URL to send the browser to. */
export async function startSignIn(hosted: HostedSignIn): Promise<PendingSignIn> {
  const codeVerifier = createCodeVerifier();
  const state = createCodeVerifier(43);
  const url = new URL('/oauth2/authorize', hosted.domain);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: hosted.clientId,
    redirect_uri: hosted.redirectUri,
    scope: 'openid email',
    state,
    code_challenge: await codeChallengeOf(codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  return { codeVerifier, state, authorizeUrl: url.toString() };
}

/**
 * Step 2, on the callback page: checks the returned state against the pending one and exchanges the code
 * (with the verifier, no secret) for tokens.
 */
export async function finishSignIn(
  hosted: HostedSignIn,
  pending: Pick<PendingSignIn, 'codeVerifier' | 'state'>,
  callbackUrl: string,
): Promise<SignInTokens> {
  const returned = new URL(callbackUrl).searchParams;
  const error = returned.get('error');
  if (error) throw new Error(`sign-in refused: ${error} ${returned.get('error_description') ?? ''}`.trim());
  if (returned.get('state') !== pending.state) throw new Error('sign-in state does not match: start again');
  const code = returned.get('code');
  if (!code) throw new Error('the callback URL carries no code');
  return requestTokens(hosted, {
    grant_type: 'authorization_code',
    client_id: hosted.clientId,
    code,
    redirect_uri: hosted.redirectUri,
    code_verifier: pending.codeVerifier,
  });
}

/** New ID and access tokens before the hour runs out (the refresh token lasts 30 days). */
export function refreshSignIn(hosted: HostedSignIn, refreshToken: string): Promise<SignInTokens> {
  return requestTokens(hosted, {
    grant_type: 'refresh_token',
    client_id: hosted.clientId,
    refresh_token: refreshToken,
  });
}

async function requestTokens(hosted: HostedSignIn, form: Record<string, string>): Promise<SignInTokens> {
  const response = await (hosted.fetch ?? fetch)(new URL('/oauth2/token', hosted.domain), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await response.json()) as Record<string, unknown>;
  const text = (key: string): string | null => {
    const value = body[key];
    return typeof value === 'string' ? value : null;
  };
  if (!response.ok) {
    throw new Error(`token request refused (${response.status}): ${text('error') ?? 'unknown error'}`);
  }
  const idToken = text('id_token');
  const accessToken = text('access_token');
  if (!idToken || !accessToken) throw new Error('the token answer lacks id_token or access_token');
  return {
    idToken,
    accessToken,
    refreshToken: text('refresh_token'),
    expiresInSeconds: typeof body['expires_in'] === 'number' ? body['expires_in'] : 3600,
  };
}
