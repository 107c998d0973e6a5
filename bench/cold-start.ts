/**
 * Cold start of the register's Lambda bundle against a bare Apollo + SDK bundle built beside it (bundled as
 * such a function is by default: ESM, minified, no tuning): each sample is a fresh Node process that imports the bundle and answers one anonymous
 * `building(id)` from DynamoDB Local, timed from just before the import to the response (Node's own start-up
 * is not counted). Samples alternate between the two bundles so drift on a busy machine hits both alike.
 * Every bundle fetches a secret from a local endpoint that answers like Secrets Manager during init, as the
 * deployed function does, and the figure that counts is the register against the bare bundle given the
 * same bundler tuning (the untuned one is shown for comparison).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { LAMBDA_BUNDLE_FILE, toEsbuildOptions } from '../cdk/lib/lambda-bundling';
import { DEFAULT_LAMBDA_ENTRY, PROJECT_ROOT } from '../cdk/lib/register-app';

export interface BundleFigures {
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly samplesMs: number[];
  /** Of each sample, the part until the import resolved (init); the rest is the first request. */
  readonly importMs: number[];
}

async function bundle(name: string, entry: string, tuned: boolean): Promise<string> {
  const outDir = path.join(PROJECT_ROOT, '.bench', 'cold-start', name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, LAMBDA_BUNDLE_FILE);
  // The bare baseline is bundled as such a function would be by default (ESM, minified, module fields first),
  // without the register's bundle tuning (conditions, stubs): that tuning is part of what is measured.
  const { conditions: _conditions, alias: _alias, ...plain } = toEsbuildOptions(entry, outfile);
  // The bare-tuned bundle gets exactly the register's options: the comparison the goal is about.
  await build({ ...(tuned ? toEsbuildOptions(entry, outfile) : plain), logLevel: 'warning' });
  return outfile;
}

