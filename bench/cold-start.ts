/**
 * Cold start of the register's Lambda bundle against a bare Apollo + SDK bundle built beside it (bundled as
 * such a function is by default: ESM, minified, no tuning): each sample is a fresh Node process that imports the bundle and answers one anonymous
 * `building(id)` from DynamoDB Local, timed from just before the import to the response (Node's own start-up
 * is not counted). Samples are taken in rounds, one of each bundle in turn, and the figure is the median of
 * the rounds' ratios, with their quartiles and range: load on a busy machine that comes and goes within a run
 * then hits both sides of each ratio alike, and the spread says how far one run's figure can be trusted.
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
  /** Of each sample, the CPU time the process spent over it (all threads): less swayed by other load. */
  readonly cpuMs: number[];
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

async function sample(
  outfile: string,
  env: Record<string, string>,
  event: unknown,
  counted = true,
): Promise<number> {
  const script = `
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const { handler } = await import(${JSON.stringify(pathToFileURL(outfile).href)});
    const imported = performance.now();
    const response = await handler(${JSON.stringify(event)}, { awsRequestId: 'cold', getRemainingTimeInMillis: () => 10000 });
    const elapsed = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    if (response.statusCode !== 200 || !JSON.parse(response.body).data?.building) throw new Error(response.body);
    process.stdout.write('\\n' + JSON.stringify({ elapsed, importMs: imported - started, cpuMs: (cpu.user + cpu.system) / 1000 }));
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
  const { elapsed, importMs, cpuMs } = JSON.parse(stdout.trim().split('\n').pop() ?? '') as {
    elapsed: number;
    importMs: number;
    cpuMs: number;
  };
  if (counted) {
    importSamples.set(outfile, [...(importSamples.get(outfile) ?? []), importMs]);
    cpuSamples.set(outfile, [...(cpuSamples.get(outfile) ?? []), cpuMs]);
  }
  return elapsed;
}

/** Per bundle file: the time to import it (module init, with top-level await) in each sample. */
const importSamples = new Map<string, number[]>();
/** Per bundle file: the CPU time (user and system, all threads) from the import to the response. */
const cpuSamples = new Map<string, number[]>();

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

export interface ColdStarts {
  readonly register: BundleFigures;
  readonly bare: BundleFigures;
  readonly bareTuned: BundleFigures;
  /** The register's time over each baseline's, one ratio per round (the samples taken one after another). */
  readonly ratios: {
    readonly bare: readonly number[];
    readonly bareTuned: readonly number[];
    /** The same as `bareTuned` in CPU time rather than elapsed time. */
    readonly cpuBareTuned: readonly number[];
  };
}

/**
 * Builds the bundles and takes `runs` rounds of samples: in each round every bundle once, in turn.
 */
export async function measureColdStarts(options: {
  readonly endpoint: string;
  readonly tableName: string;
  readonly event: unknown;
  readonly runs: number;
}): Promise<ColdStarts> {
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
  const names = ['register', 'bareTuned', 'bare'] as const;
  try {
    // One round first that is not counted: the first spawns warm the file cache and DynamoDB Local.
    for (const name of names) await sample(bundles[name], env, options.event, false);
    for (let run = 0; run < options.runs; run++) {
      // Each round samples every bundle once, in an order that rotates (so none is always first after the
      // previous round's), and the ratios are taken within a round: load that comes and goes over a run on a
      // shared machine then moves both sides of a ratio alike.
      for (let turn = 0; turn < names.length; turn++) {
        const name = names[(run + turn) % names.length] ?? 'register';
        samples[name].push(await sample(bundles[name], env, options.event));
      }
    }
  } finally {
    secretsManager.close();
  }
  const ratiosTo = (baseline: 'bare' | 'bareTuned') =>
    samples.register.map((ms, run) => ms / (samples[baseline][run] ?? Number.NaN));
  const cpuOf = (name: keyof typeof bundles) => cpuSamples.get(bundles[name]) ?? [];
  const cpuRatios = cpuOf('register').map((ms, run) => ms / (cpuOf('bareTuned')[run] ?? Number.NaN));
  const figures = (name: keyof typeof bundles): BundleFigures => ({
    name,
    bytes: statSync(bundles[name]).size,
    gzipBytes: gzipSync(readFileSync(bundles[name]), { level: 9 }).length,
    samplesMs: samples[name],
    importMs: importSamples.get(bundles[name]) ?? [],
    cpuMs: cpuSamples.get(bundles[name]) ?? [],
  });
  return {
    register: figures('register'),
    bare: figures('bare'),
    bareTuned: figures('bareTuned'),
    ratios: { bare: ratiosTo('bare'), bareTuned: ratiosTo('bareTuned'), cpuBareTuned: cpuRatios },
  };
}

export const median = (samples: readonly number[]): number =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

/** The value at quantile `q` (0 to 1) of the samples, by the nearest rank. */
export const quantile = (samples: readonly number[], q: number): number =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))] ??
  Number.NaN;

/** A ratio's median with its spread: quartiles and range over the rounds. */
export function describeRatios(ratios: readonly number[]): string {
  const x = (value: number) => `${value.toFixed(2)}×`;
  return `${x(median(ratios))} (quartiles ${x(quantile(ratios, 0.25))}–${x(quantile(ratios, 0.75))}, range ${x(Math.min(...ratios))}–${x(Math.max(...ratios))}, ${ratios.length} rounds)`;
}

/**
 * Prints the cold-start table (each bundle's size and median, with every sample) and the register's time
 * over each baseline's, as the median of the rounds' ratios with their spread; returns that median against
 * the equally tuned bare bundle (issue 17's figure). bench/api.ts and bench/cold-only.ts report alike.
 */
export function printColdStarts(cold: ColdStarts, runs: number): number {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
  const bundleNames: Record<string, string> = {
    register: 'register (src/lambda/handler.ts)',
    bare: 'bare Apollo + SDK (default bundling)',
    bareTuned: 'bare Apollo + SDK with the same tuning (the baseline)',
  };
  console.log(
    `\n## Cold start: import the bundle and answer one building(id), ${runs} rounds of one sample of each, in turn\n`,
  );
  console.log('| bundle | minified | gzip | median ms | of which import (init) | CPU ms | samples ms |');
  console.log('| --- | --: | --: | --: | --: | --: | --- |');
  for (const figures of [cold.register, cold.bareTuned, cold.bare]) {
    console.log(
      `| ${bundleNames[figures.name] ?? figures.name} | ${kb(figures.bytes)} | ${kb(figures.gzipBytes)} | ${median(figures.samplesMs).toFixed(0)} | ${median(figures.importMs).toFixed(0)} | ${median(figures.cpuMs).toFixed(0)} | ${figures.samplesMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
    );
  }
  console.log(`\nregister ÷ equally tuned bare bundle, per round: ${describeRatios(cold.ratios.bareTuned)}`);
  console.log(
    `the same in CPU time (user + system, all threads), per round: ${describeRatios(cold.ratios.cpuBareTuned)}`,
  );
  console.log(`register ÷ default-bundled bare bundle, per round: ${describeRatios(cold.ratios.bare)}`);
  return median(cold.ratios.bareTuned);
}
