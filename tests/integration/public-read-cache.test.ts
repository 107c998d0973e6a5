import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOverHttp } from '../support/http-server';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

// Over real HTTP, as a browser or CloudFront sees the API: which answers a shared cache may keep.
describe('caching of GraphQL answers', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  const query = '{ acvToday }';
  const hash = createHash('sha256').update(query).digest('hex');
  const preflighted = { 'apollo-require-preflight': 'true' };

  const get = (params: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params))
      search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    return fetch(`${server.url}?${search}`, { headers: { ...preflighted, ...headers } });
  };

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
  });

  afterAll(() => server?.stop());

  it('lets anyone cache an anonymous GET for a short while, with an ETag', async () => {
    const answer = await get({ query });

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { acvToday: '2026-11-23' } });
    expect(answer.headers.get('cache-control')).toBe('public, max-age=60');
    expect(answer.headers.get('vary')).toMatch(/\bAuthorization\b/i);
    expect(answer.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
  });

  it('answers 304 without a body when If-None-Match names the current ETag', async () => {
    const etag = (await get({ query })).headers.get('etag') ?? '';

    const again = await get({ query }, { 'if-none-match': etag });

    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('keeps a signed-in answer private and unstored, GET or POST', async () => {
    const authorization = `Bearer ${t.token({ userId: 'signed-in-reader' })}`;

    const byGet = await get({ query }, { authorization });
    const byPost = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query }),
    });

    for (const answer of [byGet, byPost]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
      expect(answer.headers.get('vary')).toMatch(/\bAuthorization\b/i);
      expect(answer.headers.get('etag')).toBeNull();
    }
  });

  it('stores no anonymous POST and no answer with errors', async () => {
    const post = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const notFound = await get({ query: '{ building(id: "no-such-building") { id } }' });

    expect(post.headers.get('cache-control')).toBe('no-store');
    expect(notFound.headers.get('cache-control')).toBe('no-store');
    expect(notFound.headers.get('etag')).toBeNull();
  });

  it('serves a persisted query by its hash alone once it has been sent with its text (APQ)', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };

    const unknown = await get({ extensions });
    const registered = await get({ query, extensions });
    const byHash = await get({ extensions });

    expect(
      ((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect(registered.headers.get('cache-control')).toBe('public, max-age=60');
    expect(await byHash.json()).toEqual({ data: { acvToday: '2026-11-23' } });
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=60');
    expect(byHash.headers.get('etag')).toBe(registered.headers.get('etag'));
  });
});
