/**
 * Changes to an organisation's invitations: sending one, withdrawing it, and claiming it (which makes the
 * membership). Sending and withdrawing run the change protocol with the organisation's admins' right as a
 * condition of the write; a claim is the invitee's own and is checked against their verified email.
 */
import type { UserIdentity } from '../../../kernel/domain/authorization';
import { ConflictError, NotFoundError } from '../../../kernel/domain/errors';
import type { Invite, Membership } from '../../../kernel/domain/records';
import { changeBy, requireUser, runChange, runCreate } from '../../../kernel/changes/change-protocol';
import { emailSchema, parseArgument, roleSchema } from '../../../kernel/graphql/inputs';
import { parseId } from '../../../kernel/graphql/support';
import { invitationMessage } from '../domain/invitation-notice';
import type { RegisterContext } from '../../context';
import { inviteRecordId, isInviteCurrent, isMembershipFromClaim } from '../domain/invites';
import { buildInvite, buildMembership } from '../domain/organisation-records';
import { loadForInviteChange } from './organisation-loads';

/** Invites an email address with a role (replacing an earlier invitation to it), once per idempotency key. */
export async function inviteMember(
  ctx: RegisterContext,
  args: {
    readonly organisationId: string;
    readonly email: string;
    readonly role: string;
    readonly idempotencyKey?: string | null;
  },
): Promise<Invite> {
  await requireUser(ctx);
  const email = parseArgument(emailSchema(), args.email, 'email');
  const organisationId = parseId(args.organisationId, 'organisationId');
  return runCreate(ctx, {
    request: {
      operation: 'inviteMember',
      args: { organisationId: args.organisationId, email: args.email, role: args.role },
      idempotencyKey: args.idempotencyKey,
      resultId: email,
    },
    // Read and checked inside the create: a retry with the key answers with the first invitation. The
    // invitation this one replaces (for the audit event) is read with the organisation.
    prepare: async ({ actor, change }, access) => {
      const { organisation, invite: previous } = await loadForInviteChange(ctx, organisationId, email);
      await access.require({ action: 'organisation.manageMembers', resource: organisation });
      const role = parseArgument(roleSchema(), args.role, 'role');
      const invite = buildInvite(organisation.id, email, role, actor.userId, change.at);
      return { previous, invite, notice: invitationMessage(invite, organisation) };
    },
    write: ({ invite, previous, notice }, { change }, guard) =>
      ctx.stores.invitations.putInvite(invite, change, guard, previous, notice),
    result: ({ invite }) => invite,
    loadExisting: async () => {
      const invite = await ctx.stores.invitations.getInvite(organisationId, email);
      if (!invite) throw new NotFoundError('Invitation for', email);
      return invite;
    },
  });
}

/** Withdraws an invitation not yet claimed. */
export async function revokeInvite(
  ctx: RegisterContext,
  args: { readonly organisationId: string; readonly email: string },
): Promise<true> {
  await requireUser(ctx);
  const email = parseArgument(emailSchema(), args.email, 'email');
  const { organisation, invite: found } = await loadForInviteChange(ctx, args.organisationId, email);
  await runChange(ctx, {
    load: async () => organisation,
    access: () => [{ action: 'organisation.manageMembers', resource: organisation }],
    decide: () => {
      if (!found) throw new NotFoundError('Invitation for', email);
      return found;
    },
    write: (invite, _organisation, { change }, guard) =>
      ctx.stores.invitations.revokeInvite(invite, change, guard),
  });
  return true;
}

/**
 * Turns the caller's current invitation to the organisation into their membership. A retried claim (after a
 * timeout, a double click) finds the invitation gone and is answered with the membership the first made.
 */
export async function claimInvite(
  ctx: RegisterContext,
  args: { readonly organisationId: string },
): Promise<Membership> {
  const actor = await requireUser(ctx);
  const organisationId = parseId(args.organisationId, 'organisationId');
  await ctx.assertAllowed('invite.claim', { email: actor.email ?? '' });
  // The invitation and the organisation whose facts the membership copies: one BatchGetItem.
  const { invite, organisation } = await ctx.stores.organisations.getOrganisationForChange(organisationId, {
    inviteEmail: actor.email ?? '',
  });
  if (!invite || !isInviteCurrent(invite, ctx.clock.now())) {
    const claimed = await findClaimedMembership(ctx, organisationId, actor);
    if (claimed) return claimed;
    throw new NotFoundError('Invitation to organisation', organisationId);
  }
  if (!organisation) throw new NotFoundError('Organisation', organisationId);
  const change = changeBy(ctx, actor);
  const membership = buildMembership(organisationId, actor.userId, invite.role, change.at);
  try {
    await ctx.stores.invitations.claimInvite(invite, membership, organisation, change);
  } catch (error) {
    // Two copies of the same claim at once: one wins, and the other answers with what it created.
    const claimed =
      error instanceof ConflictError && (await findClaimedMembership(ctx, organisationId, actor));
    if (claimed) return claimed;
    throw error;
  }
  return membership;
}

/**
 * The membership the caller already got by claiming their invitation to `organisationId`, or null. A claim
 * deletes the invitation, so a retried claim finds none: it is answered with what the first one created.
 * Reads only, and only on that path; the claim itself stays single.
 */
async function findClaimedMembership(
  ctx: RegisterContext,
  organisationId: string,
  actor: Pick<UserIdentity, 'userId' | 'email'>,
): Promise<Membership | null> {
  const membership = await ctx.stores.members.getMembership(organisationId, actor.userId);
  if (!membership) return null;
  const history = await ctx.stores.audit.listHistory(
    'INVITE',
    inviteRecordId({ organisationId, email: actor.email ?? '' }),
    { first: 1, after: null },
  );
  return isMembershipFromClaim(history.edges[0]?.node, membership, actor.userId) ? membership : null;
}
