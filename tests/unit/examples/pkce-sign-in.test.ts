import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeChallengeOf,
  createCodeVerifier,
  finishSignIn,
  refreshSignIn,
  startSignIn,
} from '../../../examples/partner-client/src/pkce-sign-in';
import type { HostedSignIn } from '../../../examples/partner-client/src/pkce-sign-in';

// A stand-in for the Cognito domain's token endpoint that records what it was sent (the shape of the
// request is what the example is responsible for; Cognito itself cannot run here).
const received: URLSearchParams[] = [];
let domain = '';
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    const form = new URLSearchParams(body);
    received.push(form);
    const ok =
      request.url === '/oauth2/token' &&
      request.headers['content-type'] === 'application/x-www-form-urlencoded';
    response.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(
        ok
          ? {
              id_token: 'id.' + form.get('grant_type'),
              access_token: 'access',
              expires_in: 3600,
              ...(form.get('grant_type') === 'authorization_code' ? { refresh_token: 'refresh' } : {}),
            }
          : { error: 'invalid_request' },
      ),
    );
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  domain = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const hosted = (): HostedSignIn => ({ domain, clientId: 'client-1', redirectUri: 'http://localhost:5173/' });

describe('signing in with the authorization code and PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    await expect(codeChallengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of the unreserved characters, of a length the RFC allows, each one new', () => {
    const verifiers = Array.from({ length: 50 }, () => createCodeVerifier());
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{64}$/);
    expect(new Set(verifiers).size).toBe(50);
    expect(() => createCodeVerifier(42)).toThrow(RangeError);
    expect(() => createCodeVerifier(129)).toThrow(RangeError);
  });

  it('sends the browser to the authorize endpoint with the code flow, the scopes and the challenge', async () => {
    const pending = await startSignIn(hosted());
    const url = new URL(pending.authorizeUrl);

    expect(url.origin + url.pathname).toBe(`${domain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: 'http://localhost:5173/',
      scope: 'openid email',
      state: pending.state,
      code_challenge: await codeChallengeOf(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
  });

  it('exchanges the code with the verifier and no secret, then refreshes', async () => {
    const pending = await startSignIn(hosted());
    const tokens = await finishSignIn(
      hosted(),
      pending,
      `http://localhost:5173/?code=abc&state=${pending.state}`,
    );
    const refreshed = await refreshSignIn(hosted(), 'refresh');

    expect(tokens).toEqual({
      idToken: 'id.authorization_code',
      accessToken: 'access',
      refreshToken: 'refresh',
      expiresInSeconds: 3600,
    });
    expect(refreshed.refreshToken).toBeNull();
    expect(Object.fromEntries(received.at(-2) ?? [])).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client-1',
      code: 'abc',
      redirect_uri: 'http://localhost:5173/',
      code_verifier: pending.codeVerifier,
    });
    expect(Object.fromEntries(received.at(-1) ?? [])).toEqual({
      grant_type: 'refresh_token',
      client_id: 'client-1',
      refresh_token: 'refresh',
    });
  });

  it('refuses a callback whose state is not the one it sent, before any token request', async () => {
    const pending = await startSignIn(hosted());
    const before = received.length;

    await expect(
      finishSignIn(hosted(), pending, 'http://localhost:5173/?code=abc&state=forged'),
    ).rejects.toThrow(/state does not match/);
    await expect(
      finishSignIn(
        hosted(),
        pending,
        'http://localhost:5173/?error=access_denied&error_description=cancelled',
      ),
    ).rejects.toThrow(/access_denied cancelled/);
    expect(received.length).toBe(before);
  });
});
