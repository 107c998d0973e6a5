import {
  buildASTSchema,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
} from 'graphql';
import type {
  DocumentNode,
  GraphQLFieldResolver,
  GraphQLIsTypeOfFn,
  GraphQLSchema,
  GraphQLTypeResolver,
} from 'graphql';

type ResolverMap = Record<string, unknown>;

/**
 * The executable schema: the SDL (as text, or already parsed) built with graphql's own buildASTSchema and the
 * resolvers put on its types in place. Apollo's default (graphql-tools' makeExecutableSchema) merges the type
 * definitions again and copies the whole schema to add the resolvers, which on the first request of a cold
 * start costs several times as much for the same result. The SDL is codegen's printSchema output of a schema
 * codegen has already validated, so the SDL is not validated again here. The built schema is validated by
 * Apollo (~3-4 ms of a cold start) unless `assumeValid` is set: the server sets it only for the generated
 * document, whose validity tests/unit/kernel/graphql/executable-schema.test.ts checks, with these very resolvers.
 *
 * As graphql-tools does by default, a resolver for a type or field the schema lacks is an error, so a
 * misspelt resolver fails at start rather than being silently ignored.
 */
export function buildExecutableSchema(
  sdl: string | DocumentNode,
  resolvers: ResolverMap,
  options: { readonly assumeValid?: boolean } = {},
): GraphQLSchema {
  const document = typeof sdl === 'string' ? parse(sdl, { noLocation: true }) : sdl;
  const schema = buildASTSchema(document, {
    assumeValidSDL: true,
    assumeValid: options.assumeValid ?? false,
  });
  for (const [typeName, value] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`Resolvers are given for type ${typeName}, which the schema does not define`);
    if (isScalarType(type)) {
      // A GraphQLScalarType instance (or its config): its coercion functions replace the built scalar's.
      const scalar = value as Partial<Pick<typeof type, 'serialize' | 'parseValue' | 'parseLiteral'>>;
      if (scalar.serialize) type.serialize = scalar.serialize;
      if (scalar.parseValue) type.parseValue = scalar.parseValue;
      if (scalar.parseLiteral) type.parseLiteral = scalar.parseLiteral;
      continue;
    }
    if (isEnumType(type)) {
      for (const [name, internal] of Object.entries(value as ResolverMap)) {
        const enumValue = type.getValue(name);
        if (!enumValue) throw new Error(`Enum ${typeName} has no value ${name}`);
        enumValue.value = internal;
      }
      continue;
    }
    for (const [fieldName, resolver] of Object.entries(value as ResolverMap)) {
      if (fieldName === '__resolveType' && (isInterfaceType(type) || isUnionType(type))) {
        type.resolveType = resolver as GraphQLTypeResolver<unknown, unknown>;
        continue;
      }
      if (fieldName === '__isTypeOf' && isObjectType(type)) {
        type.isTypeOf = resolver as GraphQLIsTypeOfFn<unknown, unknown>;
        continue;
      }
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
      if (!field)
        throw new Error(`Resolver ${typeName}.${fieldName} names a field the schema does not define`);
      const resolve = typeof resolver === 'function' ? resolver : (resolver as { resolve?: unknown }).resolve;
      if (typeof resolve !== 'function')
        throw new Error(`Resolver ${typeName}.${fieldName} is not a function`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  completeConnectionPageInfo(schema);
  return schema;
}

interface ConnectionValue {
  readonly edges?: readonly { readonly cursor?: string }[];
  readonly pageInfo?: object;
}

/**
 * Every connection's `pageInfo` as the Relay specification has it: the lists make `hasNextPage` and
 * `endCursor`; the first edge's cursor is `startCursor`, and `hasPreviousPage` is false (forward paging only).
 */
function completeConnectionPageInfo(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const field = type.getFields()['pageInfo'];
    if (!field) continue;
    const inner = field.resolve;
    field.resolve = (source, args, context, info) => {
      const connection = source as ConnectionValue;
      const complete = (pageInfo: unknown) => ({
        hasPreviousPage: false,
        startCursor: connection.edges?.[0]?.cursor ?? null,
        ...(pageInfo as object),
      });
      if (!inner) return complete(connection.pageInfo);
      const resolved: unknown = inner(source, args, context, info);
      return resolved instanceof Promise ? resolved.then(complete) : complete(resolved);
    };
  }
}
