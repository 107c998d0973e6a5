import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HttpRequest, HttpResponse, Route } from './http';

/**
 * The API explorer (GraphiQL, built by scripts/explorer/build-explorer.ts) as static files read from
 * `dir`: the page on a browser's GET /graphql, its scripts and styles under /graphiql/. Only development
 * serves it: the local server builds the files, the dev stage ships them in a Lambda layer, and prod has no
 * such directory nor this route. Nothing of GraphiQL is in the function's own bundle.
 */
export interface ExplorerFiles {
  /** The page a browser gets on GET /graphql without a query. */
  page(): Promise<HttpResponse>;
  /** The route for /graphiql/<file>. */
  readonly route: Route;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

// Same-origin only: the page fetches nothing from elsewhere. Monaco injects style elements and runs its
// language services in workers from this origin.
const PAGE_SECURITY = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "font-src 'self' data:; worker-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

export function createExplorerFiles(dir: string): ExplorerFiles {
  const cache = new Map<string, Promise<string | null>>();
  const read = (file: string) => {
    let content = cache.get(file);
    if (!content) {
      content = readFile(path.join(dir, file), 'utf8').catch(() => null);
      cache.set(file, content);
    }
    return content;
  };
  const serve = async (file: string): Promise<HttpResponse | null> => {
    const type = CONTENT_TYPES[path.extname(file)];
    const body = type ? await read(file) : null;
    if (!type || body === null) return null;
    return {
      status: 200,
      headers: { 'content-type': type, 'cache-control': 'no-cache', ...PAGE_SECURITY },
      body,
    };
  };
  return {
    async page() {
      return (
        (await serve('index.html')) ?? {
          status: 404,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: `The explorer is not built in ${dir}: run npx tsx scripts/explorer/build-explorer.ts ${dir}`,
        }
      );
    },
    route: {
      // Plain file names only, so no path can leave the directory.
      path: /^\/graphiql\/([a-z-]+(?:\.worker)?\.(?:js|css))$/,
      methods: ['GET'],
      async handle(_request: HttpRequest, [file = '']: readonly string[]) {
        return (
          (await serve(file)) ?? {
            status: 404,
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify({
              errors: [{ message: `No explorer file ${file}`, extensions: { code: 'NOT_FOUND' } }],
            }),
          }
        );
      },
    },
  };
}

/** Whether `request` is a browser asking for the page: a GET of /graphql with no query that accepts HTML. */
export function isExplorerPageRequest(request: HttpRequest): boolean {
  return (
    request.method === 'GET' &&
    request.rawQueryString === '' &&
    (request.headers['accept'] ?? '').includes('text/html')
  );
}

/** `graphql` with the explorer's page in front of it: a browser's GET /graphql gets the page. */
export function withExplorerPage(graphql: Route, explorer: ExplorerFiles): Route {
  return {
    ...graphql,
    handle: (request, params) =>
      isExplorerPageRequest(request) ? explorer.page() : graphql.handle(request, params),
  };
}
