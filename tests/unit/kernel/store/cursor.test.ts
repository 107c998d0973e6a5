import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/kernel/domain/errors';
import { CursorCodec } from '../../../../src/kernel/store/cursor';

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

  it('gives back the position it encoded for the same query', () => {
    expect(codec.decode(QUERY, cursor)).toEqual(POSITION);
  });

  it('decodes with another codec that has the same secret (another Lambda instance)', () => {
    expect(new CursorCodec(SECRET).decode(QUERY, cursor)).toEqual(POSITION);
  });

  it('makes a cursor of one base64url part', () => {
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('reveals no key, id or attribute name of the position in its decoded bytes', () => {
    const bytes = Buffer.from(cursor, 'base64url');
    const asText = [bytes.toString('utf8'), bytes.toString('latin1')];

    for (const hidden of ['BLDG', '3f2b8c1e', 'E07000078', 'AREA', 'gsi1', 'OPERATIONAL', 'pk']) {
      for (const text of asText) expect(text).not.toContain(hidden);
    }
  });

  it('seals the same position differently each time, so equal positions cannot be recognised', () => {
    expect(codec.encode(QUERY, POSITION)).not.toBe(codec.encode(QUERY, POSITION));
  });

  it.each([
    ['another council', 'buildingsByCouncil|E08000003|OPERATIONAL|'],
    ['another status filter', 'buildingsByCouncil|E07000078|VACANT|'],
    ['another list altogether', 'organisationsByName|pitt'],
  ])('refuses a cursor replayed on %s', (_what, otherQuery) => {
    expectBadCursor(() => codec.decode(otherQuery, cursor));
  });

  it('refuses a cursor with any one byte flipped', () => {
    const bytes = Buffer.from(cursor, 'base64url');
    for (let index = 0; index < bytes.length; index++) {
      const flipped = Buffer.from(bytes);
      flipped[index] = (flipped[index] ?? 0) ^ 0x01;

      expectBadCursor(() => codec.decode(QUERY, flipped.toString('base64url')));
    }
  });

  it('refuses a cursor with one character changed', () => {
    expectBadCursor(() => codec.decode(QUERY, editAt(cursor, 0)));
    expectBadCursor(() => codec.decode(QUERY, editAt(cursor, cursor.length - 1)));
  });

  it.each([
    ['the last character', cursor.slice(0, -1)],
    ['half', cursor.slice(0, cursor.length / 2)],
    ['everything', ''],
  ])('refuses a cursor truncated by %s', (_what, truncated) => {
    expectBadCursor(() => codec.decode(QUERY, truncated));
  });

  it.each([
    ['a dot', `${cursor}.x`],
    ['padding', `${cursor}=`],
    ['a character outside base64url', `${cursor.slice(0, -1)}+`],
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
