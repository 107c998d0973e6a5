import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../../src/kernel/domain/errors';
import type { FieldProblem } from '../../../../src/kernel/domain/errors';
import {
  createBuildingSchema,
  emailSchema,
  pageSchema,
  parseArgument,
  updateBuildingSchema,
  updateOrganisationSchema,
} from '../../../../src/kernel/graphql/inputs';

/** The Pittville Pump Room as a client would register it, with only the required fields. */
const pumpRoom = {
  name: 'Pittville Pump Room',
  address: { lines: ['Pittville Park'], postTown: 'Cheltenham', postcode: 'gl52 3je' },
  councilCode: 'E07000078',
  category: 'HERITAGE',
};

/** The problems parseArgument reports for `value`, failing the test if it accepts it. */
function problemsWith(
  schema: Parameters<typeof parseArgument>[0],
  value: unknown,
  root = 'input',
): FieldProblem[] {
  try {
    parseArgument(schema, value, root);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    return [...(error as BadUserInputError).fields];
  }
  throw new Error('expected the argument to be refused');
}

describe('parseArgument with createBuildingSchema', () => {
  it('fills in the defaults: operational, public, no accessibility features', () => {
    const building = parseArgument(createBuildingSchema(), pumpRoom, 'input');

    expect(building).toMatchObject({
      status: 'OPERATIONAL',
      visibility: 'PUBLIC',
      accessibilityFeatures: [],
    });
  });

  it('normalises the postcode and the council code', () => {
    const building = parseArgument(
      createBuildingSchema(),
      { ...pumpRoom, councilCode: ' e07000078 ' },
      'input',
    );

    expect(building.address.postcode).toEqual({ ok: true, postcode: 'GL52 3JE', partial: false });
    expect(building.councilCode).toBe('E07000078');
  });

  it('accepts an outward code alone and flags it as partial', () => {
    const building = parseArgument(
      createBuildingSchema(),
      { ...pumpRoom, address: { ...pumpRoom.address, postcode: 'GL52' } },
      'input',
    );

    expect(building.address.postcode).toEqual({ ok: true, postcode: 'GL52', partial: true });
  });

  it('drops repeated accessibility features', () => {
    const building = parseArgument(
      createBuildingSchema(),
      { ...pumpRoom, accessibilityFeatures: ['LIFT', 'HEARING_LOOP', 'LIFT'] },
      'input',
    );

    expect(building.accessibilityFeatures).toEqual(['LIFT', 'HEARING_LOOP']);
  });

  it.each([
    [
      'a postcode with an invalid inward code',
      { address: { ...pumpRoom.address, postcode: 'GL50 1CI' } },
      'input.address.postcode',
      /not a UK postcode/,
    ],
    [
      'a blank address line',
      { address: { lines: ['Pittville Park', '  '] } },
      'input.address.lines.1',
      /must not be empty/,
    ],
    ['a name of 201 characters', { name: 'x'.repeat(201) }, 'input.name', /must be at most 200 characters/],
    [
      'a description of 4001 characters',
      { description: 'x'.repeat(4001) },
      'input.description',
      /at most 4000/,
    ],
    ['a bell character in the name', { name: 'Pump\u0007Room' }, 'input.name', /control characters/],
    [
      'a NUL in an address line',
      { address: { lines: ['Pittville\u0000Park'] } },
      'input.address.lines.0',
      /control/,
    ],
    ['a Welsh council', { councilCode: 'W06000015' }, 'input.councilCode', /English council GSS code/],
    ['a UPRN of all zeros', { uprn: '000000000000' }, 'input.uprn', /not all zero/],
    [
      'latitude and longitude swapped',
      { location: { latitude: -2.08, longitude: 51.9 } },
      'input.location',
      /^latitude and longitude appear swapped: latitude -2.08, longitude 51.9 /,
    ],
    [
      'an owner that is not a record id',
      { ownerOrganisationId: 'cheltenham' },
      'input.ownerOrganisationId',
      /valid id/,
    ],
    ['an unknown category', { category: 'CASTLE' }, 'input.category', /./],
    ['a floor area of zero', { floorAreaSqm: 0 }, 'input.floorAreaSqm', /greater than 0/],
  ])('refuses %s, naming the field', (_what, change, field, message) => {
    const problems = problemsWith(createBuildingSchema(), { ...pumpRoom, ...change });

    expect(problems.map((problem) => problem.field)).toEqual([field]);
    expect(problems[0]?.message).toMatch(message);
  });

  it('names every offending field at once', () => {
    const problems = problemsWith(createBuildingSchema(), {
      ...pumpRoom,
      name: '',
      councilCode: 'S12000036',
    });

    expect(problems.map((problem) => problem.field).sort()).toEqual(['input.councilCode', 'input.name']);
  });

  it('reports a missing required field under its path', () => {
    const { category: _category, ...withoutCategory } = pumpRoom;

    expect(problemsWith(createBuildingSchema(), withoutCategory).map((problem) => problem.field)).toEqual([
      'input.category',
    ]);
  });

  it('allows line breaks and tabs in a description', () => {
    const description = 'Grade I listed.\nRegency spa building,\r\nwith a\tballroom.';

    const building = parseArgument(createBuildingSchema(), { ...pumpRoom, description }, 'input');

    expect(building.description).toBe(description);
  });

  it('allows a line break inside a name', () => {
    const building = parseArgument(
      createBuildingSchema(),
      { ...pumpRoom, name: 'Pittville\nPump Room' },
      'input',
    );

    expect(building.name).toBe('Pittville\nPump Room');
  });

  it.each([
    ['a NUL', 'Grade I listed.\u0000'],
    ['an escape character', 'Grade I listed.\u001b[2J'],
  ])('refuses %s in a description, as in every other text', (_what, description) => {
    const problems = problemsWith(createBuildingSchema(), { ...pumpRoom, description });

    expect(problems).toEqual([
      { field: 'input.description', message: 'must not contain control characters' },
    ]);
  });

  it('clears a blank description to null', () => {
    const building = parseArgument(createBuildingSchema(), { ...pumpRoom, description: '   ' }, 'input');

    expect(building.description).toBeNull();
  });

  it('trims the name it keeps', () => {
    expect(parseArgument(createBuildingSchema(), { ...pumpRoom, name: '  Pump Room ' }, 'input').name).toBe(
      'Pump Room',
    );
  });
});

