/**
 * Stands in for @apollo/usage-reporting-protobuf in the Lambda bundle (see lambda-bundling.ts). Apollo Server
 * loads the protobuf only for Apollo Studio usage reporting and federated inline traces, neither of which the
 * register uses (no APOLLO_KEY, no federation); the real package is ~210 KB of the bundle. Should either
 * ever be switched on, the first use fails loudly here instead of sending nothing.
 */
const unavailable: object = new Proxy(
  {},
  {
    get(_, property) {
      throw new Error(
        `Apollo usage reporting is not bundled (tried to use protobuf ${String(property)}); see cdk/lib/lambda-bundling.ts`,
      );
    },
  },
);

export const Trace = unavailable;
export const Report = unavailable;
export const ReportHeader = unavailable;
export const google = unavailable;
