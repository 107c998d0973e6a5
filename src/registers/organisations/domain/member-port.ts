/** What the organisations register needs from storage for memberships and the users' access items (store/member-store.ts). */
import type { ActorMembership } from '../../../kernel/domain/authorization';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { MemberRole, Membership } from '../../../kernel/domain/records';
import type { MembershipOrganisationFacts, OrganisationWithMembers } from './organisation-port';

export interface MemberStore {
  getMembership(organisationId: string, userId: string): Promise<Membership | null>;
  /**
   * The user's memberships with what authorization needs about each organisation, from the one item per user
   * written with every membership change: one GetItem.
   */
  getActorMemberships(userId: string): Promise<ActorMembership[]>;
  /**
   * The organisation with one page of its members, and the given user's own membership when there is one,
   * from one Query of the organisation's partition. Null when there is no such organisation.
   */
  getOrganisationWithMembers(
    organisationId: string,
    userId: string | null,
    page: PageRequest,
  ): Promise<OrganisationWithMembers | null>;
  /** Every membership of one user (a person belongs to a handful of organisations). */
  listMembershipsOfUser(userId: string): Promise<Membership[]>;
  listMembers(organisationId: string, page: PageRequest): Promise<Page<Membership>>;
  /** CONFLICT when the user is already a member. */
  addMember(
    membership: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;
  /** CONFLICT when the version is stale or the change would leave the organisation without an admin. */
  changeMemberRole(
    before: Membership,
    role: MemberRole,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<Membership>;
  /** CONFLICT when the version is stale or the member is the last admin. */
  removeMember(
    before: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;
}
