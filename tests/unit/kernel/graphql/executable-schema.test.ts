import { graphql, GraphQLSchema, isObjectType, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildExecutableSchema } from '../../../../src/kernel/graphql/executable-schema';
import { typeDefs, typeDefsDocument } from '../../../../src/kernel/graphql/generated/type-defs';
import { resolvers } from '../../../../src/app/resolvers';

describe('buildExecutableSchema', () => {
  it('builds a valid schema from the generated document, which the server then trusts without validating', () => {
    const trusted = buildExecutableSchema(typeDefsDocument(), resolvers, { assumeValid: true });
    // The same schema, validated from scratch: what assumeValid skips at a cold start must find nothing.
    const checked = new GraphQLSchema({ ...trusted.toConfig(), assumeValid: false });

    expect(validateSchema(checked)).toEqual([]);
    expect(validateSchema(buildExecutableSchema(typeDefs, resolvers))).toEqual([]);
  });

  it('has the same types and fields, with every resolver in place, from the document as from the SDL', () => {
    const fromDocument = buildExecutableSchema(typeDefsDocument(), resolvers, { assumeValid: true });
    const fromSdl = buildExecutableSchema(typeDefs, resolvers);
    const fields = (schema: GraphQLSchema) =>
      Object.values(schema.getTypeMap())
        .filter(isObjectType)
        .flatMap((type) =>
          Object.values(type.getFields()).map(
            (field) => `${type.name}.${field.name}:${String(field.type)}:${typeof field.resolve}`,
          ),
        )
        .sort();

    expect(fields(fromDocument)).toEqual(fields(fromSdl));
    expect(fromDocument.getQueryType()?.getFields()['building']?.resolve).toBeTypeOf('function');
  });

  it('refuses a resolver for a field the schema does not define', () => {
    expect(() =>
      buildExecutableSchema('type Query { hello: String }', { Query: { goodbye: () => 'bye' } }),
    ).toThrow(/Query.goodbye names a field the schema does not define/);
  });

  it("completes every connection's pageInfo as Relay has it: the first edge's cursor, forward paging only", async () => {
    const page = (cursors: string[]) => ({
      edges: cursors.map((cursor) => ({ cursor, node: { id: cursor, name: cursor } })),
      pageInfo: { hasNextPage: cursors.length > 0, endCursor: cursors.at(-1) ?? null },
    });
    const schema = buildExecutableSchema(
      `type Query { things(full: Boolean!): ThingConnection! }
       type Thing { id: ID! name: String! }
       type ThingEdge { cursor: String! node: Thing! }
       type ThingConnection { edges: [ThingEdge!]! pageInfo: PageInfo! }
       type PageInfo { hasNextPage: Boolean! endCursor: String startCursor: String hasPreviousPage: Boolean! }`,
      { Query: { things: (_: unknown, args: { full: boolean }) => page(args.full ? ['a', 'b', 'c'] : []) } },
    );
    const read = async (full: boolean) =>
      (
        await graphql({
          schema,
          source: `query ($full: Boolean!) { things(full: $full) { pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`,
          variableValues: { full },
        })
      ).data;

    expect(await read(true)).toEqual({
      things: { pageInfo: { startCursor: 'a', endCursor: 'c', hasNextPage: true, hasPreviousPage: false } },
    });
    expect(await read(false)).toEqual({
      things: {
        pageInfo: { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: false },
      },
    });
  });
});
