import { GraphQLScalarType, Kind } from 'graphql';
import { isInviteCurrent } from '../domain/invites';
import type { Resolvers } from '../../generated/resolvers-types';
import { requireUser } from '../../../kernel/changes/change-protocol';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** ISO-8601 UTC instants, as text. */
const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in time, as ISO-8601 text in UTC.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
      throw new TypeError('DateTime must be ISO-8601 UTC text such as 2026-11-23T09:30:00Z');
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !ISO_INSTANT.test(ast.value)) {
      throw new TypeError('DateTime must be ISO-8601 UTC text such as 2026-11-23T09:30:00Z');
    }
    return ast.value;
  },
});

export const meResolvers: Resolvers = {
  DateTime,
  Query: {
    me: async (_, __, ctx) => {
      const actor = await ctx.getActor();
      return actor.kind === 'user' ? actor : null;
    },
  },
  Mutation: {
    // The schema says every mutation needs a signed-in caller; ping is no exception.
    ping: async (_, __, ctx) => {
      await requireUser(ctx);
      return true;
    },
  },
  Me: {
    memberships: (actor, _, ctx) => ctx.stores.members.listMembershipsOfUser(actor.userId),
    invites: async (actor, _, ctx) => {
      // Only a verified email proves the invitations are the caller's to see.
      if (!actor.email || !actor.emailVerified) return [];
      const now = ctx.clock.now();
      const invites = await ctx.stores.invitations.listInvitesForEmail(actor.email);
      return invites.filter((invite) => isInviteCurrent(invite, now));
    },
  },
};
