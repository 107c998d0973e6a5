import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { TokenVerifier } from '../auth/token-verifier';
import type { ContextDependencies } from '../kernel/graphql/context';
import type { RegisterContext, RegisterStores } from '../registers/context';
import { createRequestContext } from '../kernel/graphql/context';
import { createErrorLoggingPlugin, formatError } from '../kernel/graphql/format-error';
import type { Logger } from '../kernel/graphql/format-error';
import { typeDefs, typeDefsDocument } from '../kernel/graphql/generated/type-defs';
import { createQueryLimits } from '../kernel/graphql/query-limits';
import type { DynamoRequestBudget, RequestLimits } from '../kernel/domain/request-limits';
import { resolvers } from './resolvers';
import type { ServiceMetrics } from '../kernel/graphql/service-metrics';
import { buildExecutableSchema } from '../kernel/graphql/executable-schema';
import { createFastPath } from './fast-path';
import type { FastPath } from './fast-path';
import { noteOperation } from './operation-label';

export interface GraphQLServerOptions extends ContextDependencies<RegisterStores> {
  readonly tokenVerifier: TokenVerifier;
  readonly logger: Logger;
  /** Where retryable failures are counted (CloudWatch in Lambda); none by default. */
  readonly metrics?: ServiceMetrics;
  /** Schema introspection: on in development, off in production. */
  readonly introspection: boolean;
  /** The query budget and caps (src/kernel/domain/request-limits.ts). */
  readonly limits: RequestLimits;
  /** The DynamoDB request budget of the request being served (set by the HTTP entry point). */
  readonly currentDynamoRequestBudget?: () => DynamoRequestBudget | undefined;
  /** Sightings of a query text before the fast path compiles it (src/app/fast-path.ts); 2 unless a test says. */
  readonly fastPathMinSightings?: number;
}

export interface RequestInfo {
  /** The raw Authorization header, if any ("Bearer <jwt>"). */
  readonly authorization: string | undefined;
  /** Logged with every error of this request and shown to the client on masked errors. */
  readonly requestId: string;
}

export interface GraphQLApp {
  readonly server: ApolloServer<RegisterContext>;
  /** Query texts seen before, executed without Apollo's pipeline; it hands anything unusual back. */
  readonly fastPath: FastPath;
  /** The limits the server was made with; the HTTP entry point enforces the body and response ones. */
  readonly limits: RequestLimits;
  /** Verifies the caller's token and builds the context for one request. */
  createContext(request: RequestInfo): Promise<RegisterContext>;
}

const MAX_TOKEN_LENGTH = 8192;

const schemas = new Map<boolean, GraphQLSchema>();

/**
 * The executable schema, built once per process for each introspection setting. The Lambda entry point
 * calls it while the cursor secret's fetch is in flight, so that CPU work overlaps the network wait.
 *
 * With introspection off nobody can read the descriptions: the schema is built from the SDL without them,
 * parsed at build time (generated/type-defs.ts), so the first request of a cold start does not parse it.
 * Built with introspection on, it is validated (every local run and test); the document is the same schema.
 */
export function buildRegisterSchema(introspection: boolean): GraphQLSchema {
  let schema = schemas.get(introspection);
  if (!schema) {
    // A production bundle is built with MASH_SCHEMA_DESCRIPTIONS defined as "false" (lambda-bundling.ts): the
    // SDL with descriptions is then left out of it whole (about 48 KB), as that stage never introspects.
    schema =
      introspection && process.env['MASH_SCHEMA_DESCRIPTIONS'] !== 'false'
        ? buildExecutableSchema(typeDefs, resolvers)
        : buildExecutableSchema(typeDefsDocument(), resolvers, { assumeValid: true });
    schemas.set(introspection, schema);
  }
  return schema;
}

/** The GraphQL server over the register's store, not yet started: the entry points start it their own way. */
export function createGraphQLApp(options: GraphQLServerOptions): GraphQLApp {
  const queryLimits = createQueryLimits({
    limits: options.limits,
    fieldSuggestions: options.introspection,
    ...(options.currentDynamoRequestBudget
      ? { currentDynamoRequestBudget: options.currentDynamoRequestBudget }
      : {}),
  });
  const schema = buildRegisterSchema(options.introspection);
  const fastPath = createFastPath({
    schema,
    limits: options.limits,
    validationRules: queryLimits.validationRules ?? [],
    parseOptions: queryLimits.parseOptions ?? {},
    introspection: options.introspection,
    logger: options.logger,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.currentDynamoRequestBudget
      ? { currentDynamoRequestBudget: options.currentDynamoRequestBudget }
      : {}),
    ...(options.fastPathMinSightings ? { minSightings: options.fastPathMinSightings } : {}),
  });
  const server = new ApolloServer<RegisterContext>({
    schema,
    introspection: options.introspection,
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimits.validationRules ?? [],
    parseOptions: queryLimits.parseOptions ?? {},
    plugins: [
      // Apollo's cache-control plugin would wrap every resolver of the schema on the first request (a
      // willResolveField hook) only to conclude "no-store": the register sets no cache hints, so the HTTP
      // route sets `cache-control: no-store` itself (src/lambda/graphql-route.ts). Inline tracing serves
      // federation subgraphs only.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      refuseSubscriptionsPlugin,
      noteOperationPlugin,
      ...(queryLimits.plugins ?? []),
      createErrorLoggingPlugin(options.logger, options.metrics),
      // The explorer page is served by the HTTP layer from static files (src/lambda/explorer-route.ts).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  return {
    server,
    fastPath,
    limits: options.limits,
    async createContext({ authorization, requestId }) {
      const token = readBearerToken(authorization);
      let identity = null;
      if (token) {
        try {
          identity = await options.tokenVerifier.verify(token);
        } catch {
          // A bad token is refused rather than treated as anonymous, so a client notices its session ended.
          throw new GraphQLError('The bearer token is invalid or has expired; sign in again', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
      }
      return createRequestContext(options, requestId, identity);
    },
  };
}

/**
 * The register has no subscriptions. Without this, graphql-js validates `subscription { ... }` (there is no
 * subscription type to check the fields against) and only fails when executing it, which Apollo reports
 * as INTERNAL_SERVER_ERROR.
 */
const refuseSubscriptionsPlugin: ApolloServerPlugin<RegisterContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
        throw new GraphQLError(
          'This API has no subscriptions: send a query (and repeat it to see changes) instead',
          { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
        );
      },
    };
  },
};

/** Names the operation for the request's log entry (src/app/operation-label.ts). */
const noteOperationPlugin: ApolloServerPlugin<RegisterContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation) noteOperation(contextValue, operation);
      },
    };
  },
};

function readBearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1] || match[1].length > MAX_TOKEN_LENGTH) {
    throw new GraphQLError('The Authorization header must be "Bearer <token>"', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return match[1];
}
