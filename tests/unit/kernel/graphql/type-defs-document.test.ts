import { buildASTSchema, buildSchema, lexicographicSortSchema, print, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs, typeDefsDocument } from '../../../../src/kernel/graphql/generated/type-defs';

/**
 * A server with introspection off builds its schema from `typeDefsDocument()`: the SDL parsed at codegen
 * (scripts/codegen-type-defs.cjs) with every description dropped. It must be the same schema otherwise.
 */
const printed = (sdl: string) =>
  printSchema(lexicographicSortSchema(buildSchema(sdl)))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');

describe('the generated schema document without descriptions', () => {
  it('leaves the same types, fields, arguments and defaults, with no description left', () => {
    const stripped = print(typeDefsDocument());
    const full = buildSchema(typeDefs);
    const expected = printed(typeDefs)
      .replace(/^[ \t]*"""[\s\S]*?"""[ \t]*(\n|$)/gm, '')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .join('\n');

    expect(printed(stripped)).toBe(expected);
    expect(stripped).not.toContain('"""');
    expect(Object.keys(buildSchema(stripped).getTypeMap()).sort()).toEqual(
      Object.keys(full.getTypeMap()).sort(),
    );
  });

  it('holds no description node, and keeps default values', () => {
    expect(JSON.stringify(typeDefsDocument())).not.toContain('"description":{');
    const schema = buildASTSchema(typeDefsDocument());
    const fields = schema.getQueryType()?.getFields() ?? {};
    const first = fields['assetsOfCommunityValue']?.args.find((a) => a.name === 'first');
    expect(first?.defaultValue).toBe(20);
  });
});
