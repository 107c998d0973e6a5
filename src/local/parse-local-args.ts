import { parseArgs } from 'node:util';
import { DEMO_TODAY, parseDemoSize } from '../../scripts/seed/seed-args';
import type { DemoSize } from '../../scripts/seed/seed-args';
import { resolveDataDir } from './data-dir';

/** What `npm start` was asked to run. */
export interface LocalArgs {
  readonly port: number;
  readonly dynamoDbPort: number;
  /** Absolute. Holds the signing key and cursor secret even with `inMemory`. */
  readonly dataDir: string;
  /** Keep the database in memory: it is gone when the server stops. */
  readonly inMemory: boolean;
  readonly help: boolean;
  /** `--today YYYY-MM-DD`: the date the whole server believes it is (rehearsing an ACV case); null: real. */
  readonly today: string | null;
  /** `--demo`: fill the (empty) register with the demo council once started (scripts/seed); null: do not. */
  readonly demo: DemoSize | null;
}

export const LOCAL_USAGE = `Usage: npm start -- [--in-memory] [--port N] [--dynamodb-port N] [--data-dir DIR] [--demo]

  --in-memory         keep the database in memory (thrown away on exit)
  --port N            port of the GraphQL API (default: env PORT or 4000)
  --dynamodb-port N   port of DynamoDB Local (default: env DYNAMODB_PORT or 8000)
  --data-dir DIR      folder for the database, signing key and cursor secret (default: .data)
  --today YYYY-MM-DD  make the server believe it is that date (rehearse an ACV case; local only)
  --demo              fill an empty register with the generated demo council (as npm run seed); today is
                      pinned to the demo's date, ${DEMO_TODAY}, unless --today says otherwise
  --seed N            with --demo: the generator's seed (default 1)
  --buildings N       with --demo: how many buildings (default 300)

Set DYNAMODB_ENDPOINT to use a DynamoDB you run yourself instead of starting DynamoDB Local.`;

/** Thrown for arguments that make no sense; the message says which. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Reads `npm start`'s flags, with defaults from `env`. Throws UsageError on unknown or malformed flags. */
export function parseLocalArgs(argv: readonly string[], env: Record<string, string | undefined>): LocalArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'in-memory': { type: 'boolean', default: false },
        port: { type: 'string' },
        'dynamodb-port': { type: 'string' },
        'data-dir': { type: 'string' },
        today: { type: 'string' },
        demo: { type: 'boolean', default: false },
        seed: { type: 'string' },
        buildings: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const port = parsePort('--port', values.port ?? env['PORT'] ?? '4000');
  const dynamoDbPort = parsePort(
    '--dynamodb-port',
    values['dynamodb-port'] ?? env['DYNAMODB_PORT'] ?? '8000',
  );
  if (port === dynamoDbPort && !env['DYNAMODB_ENDPOINT']) {
    throw new UsageError(`--port and --dynamodb-port are both ${port}`);
  }
  if (!values.demo && (values.seed !== undefined || values.buildings !== undefined)) {
    throw new UsageError('--seed and --buildings go with --demo');
  }
  const demo = values.demo
    ? parseDemoSize(values, (message) => {
        throw new UsageError(message);
      })
    : null;
  const today = parseToday(values.today ?? env['PINNED_TODAY'] ?? null);
  return {
    port,
    dynamoDbPort,
    dataDir: resolveDataDir(values['data-dir'], env),
    inMemory: values['in-memory'],
    help: values.help,
    // The demo's cases are in the states its summary gives on its own date: the server keeps that date.
    today: today ?? (demo ? DEMO_TODAY : null),
    demo,
  };
}

function parsePort(flag: string, text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) {
    throw new UsageError(`${flag} must be a port number from 1 to 65535, got "${text}"`);
  }
  return port;
}

function parseToday(text: string | null): string | null {
  if (text === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--today must be a calendar date written YYYY-MM-DD, got "${text}"`);
  }
  return text;
}
