import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A Scan reads the whole table: on a request path it is slow, costly and grows with the register. Every
// access pattern must be a key lookup or a query on a key or index. ESLint bans the imports; this also
// catches a Scan reached some other way (a raw client call, a re-export, a string-built command).
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const FORBIDDEN = [/ScanCommand/, /paginateScan/, /\.scan\(/, /Scan\(/];

const sourceFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.ts'))
  .sort();

describe('the source', () => {
  it('is found, so the check below cannot pass on an empty list', () => {
    expect(sourceFiles.length).toBeGreaterThanOrEqual(20);
    expect(sourceFiles).toContain(join('registers', 'buildings', 'store', 'building-store.ts'));
  });

  it('never scans the table', () => {
    const offending = sourceFiles.flatMap((path) => {
      const text = readFileSync(join(SRC, path), 'utf8');
      return FORBIDDEN.filter((pattern) => pattern.test(text)).map(
        (pattern) => `src/${path} matches ${pattern}`,
      );
    });

    expect(offending, `Scan found in:\n${offending.join('\n')}`).toEqual([]);
  });
});
