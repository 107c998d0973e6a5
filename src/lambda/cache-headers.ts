import { createHash } from 'node:crypto';
import type { HttpRequest, HttpResponse } from './http';

/**
 * How long a shared cache (CloudFront, cdk/lib/public-read-cache.ts) and a browser may keep an anonymous
 * public answer: short, because the register changes during the day; long enough that a popular public list
 * asked for by every visitor reaches the function about once a minute.
 */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * The caching headers of a GraphQL answer. Only an anonymous GET that succeeded without errors is public:
 * an anonymous caller sees only what everyone may see, so the same query has the same answer for all of
 * them. Anything asked with an Authorization header may hold what only that caller may see: `private,
 * no-store`, never kept by a proxy or a browser. Every answer varies on Authorization, so a cache that keys
 * by URL alone never hands a signed-in answer to anyone else, nor an anonymous one to a signed-in caller.
 * A public answer carries an ETag, and a request whose If-None-Match names it gets 304 without the body.
 */
export function withCacheHeaders(request: HttpRequest, response: HttpResponse): HttpResponse {
  const vary = { vary: 'Authorization' };
  if (request.headers['authorization'] !== undefined) {
    return { ...response, headers: { ...response.headers, ...vary, 'cache-control': 'private, no-store' } };
  }
  if (!isCacheable(request, response)) {
    return { ...response, headers: { ...response.headers, ...vary, 'cache-control': 'no-store' } };
  }
  const etag = `"${createHash('sha256').update(response.body).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = {
    ...response.headers,
    ...vary,
    'cache-control': `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`,
    etag,
  };
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    const { 'content-type': _contentType, ...withoutBodyHeaders } = headers;
    return { status: 304, headers: withoutBodyHeaders, body: '' };
  }
  return { ...response, headers };
}

function isCacheable(request: HttpRequest, response: HttpResponse): boolean {
  if (request.method !== 'GET' || response.status !== 200) return false;
  // An answer with errors (a record not found, a service briefly unavailable) is not worth sharing, and a
  // persisted query the server has not seen yet must be asked again with its text.
  try {
    const parsed = JSON.parse(response.body) as { errors?: unknown };
    return parsed.errors === undefined;
  } catch {
    return false;
  }
}

/** If-None-Match holds a list of entity tags, or `*`; weak ones (W/"...") match too, as for GET they should. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
