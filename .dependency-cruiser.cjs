// The layering of STYLE.md, checked on every `npm test`:
//   lambda, local -> app -> graphql -> domain <- store;  cdk -> (store/table-definition only)
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      comment: 'Domain rules import nothing from the outside: no AWS, no GraphQL, no other layer.',
      severity: 'error',
      from: { path: '^src/domain' },
      // ngeohash, geolib and geographiclib-geodesic are pure maths (geohash cells, a bounding box, the
      // ellipsoidal distance) used by the co-location rules.
      to: {
        pathNot: [
          '^src/domain',
          '^node_modules/zod',
          '^node_modules/ngeohash',
          '^node_modules/geolib',
          '^node_modules/geographiclib-geodesic',
        ],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'domain-uses-no-node-builtins',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'graphql-does-not-know-dynamodb',
      comment: 'Resolvers talk to the store through the domain ports only.',
      severity: 'error',
      from: { path: '^src/graphql' },
      to: { path: ['^src/store', '@aws-sdk'] },
    },
    {
      name: 'store-does-not-know-graphql',
      severity: 'error',
      from: { path: '^src/store' },
      to: { path: ['^src/graphql', '^node_modules/graphql', '^node_modules/@apollo'] },
    },
    {
      name: 'nothing-imports-entry-points',
      severity: 'error',
      from: { pathNot: ['^src/lambda', '^src/local', '^tests', '^bench', '^cdk'] },
      to: { path: ['^src/lambda', '^src/local'] },
    },
    {
      name: 'cdk-only-shares-the-table-definition',
      comment: 'The stack reads the shared table definition and config contract, nothing else of the app.',
      severity: 'error',
      from: { path: '^cdk' },
      to: { path: '^src', pathNot: ['^src/store/table-definition', '^src/config'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
