/**
 * Stands in for @graphql-tools/schema in the Lambda bundle (see lambda-bundling.ts). Apollo Server imports
 * makeExecutableSchema from it only to build a schema from `typeDefs` and `resolvers`; the register gives
 * Apollo a schema it built itself (src/kernel/graphql/executable-schema.ts), so that code never runs. With it go
 * @graphql-tools/merge and most of @graphql-tools/utils (~50 KB of the bundle). Should Apollo ever be given
 * type definitions, the first use fails loudly here.
 */
export function makeExecutableSchema(): never {
  throw new Error(
    'makeExecutableSchema is not bundled: pass Apollo Server a built schema (src/kernel/graphql/executable-schema.ts)',
  );
}
