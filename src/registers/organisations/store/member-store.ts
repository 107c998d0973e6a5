import type { ActorMembership } from '../../../kernel/domain/authorization';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { MemberRole, Membership, Organisation } from '../../../kernel/domain/records';
import {
  auditWrite,
  hasVersion,
  idempotencyWrites,
  staleVersion,
  toRecord,
  versionedReplace,
} from '../../../kernel/store/items';
import { ACCESS_MEMBERSHIP_PREFIX, organisationKey, userAccessKey } from '../../../kernel/store/keys';
import type { Table } from '../../../kernel/store/table';
import type { MemberStore } from '../domain/member-port';
import { withRole } from '../domain/organisation-records';
import type { MembershipOrganisationFacts, OrganisationWithMembers } from '../domain/organisation-port';
import {
  listRecords,
  transactGuarded,
  memberAddedWrites,
  membershipCountersChange,
  membershipId,
  membershipItem,
  organisationFactsUnchanged,
  parseAccessEntry,
  putAccessWrite,
  removeAccessWrite,
} from './membership-items';
import {
  membersOfOrganisation,
  membershipKey,
  membershipsOfUser,
  membersThenOrganisation,
} from './organisation-keys';

/**
 * Memberships and the users' access items (one per user, what authorization needs of each membership):
 * every membership change writes both, with the organisation's counters, in one transaction.
 */
export class DynamoMemberStore implements MemberStore {
  constructor(private readonly table: Table) {}

  async getMembership(organisationId: string, userId: string): Promise<Membership | null> {
    const item = await this.table.get(membershipKey(organisationId, userId));
    return item ? toRecord<Membership>(item) : null;
  }

  async getActorMemberships(userId: string): Promise<ActorMembership[]> {
    // Strongly consistent: a role just granted or taken away counts from the next request on.
    const item = await this.table.get(userAccessKey(userId));
    if (!item) return [];
    return Object.entries(item).flatMap(([name, value]) =>
      name.startsWith(ACCESS_MEMBERSHIP_PREFIX)
        ? parseAccessEntry(name.slice(ACCESS_MEMBERSHIP_PREFIX.length), value)
        : [],
    );
  }

  async getOrganisationWithMembers(
    organisationId: string,
    userId: string | null,
    page: PageRequest,
  ): Promise<OrganisationWithMembers | null> {
    const range = membersThenOrganisation(organisationId);
    // One more than the page (to tell whether more follow) and then the organisation, which sorts last.
    const read = await this.table.queryPage(
      { ...range, cursorQuery: `members|${organisationId}` },
      { first: page.first + 1, after: page.after },
      (item) => item,
    );
    const organisationEdge = read.edges.find((edge) => edge.node['sk'] === range.sortRangeEnd);
    const memberEdges = read.edges
      .filter((edge) => edge !== organisationEdge)
      .map((edge) => ({ node: toRecord<Membership>(edge.node), cursor: edge.cursor }));
    // The page did not reach the organisation (more members than fit): one GetItem for it.
    const organisationItem = organisationEdge
      ? organisationEdge.node
      : await this.table.get(organisationKey(organisationId));
    if (!organisationItem) return null;
    const edges = memberEdges.slice(0, page.first);
    const more = memberEdges.length > page.first;
    return {
      organisation: toRecord<Organisation>(organisationItem),
      members: { edges, pageInfo: { hasNextPage: more, endCursor: edges.at(-1)?.cursor ?? null } },
      callerMembership: memberEdges.find((edge) => edge.node.userId === userId)?.node ?? null,
    };
  }

  listMembershipsOfUser(userId: string): Promise<Membership[]> {
    return listRecords<Membership>(this.table, membershipsOfUser(userId));
  }

  listMembers(organisationId: string, page: PageRequest): Promise<Page<Membership>> {
    return this.table.queryPage(
      { ...membersOfOrganisation(organisationId), cursorQuery: `members|${organisationId}` },
      page,
      (item) => toRecord<Membership>(item),
    );
  }

  async addMember(
    membership: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    await transactGuarded(this.table, guard, [
      ...idempotencyWrites(tableName, change),
      ...memberAddedWrites(tableName, membership, organisation, change),
    ]);
  }

  async changeMemberRole(
    before: Membership,
    role: MemberRole,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<Membership> {
    const after = withRole(before, role, change.at);
    const { tableName } = this.table;
    const writes = versionedReplace(
      tableName,
      {
        what: 'Membership',
        recordType: 'MEMBERSHIP',
        recordId: membershipId(after),
        item: membershipItem(after),
      },
      before,
      after,
      'ROLE_CHANGED',
      change,
    );
    const adminDelta =
      before.role === 'ADMIN' && role !== 'ADMIN' ? -1 : before.role !== 'ADMIN' && role === 'ADMIN' ? 1 : 0;
    writes.push(
      membershipCountersChange(tableName, before.organisationId, adminDelta),
      putAccessWrite(tableName, after, organisation),
      organisationFactsUnchanged(tableName, organisation),
    );
    await transactGuarded(this.table, guard, writes);
    return after;
  }

  async removeMember(
    before: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    await transactGuarded(this.table, guard, [
      {
        write: {
          Delete: {
            TableName: tableName,
            Key: membershipKey(before.organisationId, before.userId),
            ...hasVersion(before.version),
          },
        },
        onConditionFailed: (existing) => staleVersion('Membership', membershipId(before), existing),
      },
      auditWrite(
        tableName,
        {
          recordType: 'MEMBERSHIP',
          recordId: membershipId(before),
          action: 'REMOVED',
          version: before.version + 1,
        },
        before,
        null,
        change,
      ),
      membershipCountersChange(tableName, before.organisationId, before.role === 'ADMIN' ? -1 : 0),
      removeAccessWrite(tableName, before, organisation),
    ]);
  }
}
