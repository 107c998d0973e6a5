/**
 * What the organisations register needs from storage for its organisations, in domain terms
 * (store/organisation-store.ts implements it). Members and invitations have their own ports (member-port.ts,
 * invitation-port.ts): one store per aggregate.
 */
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AuditAction, Invite, Membership, Organisation } from '../../../kernel/domain/records';

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
    action: AuditAction,
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
    action: AuditAction,
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
