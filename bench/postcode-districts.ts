/**
 * The postcode district table (src/kernel/domain/postcode-districts-data.ts, 19 KB): what it costs a cold start to
 * load, what the first postcode check costs (the table is parsed into a map then), and a check after that.
 * Built minified with esbuild as the Lambda is, and imported in a fresh Node process per run, median of RUNS.
 *
 *   npx tsx bench/postcode-districts.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../cdk/lib/register-app';

const RUNS = 7;
const outDir = path.join(PROJECT_ROOT, '.bench', 'postcode-districts');
const outfile = path.join(outDir, 'data-quality.mjs');
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [path.join(PROJECT_ROOT, 'src/registers/buildings/domain/data-quality.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'silent',
});

const probe = path.join(outDir, 'probe.mjs');
writeFileSync(
  probe,
  `const t0 = performance.now();
const { assessBuildingQuality } = await import(${JSON.stringify(pathToFileURL(outfile).href)});
const t1 = performance.now();
const building = (postcode) => ({ name: 'Depot', councilCode: 'E07000078', location: { latitude: 51.9, longitude: -2.08 }, address: { postcode } });
assessBuildingQuality(building('GL50 1DY'));
const t2 = performance.now();
const postcodes = ['GL50 1DY', 'M1 1AE', 'GL52 3JE', 'SW1A 2AA', 'GL99 1AA', 'EC1A 1BB'];
const N = 100000;
for (let i = 0; i < N; i += 1) assessBuildingQuality(building(postcodes[i % postcodes.length]));
const t3 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, each: ((t3 - t2) / N) * 1000 }));
`,
);

const runs: { load: number; first: number; each: number }[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const result = spawnSync(process.execPath, [probe], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  runs.push(JSON.parse(result.stdout) as { load: number; first: number; each: number });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
console.log(`data-quality.ts bundled and minified: ${(statSync(outfile).size / 1024).toFixed(1)} KiB`);
console.log(
  `module load (cold, incl. the 19 KB table as a string):  ${median(runs.map((r) => r.load)).toFixed(2)} ms`,
);
console.log(
  `first postcode check (parses the table into a map):    ${median(runs.map((r) => r.first)).toFixed(2)} ms`,
);
console.log(
  `each assessBuildingQuality with a postcode after that:  ${median(runs.map((r) => r.each)).toFixed(2)} µs`,
);
rmSync(outDir, { recursive: true, force: true });
