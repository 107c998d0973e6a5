import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExplorerBuilt } from '../../scripts/explorer/build-explorer';
import { serveOverHttp } from '../support/http-server';
import { createTestApp } from '../support/test-app';

// The explorer as a partner meets it: GraphiQL in a real browser (Debian's chromium; .ci/run installs it),
// served by the local server from the files built at start, with no network beyond this machine.
const CHROMIUM = '/usr/bin/chromium';

describe('the API explorer in a browser', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  const offSite: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    const explorerDir = ensureExplorerBuilt();
    server = await serveOverHttp(await createTestApp(), { explorerDir });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    // Offline: any request that would leave this server fails, and is remembered.
    await page.route('**/*', async (route) => {
      if (route.request().url().startsWith(server.origin)) return route.continue();
      offSite.push(route.request().url());
      return route.abort();
    });
    await page.goto(server.url, { waitUntil: 'load', timeout: 120_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('offers completion from the schema as a query is typed', async () => {
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 120_000 });
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ acvTo');

    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'acvToday' });
    await suggestion.first().waitFor({ timeout: 60_000 });
    expect(await suggestion.count()).toBeGreaterThan(0);
  });

  it("runs the query and shows the server's answer", async () => {
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+Enter');

    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 60_000 }).toContain('2026-11-23');
    expect(await response.innerText()).toContain('acvToday');
  });

  it('shows the docs pane with the root types', async () => {
    await page.getByRole('button', { name: /documentation explorer/i }).click();

    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.innerText(), { timeout: 60_000 }).toContain('Query');
    await docs.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => docs.innerText(), { timeout: 60_000 }).toContain('acvToday');
  });

  it('has a headers editor for the token, which it keeps out of localStorage', async () => {
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    const headers = page.locator('.graphiql-editor-tool .monaco-editor').last();
    await headers.click();
    await page.keyboard.type('{ "authorization": "Bearer not-a-real-token-123"');
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    // A new query text, so the history (which skips a repeat of its last entry) records this run.
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# run with a token');
    const stored = () => page.evaluate(() => JSON.stringify({ ...localStorage }));
    // The editor hands its text to GraphiQL's state after a short debounce; run once it has.
    await expect.poll(stored, { timeout: 60_000 }).toMatch(/graphiql:query".*run with a token/);
    await page.keyboard.press('ControlOrMeta+Enter');

    // The server saw the header: it refuses a token it cannot verify.
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 60_000 }).toContain('UNAUTHENTICATED');
    // GraphiQL's history records the run (headers and all, left to itself); wait for it, then look.
    await expect.poll(stored, { timeout: 60_000 }).toMatch(/graphiql:queries.*run with a token/);
    expect(await stored()).not.toContain('not-a-real-token-123');
  });

  it('loads nothing from any other site', () => {
    expect(offSite).toEqual([]);
  });
});
