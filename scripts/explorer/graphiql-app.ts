/// <reference lib="dom" />
// The explorer's browser code: GraphiQL from npm, bundled by build-explorer.ts into static files that the
// local server and the dev stage serve themselves, so the page needs no CDN and works offline.
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

interface MonacoWorkers {
  getWorker(workerId: string, label: string): Worker;
}

// Monaco (GraphiQL 5's editor) runs language services in web workers; they are bundled next to this file
// rather than fetched from a CDN as GraphiQL's default setup does.
(globalThis as { MonacoEnvironment?: MonacoWorkers }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(new URL(`graphiql/${file}.worker.js`, location.origin));
  },
};

const endpoint = new URL('/graphql', location.origin).toString();

// POST with JSON: the endpoint's CSRF check accepts it, and the headers editor's values (the bearer token)
// are sent as typed. The token lives only in the editor: headers are not persisted, nor may a user turn that on.
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { ...options?.headers, 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Record<string, unknown>;
};

// GraphiQL keeps its tabs and its query history in localStorage. The history stores each run's headers
// whatever shouldPersistHeaders says, so every value written goes through this filter, which drops any
// `headers` field from stored JSON: a bearer token typed into the editor never reaches the disk.
function withoutHeaders(value: string): string {
  try {
    return JSON.stringify(JSON.parse(value), (key, field: unknown) => (key === 'headers' ? null : field));
  } catch {
    return value;
  }
}

const storage = {
  getItem: (key: string) => localStorage.getItem(key),
  setItem: (key: string, value: string) => localStorage.setItem(key, withoutHeaders(value)),
  removeItem: (key: string) => localStorage.removeItem(key),
  clear: () => localStorage.clear(),
  get length() {
    return localStorage.length;
  },
};

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      storage,
      shouldPersistHeaders: false,
      showPersistHeadersSettings: false,
      isHeadersEditorEnabled: true,
    }),
  );
}
