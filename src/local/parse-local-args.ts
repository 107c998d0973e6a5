import { parseArgs } from 'node:util';
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
}

export const LOCAL_USAGE = `Usage: npm start -- [--in-memory] [--port N] [--dynamodb-port N] [--data-dir DIR]

  --in-memory         keep the database in memory (thrown away on exit)
  --port N            port of the GraphQL API (default: env PORT or 4000)
  --dynamodb-port N   port of DynamoDB Local (default: env DYNAMODB_PORT or 8000)
  --data-dir DIR      folder for the database, signing key and cursor secret (default: .data)
  --today YYYY-MM-DD  make the server believe it is that date (rehearse an ACV case; local only)

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
  return {
    port,
    dynamoDbPort,
    dataDir: resolveDataDir(values['data-dir'], env),
    inMemory: values['in-memory'],
    help: values.help,
    today: parseToday(values.today ?? env['PINNED_TODAY'] ?? null),
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
