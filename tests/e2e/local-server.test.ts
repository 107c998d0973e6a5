import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort, isPortInUse } from '../../src/local/dynamodb-local';
import { loadOrCreateSigningKey, signLocalToken } from '../../src/local/signing-key';
import { developerEnv, REPO_ROOT } from '../support/developer-env';
import { waitUntil } from '../support/wait';

// `npm start` as a developer runs it: a child process, talked to over HTTP. It runs under `node --import tsx`
// rather than the tsx command, whose parent process forwards a signal and then SIGKILLs the child if it has
// not acknowledged it within 30 ms, which a busy machine misses.

interface ServerProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

const started: ChildProcess[] = [];
const dataDirs: string[] = [];
const blockers: Server[] = [];

afterEach(() => {
  // Only for a failed test: the whole process group (tsx, node, java) goes, so nothing outlives the run.
  for (const child of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null && child.pid)
      process.kill(-child.pid, 'SIGKILL');
  }
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const server of blockers.splice(0)) server.close();
});

function runServer(args: string[]): ServerProcess {
  const env = developerEnv();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/main.ts', ...args], {
    cwd: REPO_ROOT,
    env,
    detached: true,
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

/** Starts the local server and resolves with the URL it prints once it is ready. */
async function startServer(args: string[]): Promise<ServerProcess & { url: string }> {
  const server = runServer(args);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 300 s:\n${server.output()}`)), 300_000);
    server.child.stdout?.on('data', () => {
      const match = /running at (http:\/\/\S+)/.exec(server.output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void server.exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${server.output()}`));
    });
  });
  return { ...server, url };
}

/** `npm run import` as a user in `userDir` runs it (npm sets INIT_CWD to the folder the command was typed in). */
async function runImportCli(
  args: string[],
  userDir: string,
): Promise<{ code: number | null; stderr: string }> {
  const env: Record<string, string | undefined> = { ...developerEnv(), INIT_CWD: userDir };
  delete env['MASH_ENDPOINT'];
  delete env['MASH_TOKEN'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', ...args], {
    cwd: REPO_ROOT,
    env,
  });
  started.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) =>
    child.once('exit', (exitCode) => resolve(exitCode)),
  );
  return { code, stderr };
}

async function graphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return body.data ?? {};
}

const CREATE_ORGANISATION = `mutation {
  createOrganisation(input: {kind: CHARITY, name: "Friends of Pittville", charityNumber: "1234567", councilAreas: ["E07000078"]}) { id }
}`;
const CREATE_BUILDING = `mutation($owner: ID!) {
  createBuilding(input: {name: "Pittville Pump Room", uprn: "000100012345", councilCode: "E07000078", ownerOrganisationId: $owner, category: HALL, address: {lines: ["East Approach Drive"], postTown: "Cheltenham", postcode: "gl52 3je"}}) { id version address { postcode } }
}`;
const READ_BUILDING = `query($id: ID!) { building(id: $id) { id name uprn } }`;
const INVITE = `mutation($organisationId: ID!) {
  inviteMember(organisationId: $organisationId, email: "invitee@example.org", role: EDITOR) { email }
}`;

/** The emails the notifier of `npm start` wrote to `<data dir>/mail`, as raw text. */
function mailsIn(dataDir: string): string[] {
  const folder = join(dataDir, 'mail');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}

/**
 * What `npm start` answers to malformed JSON, a body over the limit and a browser: the Lambda handler's own
 * answers (tests/integration/http-abuse.test.ts has every case), never Express or Node HTML pages.
 */
