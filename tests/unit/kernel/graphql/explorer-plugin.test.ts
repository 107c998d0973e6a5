import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { createExplorerPlugin, renderExplorerHtml } from '../../../../src/kernel/graphql/explorer-plugin';

function findAll(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

describe('the explorer landing page', () => {
  it('is what a browser gets from a server that installs the plugin', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      plugins: [createExplorerPlugin()],
    });
    await server.start();
    try {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'GET',
          headers: new HeaderMap([['accept', 'text/html']]),
          search: '',
          body: undefined,
        },
        context: async () => ({}),
      });

      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.body.kind === 'complete' && response.body.string).toBe(renderExplorerHtml());
    } finally {
      await server.stop();
    }
  });

  it('loads nothing from another site', () => {
    const html = renderExplorerHtml();

    const references = findAll(html, /\b(?:src|href|action)\s*=\s*["']?([^"'\s>]*)/gi);

    expect(references.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url))).toEqual([]);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });

  it('lets the browser run its inline script and style under its own Content-Security-Policy', () => {
    const html = renderExplorerHtml();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

    const scripts = findAll(html, /<script>([\s\S]*?)<\/script>/g);
    const styles = findAll(html, /<style>([\s\S]*?)<\/style>/g);

    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`script-src ${hash(scripts[0] ?? '')}`);
    expect(csp).toContain(`style-src ${hash(styles[0] ?? '')}`);
    expect(() => new Script(scripts[0] ?? '')).not.toThrow();
  });

  it('labels every input, and the script finds every element it looks up', () => {
    const html = renderExplorerHtml();

    const fields = [...html.matchAll(/<(input|textarea|select)\b([^>]*)>/g)].map((match) => match[2] ?? '');
    const fieldIds = fields.map((attributes) => /\bid="([^"]+)"/.exec(attributes)?.[1]);
    const labelled = findAll(html, /<label for="([^"]+)"/g);
    const ids = findAll(html, /\bid="([^"]+)"/g);
    const lookedUp = findAll(html, /getElementById\('([^']+)'\)/g);

    expect(fieldIds).toEqual(['query', 'variables', 'token']);
    expect(labelled).toEqual(fieldIds);
    expect(lookedUp.filter((id) => !ids.includes(id))).toEqual([]);
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
  });
});
