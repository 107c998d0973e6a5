import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start` writes the URL it serves GraphQL at into this file of its data folder while it runs (and removes
 * it when it stops), so `npm run import` finds a server started on another `--port` without being told.
 */
export const LOCAL_ENDPOINT_FILE = 'endpoint';

/** The data folder `npm start` uses without `--data-dir` (the same as src/local/data-dir.ts's default). */
const DEFAULT_LOCAL_DATA_DIR = fileURLToPath(new URL('../../.data', import.meta.url));

/** The endpoint when nothing names one and no `npm start` has written its own. */
export const DEFAULT_ENDPOINT = 'http://localhost:4000/graphql';

/** Which endpoint the CLI talks to and how it chose it, for messages that name both. */
export interface ChosenEndpoint {
  readonly url: string;
  /** Where the URL came from: "--endpoint", "$MASH_ENDPOINT", the endpoint file's path, or "default". */
  readonly source: string;
}

/**
 * The endpoint for the import CLI: `--endpoint`, else `$MASH_ENDPOINT`, else the URL `npm start` wrote into
 * its data folder (`dataDir`, relative to the folder the command was typed in, else `.data`), else
 * http://localhost:4000/graphql.
 */
export function chooseEndpoint(
  flag: string | undefined,
  dataDir: string | undefined,
  env: Record<string, string | undefined>,
): ChosenEndpoint {
  if (flag) return { url: flag, source: '--endpoint' };
  const fromEnv = env['MASH_ENDPOINT'];
  if (fromEnv) return { url: fromEnv, source: '$MASH_ENDPOINT' };
  const folder =
    dataDir === undefined ? DEFAULT_LOCAL_DATA_DIR : resolve(env['INIT_CWD'] ?? process.cwd(), dataDir);
  const file = join(folder, LOCAL_ENDPOINT_FILE);
  const written = readIfPresent(file);
  if (written) return { url: written, source: `${file}, written by npm start` };
  return { url: DEFAULT_ENDPOINT, source: 'default' };
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
