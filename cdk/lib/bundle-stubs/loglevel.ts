/**
 * Stands in for loglevel (~3 KB) in the Lambda bundle (see lambda-bundling.ts). Apollo Server uses it only
 * for its default logger, `getLogger('apollo-server')` at INFO, made when no logger is given; the register
 * always gives its own (src/app/graphql-server.ts). Should Apollo ever fall back to it, this writes what
 * loglevel would at INFO and above: debug is dropped, the rest go to the console.
 */
type Method = (...message: unknown[]) => void;

interface StubLogger {
  readonly debug: Method;
  readonly info: Method;
  readonly warn: Method;
  readonly error: Method;
  setLevel(level: number): void;
}

const levels = { TRACE: 0, DEBUG: 1, INFO: 2, WARN: 3, ERROR: 4, SILENT: 5 } as const;

function getLogger(): StubLogger {
  let threshold: number = levels.INFO;
  const at =
    (level: number, write: Method): Method =>
    (...message) => {
      if (level >= threshold) write(...message);
    };
  return {
    debug: at(levels.DEBUG, console.debug),
    info: at(levels.INFO, console.info),
    warn: at(levels.WARN, console.warn),
    error: at(levels.ERROR, console.error),
    setLevel(level) {
      threshold = level;
    },
  };
}

export default { getLogger, levels };
