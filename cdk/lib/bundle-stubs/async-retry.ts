/**
 * Stands in for async-retry (and the `retry` package under it, ~4 KB) in the Lambda bundle (see
 * lambda-bundling.ts). Apollo Server imports it only in two plugins the register never installs: usage
 * reporting to Apollo Studio (no APOLLO_KEY) and subscription callbacks (the schema has no subscriptions).
 * Should either ever be switched on, the first retry fails loudly here rather than behaving differently.
 */
export default function retry(): never {
  throw new Error(
    'async-retry is not bundled (Apollo usage reporting and subscription callbacks are off); see cdk/lib/lambda-bundling.ts',
  );
}
