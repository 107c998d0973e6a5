/**
 * Stands in for @aws-sdk/middleware-endpoint-discovery in the Lambda bundle (see lambda-bundling.ts). The
 * DynamoDB client builds an endpoint cache with it (mnemonist's LRU, ~8 KB) for endpoint discovery, which
 * DynamoDB only does when a client or the environment turns it on and which no command of this SDK version
 * applies. The register never turns it on; should anything try, the client fails as it is made.
 */
interface EndpointDiscoveryInput {
  readonly endpointDiscoveryEnabled?: boolean;
}

export function resolveEndpointDiscoveryConfig<T extends EndpointDiscoveryInput>(
  input: T,
  { endpointDiscoveryCommandCtor }: { endpointDiscoveryCommandCtor: unknown },
): T {
  if (input.endpointDiscoveryEnabled) {
    throw new Error('DynamoDB endpoint discovery is not bundled: the Lambda uses the regional endpoint');
  }
  return Object.assign(input, {
    endpointDiscoveryCommandCtor,
    endpointDiscoveryEnabled: () => Promise.resolve(false),
    isClientEndpointDiscoveryEnabled: false,
  });
}

/** The environment and config-file settings, ignored: discovery stays off whatever they say. */
export const NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = {
  environmentVariableSelector: (): undefined => undefined,
  configFileSelector: (): undefined => undefined,
  default: undefined,
};