async function sample(outfile: string, env: Record<string, string>, event: unknown): Promise<number> {
  const script = `
    const started = performance.now();
    const { handler } = await import(${JSON.stringify(pathToFileURL(outfile).href)});
    const imported = performance.now();
    const response = await handler(${JSON.stringify(event)}, { awsRequestId: 'cold', getRemainingTimeInMillis: () => 10000 });
    const elapsed = performance.now() - started;
    if (response.statusCode !== 200 || !JSON.parse(response.body).data?.building) throw new Error(response.body);
    process.stdout.write('\\n' + JSON.stringify({ elapsed, importMs: imported - started }));
  `;
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every sample there (open it in Chrome's DevTools).
  const profileDir = process.env['BENCH_CPU_PROF'];
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  // Not spawnSync: this process answers the child's Secrets Manager request meanwhile.
  const child = spawn(process.execPath, [...profile, '--input-type=module', '--eval', script], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`cold start failed (exit ${status}):\n${stderr}`);
  // The figures are the last line: the register's bundle logs its request (src/lambda/request-log.ts) before it.
  const { elapsed, importMs } = JSON.parse(stdout.trim().split('\n').pop() ?? '') as {
    elapsed: number;
    importMs: number;
  };
  importSamples.set(outfile, [...(importSamples.get(outfile) ?? []), importMs]);
  return elapsed;
}

/** Per bundle file: the time to import it (module init, with top-level await) in each sample. */
const importSamples = new Map<string, number[]>();

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:mash-register-bench-cursor';

/**
 * A local endpoint that answers GetSecretValue as Secrets Manager does (its JSON 1.1 protocol), so each
 * cold start makes the init-time secret fetch that production makes, over a real HTTP connection.
 */
async function startSecretsManager(): Promise<{ url: string; close(): void }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(
        JSON.stringify({
          ARN: SECRET_ARN,
          Name: 'mash-register-bench-cursor',
          SecretString: 'b'.repeat(64),
          VersionId: '00000000-0000-4000-8000-000000000000',
          VersionStages: ['AWSCURRENT'],
          CreatedDate: 1764633600,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Builds both bundles and takes `runs` alternating samples of each. */
export async function measureColdStarts(options: {
  readonly endpoint: string;
  readonly tableName: string;
  readonly event: unknown;
  readonly runs: number;
}): Promise<{ register: BundleFigures; bare: BundleFigures; bareTuned: BundleFigures }> {
  const barePath = path.join(PROJECT_ROOT, 'bench', 'bare-apollo-handler.ts');
  const bundles = {
    register: await bundle('register', DEFAULT_LAMBDA_ENTRY, true),
    bare: await bundle('bare', barePath, false),
    // For comparison only: what the register's own code and libraries cost over the bare function when
    // both get the same bundle tuning.
    bareTuned: await bundle('bare-tuned', barePath, true),
  };
  // What the stack sets, with placeholders. No NODE_OPTIONS: the stack sets none.
  const secretsManager = await startSecretsManager();
  const env = {
    AWS_REGION: 'eu-west-2',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: 'mash-register-bench',
    STAGE: 'bench',
    TABLE_NAME: options.tableName,
    DYNAMODB_ENDPOINT: options.endpoint,
    AUTH_MODE: 'cognito',
    COGNITO_USER_POOL_ID: 'eu-west-2_Bench0000',
    COGNITO_CLIENT_ID: 'benchclient0000000000000000',
    PLATFORM_ADMIN_IDS: '',
    // The secret is fetched at init, as in AWS, from the local stand-in (both bundles fetch it).
    CURSOR_SECRET_ARN: SECRET_ARN,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secretsManager.url,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    INTROSPECTION: 'false',
  };
  const samples = { register: [] as number[], bare: [] as number[], bareTuned: [] as number[] };
  try {
    for (let run = 0; run < options.runs; run++) {
      samples.register.push(await sample(bundles.register, env, options.event));
      samples.bare.push(await sample(bundles.bare, env, options.event));
      samples.bareTuned.push(await sample(bundles.bareTuned, env, options.event));
    }
  } finally {
    secretsManager.close();
  }
  const figures = (name: keyof typeof bundles): BundleFigures => ({
    name,
    bytes: statSync(bundles[name]).size,
    gzipBytes: gzipSync(readFileSync(bundles[name]), { level: 9 }).length,
    samplesMs: samples[name],
    importMs: importSamples.get(bundles[name]) ?? [],
  });
  return { register: figures('register'), bare: figures('bare'), bareTuned: figures('bareTuned') };
}

export const median = (samples: readonly number[]): number =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

/**
 * Prints the cold-start table (each bundle's size and median, with every sample) and returns the register's
 * median over the bare baseline's: bench/api.ts and bench/cold-only.ts report alike.
 */
export function printColdStarts(
  cold: { register: BundleFigures; bare: BundleFigures; bareTuned: BundleFigures },
  runs: number,
): number {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
  const bundleNames: Record<string, string> = {
    register: 'register (src/lambda/handler.ts)',
    bare: 'bare Apollo + SDK (default bundling: the baseline)',
    bareTuned: 'bare Apollo + SDK with the same tuning (for comparison)',
  };
  console.log(
    `\n## Cold start: import the bundle and answer one building(id), ${runs} alternating runs each\n`,
  );
  console.log('| bundle | minified | gzip | median ms | of which import (init) | samples ms |');
  console.log('| --- | --: | --: | --: | --: | --- |');
  for (const figures of [cold.register, cold.bare, cold.bareTuned]) {
    console.log(
      `| ${bundleNames[figures.name] ?? figures.name} | ${kb(figures.bytes)} | ${kb(figures.gzipBytes)} | ${median(figures.samplesMs).toFixed(0)} | ${median(figures.importMs).toFixed(0)} | ${figures.samplesMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
    );
  }
  return median(cold.register.samplesMs) / median(cold.bare.samplesMs);
}
