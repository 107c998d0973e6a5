import { BadUserInputError, NotFoundError } from '../../domain/errors';
import { checkOrganisationIdentifiers, withOwnArea } from '../../domain/organisation-rules';
import { computeInviteExpiry, isInviteCurrent } from '../../domain/invites';
import type { Invite, Membership, Organisation, OrganisationContact } from '../../domain/records';
import { toNameKey } from '../../domain/names';
import type { RequestContext } from '../context';
import { listOwnerBuildings } from './building-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import {
  councilCodeSchema,
  createOrganisationSchema,
  emailSchema,
  parseArgument,
  roleSchema,
  updateOrganisationSchema,
  userIdSchema,
} from '../inputs';
import type { UpdateOrganisationArgs } from '../inputs';
import {
  applyPatch,
  assertVersion,
  changeBy,
  createOnce,
  isUnchanged,
  nextVersion,
  parseId,
  parsePage,
  requireUser,
} from './support';

const NO_CONTACT: OrganisationContact = { name: null, email: null, phone: null, address: null };

/** The organisation, read fresh (not from the request's cache) because a change is about to be based on it. */
async function loadOrganisation(ctx: RequestContext, id: string, field = 'id'): Promise<Organisation> {
  const organisation = await ctx.store.getOrganisation(parseId(id, field));
  if (!organisation) throw new NotFoundError('Organisation', id);
  return organisation;
}

async function loadMembership(
  ctx: RequestContext,
  organisationId: string,
  userId: string,
): Promise<Membership> {
  const membership = await ctx.store.getMembership(
    organisationId,
    parseArgument(userIdSchema, userId, 'userId'),
  );
  if (!membership) throw new NotFoundError('Member', userId);
  return membership;
}

