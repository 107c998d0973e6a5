import type { ActorMembership, UserActor } from '../../../kernel/domain/authorization';
import type { OrganisationWithMembers } from '../domain/organisation-port';
import type { PageRequest } from '../../../kernel/domain/ports';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/domain/errors';
import { checkOrganisationIdentifiers, withOwnArea } from '../domain/organisation-rules';
import {
  computeInviteExpiry,
  inviteRecordId,
  isInviteCurrent,
  isMembershipFromClaim,
} from '../domain/invites';
import type { Invite, Membership, Organisation, OrganisationContact } from '../../../kernel/domain/records';
import { toNameKey } from '../../../kernel/domain/names';
import type { RegisterContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import {
  councilCodeSchema,
  createOrganisationSchema,
  emailSchema,
  parseArgument,
  roleSchema,
  updateOrganisationSchema,
  userIdSchema,
} from '../../../kernel/graphql/inputs';
import type { UpdateOrganisationArgs } from '../../../kernel/graphql/inputs';
import {
  applyPatch,
  assertVersion,
  beforeWriting,
  changeBy,
  createOnce,
  isUnchanged,
  nextVersion,
  requireUser,
} from '../../../kernel/changes/change-protocol';
import { parseId, parsePage, selectedFieldArguments } from '../../../kernel/graphql/support';

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

const NO_CONTACT: OrganisationContact = { name: null, email: null, phone: null, address: null };

/** The organisation, read fresh (not from the request's cache) because a change is about to be based on it. */
async function loadOrganisation(ctx: RegisterContext, id: string, field = 'id'): Promise<Organisation> {
  const organisation = await ctx.stores.organisations.getOrganisation(parseId(id, field));
  if (!organisation) throw new NotFoundError('Organisation', id);
  return organisation;
}

async function loadMembership(
  ctx: RegisterContext,
  organisationId: string,
  userId: string,
): Promise<Membership> {
  const membership = await ctx.stores.organisations.getMembership(
    organisationId,
    parseArgument(userIdSchema(), userId, 'userId'),
  );
  if (!membership) throw new NotFoundError('Member', userId);
  return membership;
}

/**
 * The organisation and the membership a member change names, read together in one request (strongly
 * consistent: the change is based on them). NOT_FOUND for a missing organisation; a missing membership is
 * the caller's to handle, after the access check (so it tells nothing to whoever may not manage members).
 */
async function loadForMemberChange(
  ctx: RegisterContext,
  args: { organisationId: string; userId: string },
): Promise<{ organisation: Organisation; membership: Membership | null; userId: string }> {
  const userId = parseArgument(userIdSchema(), args.userId, 'userId');
  const read = await ctx.stores.organisations.getOrganisationForChange(
    parseId(args.organisationId, 'organisationId'),
    {
      memberUserId: userId,
    },
  );
  if (!read.organisation) throw new NotFoundError('Organisation', args.organisationId);
  return { organisation: read.organisation, membership: read.membership, userId };
}

/** The organisation and its invitation for `email` (or null), in one request; as loadForMemberChange. */
async function loadForInviteChange(
  ctx: RegisterContext,
  organisationId: string,
  email: string,
): Promise<{ organisation: Organisation; invite: Invite | null }> {
  const read = await ctx.stores.organisations.getOrganisationForChange(
    parseId(organisationId, 'organisationId'),
    {
      inviteEmail: email,
    },
  );
  if (!read.organisation) throw new NotFoundError('Organisation', organisationId);
  return { organisation: read.organisation, invite: read.invite };
}

/**
 * The membership the caller already got by claiming their invitation to `organisationId`, or null. A claim
 * deletes the invitation, so a retried claim (after a timeout, a double click) finds none: it is answered
 * with what the first one created. Reads only, and only on that path; the claim itself stays single.
 */
async function findClaimedMembership(
  ctx: RegisterContext,
  organisationId: string,
  actor: Pick<UserActor, 'userId' | 'email'>,
): Promise<Membership | null> {
  const membership = await ctx.stores.organisations.getMembership(organisationId, actor.userId);
  if (!membership) return null;
  const history = await ctx.stores.audit.listHistory(
    'INVITE',
    inviteRecordId({ organisationId, email: actor.email ?? '' }),
    { first: 1, after: null },
  );
  return isMembershipFromClaim(history.edges[0]?.node, membership, actor.userId) ? membership : null;
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
      const found = await ctx.stores.organisations.getOrganisationWithMembers(
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
      return ctx.stores.organisations.listMembers(organisation.id, page);
    },
    invites: async (organisation, _, ctx) => {
      await ctx.assertAllowed('organisation.viewPrivate', organisation);
      const invites = await ctx.stores.organisations.listInvitesOfOrganisation(organisation.id);
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
    createOrganisation: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const input = parseArgument(createOrganisationSchema(), args.input, 'input');
      return createOnce(
        ctx,
        actor,
        { operation: 'createOrganisation', args: args.input, idempotencyKey: args.idempotencyKey },
        async (change, id) => {
          await ctx.assertAllowed('organisation.create', { kind: input.kind });
          const organisation: Organisation = {
            id,
            kind: input.kind,
            name: input.name,
            gssCode: input.gssCode ?? null,
            charityNumber: input.charityNumber ?? null,
            companyNumber: input.companyNumber ?? null,
            memberCount: input.memberCount ?? null,
            publicBodyType: input.publicBodyType ?? null,
            parishCode: input.parishCode ?? null,
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
          await ctx.stores.organisations.createOrganisation(
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
      const access = ctx.accessForChange();
      await access.require({ action: 'organisation.update', resource: before });
      const candidate = await beforeWriting(access, () => {
        const input = parseArgument(updateOrganisationSchema(), args.input, 'input');
        assertVersion(before, args.expectedVersion, `Organisation ${before.id}`);
        const patched = applyPatch(before, toPatch(input));
        const result = { ...patched, councilAreas: withOwnArea(patched) };
        const problems = checkOrganisationIdentifiers(result, 'input');
        if (problems.length) throw new BadUserInputError(problems);
        return result;
      });
      if (isUnchanged(before, candidate)) {
        await access.settle();
        return before;
      }
      const change = changeBy(ctx, actor);
      const after = nextVersion(candidate, change);
      await access.write((guard) =>
        ctx.stores.organisations.updateOrganisation(before, after, 'UPDATED', change, guard),
      );
      return after;
    },
    setOrganisationVerified: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      // The record, its counters and every member (whose access items the verification rewrites): one Query.
      const read = await ctx.stores.organisations.getOrganisationForVerification(parseId(args.id, 'id'));
      if (!read) throw new NotFoundError('Organisation', args.id);
      const before = read.organisation;
      await ctx.assertAllowed('organisation.verify', before);
      assertVersion(before, args.expectedVersion, `Organisation ${before.id}`);
      if (before.verified === args.verified) return before;
      const change = changeBy(ctx, actor);
      const after = nextVersion({ ...before, verified: args.verified }, change);
      await ctx.stores.organisations.verifyOrganisation(
        read,
        after,
        args.verified ? 'VERIFIED' : 'UNVERIFIED',
        change,
      );
      return after;
    },
    addMember: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const userId = parseArgument(userIdSchema(), args.userId, 'userId');
      const organisationId = parseId(args.organisationId, 'organisationId');
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
          // Read and checked inside the create: a retry with the key answers with the first membership.
          const organisation = await loadOrganisation(ctx, organisationId, 'organisationId');
          const access = ctx.accessForChange();
          await access.require({ action: 'organisation.manageMembers', resource: organisation });
          const role = await beforeWriting(access, () => parseArgument(roleSchema(), args.role, 'role'));
          const membership: Membership = {
            organisationId: organisation.id,
            userId,
            role,
            createdAt: change.at,
            updatedAt: change.at,
            version: 1,
          };
          await access.write((guard) =>
            ctx.stores.organisations.addMember(membership, organisation, change, guard),
          );
          return membership;
        },
        () => loadMembership(ctx, organisationId, userId),
      );
    },
    changeMemberRole: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { organisation, membership } = await loadForMemberChange(ctx, args);
      const access = ctx.accessForChange();
      await access.require({ action: 'organisation.manageMembers', resource: organisation });
      const before = await beforeWriting(access, () => {
        if (!membership) throw new NotFoundError('Member', args.userId);
        assertVersion(membership, args.expectedVersion, `Membership of ${membership.userId}`);
        return membership;
      });
      if (before.role === args.role) {
        await access.settle();
        return before;
      }
      return access.write((guard) =>
        ctx.stores.organisations.changeMemberRole(
          before,
          args.role,
          organisation,
          changeBy(ctx, actor),
          guard,
        ),
      );
    },
    removeMember: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { organisation, membership, userId } = await loadForMemberChange(ctx, args);
      const access = ctx.accessForChange();
      await access.require({ action: 'membership.remove', resource: { organisation, userId } });
      // A caller who may not remove the member learns nothing about them (FORBIDDEN, not NOT_FOUND).
      const before = await beforeWriting(access, () => {
        if (!membership) throw new NotFoundError('Member', args.userId);
        assertVersion(membership, args.expectedVersion, `Membership of ${membership.userId}`);
        return membership;
      });
      await access.write((guard) =>
        ctx.stores.organisations.removeMember(before, organisation, changeBy(ctx, actor), guard),
      );
      return true;
    },
    inviteMember: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const email = parseArgument(emailSchema(), args.email, 'email');
      const organisationId = parseId(args.organisationId, 'organisationId');
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
          // Read and checked inside the create: a retry with the key answers with the first invitation.
          // The invitation this one replaces (for the audit event) is read with the organisation.
          const { organisation, invite: previous } = await loadForInviteChange(ctx, organisationId, email);
          const access = ctx.accessForChange();
          await access.require({ action: 'organisation.manageMembers', resource: organisation });
          const role = await beforeWriting(access, () => parseArgument(roleSchema(), args.role, 'role'));
          const invite: Invite = {
            organisationId: organisation.id,
            email,
            role,
            invitedBy: actor.userId,
            createdAt: change.at,
            expiresAt: computeInviteExpiry(change.at),
          };
          await access.write((guard) => ctx.stores.organisations.putInvite(invite, change, guard, previous));
          return invite;
        },
        async () => {
          const invite = await ctx.stores.organisations.getInvite(organisationId, email);
          if (!invite) throw new NotFoundError('Invitation for', email);
          return invite;
        },
      );
    },
    revokeInvite: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const email = parseArgument(emailSchema(), args.email, 'email');
      const { organisation, invite: found } = await loadForInviteChange(ctx, args.organisationId, email);
      const access = ctx.accessForChange();
      await access.require({ action: 'organisation.manageMembers', resource: organisation });
      const invite = await beforeWriting(access, () => {
        if (!found) throw new NotFoundError('Invitation for', email);
        return found;
      });
      await access.write((guard) =>
        ctx.stores.organisations.revokeInvite(invite, changeBy(ctx, actor), guard),
      );
      return true;
    },
    claimInvite: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const organisationId = parseId(args.organisationId, 'organisationId');
      await ctx.assertAllowed('invite.claim', { email: actor.email ?? '' });
      // The invitation and the organisation whose facts the membership copies: one BatchGetItem.
      const { invite, organisation } = await ctx.stores.organisations.getOrganisationForChange(
        organisationId,
        {
          inviteEmail: actor.email ?? '',
        },
      );
      if (!invite || !isInviteCurrent(invite, ctx.clock.now())) {
        const claimed = await findClaimedMembership(ctx, organisationId, actor);
        if (claimed) return claimed;
        throw new NotFoundError('Invitation to organisation', organisationId);
      }
      if (!organisation) throw new NotFoundError('Organisation', organisationId);
      const change = changeBy(ctx, actor);
      const membership: Membership = {
        organisationId,
        userId: actor.userId,
        role: invite.role,
        createdAt: change.at,
        updatedAt: change.at,
        version: 1,
      };
      try {
        await ctx.stores.organisations.claimInvite(invite, membership, organisation, change);
      } catch (error) {
        // Two copies of the same claim at once: one wins, and the other answers with what it created.
        const claimed =
          error instanceof ConflictError && (await findClaimedMembership(ctx, organisationId, actor));
        if (claimed) return claimed;
        throw error;
      }
      return membership;
    },
  },
};
