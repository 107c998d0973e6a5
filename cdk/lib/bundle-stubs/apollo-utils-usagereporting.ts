/**
 * Stands in for @apollo/utils.usagereporting in the Lambda bundle (see lambda-bundling.ts), for the same reason
 * as the protobuf stub beside it: Apollo Server uses it only for Apollo Studio usage reporting, which the
 * register does not use (no APOLLO_KEY). It and its helpers (lodash.sortby and Apollo's AST utilities) are
 * ~25 KB of the bundle. Should reporting ever be switched on, the first use fails loudly here.
 */
function unavailable(name: string): never {
  throw new Error(
    `Apollo usage reporting is not bundled (tried to use ${name}); see cdk/lib/lambda-bundling.ts`,
  );
}

export const usageReportingSignature = (): never => unavailable('usageReportingSignature');
export const calculateReferencedFieldsByType = (): never => unavailable('calculateReferencedFieldsByType');
