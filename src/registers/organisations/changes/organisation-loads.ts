/**
 * What the organisations register's changes are based on, read fresh (not from the request's cache) and
 * strongly consistent. NOT_FOUND for a missing organisation; a missing member or invitation is the change's
 * to report, after the access check (so it tells nothing to whoever may not manage members).
 */
import { NotFoundError } from '../../../kernel/domain/errors';
import type { Invite, Membership, Organisation } from '../../../kernel/domain/records';
import { parseArgument, userIdSchema } from '../../../kernel/graphql/inputs';
import { parseId } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';

export async function loadOrganisation(
  ctx: RegisterContext,
  id: string,
  field = 'id',
): Promise<Organisation> {
  const organisation = await ctx.stores.organisations.getOrganisation(parseId(id, field));
  if (!organisation) throw new NotFoundError('Organisation', id);
  return organisation;
}

export async function loadMembership(
  ctx: RegisterContext,
  organisationId: string,
  userId: string,
): Promise<Membership> {
  const membership = await ctx.stores.members.getMembership(
    organisationId,
    parseArgument(userIdSchema(), userId, 'userId'),
  );
  if (!membership) throw new NotFoundError('Member', userId);
  return membership;
}

/** The organisation and the membership a member change names, read together in one request. */
export async function loadForMemberChange(
  ctx: RegisterContext,
  args: { readonly organisationId: string; readonly userId: string },
): Promise<{ organisation: Organisation; membership: Membership | null; userId: string }> {
  const userId = parseArgument(userIdSchema(), args.userId, 'userId');
  const read = await ctx.stores.organisations.getOrganisationForChange(
    parseId(args.organisationId, 'organisationId'),
    { memberUserId: userId },
  );
  if (!read.organisation) throw new NotFoundError('Organisation', args.organisationId);
  return { organisation: read.organisation, membership: read.membership, userId };
}

/** The organisation and its invitation for `email` (or null), in one request; as loadForMemberChange. */
export async function loadForInviteChange(
  ctx: RegisterContext,
  organisationId: string,
  email: string,
): Promise<{ organisation: Organisation; invite: Invite | null }> {
  const read = await ctx.stores.organisations.getOrganisationForChange(
    parseId(organisationId, 'organisationId'),
    { inviteEmail: email },
  );
  if (!read.organisation) throw new NotFoundError('Organisation', organisationId);
  return { organisation: read.organisation, invite: read.invite };
}
