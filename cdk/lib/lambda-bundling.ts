import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/**
 * How the GraphQL Lambda is bundled, in one place: the stack (through NodejsFunction) and
 * bench/lambda-bundle.ts (through the esbuild API) both derive their options from this, so the bundle that
 * is measured is the bundle that is deployed.
 *
 * - ESM, so the handler may use top-level await at cold start (esbuild cannot emit that as CommonJS). The
 *   banner gives bundled CommonJS dependencies the `require` that ESM lacks.
 * - The AWS SDK is bundled rather than taken from the runtime: the versions in package-lock.json are the ones
 *   tested locally, and a runtime patch cannot change behaviour under us. Nothing is external.
 * - Minified, with a separate source map (no sources inside) that NODE_OPTIONS=--enable-source-maps uses to
 *   turn stack traces in the logs back into TypeScript file and line.
 */
export const LAMBDA_BUNDLE = {
  target: 'node22',
  format: 'esm',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: "import { createRequire } from 'node:module';const require = createRequire(import.meta.url);",
  external: [] as string[],
} as const;

/** The file name NodejsFunction gives an ESM bundle. */
export const LAMBDA_BUNDLE_FILE = 'index.mjs';

/** LAMBDA_BUNDLE as NodejsFunction bundling options. */
export function toNodejsBundlingOptions(): BundlingOptions {
  return {
    target: LAMBDA_BUNDLE.target,
    format: OutputFormat.ESM,
    minify: LAMBDA_BUNDLE.minify,
    sourceMap: LAMBDA_BUNDLE.sourceMap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    banner: LAMBDA_BUNDLE.banner,
    bundleAwsSDK: true,
    externalModules: [...LAMBDA_BUNDLE.external],
  };
}

/** LAMBDA_BUNDLE as esbuild build options, matching what NodejsFunction passes to the esbuild CLI. */
export function toEsbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
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
    banner: { js: LAMBDA_BUNDLE.banner },
    external: [...LAMBDA_BUNDLE.external],
  };
}
