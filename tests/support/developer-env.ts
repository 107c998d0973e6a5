import { fileURLToPath } from 'node:url';

/** The repository's root, where `npm start` runs. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Settings the test runner or a developer's shell may hold that a developer's `npm start` would not see.
 * Vitest sets NODE_ENV=test, which turns off Apollo Server's own signal handling; a developer has it on.
 */
const APP_VARIABLES = [
  'NODE_ENV',
  'DYNAMODB_ENDPOINT',
  'TABLE_NAME',
  'AUTH_MODE',
  'PLATFORM_ADMIN_IDS',
  'CURSOR_SECRET',
  'CURSOR_SECRET_ARN',
  'INTROSPECTION',
  'PORT',
  'DYNAMODB_PORT',
  'PINNED_TODAY',
];

/** This process's environment as a developer's shell would have it for `npm start`: no app settings. */
export function developerEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of APP_VARIABLES) delete env[name];
  return env;
}
