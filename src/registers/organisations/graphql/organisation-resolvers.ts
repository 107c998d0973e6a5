import type { ActorMembership } from '../../../kernel/domain/authorization';
import { BadUserInputError, NotFoundError } from '../../../kernel/domain/errors';
import type { PageRequest } from '../../../kernel/domain/ports';
import type { Membership, Organisation } from '../../../kernel/domain/records';
import { toNameKey } from '../../../kernel/domain/names';
import { councilCodeSchema, parseArgument } from '../../../kernel/graphql/inputs';
import { parseId, parsePage, selectedFieldArguments } from '../../../kernel/graphql/support';
import type { Resolvers } from '../../generated/resolvers-types';
import { addMember, changeMemberRole, removeMember } from '../changes/member-changes';
import { claimInvite, inviteMember, revokeInvite } from '../changes/invitation-changes';
import {
  createOrganisation,
  setOrganisationVerified,
  updateOrganisation,
} from '../changes/organisation-changes';
import { isInviteCurrent } from '../domain/invites';
import type { OrganisationWithMembers } from '../domain/organisation-port';

/**
 * The organisations API (schema/organisations.graphql): organisations, their members and invitations.
 * Thin: a query reads through the stores, a mutation hands its arguments to one change (../changes).
 */

/** Members read together with their organisation by Query.organisation, for Organisation.members. */
const prefetchedMembers = new WeakMap<Organisation, OrganisationWithMembers & { page: PageRequest }>();

function toActorMembership(membership: Membership, organisation: Organisation): ActorMembership {
  return {
    organisationId: organisation.id,
    role: membership.role,
    organisationKind: organisation.kind,
    councilCode: organisation.kind === 'COUNCIL' ? organisation.gssCode : null,
    organisationVerified: organisation.verified,
  };
}

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: async (_, { id }, ctx, info) => {
      const organisationId = parseId(id, 'id');
      const membersArgs = selectedFieldArguments(info, 'members');
      if (!membersArgs) {
        const organisation = await ctx.organisations.load(organisationId);
        if (!organisation) throw new NotFoundError('Organisation', id);
        return organisation;
      }
      // Asked with its members: one Query of the organisation's partition reads both (and the caller's own
      // membership, when it is on the page, which is what the check on `members` needs).
      const page = parsePage(membersArgs);
      const found = await ctx.stores.members.getOrganisationWithMembers(
        organisationId,
        ctx.caller.kind === 'user' ? ctx.caller.userId : null,
        page,
      );
      if (!found) throw new NotFoundError('Organisation', id);
      ctx.organisations.prime(organisationId, found.organisation);
      prefetchedMembers.set(found.organisation, { page, ...found });
      return found.organisation;
    },
    organisationsByCouncilArea: (_, args, ctx) =>
      ctx.stores.organisations.listOrganisationsByCouncilArea(
        parseArgument(councilCodeSchema(), args.councilCode, 'councilCode'),
        parsePage(args),
      ),
    councilByGssCode: (_, args, ctx) =>
      ctx.stores.organisations.findCouncilByGssCode(
        parseArgument(councilCodeSchema(), args.gssCode, 'gssCode'),
      ),
    organisationsByName: (_, args, ctx) => {
      if (args.prefix.length > 100 || toNameKey(args.prefix).length === 0) {
        throw new BadUserInputError([
          { field: 'prefix', message: 'must contain a letter or digit (at most 100 characters)' },
        ]);
      }
      return ctx.stores.organisations.listOrganisationsByNamePrefix(args.prefix, parsePage(args));
    },
  },
  Organisation: {
    contact: async (organisation, _, ctx) =>
      (await ctx.isAllowed('organisation.viewPrivate', organisation)) ? organisation.contact : null,
    members: async (organisation, args, ctx) => {
      const page = parsePage(args);
      const prefetched = prefetchedMembers.get(organisation);
      if (prefetched && prefetched.page.first === page.first && prefetched.page.after === page.after) {
        const known = prefetched.callerMembership
          ? [toActorMembership(prefetched.callerMembership, organisation)]
          : [];
        await ctx.assertAllowed('organisation.viewPrivate', organisation, known);
        return prefetched.members;
      }
      await ctx.assertAllowed('organisation.viewPrivate', organisation);
      return ctx.stores.members.listMembers(organisation.id, page);
    },
    invites: async (organisation, _, ctx) => {
      await ctx.assertAllowed('organisation.viewPrivate', organisation);
      const invites = await ctx.stores.invitations.listInvitesOfOrganisation(organisation.id);
      return invites.filter((invite) => isInviteCurrent(invite, ctx.clock.now()));
    },
    history: async (organisation, args, ctx) => {
      await ctx.assertAllowed('organisation.viewPrivate', organisation);
      return ctx.stores.audit.listHistory('ORGANISATION', organisation.id, parsePage(args));
    },
  },
  Membership: {
    organisation: async (membership, _, ctx) => {
      const organisation = await ctx.organisations.load(membership.organisationId);
      if (!organisation) throw new NotFoundError('Organisation', membership.organisationId);
      return organisation;
    },
  },
  Invite: {
    organisation: async (invite, _, ctx) => {
      const organisation = await ctx.organisations.load(invite.organisationId);
      if (!organisation) throw new NotFoundError('Organisation', invite.organisationId);
      return organisation;
    },
  },
  Mutation: {
    createOrganisation: (_, args, ctx) => createOrganisation(ctx, args),
    updateOrganisation: (_, args, ctx) => updateOrganisation(ctx, args),
    setOrganisationVerified: (_, args, ctx) => setOrganisationVerified(ctx, args),
    addMember: (_, args, ctx) => addMember(ctx, args),
    changeMemberRole: (_, args, ctx) => changeMemberRole(ctx, args),
    removeMember: (_, args, ctx) => removeMember(ctx, args),
    inviteMember: (_, args, ctx) => inviteMember(ctx, args),
    revokeInvite: (_, args, ctx) => revokeInvite(ctx, args),
    claimInvite: (_, args, ctx) => claimInvite(ctx, args),
  },
};
