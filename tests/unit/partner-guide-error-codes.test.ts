// The partner guide (docs/partners.md) lists every extensions.code a client can meet. The codes are read
// from the source itself: the AppError family's ErrorCode, the HTTP layer's codes, and every literal code an
// entry point or the open-data route puts in an answer, with Apollo Server's own. A new code without a row in
// the guide, or without a value in the schema's ErrorCode enum, fails here; so does a value the code base no
// longer answers.
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { HTTP_ERROR_STATUS } from '../../src/lambda/http';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(ROOT, file)).isDirectory()) return name === 'generated' ? [] : sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** The members of `export type ErrorCode = | 'A' | 'B' ...;` in errors.ts. */
function appErrorCodes(): string[] {
  const text = read('src/kernel/domain/errors.ts');
  const union = /export type ErrorCode =([\s\S]*?);/.exec(text)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1] ?? '');
}

/** Codes written as literals into answers: `code: 'X'` in extensions, or passed to the HTTP error helpers. */
function literalCodes(): string[] {
  const codes = new Set<string>();
  for (const file of ['src/lambda', 'src/app', 'src/kernel/graphql', 'src/opendata', 'src/local'].flatMap(
    sourceFiles,
  )) {
    const text = read(file);
    for (const m of text.matchAll(/extensions: \{ code: '([A-Z_]+)'/g)) codes.add(m[1] ?? '');
    for (const m of text.matchAll(/(?:errorResponse|refuse)\(\s*'([A-Z_]+)'/g)) codes.add(m[1] ?? '');
  }
  // The open-data route answers its refusals through problem(status, code, message).
  for (const m of read('src/opendata/open-data-handler.ts').matchAll(/problem\(\s*\d+,\s*'([A-Z_]+)'/g)) {
    codes.add(m[1] ?? '');
  }
  return [...codes];
}

/** The codes in the guide's table: rows starting with a code in backticks. */
function guideCodes(): Set<string> {
  const section = read('docs/partners.md').split('## Error codes')[1]?.split('\n## ')[0] ?? '';
  return new Set([...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1] ?? ''));
}

/** The values of the schema's `enum ErrorCode`, read from the SDL files partners get. */
function schemaErrorCodes(): string[] {
  const files = readdirSync(path.join(ROOT, 'schema')).filter((name) => name.endsWith('.graphql'));
  return files.flatMap((name) =>
    parse(read(`schema/${name}`)).definitions.flatMap((definition) =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'ErrorCode'
        ? (definition.values ?? []).map((value) => value.name.value)
        : [],
    ),
  );
}

/** Every code the server can answer: its own, the HTTP layer's, the literals, and Apollo Server's. */
function answeredCodes(): string[] {
  return [
    ...new Set([
      ...appErrorCodes(),
      ...Object.keys(HTTP_ERROR_STATUS),
      ...literalCodes(),
      ...Object.values(ApolloServerErrorCode),
    ]),
  ];
}

describe('the schema has an ErrorCode enum of every code', () => {
  it('lists exactly the codes the server answers', () => {
    expect(new Set(schemaErrorCodes())).toEqual(new Set(answeredCodes()));
  });

  it('lists exactly the codes of the partner guide', () => {
    expect(new Set(schemaErrorCodes())).toEqual(guideCodes());
  });
});

describe('the partner guide lists every error code', () => {
  const listed = guideCodes();

  it('reads a table of codes from the guide', () => {
    expect(listed.size).toBeGreaterThan(15);
  });

  it.each(answeredCodes())('%s', (code) => {
    expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    expect(listed.has(code), `${code} is answered by the code base but missing from docs/partners.md`).toBe(
      true,
    );
  });

  it('finds the codes of each source (the readers of this test work)', () => {
    expect(appErrorCodes()).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'MORATORIUM_IN_FORCE']));
    expect(literalCodes()).toEqual(
      expect.arrayContaining(['UNAUTHENTICATED', 'UNKNOWN_COUNCIL', 'BAD_REQUEST']),
    );
  });
});
