import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import type { TokenVerifier } from '../auth/token-verifier';
import type { RequestContext, ContextDependencies } from './context';
import { createRequestContext } from './context';
import { createErrorLoggingPlugin, formatError } from './format-error';
import type { Logger } from './format-error';
import { typeDefs } from './generated/type-defs';
import { resolvers } from './resolvers';
import { withoutDescriptions } from './schema-without-descriptions';
import { buildExecutableSchema } from './executable-schema';

export interface GraphQLServerOptions extends ContextDependencies {
  readonly tokenVerifier: TokenVerifier;
  readonly logger: Logger;
  /** Schema introspection and the explorer page: on in development, off in production. */
  readonly introspection: boolean;
  /** A landing page plugin (the explorer) used when introspection is on. */
  readonly explorerPlugin?: ApolloServerPlugin<RequestContext>;
}

export interface RequestInfo {
  /** The raw Authorization header, if any ("Bearer <jwt>"). */
  readonly authorization: string | undefined;
  /** Logged with every error of this request and shown to the client on masked errors. */
  readonly requestId: string;
}

export interface GraphQLApp {
  readonly server: ApolloServer<RequestContext>;
  /** Verifies the caller's token and builds the context for one request. */
  createContext(request: RequestInfo): Promise<RequestContext>;
}

const MAX_TOKEN_LENGTH = 8192;

/** The GraphQL server over the register's store, not yet started: the entry points start it their own way. */
export function createGraphQLApp(options: GraphQLServerOptions): GraphQLApp {
  const server = new ApolloServer<RequestContext>({
    schema: buildExecutableSchema(
      options.introspection ? typeDefs : withoutDescriptions(typeDefs),
      resolvers,
    ),
    introspection: options.introspection,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      createErrorLoggingPlugin(options.logger),
      options.introspection && options.explorerPlugin
        ? options.explorerPlugin
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  return {
    server,
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
