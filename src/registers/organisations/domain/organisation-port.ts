/** What the organisations register needs from storage, in domain terms (src/registers/organisations/store implements it). */
import type { ActorMembership } from '../../../kernel/domain/authorization';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { Invite, MemberRole, Membership, Organisation } from '../../../kernel/domain/records';

/** What a membership carries about its organisation onto the member's access item (for authorization). */
export type MembershipOrganisationFacts = Pick<Organisation, 'id' | 'kind' | 'gssCode' | 'verified'>;

export interface OrganisationStore {
  getOrganisation(id: string): Promise<Organisation | null>;
  /** Loads many organisations in as few requests as DynamoDB allows; missing ids are absent from the map. */
  getOrganisations(ids: readonly string[]): Promise<ReadonlyMap<string, Organisation>>;
  listOrganisationsByCouncilArea(councilCode: string, page: PageRequest): Promise<Page<Organisation>>;
  listOrganisationsByNamePrefix(prefix: string, page: PageRequest): Promise<Page<Organisation>>;
  /** Writes the organisation, its area entries and (when given) its first ADMIN, with audit events. */
  createOrganisation(
    organisation: Organisation,
    firstAdminId: string | null,
    change: ChangeContext,
  ): Promise<void>;
  /** Replaces `before` with `after` if the stored version is still `before.version`; CONFLICT otherwise. */
  updateOrganisation(
    before: Organisation,
    after: Organisation,
    action: string,
    change: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;

  /**
   * The organisation with one of its memberships and/or invitations, read strongly consistent in one
   * request (a change to a member or an invitation is based on both). Nulls for what does not exist.
   */
  getOrganisationForChange(
    organisationId: string,
    parts: { readonly memberUserId?: string; readonly inviteEmail?: string },
  ): Promise<OrganisationForChange>;
  /** The organisation with every member and the count of membership changes (one Query), or null. */
  getOrganisationForVerification(id: string): Promise<OrganisationForVerification | null>;
  /**
   * Writes a change of `verified` (or anything else members copy onto their access items): the record, its
   * area entries, audit, and every member's access item, checking no membership changed since `read`.
   */
  verifyOrganisation(
    read: OrganisationForVerification,
    after: Organisation,
    action: string,
    change: ChangeContext,
  ): Promise<void>;

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

  /** `replaced`: the invitation it replaces as already read (null: none); read here when not given. */
  putInvite(
    invite: Invite,
    change: ChangeContext,
    guard?: MembershipGuard | null,
    replaced?: Invite | null,
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

  /** The council organisation registered for a GSS code, or null (issue 10: imports and open data). */
  findCouncilByGssCode(gssCode: string): Promise<Organisation | null>;

  /** True when a council organisation is registered for the GSS code (one GetItem of its claim). */
  isCouncilRegistered(gssCode: string): Promise<boolean>;
}

/** What a change to a member or an invitation is based on, read together. */
export interface OrganisationForChange {
  readonly organisation: Organisation | null;
  readonly membership: Membership | null;
  readonly invite: Invite | null;
}

/** What a verification is based on: the record, all its members and the count of membership changes. */
export interface OrganisationForVerification {
  readonly organisation: Organisation;
  readonly members: readonly Membership[];
  readonly membershipChanges: number | null;
}

/** An organisation, one page of its members and the caller's own membership (for authorization). */
export interface OrganisationWithMembers {
  readonly organisation: Organisation;
  readonly members: Page<Membership>;
  readonly callerMembership: Membership | null;
}
