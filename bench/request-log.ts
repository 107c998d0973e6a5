/**
 * The request log's cost per request (issue 18), beside issue 17's budget for building(id) (+0.3 ms over a
 * bare handler): what the HTTP handler adds when a request log is set, measured in process without DynamoDB.
 *
 *   npx tsx bench/request-log.ts [iterations] > /dev/null     (figures go to stderr; stdout takes the log)
 *
 * 1. The entry alone: two clock reads, the path and result checks, the facts object.
 * 2. The entry written as JSON through the Powertools logger (what Lambda does), to stdout.
 * 3. The entry written as the readable line (npm start), to a sink that drops it.
 * 4. For scale: the same entry as one JSON.stringify and stdout write, without Powertools.
 */
import { performance } from 'node:perf_hooks';
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import {
  createJsonRequestLog,
  createTextRequestLog,
  loggablePath,
  resultOf,
} from '../src/lambda/request-log';
import type { RequestLog } from '../src/lambda/request-log';

const ITERATIONS = Number(process.argv[2] ?? 200_000);
const ok = { status: 200, body: '{"data":{"building":{"id":"b1","name":"Pittville Pump Room"}}}\n' };
const refused = {
  status: 200,
  body: '{"errors":[{"message":"No such building","path":["building"],"extensions":{"code":"NOT_FOUND"}}],"data":null}\n',
};

function entryCost(log: RequestLog | null, response: { status: number; body: string }): number {
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const begun = performance.now();
    const facts = { operation: 'building' as string | null, caller: 'anonymous' as const };
    const entry = {
      requestId: 'c0a8f7e2-5d1b-4b4e-9a57-3c1f1f0b2d9e',
      method: 'POST',
      path: loggablePath('/graphql'),
      operation: facts.operation,
      caller: facts.caller,
      status: response.status,
      result: resultOf(response),
      durationMs: Math.round((performance.now() - begun) * 10) / 10,
    };
    log?.(entry);
  }
  return ((performance.now() - started) / ITERATIONS) * 1000;
}

const json = createJsonRequestLog(new PowertoolsLogger({ serviceName: 'bench' }));
const text = createTextRequestLog(() => undefined);
const plain: RequestLog = (entry) => {
  process.stdout.write(JSON.stringify({ level: 'INFO', message: 'request', ...entry }) + '\n');
};
// Warm up every path, then measure each in turn, three rounds, and report the median.
for (const log of [null, json, text, plain]) entryCost(log, ok);
const rounds: Record<string, number[]> = {
  entry: [],
  'entry, error body': [],
  json: [],
  text: [],
  'plain stdout write': [],
};
for (let round = 0; round < 3; round++) {
  rounds['entry']?.push(entryCost(null, ok));
  rounds['entry, error body']?.push(entryCost(null, refused));
  rounds['json']?.push(entryCost(json, ok));
  rounds['text']?.push(entryCost(text, ok));
  rounds['plain stdout write']?.push(entryCost(plain, ok));
}
console.error(`request log, per request (${ITERATIONS} iterations, median of 3 rounds):`);
for (const [name, figures] of Object.entries(rounds)) {
  const median = [...figures].sort((a, b) => a - b)[1] ?? 0;
  console.error(`  ${name.padEnd(20)} ${median.toFixed(2)} µs`);
}
