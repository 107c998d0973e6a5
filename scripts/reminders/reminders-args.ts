/** `npm run reminders` flags, parsed and checked (a unit test holds them). */
import { parseArgs } from 'node:util';
import { isIsoDate } from '../../src/kernel/domain/clock';

export const REMINDERS_USAGE = `Usage: npm run reminders -- --today YYYY-MM-DD [--data-dir DIR] [--dynamodb-port N]

Runs the daily reminders job (issue 19) against the local register: the reminders falling due on --today
(decisions due in 7 days and overdue, review requests and reviews, moratoria ending, listings expiring in 90
and 30 days, offers ending, invitations expiring), each sent once, then that day's digests. Emails are
written as .eml files to <data dir>/mail. A second run for the same day sends nothing. Prints the count sent
per kind.

  --today YYYY-MM-DD  the day to compute the reminders for (required)
  --data-dir DIR      the data folder npm start uses (default .data): database, cursor secret, mail
  --dynamodb-port N   DynamoDB Local's port (default env DYNAMODB_PORT or 8000)

If DynamoDB Local is already running on that port (npm start is running), the job uses it; otherwise it starts
DynamoDB Local on the data folder, runs, and stops it. DYNAMODB_ENDPOINT and TABLE_NAME (default
mash-register) are honoured. Exit code 0 when everything due was sent, 1 when something failed, 2 for a
usage error.`;

export interface RemindersArgs {
  readonly help: boolean;
  readonly today: string;
  readonly dataDir: string | undefined;
  readonly dynamoDbPort: number;
}

/** Reads the flags; throws an Error whose message says what is wrong (the CLI prints it with the usage). */
export function parseRemindersArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): RemindersArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      today: { type: 'string' },
      'data-dir': { type: 'string' },
      'dynamodb-port': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true, today: '', dataDir: undefined, dynamoDbPort: 0 };
  const today = values.today;
  if (today === undefined) throw new Error('--today is required');
  if (!isIsoDate(today))
    throw new Error(`--today must be a calendar date written YYYY-MM-DD, got "${today}"`);
  const portText = values['dynamodb-port'] ?? env['DYNAMODB_PORT'] ?? '8000';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65_535) {
    throw new Error(`--dynamodb-port must be a port number, got "${portText}"`);
  }
  return { help: false, today, dataDir: values['data-dir'], dynamoDbPort: port };
}
