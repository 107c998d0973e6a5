import { fileURLToPath } from 'node:url';

/**
 * The path of a real public file in `../shared/data/` beside the repository (CI has that folder too): tests
 * read councils' published files where they are, never from a copy in the project. See its README.md.
 */
export function sharedDataFile(name: string): string {
  return fileURLToPath(new URL(`../../../shared/data/${name}`, import.meta.url));
}
