import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../app/create-app';

/**
 * Stack traces in TypeScript terms, at no cost to a cold start. The bundle ships with its source map but Node
 * is not told to load it (--enable-source-maps parses the whole map when the bundle is imported, ~25 ms of
 * every cold start); instead the map is read the first time an error with a stack is logged, and only then.
 * Run from source (not bundled), there is no map beside the module and stacks are logged as they are.
 */
const bundleFile = fileURLToPath(import.meta.url);
let sourceMap: SourceMap | null | undefined;

function loadSourceMap(): SourceMap | null {
  if (sourceMap === undefined) {
    try {
      sourceMap = new SourceMap(JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8')) as never);
    } catch {
      sourceMap = null;
    }
  }
  return sourceMap;
}

/** `stack` with every frame in the bundle replaced by its source file, line and column. */
export function mapStackTrace(stack: string): string {
  if (!stack.includes(bundleFile)) return stack;
  const map = loadSourceMap();
  if (!map) return stack;
  return stack.replace(
    /(?:file:\/\/)?([^\s()]+):(\d+):(\d+)/g,
    (frame, file: string, line: string, column: string) => {
      if (!bundleFile.endsWith(file) && !file.endsWith(bundleFile)) return frame;
      const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
      if (!('originalSource' in entry)) return frame;
      return `${entry.originalSource}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    },
  );
}

/** `logger`, with the stack of each logged error (`details.error.stack`) mapped to the sources. */
export function withSourceMappedStacks(logger: Logger): Logger {
  return {
    ...logger,
    error(message, details) {
      const error = details?.['error'];
      if (
        details &&
        error &&
        typeof error === 'object' &&
        'stack' in error &&
        typeof error.stack === 'string'
      ) {
        logger.error(message, { ...details, error: { ...error, stack: mapStackTrace(error.stack) } });
        return;
      }
      logger.error(message, details);
    },
  };
}
