import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/local/dynamodb-local';
import { loadOrCreateSigningKey, signLocalToken } from '../../src/local/signing-key';
import { developerEnv, REPO_ROOT } from '../support/developer-env';

// The README's path from a fresh `npm start` to a council officer importing a file, run as the README
// writes it: its shell block is read from README.md and run by bash, changed only to talk to this test's
// server (its own port) and to sign tokens with its own data folder's key.

const HEADING = '### From a fresh start to a council officer importing a file';

/** The first ```sh block after the heading, as written in the README. */
function readmeSteps(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const from = readme.indexOf(HEADING);
  expect(from, 'the README has the section').toBeGreaterThan(-1);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(from));
  expect(block?.[1]).toBeDefined();
  return block?.[1] ?? '';
}

function run(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(command, args, { cwd: REPO_ROOT, env, detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const dataDir = mkdtempSync(join(tmpdir(), 'mash-readme-e2e-'));
let server: ReturnType<typeof run> | null = null;

afterAll(async () => {
  if (server?.child.pid && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the README's first import", () => {
  it('takes a new user from npm start to a council officer importing a file', async () => {
    const apiPort = await findFreePort();
    let dynamoPort = await findFreePort();
    while (dynamoPort === apiPort) dynamoPort = await findFreePort();
    const env = developerEnv();
    // `npm start`, as the other e2e tests run it (node --import tsx, so signals reach the server).
    server = run(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/local/main.ts',
        '--port',
        `${apiPort}`,
        '--dynamodb-port',
        `${dynamoPort}`,
        '--data-dir',
        dataDir,
      ],
      env,
    );
    const started = server;
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready in 300 s:\n${started.output()}`)), 300_000);
      started.child.stdout?.on('data', () => {
        const match = /running at (http:\/\/\S+)/.exec(started.output());
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      void started.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before it was ready:\n${started.output()}`));
      });
    });

    const steps = readmeSteps()
      .replaceAll('http://localhost:4000/graphql', url)
      .replaceAll('npm run -s token -- ', `npm run -s token -- --data-dir ${dataDir} `)
      // The report goes to the folder the command runs from (the repository here): keep it out of the tree.
      .replaceAll('npm run import -- ', `npm run import -- --report ${join(dataDir, 'report.csv')} `);
    // The import CLI finds the API by MASH_ENDPOINT (its default is localhost:4000).
    const shell = run('bash', ['-eo', 'pipefail', '-c', steps], { ...env, MASH_ENDPOINT: url });
    const exitCode = await shell.exited;

    const admin = signLocalToken(loadOrCreateSigningKey(dataDir), { userId: 'platform-admin' });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({
        query: `{ councilByGssCode(gssCode: "E07000078") { name members { edges { node { userId role } } }
                  buildings(first: 50) { edges { node { name } } } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: {
        councilByGssCode: {
          name: string;
          members: { edges: { node: { userId: string; role: string } }[] };
          buildings: { edges: unknown[] };
        };
      };
    };

    expect(exitCode, shell.output()).toBe(0);
    expect(shell.output()).toContain('"addMember":{"userId":"officer","role":"ADMIN"}');
    // Nine rows: the one with a postcode no district has is kept, its postcode left out and flagged.
    expect(shell.output()).toMatch(/created {3}9\n/);
    expect(shell.output()).toMatch(/rejected {2}0\n/);
    expect(body.data.councilByGssCode.name).toBe('Cheltenham Borough Council');
    expect(body.data.councilByGssCode.members.edges.map((e) => e.node)).toEqual([
      { userId: 'officer', role: 'ADMIN' },
    ]);
    expect(body.data.councilByGssCode.buildings.edges).toHaveLength(9);
  }, 900_000);
});
