/**
 * Changes to an organisation's members: adding one, changing a role, removing one. Each runs the change
 * protocol; the access checks become conditions of the write's own transaction where they can (a
 * MembershipGuard), and a refused member or version is reported only after access is settled.
 */
import { NotFoundError } from '../../../kernel/domain/errors';
import type { MemberRole, Membership } from '../../../kernel/domain/records';
import { assertVersion, requireUser, runChange, runCreate } from '../../../kernel/changes/change-protocol';
import { parseArgument, roleSchema, userIdSchema } from '../../../kernel/graphql/inputs';
import { parseId } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';
import { buildMembership, withRole } from '../domain/organisation-records';
import { loadForMemberChange, loadMembership, loadOrganisation } from './organisation-loads';

/** A change naming one member: the organisation, the user and the version the caller saw. */
interface MemberChangeArgs {
  readonly organisationId: string;
  readonly userId: string;
  readonly expectedVersion: number;
}

/** Adds a member with a role, once per idempotency key (a retry answers with the first membership). */
export async function addMember(
  ctx: RegisterContext,
  args: {
    readonly organisationId: string;
    readonly userId: string;
    readonly role: string;
    readonly idempotencyKey?: string | null;
  },
): Promise<Membership> {
  await requireUser(ctx);
  const userId = parseArgument(userIdSchema(), args.userId, 'userId');
  const organisationId = parseId(args.organisationId, 'organisationId');
  return runCreate(ctx, {
    request: {
      operation: 'addMember',
      args: { organisationId: args.organisationId, userId: args.userId, role: args.role },
      idempotencyKey: args.idempotencyKey,
      resultId: userId,
    },
    // Read and checked inside the create: a retry with the key answers with the first membership.
    prepare: async ({ change }, access) => {
      const organisation = await loadOrganisation(ctx, organisationId, 'organisationId');
      await access.require({ action: 'organisation.manageMembers', resource: organisation });
      const role = parseArgument(roleSchema(), args.role, 'role');
      return { organisation, membership: buildMembership(organisation.id, userId, role, change.at) };
    },
    write: ({ organisation, membership }, { change }, guard) =>
      ctx.stores.members.addMember(membership, organisation, change, guard),
    result: ({ membership }) => membership,
    loadExisting: () => loadMembership(ctx, organisationId, userId),
  });
}

/** Gives a member another role; the same role again writes nothing. */
export async function changeMemberRole(
  ctx: RegisterContext,
  args: MemberChangeArgs & { readonly role: MemberRole },
): Promise<Membership> {
  await requireUser(ctx);
  const { organisation, membership } = await loadForMemberChange(ctx, args);
  const planned = await runChange(ctx, {
    load: async () => organisation,
    access: () => [{ action: 'organisation.manageMembers', resource: organisation }],
    decide: (_organisation, { change }) => {
      const before = existingMember(membership, args);
      return { before, after: before.role === args.role ? null : withRole(before, args.role, change.at) };
    },
    unchanged: (plan) => plan.after === null,
    write: async (plan, _organisation, { change }, guard) => {
      await ctx.stores.members.changeMemberRole(plan.before, args.role, organisation, change, guard);
    },
  });
  return planned.after ?? planned.before;
}

/** Removes a member (themselves, or by an admin); the last admin stays. */
export async function removeMember(ctx: RegisterContext, args: MemberChangeArgs): Promise<true> {
  await requireUser(ctx);
  const { organisation, membership, userId } = await loadForMemberChange(ctx, args);
  await runChange(ctx, {
    load: async () => organisation,
    access: () => [{ action: 'membership.remove', resource: { organisation, userId } }],
    // A caller who may not remove the member learns nothing about them (FORBIDDEN, not NOT_FOUND).
    decide: () => existingMember(membership, args),
    write: (before, _organisation, { change }, guard) =>
      ctx.stores.members.removeMember(before, organisation, change, guard),
  });
  return true;
}

/** The member the change names, at the version the caller saw; NOT_FOUND or CONFLICT otherwise. */
function existingMember(membership: Membership | null, args: MemberChangeArgs): Membership {
  if (!membership) throw new NotFoundError('Member', args.userId);
  assertVersion(membership, args.expectedVersion, `Membership of ${membership.userId}`);
  return membership;
}
