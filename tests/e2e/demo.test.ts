import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/local/dynamodb-local';
import { developerEnv, REPO_ROOT } from '../support/developer-env';

// `npm start -- --in-memory --demo` as a newcomer runs it: through npm, then over HTTP with the token it
// printed. The server keeps the demo's date, so each ACV entry is in the state the summary printed.

const dataDir = mkdtempSync(join(tmpdir(), 'mash-register-demo-'));
let groupPid: number | undefined;

afterAll(() => {
  // The whole process group (npm, node, java), whatever state the test left it in.
  if (groupPid) {
    try {
      process.kill(-groupPid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data ?? {};
}

describe('npm start -- --demo', () => {
  it('serves the demo council on the demo date, to the tokens it prints', async () => {
    const apiPort = await findFreePort();
    let dynamoPort = await findFreePort();
    while (dynamoPort === apiPort) dynamoPort = await findFreePort();
    const env = developerEnv();
    env['PATH'] = `${dirname(process.execPath)}${delimiter}${env['PATH'] ?? ''}`;
    const args = ['start', '--', '--in-memory', '--demo', '--buildings', '24'];
    args.push('--port', `${apiPort}`, '--dynamodb-port', `${dynamoPort}`, '--data-dir', dataDir);
    const child = spawn('npm', args, { cwd: REPO_ROOT, env, detached: true });
    groupPid = child.pid;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready in 300 s:\n${output}`)), 300_000);
      child.stdout.on('data', () => {
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before it was ready:\n${output}`));
      });
    });
    const officerToken = /demo-officer: .*\n\s+(\S+)/.exec(output)?.[1] ?? '';
    const printed = [...output.matchAll(/^ {4}([A-Z_]+) +([0-9a-f-]{36}) /gm)].map(([, state, id]) => ({
      id,
      state,
    }));

    const served = [];
    for (const { id } of printed) {
      const data = await post(
        url,
        officerToken,
        'query ($id: ID!) { assetOfCommunityValue(id: $id) { id state } }',
        {
          id,
        },
      );
      served.push(data['assetOfCommunityValue']);
    }
    const buildings = await post(
      url,
      officerToken,
      '{ acvToday buildingsByCouncil(councilCode: "E07000078", first: 100) { edges { node { id } } } }',
    );

    expect(output).toContain('Today:     2026-11-23 (pinned for the demo');
    expect(printed).toHaveLength(14);
    expect(served).toEqual(printed);
    expect(buildings['acvToday']).toBe('2026-11-23');
    expect((buildings['buildingsByCouncil'] as { edges: unknown[] }).edges).toHaveLength(24);
  }, 420_000);
});