async function sendBadRequests(url: string) {
  const summary = async (response: Response) => {
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const code = contentType.startsWith('application/json')
      ? (JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code
      : undefined;
    return {
      status: response.status,
      contentType: contentType.split(';')[0] === 'text/html' ? 'text/html' : contentType,
      code,
    };
  };
  const json = { 'content-type': 'application/json' };
  return {
    malformed: await summary(await fetch(url, { method: 'POST', headers: json, body: '{"query": ' })),
    oversized: await summary(
      await fetch(url, { method: 'POST', headers: json, body: 'x'.repeat(2_000_000) }),
    ),
    explorer: await summary(await fetch(url, { headers: { accept: 'text/html' } })),
  };
}

async function freePorts(): Promise<[number, number]> {
  const api = await findFreePort();
  let dynamo = await findFreePort();
  while (dynamo === api) dynamo = await findFreePort();
  return [api, dynamo];
}

/** How long `port` took to become free, or null if it was still taken after `timeoutMs`. */
async function waitUntilPortFree(port: number, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (await isPortInUse(port)) {
    if (Date.now() - started > timeoutMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

describe('npm start', () => {
  it('keeps a building across a restart and leaves no DynamoDB Local running after SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mash-register-e2e-'));
    dataDirs.push(dataDir);
    const [apiPort, dynamoPort] = await freePorts();
    const args = ['--port', `${apiPort}`, '--dynamodb-port', `${dynamoPort}`, '--data-dir', dataDir];
    const first = await startServer(args);
    const token = signLocalToken(loadOrCreateSigningKey(dataDir), {
      userId: 'e2e-user',
      email: 'e2e@example.org',
    });

    const created = await graphql(first.url, token, CREATE_ORGANISATION);
    const ownerId = (created['createOrganisation'] as { id: string }).id;
    const building = (await graphql(first.url, token, CREATE_BUILDING, { owner: ownerId }))['createBuilding'];
    // The notifier runs in `npm start` too: the invitation is mailed as an .eml file in the data folder.
    await graphql(first.url, token, INVITE, { organisationId: ownerId });
    const invitations = await waitUntil(() => {
      const mails = mailsIn(dataDir).filter((mail) => /^To: .*<invitee@example\.org>\r?$/m.test(mail));
      return mails.length > 0 ? mails : undefined;
    }, 'the invitation mailed by the local notifier');
    const refusals = await sendBadRequests(first.url);
    first.child.kill('SIGTERM');
    const firstExit = await first.exited;
    const dynamoPortStillTaken = await isPortInUse(dynamoPort);
    const second = await startServer(args);
    const readBack = await graphql(second.url, token, READ_BUILDING, {
      id: (building as { id: string }).id,
    });
    // The open-data downloads are served by the same handler: the public building is in Cheltenham's file.
    const openData = await fetch(second.url.replace('/graphql', '/open-data/E07000078/buildings.geojson'));
    const openDataBody = (await openData.json()) as {
      type: string;
      features: { properties: Record<string, unknown> }[];
    };
    // Started from the stream's latest record: the restart sends nothing of the first run again.
    const mailsAfterRestart = mailsIn(dataDir).length;
    second.child.kill('SIGTERM');
    const secondExit = await second.exited;

    expect(first.url).toBe(`http://localhost:${apiPort}/graphql`);
    expect(invitations).toHaveLength(1);
    expect(mailsAfterRestart).toBe(mailsIn(dataDir).length);
    expect(mailsIn(dataDir)).toHaveLength(1);
    expect(building).toMatchObject({ version: 1, address: { postcode: 'GL52 3JE' } });
    expect(firstExit, first.output()).toEqual({ code: 0, signal: null });
    expect(dynamoPortStillTaken).toBe(false);
    expect(readBack['building']).toEqual({
      id: (building as { id: string }).id,
      name: 'Pittville Pump Room',
      uprn: '000100012345',
    });
    expect(refusals).toEqual({
      malformed: { status: 400, contentType: 'application/json; charset=utf-8', code: 'BAD_REQUEST' },
      oversized: { status: 413, contentType: 'application/json; charset=utf-8', code: 'PAYLOAD_TOO_LARGE' },
      explorer: { status: 200, contentType: 'text/html', code: undefined },
    });
    // One readable line per request (src/lambda/request-log.ts), without the token or the caller's email.
    const time = String.raw`\d\d:\d\d:\d\d`;
    const took = String.raw`\d+(\.\d)?ms`;
    expect(first.output()).toMatch(
      new RegExp(`^${time} POST /graphql createOrganisation user 200 OK ${took}$`, 'm'),
    );
    expect(first.output()).toMatch(
      new RegExp(`^${time} POST /graphql createBuilding user 200 OK ${took}$`, 'm'),
    );
    expect(first.output()).toMatch(
      new RegExp(`^${time} POST /graphql - anon 413 PAYLOAD_TOO_LARGE ${took}$`, 'm'),
    );
    expect(second.output()).toMatch(new RegExp(`^${time} POST /graphql building user 200 OK ${took}$`, 'm'));
    expect(second.output()).toMatch(
      new RegExp(`^${time} GET /open-data/E07000078/buildings.geojson - anon 200 OK ${took}$`, 'm'),
    );
    for (const output of [first.output(), second.output()]) {
      expect(output).not.toContain(token);
      expect(output).not.toContain('e2e@example.org');
    }
    expect(openData.status).toBe(200);
    expect(openDataBody.type).toBe('FeatureCollection');
    expect(JSON.stringify(openDataBody.features)).toContain('Pittville Pump Room');
    expect(secondExit, second.output()).toEqual({ code: 0, signal: null });
    expect(await isPortInUse(dynamoPort)).toBe(false);
    expect(await isPortInUse(apiPort)).toBe(false);
  }, 480_000);

  it('leaves no DynamoDB Local behind even when the server is killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mash-register-e2e-'));
    dataDirs.push(dataDir);
    const [apiPort, dynamoPort] = await freePorts();
    const server = await startServer([
      '--port',
      `${apiPort}`,
      '--dynamodb-port',
      `${dynamoPort}`,
      '--in-memory',
      '--data-dir',
      dataDir,
    ]);
    const portTakenWhileRunning = await isPortInUse(dynamoPort);

    server.child.kill('SIGKILL');
    await server.exited;
    const freedWithinMs = await waitUntilPortFree(dynamoPort, 10_000);

    expect(portTakenWhileRunning).toBe(true);
    expect(freedWithinMs).not.toBeNull();
  }, 420_000);

  it('tells npm run import where it serves, so the CLI finds a second server and names it in errors', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mash-register-e2e-'));
    const userDir = mkdtempSync(join(tmpdir(), 'mash-register-e2e-user-'));
    dataDirs.push(dataDir, userDir);
    writeFileSync(join(userDir, 'offices.csv'), 'name,latitude,longitude\nJobcentre,53.48,-2.24\n');
    const [apiPort, dynamoPort] = await freePorts();
    const server = await startServer([
      '--port',
      `${apiPort}`,
      '--dynamodb-port',
      `${dynamoPort}`,
      '--data-dir',
      dataDir,
    ]);
    const endpointFile = readFileSync(join(dataDir, 'endpoint'), 'utf8');

    const cli = await runImportCli(
      [
        'offices.csv',
        '--format',
        'points',
        '--council',
        'E07000078',
        '--data-dir',
        dataDir,
        '--token',
        'stale',
      ],
      userDir,
    );
    server.child.kill('SIGTERM');
    await server.exited;

    expect(endpointFile).toBe(`http://localhost:${apiPort}/graphql\n`);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`http://localhost:${apiPort}/graphql answered: UNAUTHENTICATED`);
    expect(cli.stderr).toContain(`from ${join(dataDir, 'endpoint')}, written by npm start`);
    // Stopped, the server takes its endpoint back: a later import is not sent to a port nobody serves.
    expect(existsSync(join(dataDir, 'endpoint'))).toBe(false);
  }, 420_000);

  it('refuses a port in use with exit code 1 and a message that names the port and the way out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mash-register-e2e-'));
    dataDirs.push(dataDir);
    const [busyPort, dynamoPort] = await freePorts();
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(busyPort, resolve));

    const server = runServer([
      '--port',
      `${busyPort}`,
      '--dynamodb-port',
      `${dynamoPort}`,
      '--data-dir',
      dataDir,
    ]);
    const exit = await server.exited;

    expect(exit).toEqual({ code: 1, signal: null });
    expect(server.output()).toContain(
      `port ${busyPort} is in use: stop the other process or use --port <another port>`,
    );
    expect(await isPortInUse(dynamoPort)).toBe(false);
  }, 360_000);
});
