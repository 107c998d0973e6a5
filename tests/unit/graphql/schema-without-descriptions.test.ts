import { buildSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs, typeDefsDocument } from '../../../src/graphql/generated/type-defs';
import { withoutDescriptions } from '../../../src/graphql/schema-without-descriptions';

const printed = (sdl: string) =>
  printSchema(lexicographicSortSchema(buildSchema(sdl)))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');

describe('withoutDescriptions', () => {
  it('leaves the same types, fields, arguments and defaults, with no description left', () => {
    const stripped = withoutDescriptions(typeDefs);
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

  it('is what the generated, already parsed document holds (the schema a server without introspection builds)', () => {
    expect(typeDefsDocument()).toEqual(parse(withoutDescriptions(typeDefs), { noLocation: true }));
    expect(JSON.stringify(typeDefsDocument())).not.toContain('"description":{');
  });

  it('keeps a string default value, which is not a description', () => {
    const sdl =
      'type Query {\n  """Greets."""\n  hello(\n    """Who."""\n    name: String = "world"\n  ): String\n}\n';

    expect(withoutDescriptions(sdl)).toBe(
      'type Query {\n  hello(\n    name: String = "world"\n  ): String\n}\n',
    );
  });
});
