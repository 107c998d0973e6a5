import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors';
import { CursorCodec } from '../../../src/store/cursor';

const SECRET = 'a-test-secret-of-at-least-32-chars!';
const QUERY = 'buildingsByCouncil|E07000078|OPERATIONAL|';
const POSITION = {
  pk: 'BLDG#3f2b8c1e',
  sk: 'BLDG',
  gsi1pk: 'AREA#E07000078#BLDG',
  gsi1sk: 'OPERATIONAL#HALL#x',
};

/** Runs `act` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but none was thrown');
}

function expectBadCursor(act: () => unknown, field = 'after'): void {
  const error = thrownBy(act);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
}

/** Replaces the character at `index` with a different base64url character. */
function editAt(text: string, index: number): string {
  const char = text.charAt(index);
  return `${text.slice(0, index)}${char === 'A' ? 'B' : 'A'}${text.slice(index + 1)}`;
}

describe('CursorCodec', () => {
  const codec = new CursorCodec(SECRET);
  const cursor = codec.encode(QUERY, POSITION);
  const [body = '', signature = ''] = cursor.split('.');

  it('gives back the position it encoded for the same query', () => {
    expect(codec.decode(QUERY, cursor)).toEqual(POSITION);
  });

  it('decodes with another codec that has the same secret (another Lambda instance)', () => {
    expect(new CursorCodec(SECRET).decode(QUERY, cursor)).toEqual(POSITION);
  });

  it('makes a cursor of two base64url parts joined by a dot', () => {
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['another council', 'buildingsByCouncil|E08000003|OPERATIONAL|'],
    ['another status filter', 'buildingsByCouncil|E07000078|VACANT|'],
    ['another list altogether', 'organisationsByName|pitt'],
  ])('refuses a cursor replayed on %s', (_what, otherQuery) => {
    expectBadCursor(() => codec.decode(otherQuery, cursor));
  });

  it('refuses a cursor whose body was edited to reach another partition', () => {
    const forgedBody = Buffer.from(JSON.stringify({ ...POSITION, pk: 'ORG#someone-else' })).toString(
      'base64url',
    );

    expectBadCursor(() => codec.decode(QUERY, `${forgedBody}.${signature}`));
  });

  it('refuses a cursor with one character of the body changed', () => {
    expectBadCursor(() => codec.decode(QUERY, `${editAt(body, 0)}.${signature}`));
  });

  it('refuses a cursor with one character of the signature changed', () => {
    expectBadCursor(() => codec.decode(QUERY, `${body}.${editAt(signature, 0)}`));
  });

  it.each([
    ['the last character', cursor.slice(0, -1)],
    ['the signature', `${body}.`],
    ['the signature and its dot', body],
    ['the body', `.${signature}`],
    ['everything', ''],
  ])('refuses a cursor truncated by %s', (_what, truncated) => {
    expectBadCursor(() => codec.decode(QUERY, truncated));
  });

  it.each([
    ['a third part', `${cursor}.x`],
    ['a trailing dot', `${cursor}.`],
    ['a doubled dot', `${body}..${signature}`],
  ])('refuses a cursor with %s', (_what, edited) => {
    expectBadCursor(() => codec.decode(QUERY, edited));
  });

  it('refuses a cursor signed with another secret', () => {
    const foreign = new CursorCodec('another-secret-of-at-least-32-chars').encode(QUERY, POSITION);

    expectBadCursor(() => codec.decode(QUERY, foreign));
  });

  it('refuses a signed position whose values are not all strings', () => {
    const numeric = codec.encode(QUERY, { pk: 'BLDG#1', version: 3 } as unknown as Record<string, string>);

    expectBadCursor(() => codec.decode(QUERY, numeric));
  });

  it('refuses a cursor longer than 2048 characters before checking it', () => {
    const long = codec.encode(QUERY, { pk: 'x'.repeat(1600) });

    expect(long.length).toBeGreaterThan(2048);
    expectBadCursor(() => codec.decode(QUERY, long));
  });

  it('reports the problem on the field it is told', () => {
    expectBadCursor(() => codec.decode('other', cursor, 'page.after'), 'page.after');
  });

  it.each([
    ['an empty secret', ''],
    ['a 31-character secret', 'x'.repeat(31)],
  ])('cannot be made with %s', (_what, secret) => {
    expect(() => new CursorCodec(secret)).toThrow('The cursor secret must be at least 32 characters');
  });

  it('can be made with a 32-character secret', () => {
    expect(
      new CursorCodec('x'.repeat(32)).decode('q', new CursorCodec('x'.repeat(32)).encode('q', {})),
    ).toEqual({});
  });
});
