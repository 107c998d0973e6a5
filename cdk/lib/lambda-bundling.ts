import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_NODE_MODULES = path.join(HERE, '..', '..', 'node_modules');

/**
 * How the GraphQL Lambda is bundled, in one place: the stack (through NodejsFunction) and
 * bench/lambda-bundle.ts (through the esbuild API) both derive their options from this, so the bundle that
 * is measured is the bundle that is deployed. tests/cdk/lambda-bundle-budget.test.ts fails when it grows
 * past LAMBDA_BUNDLE_BUDGET_BYTES.
 *
 * - ESM, so the handler may use top-level await at cold start (esbuild cannot emit that as CommonJS). The
 *   banner gives bundled CommonJS dependencies the `require` that ESM lacks.
 * - The `import` condition also for `require()`: a CommonJS dependency that requires @apollo/server (as
 *   @as-integrations/aws-lambda did before the handler called Apollo directly) would otherwise bring a second,
 *   CommonJS copy of Apollo Server and graphql-tools (~300 KB, ~27 ms of cold start) beside the ESM copy.
 * - Apollo's usage-reporting protobuf (~210 KB) and usage-reporting utilities (~25 KB) are replaced by stubs
 *   that throw on use: they serve only Apollo Studio reporting and federation traces, which the register
 *   does not use. sha.js, which Apollo
 *   falls back to for query hashes inside a bundle, is replaced by Node's crypto (bundle-stubs/sha-js.cjs).
 * - The AWS SDK's credential chain is the environment only (bundle-stubs/aws-credential-provider-env.mjs):
 *   that is where Lambda puts the function role's credentials; SSO, ini files, web identity and instance
 *   metadata (~90 KB with the clients they carry) are never reached in Lambda.
 * - The AWS SDK is bundled rather than taken from the runtime: the versions in package-lock.json are the ones
 *   tested locally, and a runtime patch cannot change behaviour under us. Nothing is external.
 * - @graphql-tools/schema (and with it @graphql-tools/merge and most of @graphql-tools/utils, ~50 KB) is a
 *   stub that throws: Apollo Server uses it only to build a schema from type definitions, and the register
 *   passes Apollo a schema it built (src/kernel/graphql/executable-schema.ts).
 * - @aws-sdk/middleware-endpoint-discovery (with the endpoint cache and mnemonist, ~8 KB) is a stub: the
 *   DynamoDB client only builds a cache for endpoint discovery, which the register never turns on.
 * - lru-cache (19 KB) is bundle-stubs/lru-cache.ts, the part of its API Apollo Server uses (a cache bounded
 *   by count or by size, with a time to live), held to the real one by tests/cdk/lru-cache-stub.test.ts.
 * - async-retry (with `retry`, ~4 KB) is a stub that throws: only Apollo's usage reporting and subscription
 *   callback plugins use it, and neither is installed. loglevel (~3 KB) is a small console logger: Apollo
 *   makes one only when given no logger, and the register always gives its own.
 * - `graphql` is bundle-stubs/graphql-exports.mjs, graphql's index re-exporting only the names imported:
 *   Apollo Server's dynamic `import('graphql')` would otherwise keep all of its exports (~32 KB).
 * - @smithy/core/event-streams (~13 KB) is a stub that throws: the SDK loads it only for event-stream
 *   operations, which neither DynamoDB nor Secrets Manager has.
 * - The register's own reference tables are written compactly, decoded once on first use (issue 17, ~60 KB in
 *   all with the two items after): the postcode districts (src/kernel/domain/postcode-districts.md; 36 KB to
 *   19 KB: grouped by area, suffixes implied, boxes as corner and size), the council boxes (council-areas.md;
 *   17 KB to 8 KB: base-36 thousandths of a degree in one string, codes mostly implied) and the council
 *   neighbours (council-neighbours.md; 22 KB to 4 KB: 2-digit indices into the council list, each pair once).
 *   Each is held to the table as committed before by a unit test (counts, rows copied from it, a digest).
 * - The production schema document (generated/type-defs.ts) is compressed with Brotli rather than deflate:
 *   17 KB to 12.6 KB of base64, decompressed as fast.
 * - Open-data CSV files are written by src/kernel/open-data/csv-file.ts itself, not csv-stringify (11 KB); a
 *   property test holds it to csv-stringify's output with the options once used. csv-stringify stays a
 *   dependency of the import tools (src/import), which are not in the Lambda.
 * - Minified, with a separate source map (no sources inside). Node does not load it at start
 *   (no --enable-source-maps: parsing a 2 MB map costs ~25 ms of every cold start); the Lambda's error log
 *   reads it on the first stack trace it prints (src/lambda/source-mapped-stack.ts).
 */
