// The architecture of docs/architecture.md, checked on every `npm test`. The registers are the folders
// under src/registers/; each keeps domain/, store/ and graphql/ together over src/kernel/, which they share.
//   lambda, local (entry points) -> app (wiring) -> registers -> kernel;  opendata, import sit beside app.
// tests/unit/architecture/dependency-rules.test.ts shows each rule refusing a violating import.
/** The register folders every register may build on: who owns a building, and the buildings themselves. */
const FOUNDATION_REGISTERS = 'buildings|organisations';
/**
 * The registry: the stores of every register and the context and resolver types generated from the SDL
 * (src/registers/context.ts, src/registers/generated/). Types only, used by the registers' graphql/ layers.
 */
const REGISTRY = '^src/registers/(context\\.ts$|generated/)';

/** @type {import('dependency-cruiser').IConfiguration['forbidden']} */
const forbidden = [
  { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  {
    name: 'kernel-imports-no-register',
    comment: 'The kernel is what every register shares, so it knows none of them (nor the wiring above).',
    severity: 'error',
    from: { path: '^src/kernel/' },
    to: { path: '^src/(registers|app|opendata|import|lambda|local)/' },
  },
  {
    name: 'registers-use-only-the-foundation',
    comment:
      'A register may use the buildings and organisations registers, never another sibling: ACV and ' +
      'co-location meet only in app/ (hooks wired there).',
    severity: 'error',
    from: { path: '^src/registers/([^/]+)/', pathNot: REGISTRY },
    to: {
      path: '^src/registers/',
      pathNot: ['^src/registers/$1/', `^src/registers/(${FOUNDATION_REGISTERS})/`, REGISTRY],
    },
  },
  {
    name: 'organisations-is-the-base-register',
    comment:
      'Organisations own buildings, not the other way round: the organisations register imports no other.',
    severity: 'error',
    from: { path: '^src/registers/organisations/' },
    to: { path: '^src/registers/', pathNot: ['^src/registers/organisations/', REGISTRY] },
  },
  {
    name: 'domain-is-pure',
    comment:
      'Domain rules import nothing from the outside: no AWS, no GraphQL, no store, only other domain code. ' +
      'src/geo (geohash cells, a bounding box, the ellipsoidal distance, the National Grid) is pure maths ' +
      'used by the co-location rules.',
    severity: 'error',
    from: { path: '^src/(kernel|registers/[^/]+)/domain/' },
    to: {
      pathNot: ['^src/kernel/domain/', '^src/registers/[^/]+/domain/', '^node_modules/zod', '^src/geo/'],
      dependencyTypesNot: ['core'],
    },
  },
  {
    name: 'domain-uses-no-node-builtins',
    severity: 'error',
    from: { path: '^src/(kernel|registers/[^/]+)/domain/' },
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'graphql-does-not-know-dynamodb',
    comment:
      'Resolvers reach the stores through the ports the context carries, never a store module or the SDK.',
    severity: 'error',
    from: { path: '^src/(kernel|registers/[^/]+)/graphql/' },
    to: { path: ['^src/(kernel|registers/[^/]+)/store/', '@aws-sdk'] },
  },
  {
    name: 'store-does-not-know-graphql',
    severity: 'error',
    from: { path: '^src/(kernel|registers/[^/]+)/store/' },
    to: {
      path: [
        '^src/(kernel|registers/[^/]+)/graphql/',
        REGISTRY,
        '^node_modules/graphql',
        '^node_modules/@apollo',
      ],
    },
  },
  {
    name: 'changes-use-no-store-or-graphql',
    comment:
      "The use cases (a register's changes/) reach the stores through the ports the context carries and " +
      'know no resolver: of the GraphQL plumbing only the request context, the input parsing and its helpers (support.ts: pages, ids, per-request loaders).',
    severity: 'error',
    from: { path: '^src/registers/[^/]+/changes/' },
    to: {
      path: '^src/(kernel|registers/[^/]+)/(store|graphql)/',
      pathNot: '^src/kernel/graphql/(context|inputs|support)\\.ts$',
    },
  },
  {
    name: 'store-does-not-know-changes',
    comment: 'The use cases sit above the stores: a store never calls back into one.',
    severity: 'error',
    from: { path: '^src/(kernel|registers/[^/]+)/store/' },
    to: { path: '^src/(kernel|registers/[^/]+)/changes/' },
  },
  {
    name: 'only-the-gateway-sends-to-dynamodb',
    comment:
      'Every DynamoDB call goes through the table gateway (src/kernel/store/), where faults are classified.',
    severity: 'error',
    from: { path: '^src/registers/' },
    to: { path: '^node_modules/@aws-sdk/(client-dynamodb|lib-dynamodb)' },
  },
  {
    name: 'registers-know-no-wiring',
    comment: 'app/, opendata/, import/ and the entry points sit above the registers.',
    severity: 'error',
    from: { path: '^src/(kernel|registers)/' },
    to: { path: '^src/(app|opendata|import|lambda|local)/' },
  },
  {
    name: 'import-is-a-client-of-the-api',
    comment: 'The importer sends GraphQL like any partner; it shares pure rules and formats, never a store.',
    severity: 'error',
    from: { path: '^src/import/' },
    // The generated resolver types are the API's own input and output shapes, which is what a client shares.
    to: {
      path: ['^src/(kernel|registers/[^/]+)/(store|graphql)/', '^src/app/', '@aws-sdk/(client|lib)-dynamodb'],
      pathNot: '^src/registers/generated/',
    },
  },
  {
    name: 'nothing-imports-entry-points',
    severity: 'error',
    from: { pathNot: ['^src/lambda', '^src/local', '^tests', '^bench', '^cdk', '^scripts'] },
    to: { path: ['^src/lambda', '^src/local'] },
  },
  {
    name: 'cdk-only-shares-the-table-definition',
    comment: 'The stack reads the shared table definition and config contract, nothing else of the app.',
    severity: 'error',
    from: { path: '^cdk' },
    to: { path: '^src', pathNot: ['^src/kernel/store/table-definition', '^src/config'] },
  },
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden,
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
