import {
  buildASTSchema,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  print,
} from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs, typeDefsDocument } from '../../../../src/kernel/graphql/generated/type-defs';

/**
 * A server with introspection off builds its schema from `typeDefsDocument()`: the SDL parsed at codegen
 * (scripts/codegen-type-defs.cjs) with every description dropped. It must be the same schema otherwise.
 */
/** Every type, field, argument (with its default), input field, enum value and union member, one per line. */
function shape(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) => {
      if (isObjectType(type) || isInterfaceType(type))
        return Object.values(type.getFields()).map(
          (field) =>
            `${type.name}.${field.name}(${field.args
              .map((arg) => `${arg.name}:${String(arg.type)}=${JSON.stringify(arg.defaultValue)}`)
              .join(',')}):${String(field.type)}`,
        );
      if (isInputObjectType(type))
        return Object.values(type.getFields()).map(
          (field) => `${type.name}.${field.name}:${String(field.type)}=${JSON.stringify(field.defaultValue)}`,
        );
      if (isEnumType(type)) return type.getValues().map((value) => `${type.name}.${value.name}`);
      if (isUnionType(type)) return [`${type.name}=${type.getTypes().map(String).join('|')}`];
      return [type.name];
    })
    .sort();
}

describe('the generated schema document without descriptions', () => {
  it('leaves the same types, fields, arguments and defaults, with no description left', () => {
    const stripped = print(typeDefsDocument());
    const full = buildSchema(typeDefs);

    expect(shape(buildSchema(stripped))).toEqual(shape(full));
    expect(shape(full).length).toBeGreaterThan(900);
    // A deprecation's reason is not a description: introspection answers it, so it stays.
    expect(stripped.replaceAll(/@deprecated\(reason: "[^"]*"\)/g, '')).not.toContain('"');
    const state = (schema: GraphQLSchema) => schema.getType('AcvEntry');
    const deprecation = (schema: GraphQLSchema) => {
      const type = state(schema);
      return isObjectType(type) ? type.getFields()['state']?.deprecationReason : undefined;
    };
    expect(deprecation(buildSchema(stripped))).toBe(deprecation(full));
    expect(deprecation(full)).toContain('status');
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