export const LAMBDA_BUNDLE = {
  target: 'node22',
  format: 'esm',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  conditions: ['import', 'module'],
  alias: {
    '@apollo/usage-reporting-protobuf': path.join(HERE, 'bundle-stubs', 'apollo-usage-reporting-protobuf.ts'),
    'sha.js': path.join(HERE, 'bundle-stubs', 'sha-js.cjs'),
    '@apollo/utils.usagereporting': path.join(HERE, 'bundle-stubs', 'apollo-utils-usagereporting.ts'),
    '@aws-sdk/credential-provider-node': path.join(HERE, 'bundle-stubs', 'aws-credential-provider-env.mjs'),
    '@graphql-tools/schema': path.join(HERE, 'bundle-stubs', 'graphql-tools-schema.ts'),
    '@smithy/core/event-streams': path.join(HERE, 'bundle-stubs', 'smithy-event-streams.ts'),
    '@aws-sdk/middleware-endpoint-discovery': path.join(HERE, 'bundle-stubs', 'aws-endpoint-discovery.ts'),
    'lru-cache': path.join(HERE, 'bundle-stubs', 'lru-cache.ts'),
    'async-retry': path.join(HERE, 'bundle-stubs', 'async-retry.ts'),
    loglevel: path.join(HERE, 'bundle-stubs', 'loglevel.ts'),
    graphql: path.join(HERE, 'bundle-stubs', 'graphql-exports.mjs'),
    // The one deep import of graphql (GraphQL Armor's max-tokens): without this it resolves to the CommonJS
    // build, a second copy of the parser and lexer (~44 KB) beside the ESM graphql everything else uses.
    'graphql/language/parser': path.join(PROJECT_NODE_MODULES, 'graphql', 'language', 'parser.mjs'),
  } as Record<string, string>,
  banner: "import { createRequire } from 'node:module';const require = createRequire(import.meta.url);",
  external: [] as string[],
} as const;

/**
 * The most the minified bundle may weigh (bytes), issue 17's goal; the budget test and the bench report
 * against it. What was taken out to meet it is listed above and in src/geo (own geodesy instead of proj4,
 * geolib, ngeohash and geographiclib).
 */
export const LAMBDA_BUNDLE_BUDGET_BYTES = 1_000_000;

/** The file name NodejsFunction gives an ESM bundle. */
export const LAMBDA_BUNDLE_FILE = 'index.mjs';

/**
 * What differs between the stages' bundles. A stage with introspection off (prod) is bundled without the
 * schema's descriptions: its server never shows them, and the SDL that holds them is the largest single part
 * of the bundle (src/app/graphql-server.ts reads MASH_SCHEMA_DESCRIPTIONS, replaced here at build time).
 */
export interface BundleVariant {
  readonly withSchemaDescriptions: boolean;
}

/** The production bundle: the one the budget is measured on. */
export const PRODUCTION_BUNDLE: BundleVariant = { withSchemaDescriptions: false };

function defineFor(variant: BundleVariant): Record<string, string> {
  return variant.withSchemaDescriptions ? {} : { 'process.env.MASH_SCHEMA_DESCRIPTIONS': '"false"' };
}

/** LAMBDA_BUNDLE as NodejsFunction bundling options. */
export function toNodejsBundlingOptions(variant: BundleVariant = PRODUCTION_BUNDLE): BundlingOptions {
  return {
    define: defineFor(variant),
    target: LAMBDA_BUNDLE.target,
    format: OutputFormat.ESM,
    minify: LAMBDA_BUNDLE.minify,
    sourceMap: LAMBDA_BUNDLE.sourceMap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    banner: LAMBDA_BUNDLE.banner,
    bundleAwsSDK: true,
    externalModules: [...LAMBDA_BUNDLE.external],
    // NodejsFunction has no options of its own for these; they reach the esbuild CLI as flags.
    esbuildArgs: {
      '--conditions': LAMBDA_BUNDLE.conditions.join(','),
      ...Object.fromEntries(Object.entries(LAMBDA_BUNDLE.alias).map(([from, to]) => [`--alias:${from}`, to])),
    },
  };
}

/** LAMBDA_BUNDLE as esbuild build options, matching what NodejsFunction passes to the esbuild CLI. */
export function toEsbuildOptions(
  entry: string,
  outfile: string,
  variant: BundleVariant = PRODUCTION_BUNDLE,
): BuildOptions {
  return {
    define: defineFor(variant),
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: LAMBDA_BUNDLE.target,
    format: LAMBDA_BUNDLE.format,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourceMap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    conditions: [...LAMBDA_BUNDLE.conditions],
    alias: { ...LAMBDA_BUNDLE.alias },
    banner: { js: LAMBDA_BUNDLE.banner },
    external: [...LAMBDA_BUNDLE.external],
  };
}