function toPatch(input: UpdateOrganisationArgs): Partial<Organisation> {
  const { contact, ...rest } = input;
  return {
    ...rest,
    ...(contact !== undefined ? { contact: contact ?? NO_CONTACT } : {}),
  };
}

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: async (_, { id }, ctx) => {
      const organisation = await ctx.organisations.load(parseId(id, 'id'));
      if (!organisation) throw new NotFoundError('Organisation', id);
      return organisation;
    },
    organisationsByCouncilArea: (_, args, ctx) =>
      ctx.store.listOrganisationsByCouncilArea(
        parseArgument(councilCodeSchema, args.councilCode, 'councilCode'),
        parsePage(args),
      ),
    organisationsByName: (_, args, ctx) => {
      if (args.prefix.length > 100 || toNameKey(args.prefix).length === 0) {
        throw new BadUserInputError([
          { field: 'prefix', message: 'must contain a letter or digit (at most 100 characters)' },
        ]);
      }
      return ctx.store.listOrganisationsByNamePrefix(args.prefix, parsePage(args));
    },
  },
  Organisation: {
    contact: async (organisation, _, ctx) =>
      (await ctx.isAllowed('organisation.viewPrivate', organisation)) ? organisation.contact : null,
    buildings: (organisation, args, ctx) => listOwnerBuildings(ctx, organisation.id, args),
    members: async (organisation, args, ctx) => {
      await ctx.assertAllowed('organisation.viewPrivate', organisation);
      return ctx.store.listMembers(organisation.id, parsePage(args));
    },
    invites: async (organisation, _, ctx) => {
      await ctx.assertAllowed('organisation.viewPrivate', organisation);
      const invites = await ctx.store.listInvitesOfOrganisation(organisation.id);
      return invites.filter((invite) => isInviteCurrent(invite, ctx.clock.now()));
    },
    history: async (organisation, args, ctx) => {
      await ctx.assertAllowed('organisation.viewPrivate', organisation);
      return ctx.store.listHistory('ORGANISATION', organisation.id, parsePage(args));
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
    createOrganisation: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const input = parseArgument(createOrganisationSchema, args.input, 'input');
      await ctx.assertAllowed('organisation.create', { kind: input.kind });
      return createOnce(
        ctx,
        actor,
        { operation: 'createOrganisation', args: args.input, idempotencyKey: args.idempotencyKey },
        async (change, id) => {
          const organisation: Organisation = {
            id,
            kind: input.kind,
            name: input.name,
            gssCode: input.gssCode ?? null,
            charityNumber: input.charityNumber ?? null,
            companyNumber: input.companyNumber ?? null,
            memberCount: input.memberCount ?? null,
            publicBodyType: input.publicBodyType ?? null,
            councilAreas: withOwnArea({
              kind: input.kind,
              gssCode: input.gssCode ?? null,
              councilAreas: input.councilAreas,
            }),
            website: input.website ?? null,
            contact: input.contact ?? NO_CONTACT,
            // Councils are registered by platform admins, who have checked them already.
            verified: input.kind === 'COUNCIL',
            createdAt: change.at,
            updatedAt: change.at,
            version: 1,
          };
          const problems = checkOrganisationIdentifiers(organisation, 'input');
          if (problems.length) throw new BadUserInputError(problems);
          // A council starts with no members: the platform admin adds its first officer. Others start with their creator.
          await ctx.store.createOrganisation(
            organisation,
            input.kind === 'COUNCIL' ? null : actor.userId,
            change,
          );
          return organisation;
        },
        (id) => loadOrganisation(ctx, id),
      );
    },
    updateOrganisation: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const before = await loadOrganisation(ctx, args.id);
      const input = parseArgument(updateOrganisationSchema, args.input, 'input');
      await ctx.assertAllowed('organisation.update', before);
      assertVersion(before, args.expectedVersion, `Organisation ${before.id}`);
      const patched = applyPatch(before, toPatch(input));
      const candidate = { ...patched, councilAreas: withOwnArea(patched) };
      const problems = checkOrganisationIdentifiers(candidate, 'input');
      if (problems.length) throw new BadUserInputError(problems);
      if (isUnchanged(before, candidate)) return before;
      const change = changeBy(ctx, actor);
      const after = nextVersion(candidate, change);
      await ctx.store.updateOrganisation(before, after, 'UPDATED', change);
      return after;
    },
    setOrganisationVerified: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const before = await loadOrganisation(ctx, args.id);
      await ctx.assertAllowed('organisation.verify', before);
      assertVersion(before, args.expectedVersion, `Organisation ${before.id}`);
      if (before.verified === args.verified) return before;
      const change = changeBy(ctx, actor);
      const after = nextVersion({ ...before, verified: args.verified }, change);
      await ctx.store.updateOrganisation(before, after, args.verified ? 'VERIFIED' : 'UNVERIFIED', change);
      return after;
    },
    addMember: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const organisation = await loadOrganisation(ctx, args.organisationId, 'organisationId');
      await ctx.assertAllowed('organisation.manageMembers', organisation);
      const userId = parseArgument(userIdSchema, args.userId, 'userId');
      const role = parseArgument(roleSchema, args.role, 'role');
      return createOnce(
        ctx,
        actor,
        {
          operation: 'addMember',
          args: { organisationId: args.organisationId, userId: args.userId, role: args.role },
          idempotencyKey: args.idempotencyKey,
          resultId: userId,
        },
        async (change) => {
          const membership: Membership = {
            organisationId: organisation.id,
            userId,
            role,
            createdAt: change.at,
            updatedAt: change.at,
            version: 1,
          };
          await ctx.store.addMember(membership, change);
          return membership;
        },
        () => loadMembership(ctx, organisation.id, userId),
      );
    },
    changeMemberRole: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const organisation = await loadOrganisation(ctx, args.organisationId, 'organisationId');
      await ctx.assertAllowed('organisation.manageMembers', organisation);
      const before = await loadMembership(ctx, organisation.id, args.userId);
      assertVersion(before, args.expectedVersion, `Membership of ${before.userId}`);
      if (before.role === args.role) return before;
      return ctx.store.changeMemberRole(before, args.role, changeBy(ctx, actor));
    },
    removeMember: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const organisation = await loadOrganisation(ctx, args.organisationId, 'organisationId');
      const before = await loadMembership(ctx, organisation.id, args.userId);
      await ctx.assertAllowed('membership.remove', { organisation, userId: before.userId });
      assertVersion(before, args.expectedVersion, `Membership of ${before.userId}`);
      await ctx.store.removeMember(before, changeBy(ctx, actor));
      return true;
    },
    inviteMember: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const organisation = await loadOrganisation(ctx, args.organisationId, 'organisationId');
      await ctx.assertAllowed('organisation.manageMembers', organisation);
      const email = parseArgument(emailSchema, args.email, 'email');
      const role = parseArgument(roleSchema, args.role, 'role');
      return createOnce(
        ctx,
        actor,
        {
          operation: 'inviteMember',
          args: { organisationId: args.organisationId, email: args.email, role: args.role },
          idempotencyKey: args.idempotencyKey,
          resultId: email,
        },
        async (change) => {
          const invite: Invite = {
            organisationId: organisation.id,
            email,
            role,
            invitedBy: actor.userId,
            createdAt: change.at,
            expiresAt: computeInviteExpiry(change.at),
          };
          await ctx.store.putInvite(invite, change);
          return invite;
        },
        async () => {
          const invite = await ctx.store.getInvite(organisation.id, email);
          if (!invite) throw new NotFoundError('Invitation for', email);
          return invite;
        },
      );
    },
    revokeInvite: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const organisation = await loadOrganisation(ctx, args.organisationId, 'organisationId');
      await ctx.assertAllowed('organisation.manageMembers', organisation);
      const email = parseArgument(emailSchema, args.email, 'email');
      const invite = await ctx.store.getInvite(organisation.id, email);
      if (!invite) throw new NotFoundError('Invitation for', email);
      await ctx.store.revokeInvite(invite, changeBy(ctx, actor));
      return true;
    },
    claimInvite: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const organisationId = parseId(args.organisationId, 'organisationId');
      await ctx.assertAllowed('invite.claim', { email: actor.email ?? '' });
      const invite = await ctx.store.getInvite(organisationId, actor.email ?? '');
      if (!invite || !isInviteCurrent(invite, ctx.clock.now()))
        throw new NotFoundError('Invitation to organisation', organisationId);
      const change = changeBy(ctx, actor);
      const membership: Membership = {
        organisationId,
        userId: actor.userId,
        role: invite.role,
        createdAt: change.at,
        updatedAt: change.at,
        version: 1,
      };
      await ctx.store.claimInvite(invite, membership, change);
      return membership;
    },
  },
};
