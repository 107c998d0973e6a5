/**
 * Measures the GraphQL Lambda bundle: its size, and its cold module-init time (importing the bundle in a
 * fresh Node process, as the Lambda runtime does on a cold start), median of RUNS.
 *
 *   npx tsx bench/lambda-bundle.ts [entry]     (entry defaults to src/lambda/handler.ts)
 *
 * The bundle is built with the options the stack deploys with (cdk/lib/lambda-bundling.ts). This machine
 * is not a Lambda: read the init time as a relative figure (did a change make it slower?), not a forecast.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { LAMBDA_BUNDLE_FILE, toEsbuildOptions } from '../cdk/lib/lambda-bundling';
import { DEFAULT_LAMBDA_ENTRY, PROJECT_ROOT } from '../cdk/lib/register-app';

const RUNS = 5;

// What the stack sets, with placeholders, so src/config.ts accepts it. CURSOR_SECRET instead of
// CURSOR_SECRET_ARN keeps Secrets Manager (and the network) out of the measurement.
const LAMBDA_LIKE_ENV = {
  PATH: process.env['PATH'] ?? '',
  AWS_REGION: 'eu-west-2',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
  AWS_LAMBDA_FUNCTION_NAME: 'mash-register-bench',
  STAGE: 'bench',
  TABLE_NAME: 'mash-register-bench',
  AUTH_MODE: 'cognito',
  COGNITO_USER_POOL_ID: 'eu-west-2_Bench0000',
  COGNITO_CLIENT_ID: 'benchclient0000000000000000',
  PLATFORM_ADMIN_IDS: '',
  CURSOR_SECRET: 'b'.repeat(64),
  INTROSPECTION: 'false',
};

const entry = path.resolve(process.argv[2] ?? DEFAULT_LAMBDA_ENTRY);
const outDir = path.join(PROJECT_ROOT, '.bench', 'lambda-bundle');
const outfile = path.join(outDir, LAMBDA_BUNDLE_FILE);

rmSync(outDir, { recursive: true, force: true });
const result = await build({ ...toEsbuildOptions(entry, outfile), metafile: true, logLevel: 'warning' });

const bundleBytes = statSync(outfile).size;
const mapBytes = statSync(`${outfile}.map`).size;
const zippedBytes = gzipSync(readFileSync(outfile), { level: 9 }).length;

const byPackage = new Map<string, number>();
for (const [input, { bytesInOutput }] of Object.entries(
  result.metafile.outputs[path.relative(process.cwd(), outfile)]?.inputs ?? {},
)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  const name = match?.[1] ?? '(project source)';
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
}

// Timed inside the child, so Node's own start-up is not counted: only loading and evaluating the bundle.
const importScript = `
  const started = performance.now();
  const module = await import(${JSON.stringify(pathToFileURL(outfile).href)});
  const elapsed = performance.now() - started;
  if (typeof module.handler !== 'function') throw new Error('the bundle exports no handler function');
  process.stdout.write(String(elapsed));
`;
const samples: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', importScript], {
    env: LAMBDA_LIKE_ENV,
    encoding: 'utf8',
  });
  if (child.status !== 0) {
    throw new Error(`importing the bundle failed (exit ${child.status}):\n${child.stderr}`);
  }
  samples.push(Number(child.stdout));
}
const sorted = [...samples].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`entry              ${path.relative(PROJECT_ROOT, entry)}`);
console.log(
  `bundle             ${kib(bundleBytes)} (${kib(zippedBytes)} compressed; source map ${kib(mapBytes)})`,
);
console.log(
  `cold module init   ${median.toFixed(0)} ms median of ${RUNS} (${samples.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
);
console.log(`node               ${process.version} ${process.arch}`);
console.log('largest parts of the bundle:');
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
  console.log(`  ${kib(bytes).padStart(11)}  ${name}`);
}
