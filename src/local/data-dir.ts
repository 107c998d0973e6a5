import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_ENDPOINT_FILE } from '../import/local-endpoint';

/** `.data` in the repository root: where `npm start` keeps the database, signing key and cursor secret. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.data', import.meta.url));

/**
 * The absolute data folder for a `--data-dir` value. npm runs scripts from the repository root, so a relative
 * path is taken from the folder the developer typed the command in (INIT_CWD), as they would expect.
 */
export function resolveDataDir(value: string | undefined, env: Record<string, string | undefined>): string {
  if (value === undefined) return DEFAULT_DATA_DIR;
  return resolve(env['INIT_CWD'] ?? process.cwd(), value);
}

const CURSOR_SECRET_FILE = 'cursor-secret';

/**
 * The key that signs pagination cursors, made once per data folder and kept, so cursors handed out before a
 * restart still work after it.
 */
export function loadOrCreateCursorSecret(dataDir: string): string {
  const file = join(dataDir, CURSOR_SECRET_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  // `wx`: if two processes race on a fresh folder, the second fails instead of overwriting the first's key.
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/**
 * Writes the URL this server answers at into the data folder (`endpoint`), for `npm run import` to find a
 * server on another `--port` (src/import/local-endpoint.ts reads it).
 */
export function writeLocalEndpoint(dataDir: string, url: string): void {
  writeFileSync(join(dataDir, LOCAL_ENDPOINT_FILE), `${url}\n`);
}

/** Removes the endpoint file when it still names this server's URL (another server may have replaced it). */
export function removeLocalEndpoint(dataDir: string, url: string): void {
  const file = join(dataDir, LOCAL_ENDPOINT_FILE);
  try {
    if (readFileSync(file, 'utf8').trim() === url) rmSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
