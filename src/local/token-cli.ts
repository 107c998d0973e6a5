// `npm run token -- <user-id>`: prints a bearer token the local server accepts, and nothing else on stdout,
// so that `TOKEN=$(npm run -s token -- alice)` works.
import { parseArgs } from 'node:util';
import { resolveDataDir } from './data-dir';
import { loadOrCreateSigningKey, signLocalToken } from './signing-key';

const USAGE = `Usage: npm run token -- <user-id> [--email you@example.org] [--unverified-email] [--data-dir DIR]

Prints a token for <user-id>, valid for 12 hours, signed with the local server's key in DIR (default: .data).
The user id "platform-admin" is a platform admin unless PLATFORM_ADMIN_IDS says otherwise.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    options: {
      email: { type: 'string' },
      'unverified-email': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.error(USAGE);
  process.exit(0);
}
const [userId, ...extra] = positionals;
if (!userId || extra.length > 0) fail('Give exactly one user id.');
if (!/^[\w@.+-]{1,128}$/.test(userId))
  fail(`"${userId}" is not a usable user id (letters, digits, _ @ . + -).`);
if (values.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(values.email))
  fail(`"${values.email}" is not an email.`);
if (values['unverified-email'] && values.email === undefined) fail('--unverified-email needs --email.');

const key = loadOrCreateSigningKey(resolveDataDir(values['data-dir'], process.env));
console.log(signLocalToken(key, { userId, email: values.email, emailVerified: !values['unverified-email'] }));
