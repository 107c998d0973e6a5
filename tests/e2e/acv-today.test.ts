import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/local/dynamodb-local';
import { loadOrCreateSigningKey, signLocalToken } from '../../src/local/signing-key';
import { developerEnv, REPO_ROOT } from '../support/developer-env';

// `npm start -- --today 2027-03-01` as someone rehearsing a case runs it: through npm, over HTTP. The server
// must believe that date: a nomination received in January 2027 is accepted (not "in the future") and its
// decision is overdue by 1 March 2027.

const dataDir = mkdtempSync(join(tmpdir(), 'mash-register-today-'));
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

async function post(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data ?? {};
}

describe('npm start -- --today', () => {
  it('makes the whole server believe the pinned date', async () => {
    const apiPort = await findFreePort();
    let dynamoPort = await findFreePort();
    while (dynamoPort === apiPort) dynamoPort = await findFreePort();
    const env = developerEnv();
    // The Node that runs this test first on PATH, as a user with Node 22 installed has it.
    env['PATH'] = `${dirname(process.execPath)}${delimiter}${env['PATH'] ?? ''}`;
    const args = ['start', '--', '--today', '2027-03-01', '--in-memory'];
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
    const token = signLocalToken(loadOrCreateSigningKey(dataDir), {
      userId: 'rehearsal',
      email: 'r@example.org',
    });

    const today = await post(url, null, '{ acvToday }');
    // A nomination goes to a council in the register: the platform admin (npm start's) registers it.
    await post(
      url,
      signLocalToken(loadOrCreateSigningKey(dataDir), { userId: 'platform-admin' }),
      `mutation { createOrganisation(input: {kind: COUNCIL, name: "Cheltenham Borough Council", gssCode: "E07000078", councilAreas: []}) { id } }`,
    );
    const charity = await post(
      url,
      token,
      `mutation { createOrganisation(input: {kind: CHARITY, name: "Friends of the Arms", charityNumber: "1123456", councilAreas: ["E07000078"]}) { id } }`,
    );
    const nominated = await post(
      url,
      token,
      `mutation ($org: ID!) {
        nominateAsset(input: {nominatorOrganisationId: $org, councilCode: "E07000078", site: {name: "The Arms"},
          boundaryDescription: "The pub and garden", communityValueReasons: "The last pub in the village",
          eligibilityEvidence: "Charity 1123456", receivedOn: "2027-01-04"}) {
          state nominatedOn decisionDueOn decisionOverdue allowedActions
        }
      }`,
      { org: (charity['createOrganisation'] as { id: string }).id },
    );

    expect(output).toContain('Today:     2027-03-01');
    expect(today).toEqual({ acvToday: '2027-03-01' });
    expect(nominated['nominateAsset']).toEqual({
      state: 'NOMINATED',
      nominatedOn: '2027-01-04',
      decisionDueOn: '2027-02-28',
      decisionOverdue: true,
      allowedActions: ['withdrawNomination', 'decideNomination'],
    });
  }, 420_000);
});
