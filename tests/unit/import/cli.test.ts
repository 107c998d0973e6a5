import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointNote, parseImportArgs } from '../../../src/import/cli';

const userDir = mkdtempSync(join(tmpdir(), 'mash-cli-user-'));
const emptyDataDir = mkdtempSync(join(tmpdir(), 'mash-cli-data-'));
const serverDataDir = mkdtempSync(join(tmpdir(), 'mash-cli-data-'));
writeFileSync(join(serverDataDir, 'endpoint'), 'http://localhost:4123/graphql\n');

const parse = (args: string[], env: Record<string, string> = {}) => {
  const parsed = parseImportArgs(['assets.csv', '--format', 'points', ...args], {
    INIT_CWD: userDir,
    ...env,
  });
  if (!parsed) throw new Error('expected arguments, got --help');
  return parsed;
};

describe('npm run import arguments', () => {
  it('talks to the server npm start wrote into its data folder when no endpoint is given', () => {
    const { endpoint } = parse(['--data-dir', serverDataDir]);

    expect(endpoint).toEqual({
      url: 'http://localhost:4123/graphql',
      source: `${join(serverDataDir, 'endpoint')}, written by npm start`,
    });
  });

  it('reads --data-dir from the folder the command was typed in, as npm start does', () => {
    const { endpoint } = parse(['--data-dir', basename(serverDataDir)], { INIT_CWD: dirname(serverDataDir) });

    expect(endpoint.url).toBe('http://localhost:4123/graphql');
    expect(endpoint.source).toContain(join(serverDataDir, 'endpoint'));
  });

  it('prefers --endpoint, then $MASH_ENDPOINT, to the data folder', () => {
    const env = { MASH_ENDPOINT: 'https://api.example.org/graphql' };

    expect(
      parse(['--data-dir', serverDataDir, '--endpoint', 'http://127.0.0.1:9/graphql'], env).endpoint,
    ).toEqual({ url: 'http://127.0.0.1:9/graphql', source: '--endpoint' });
    expect(parse(['--data-dir', serverDataDir], env).endpoint).toEqual({
      url: 'https://api.example.org/graphql',
      source: '$MASH_ENDPOINT',
    });
  });

  it('falls back to port 4000 when no npm start has written its endpoint, and says so', () => {
    const { endpoint } = parse(['--data-dir', emptyDataDir]);

    expect(endpoint).toEqual({ url: 'http://localhost:4000/graphql', source: 'default' });
    expect(endpointNote(endpoint)).toBe(
      'Endpoint http://localhost:4000/graphql, from the default (no npm start endpoint file found); --endpoint URL names another.',
    );
  });

  it('writes the report into the working directory by default, not beside the input file', () => {
    const parsed = parseImportArgs(['/srv/shared/council/assets.csv', '--format', 'points'], {
      INIT_CWD: userDir,
    });

    expect(parsed?.options.file).toBe('/srv/shared/council/assets.csv');
    expect(parsed?.options.reportPath).toBe(join(userDir, 'assets.csv.report.csv'));
  });

  it('writes the report to --report, a relative path taken from the working directory', () => {
    expect(parse(['--report', 'out/rejected.csv']).options.reportPath).toBe(
      join(userDir, 'out/rejected.csv'),
    );
    expect(parse(['--report', '/tmp/r.csv']).options.reportPath).toBe('/tmp/r.csv');
    expect(parse([]).options.file).toBe(join(userDir, 'assets.csv'));
  });
});