describe('emailSchema', () => {
  it('trims and lower-cases an email address', () => {
    expect(parseArgument(emailSchema(), '  Alice.Smith@Example.ORG ', 'email')).toBe(
      'alice.smith@example.org',
    );
  });

  it.each([
    ['no @', 'alice.example.org'],
    ['no domain', 'alice@'],
    ['more than 254 characters', `${'a'.repeat(64)}@${'b'.repeat(186)}.org`],
  ])('refuses an address with %s', (_what, value) => {
    expect(problemsWith(emailSchema(), value, 'input.email').map((problem) => problem.field)).toEqual([
      'input.email',
    ]);
  });
});

describe('pageSchema', () => {
  it('asks for 20 items from the start when nothing is given', () => {
    expect(parseArgument(pageSchema(), {}, 'page')).toEqual({ first: 20, after: null });
    expect(parseArgument(pageSchema(), { first: null, after: null }, 'page')).toEqual({
      first: 20,
      after: null,
    });
  });

  it.each([1, 100])('accepts first: %i', (first) => {
    expect(parseArgument(pageSchema(), { first, after: 'abc.def' }, 'page')).toEqual({
      first,
      after: 'abc.def',
    });
  });

  it.each([
    [0, 'must be at least 1'],
    [-5, 'must be at least 1'],
    [101, 'must be at most 100'],
  ])('refuses first: %i', (first, message) => {
    expect(problemsWith(pageSchema(), { first }, 'page')).toEqual([{ field: 'page.first', message }]);
  });

  it('refuses a fractional first', () => {
    expect(problemsWith(pageSchema(), { first: 2.5 }, 'page').map((problem) => problem.field)).toEqual([
      'page.first',
    ]);
  });

  it('refuses a cursor longer than 2048 characters', () => {
    expect(problemsWith(pageSchema(), { after: 'x'.repeat(2049) }, 'page')).toEqual([
      { field: 'page.after', message: 'is not a cursor from this list' },
    ]);
  });
});

describe('messages in the register’s own words', () => {
  const ZOD_WORDING = /expected|received|invalid input|too big|too small|<=|>=/i;

  it.each([
    [
      'a required field cleared with null',
      updateBuildingSchema(),
      { name: null },
      'input.name',
      'must not be null',
    ],
    [
      'a number over its cap',
      updateOrganisationSchema(),
      { memberCount: 20_000_000 },
      'input.memberCount',
      'must be at most 10000000',
    ],
    [
      'a floor area over its cap',
      updateBuildingSchema(),
      { floorAreaSqm: 1e12 },
      'input.floorAreaSqm',
      'must be at most 10000000',
    ],
    [
      'a list where one value belongs',
      createBuildingSchema(),
      { ...pumpRoom, name: ['a'] },
      'input.name',
      'must be a string',
    ],
    [
      'an unknown enum value',
      createBuildingSchema(),
      { ...pumpRoom, category: 'CASTLE' },
      'input.category',
      'must be one of',
    ],
    [
      'a missing required field',
      createBuildingSchema(),
      { ...pumpRoom, councilCode: undefined },
      'input.councilCode',
      'is required',
    ],
  ])('words %s plainly, naming the field', (_what, schema, value, field, wording) => {
    const problems = problemsWith(schema, value);

    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toContain(wording);
    expect(problems.map((problem) => problem.message).join(' | ')).not.toMatch(ZOD_WORDING);
  });
});
