/**
 * `npm run bench`: every benchmark, one after the other, each in its own Node process so one's memory and
 * JIT state cannot colour another's figures.
 */
import { spawnSync } from 'node:child_process';

const BENCHMARKS = [
  ['bench/api.ts', process.env['BENCH_ITERATIONS'] ?? '200'],
  ['bench/lambda-bundle.ts'],
  // The query budget's cost per request, and how fast abusive queries are refused (issue 6).
  ['bench/budget.ts'],
  // Assets of community value (bench/acv.ts)
  ['bench/acv.ts', process.env['BENCH_ITERATIONS'] ?? '200'],
  // Issue 10: import throughput.
  ['bench/import.ts', process.env['BENCH_IMPORT_ROWS'] ?? '10000'],
  // Issue 10: a council's existing ACV list (importAcvEntries).
  ['bench/acv-register-import.ts', process.env['BENCH_ACV_IMPORT_ROWS'] ?? '2000'],
  // Co-location distance search: requests and items read per search at 1, 5 and 25 km.
  ['bench/colocation.ts'],
  // Issue 10: the postcode district table's load and lookup cost (bench/postcode-districts.ts).
  ['bench/postcode-districts.ts'],
  // Issue 19: notices delivered per second through the local stream and notifier (bench/notices.ts).
  ['bench/notices.ts', process.env['BENCH_NOTICES'] ?? '200'],
];

let failed = false;
for (const [script, ...args] of BENCHMARKS) {
  console.log(`\n== ${script}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script ?? '', ...args], {
    stdio: 'inherit',
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
