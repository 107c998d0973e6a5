import type { OutboxMessage } from '../../../kernel/domain/outbox';
/** What the organisations register needs from storage for invitations (store/invitation-store.ts). */
import type { ChangeContext, MembershipGuard } from '../../../kernel/domain/ports';
import type { Invite, Membership } from '../../../kernel/domain/records';
import type { MembershipOrganisationFacts } from './organisation-port';

export interface InvitationStore {
  /** `replaced`: the invitation it replaces as already read (null: none); read here when not given. */
  putInvite(
    invite: Invite,
    change: ChangeContext,
    guard?: MembershipGuard | null,
    replaced?: Invite | null,
    /** The email that tells the invitee (invitation-notice.ts), in the same transaction. */
    notice?: OutboxMessage | null,
  ): Promise<void>;
  getInvite(organisationId: string, email: string): Promise<Invite | null>;
  listInvitesOfOrganisation(organisationId: string): Promise<Invite[]>;
  listInvitesForEmail(email: string): Promise<Invite[]>;
  /** Deletes the invitation; CONFLICT when it no longer exists. */
  revokeInvite(invite: Invite, change: ChangeContext, guard?: MembershipGuard | null): Promise<void>;
  /** Turns the invitation into a membership in one transaction; CONFLICT if either step is no longer possible. */
  claimInvite(
    invite: Invite,
    membership: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
  ): Promise<void>;
}
