import type { ActorMembership } from '../../../kernel/domain/authorization';
import { ConflictError, NotFoundError } from '../../../kernel/domain/errors';
import { inviteRecordId } from '../domain/invites';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type {
  MembershipOrganisationFacts,
  OrganisationForChange,
  OrganisationForVerification,
  OrganisationStore,
  OrganisationWithMembers,
} from '../domain/organisation-port';
import { MEMBER_ROLES } from '../../../kernel/domain/records';
import type { Invite, MemberRole, Membership, Organisation } from '../../../kernel/domain/records';
import {
  ACCESS_MEMBERSHIP_PREFIX,
  accessMembershipAttribute,
  accessOfficerAttribute,
  organisationMembersRange,
  userAccessKey,
  adminCounterKey,
  councilClaimKey,
  councilOrganisationsPartition,
  INVITE_PREFIX,
  inviteeInvitesPartition,
  inviteKey,
  MEMBER_PREFIX,
  membershipKey,
  organisationAreaSlotKey,
  organisationKey,
  organisationNameIndexKeys,
  organisationNamePartition,
  organisationSortKey,
  toNameKey,
  userMembershipsPartition,
} from '../../../kernel/store/keys';
import {
  auditWrite,
  hasVersion,
  idempotencyWrites,
  IS_NEW,
  staleVersion,
  toRecord,
  versionedReplace,
  withMembershipGuard,
} from '../../../kernel/store/items';
import type { GuardedWrite, Item, Table } from '../../../kernel/store/table';

/** Organisations, their council areas, members and invitations. */
export class DynamoOrganisationStore implements OrganisationStore {
  constructor(private readonly table: Table) {}

  /** Read strongly consistent: changes are based on it. */
  async getOrganisation(id: string): Promise<Organisation | null> {
    const item = await this.table.get(organisationKey(id));
    return item ? toRecord<Organisation>(item) : null;
  }

  async findCouncilByGssCode(gssCode: string): Promise<Organisation | null> {
    const claim = await this.table.get(councilClaimKey(gssCode));
    return claim ? this.getOrganisation(String(claim['organisationId'])) : null;
  }

  async isCouncilRegistered(gssCode: string): Promise<boolean> {
    return (await this.table.get(councilClaimKey(gssCode))) !== null;
  }

  async getOrganisations(ids: readonly string[]): Promise<ReadonlyMap<string, Organisation>> {
    const unique = [...new Set(ids)];
    const items = unique.length ? await this.table.batchGet(unique.map(organisationKey)) : [];
    return new Map(items.map((item) => toRecord<Organisation>(item)).map((org) => [org.id, org]));
  }

  async listOrganisationsByCouncilArea(councilCode: string, page: PageRequest): Promise<Page<Organisation>> {
    const entries = await this.table.queryPage(
      {
        indexName: 'gsi1',
        partition: councilOrganisationsPartition(councilCode),
        cursorQuery: `organisationsByCouncilArea|${councilCode}`,
      },
      page,
      (item) => item,
    );
    // Area entries carry a copy of the organisation, so the page is the one Query. Entries written before
    // they did (see docs/data-model.md, backfill) are completed with one BatchGetItem for the page.
    const missing = entries.edges
      .filter((edge) => edge.node['version'] === undefined)
      .map((edge) => String(edge.node['organisationId']));
    const loaded = missing.length ? await this.getOrganisations(missing) : new Map<string, Organisation>();
    return {
      pageInfo: entries.pageInfo,
      edges: entries.edges.flatMap((edge) => {
        const id = String(edge.node['organisationId']);
        const node = edge.node['version'] === undefined ? loaded.get(id) : areaCopyToOrganisation(edge.node);
        return node ? [{ node, cursor: edge.cursor }] : [];
      }),
    };
  }

  listOrganisationsByNamePrefix(prefix: string, page: PageRequest): Promise<Page<Organisation>> {
    const nameKey = toNameKey(prefix);
    return this.table.queryPage(
      {
        indexName: 'gsi2',
        partition: organisationNamePartition(nameKey),
        sortPrefix: nameKey,
        cursorQuery: `organisationsByName|${nameKey}`,
      },
      page,
      (item) => toRecord<Organisation>(item),
    );
  }

  async createOrganisation(
    organisation: Organisation,
    firstAdminId: string | null,
    change: ChangeContext,
  ): Promise<void> {
    const { tableName } = this.table;
    const writes: GuardedWrite[] = [
      { write: { Put: { TableName: tableName, Item: this.#organisationItem(organisation), ...IS_NEW } } },
      ...organisation.councilAreas.map((area, slot) => this.#putArea(organisation, area, slot)),
      auditWrite(
        tableName,
        { recordType: 'ORGANISATION', recordId: organisation.id, action: 'CREATED', version: 1 },
        null,
        organisation,
        change,
      ),
    ];
    if (organisation.kind === 'COUNCIL' && organisation.gssCode) {
      writes.push({
        write: {
          Put: {
            TableName: tableName,
            Item: {
              ...councilClaimKey(organisation.gssCode),
              entity: 'CouncilClaim',
              organisationId: organisation.id,
            },
            ...IS_NEW,
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (existing) =>
          new ConflictError(
            `Council ${organisation.gssCode} is already registered as organisation ${String(existing?.['organisationId'])}`,
            { field: 'input.gssCode', existingOrganisationId: existing?.['organisationId'] ?? null },
          ),
      });
    }
    if (firstAdminId) {
      const membership: Membership = {
        organisationId: organisation.id,
        userId: firstAdminId,
        role: 'ADMIN',
        createdAt: change.at,
        updatedAt: change.at,
        version: 1,
      };
      // The organisation is new in this very transaction: nothing can have changed its facts meanwhile.
      writes.push(...this.#memberAddedWrites(membership, organisation, 'MEMBER_ADDED', change, false));
    }
    // The key's claim goes first: on a retry its replay signal must win over the create's own conflicts.
    await this.table.transact([...idempotencyWrites(tableName, change), ...writes]);
  }

  async updateOrganisation(
    before: Organisation,
    after: Organisation,
    action: string,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const writes = this.#changeWrites(before, after, action, change);
    if (before.verified !== after.verified) {
      await this.#transactWithMembersAccess(
        withMembershipGuard(tableName, writes, guard),
        after,
        await this.#readMembersForVerification(after.id),
      );
      return;
    }
    await this.table.transact(withMembershipGuard(tableName, writes, guard));
  }

  async getOrganisationForVerification(id: string): Promise<OrganisationForVerification | null> {
    // The whole partition in one Query (more only past 1 MB): the record, the counters and every member. Area
    // slots and invitations are read too (at most 51 and a few) but filtered out of the answer; reading them
    // costs less than a second request.
    const items = await this.table.queryAll({
      indexName: null,
      partition: organisationKey(id).pk,
      consistent: true,
      // (A filter may not name the sort key, so the kinds left out are named by `entity`.)
      filter: {
        expression: 'NOT (#entity IN (:area, :invite))',
        names: { '#entity': 'entity' },
        values: { ':area': 'OrganisationArea', ':invite': 'Invite' },
      },
    });
    const record = items.find((item) => item['sk'] === organisationKey(id).sk);
    if (!record) return null;
    return {
      organisation: toRecord<Organisation>(record),
      ...toMembersSnapshot(items),
    };
  }

  async verifyOrganisation(
    read: OrganisationForVerification,
    after: Organisation,
    action: string,
    change: ChangeContext,
  ): Promise<void> {
    await this.#transactWithMembersAccess(
      this.#changeWrites(read.organisation, after, action, change),
      after,
      read,
    );
  }

  /**
   * The record's next version with its audit event, and its area entries. Area entries carry a copy of the
   * organisation (so a council's organisations list is one Query) and sit in slots by position: every change
   * rewrites each slot in use and deletes the slots past the end of a shorter list. At most one write per
   * slot (50), plus the record and its audit event: see docs/data-model.md, "Writes".
   */
  #changeWrites(
    before: Organisation,
    after: Organisation,
    action: string,
    change: ChangeContext,
  ): GuardedWrite[] {
    const { tableName } = this.table;
    const writes = versionedReplace(
      tableName,
      {
        what: 'Organisation',
        recordType: 'ORGANISATION',
        recordId: after.id,
        item: this.#organisationItem(after),
      },
      before,
      after,
      action,
      change,
    );
    const slots = Math.max(before.councilAreas.length, after.councilAreas.length);
    for (let slot = 0; slot < slots; slot++) {
      const area = after.councilAreas[slot];
      writes.push(
        area === undefined
          ? { write: { Delete: { TableName: tableName, Key: organisationAreaSlotKey(after.id, slot) } } }
          : this.#putArea(after, area, slot),
      );
    }
    return writes;
  }

  /** The members and the membership-change count, read together (two requests; see getOrganisationForVerification). */
  async #readMembersForVerification(organisationId: string): Promise<MembersSnapshot> {
    const counter = await this.table.get(adminCounterKey(organisationId));
    const members = await this.table.queryAll({
      indexName: null,
      partition: organisationKey(organisationId).pk,
      sortPrefix: MEMBER_PREFIX,
      consistent: true,
    });
    return toMembersSnapshot([...(counter ? [counter] : []), ...members]);
  }

  /**
   * A change to what members carry onto their access items (verification) reaches every member's item in
   * the change's own transaction. The members are read first, so the transaction also checks that no
   * membership changed since (the count of membership changes on the ADMINS item). A transaction holds 100
   * items; an organisation with more members than fit has the rest updated in further transactions right
   * after (they may lag the change by those few milliseconds).
   */
  async #transactWithMembersAccess(
    writes: GuardedWrite[],
    organisation: Organisation,
    snapshot: MembersSnapshot,
  ): Promise<void> {
    const { tableName } = this.table;
    const { members, membershipChanges: changes } = snapshot;
    writes.push({
      write: {
        ConditionCheck: {
          TableName: tableName,
          Key: adminCounterKey(organisation.id),
          ...(typeof changes === 'number'
            ? {
                ConditionExpression: 'membershipChanges = :changes',
                ExpressionAttributeValues: { ':changes': changes },
              }
            : { ConditionExpression: 'attribute_not_exists(membershipChanges)' }),
        },
      },
      onConditionFailed: () =>
        new ConflictError('The members of the organisation changed at the same moment; try again'),
    });
    const room = Math.max(0, MAX_TRANSACTION_ITEMS - writes.length);
    const accessWrites = members.map((member) => this.#putAccess(member, organisation));
    await this.table.transact([...writes, ...accessWrites.slice(0, room)]);
    for (let start = room; start < accessWrites.length; start += MAX_TRANSACTION_ITEMS) {
      await this.table.transact(accessWrites.slice(start, start + MAX_TRANSACTION_ITEMS));
    }
  }

  async getMembership(organisationId: string, userId: string): Promise<Membership | null> {
    const item = await this.table.get(membershipKey(organisationId, userId));
    return item ? toRecord<Membership>(item) : null;
  }

  async getOrganisationForChange(
    organisationId: string,
    parts: { readonly memberUserId?: string; readonly inviteEmail?: string },
  ): Promise<OrganisationForChange> {
    // Every item lives in the organisation's partition: one strongly consistent BatchGetItem reads them all.
    const keys = [
      organisationKey(organisationId),
      ...(parts.memberUserId !== undefined ? [membershipKey(organisationId, parts.memberUserId)] : []),
      ...(parts.inviteEmail !== undefined ? [inviteKey(organisationId, parts.inviteEmail)] : []),
    ];
    const items = await this.table.batchGet(keys, { consistent: true });
    const find = (key: { sk: string }) => items.find((item) => item['sk'] === key.sk);
    const organisation = find(organisationKey(organisationId));
    const membership =
      parts.memberUserId !== undefined ? find(membershipKey(organisationId, parts.memberUserId)) : undefined;
    const invite =
      parts.inviteEmail !== undefined ? find(inviteKey(organisationId, parts.inviteEmail)) : undefined;
    return {
      organisation: organisation ? toRecord<Organisation>(organisation) : null,
      membership: membership ? toRecord<Membership>(membership) : null,
      invite: invite ? toRecord<Invite>(invite) : null,
    };
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
    const range = organisationMembersRange(organisationId);
    // One more than the page (to tell whether more follow) and then the organisation, which sorts last.
    const read = await this.table.queryPage(
      {
        indexName: null,
        partition: range.partition,
        sortPrefix: range.from,
        sortRangeEnd: range.to,
        cursorQuery: `members|${organisationId}`,
      },
      { first: page.first + 1, after: page.after },
      (item) => item,
    );
    const organisationEdge = read.edges.find((edge) => edge.node['sk'] === range.to);
    const memberEdges = read.edges
      .filter((edge) => edge !== organisationEdge)
      .map((edge) => ({ node: toRecord<Membership>(edge.node), cursor: edge.cursor }));
    // The page did not reach the organisation (more members than fit): one GetItem for it.
    const organisation = organisationEdge
      ? toRecord<Organisation>(organisationEdge.node)
      : await this.getOrganisation(organisationId);
    if (!organisation) return null;
    const edges = memberEdges.slice(0, page.first);
    const more = memberEdges.length > page.first;
    return {
      organisation,
      members: { edges, pageInfo: { hasNextPage: more, endCursor: edges.at(-1)?.cursor ?? null } },
      callerMembership: memberEdges.find((edge) => edge.node.userId === userId)?.node ?? null,
    };
  }

  async listMembershipsOfUser(userId: string): Promise<Membership[]> {
    const items = await this.table.queryAll({
      indexName: 'gsi1',
      partition: userMembershipsPartition(userId),
    });
    return items.map((item) => toRecord<Membership>(item));
  }

  listMembers(organisationId: string, page: PageRequest): Promise<Page<Membership>> {
    return this.table.queryPage(
      {
        indexName: null,
        partition: organisationKey(organisationId).pk,
        sortPrefix: MEMBER_PREFIX,
        cursorQuery: `members|${organisationId}`,
      },
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
    await this.table.transact(
      withMembershipGuard(
        tableName,
        [
          ...idempotencyWrites(tableName, change),
          ...this.#memberAddedWrites(membership, organisation, 'MEMBER_ADDED', change),
        ],
        guard,
      ),
    );
  }

  async changeMemberRole(
    before: Membership,
    role: MemberRole,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<Membership> {
    const after: Membership = { ...before, role, updatedAt: change.at, version: before.version + 1 };
    const { tableName } = this.table;
    const writes = versionedReplace(
      tableName,
      {
        what: 'Membership',
        recordType: 'MEMBERSHIP',
        recordId: membershipId(after),
        item: this.#membershipItem(after),
      },
      before,
      after,
      'ROLE_CHANGED',
      change,
    );
    const adminDelta =
      before.role === 'ADMIN' && role !== 'ADMIN' ? -1 : before.role !== 'ADMIN' && role === 'ADMIN' ? 1 : 0;
    writes.push(
      this.#membershipCountersChange(before.organisationId, adminDelta),
      this.#putAccess(after, organisation),
      this.#organisationFactsUnchanged(organisation),
    );
    await this.table.transact(withMembershipGuard(tableName, writes, guard));
    return after;
  }

  async removeMember(
    before: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const writes: GuardedWrite[] = [
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
    ];
    writes.push(
      this.#membershipCountersChange(before.organisationId, before.role === 'ADMIN' ? -1 : 0),
      this.#removeAccess(before, organisation),
    );
    await this.table.transact(withMembershipGuard(tableName, writes, guard));
  }

  async putInvite(
    invite: Invite,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
    replaced?: Invite | null,
  ): Promise<void> {
    const { tableName } = this.table;
    const previous =
      replaced === undefined ? await this.getInvite(invite.organisationId, invite.email) : replaced;
    await this.#transactGuarded(guard, [
      ...idempotencyWrites(tableName, change),
      { write: { Put: { TableName: tableName, Item: this.#inviteItem(invite) } } },
      auditWrite(
        tableName,
        { recordType: 'INVITE', recordId: inviteId(invite), action: 'INVITED', version: 1 },
        previous,
        invite,
        change,
      ),
    ]);
  }

  async getInvite(organisationId: string, email: string): Promise<Invite | null> {
    const item = await this.table.get(inviteKey(organisationId, email));
    return item ? toRecord<Invite>(item) : null;
  }

  async listInvitesOfOrganisation(organisationId: string): Promise<Invite[]> {
    const items = await this.table.queryAll({
      indexName: null,
      partition: organisationKey(organisationId).pk,
      sortPrefix: INVITE_PREFIX,
    });
    return items.map((item) => toRecord<Invite>(item));
  }

  async listInvitesForEmail(email: string): Promise<Invite[]> {
    const items = await this.table.queryAll({ indexName: 'gsi1', partition: inviteeInvitesPartition(email) });
    return items.map((item) => toRecord<Invite>(item));
  }

  async revokeInvite(
    invite: Invite,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    await this.#transactGuarded(guard, [
      {
        write: {
          Delete: {
            TableName: tableName,
            Key: inviteKey(invite.organisationId, invite.email),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        onConditionFailed: () => new NotFoundError('Invitation for', invite.email),
      },
      auditWrite(
        tableName,
        { recordType: 'INVITE', recordId: inviteId(invite), action: 'REVOKED', version: 2 },
        invite,
        null,
        change,
      ),
    ]);
  }

  async claimInvite(
    invite: Invite,
    membership: Membership,
    organisation: MembershipOrganisationFacts,
    change: ChangeContext,
  ): Promise<void> {
    const { tableName } = this.table;
    await this.table.transact([
      {
        write: {
          Delete: {
            TableName: tableName,
            Key: inviteKey(invite.organisationId, invite.email),
            ConditionExpression: 'attribute_exists(pk) AND createdAt = :createdAt',
            ExpressionAttributeValues: { ':createdAt': invite.createdAt },
          },
        },
        onConditionFailed: () =>
          new ConflictError('The invitation was withdrawn or replaced; ask for a new one'),
      },
      auditWrite(
        tableName,
        { recordType: 'INVITE', recordId: inviteId(invite), action: 'CLAIMED', version: 2 },
        invite,
        null,
        change,
      ),
      ...this.#memberAddedWrites(membership, organisation, 'MEMBER_ADDED', change),
    ]);
  }

  #transactGuarded(guard: MembershipGuard | null, writes: GuardedWrite[]): Promise<void> {
    return this.table.transact(withMembershipGuard(this.table.tableName, writes, guard));
  }

  #organisationItem(organisation: Organisation): Item {
    return {
      ...organisationKey(organisation.id),
      entity: 'Organisation',
      ...organisationNameIndexKeys(organisation.id, organisation.name),
      ...organisation,
    };
  }

  #putArea(organisation: Organisation, area: string, slot: number): GuardedWrite {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: {
            // A copy of the organisation, so a list by area is one Query. Its contact details are shown
            // only after the same check as on the record itself (Organisation.contact).
            ...organisation,
            ...organisationAreaSlotKey(organisation.id, slot),
            entity: 'OrganisationArea',
            councilCode: area,
            gsi1pk: councilOrganisationsPartition(area),
            gsi1sk: `${toNameKey(organisation.name) || '_'}#${organisation.id}`,
            organisationId: organisation.id,
          },
        },
      },
    };
  }

  /** The member's entry on their access item (and, for a council's officers, their role by area). */
  #putAccess(membership: Membership, organisation: MembershipOrganisationFacts): GuardedWrite {
    const entry = accessEntry(membership, organisation);
    const officer = entry.councilCode ? { '#officer': accessOfficerAttribute(entry.councilCode) } : null;
    return {
      write: {
        Update: {
          TableName: this.table.tableName,
          Key: userAccessKey(membership.userId),
          UpdateExpression: `SET #entity = :entity, #membership = :entry${officer ? ', #officer = :role' : ''} ADD #accessVersion :accessStep`,
          ExpressionAttributeNames: {
            '#entity': 'entity',
            '#membership': accessMembershipAttribute(organisation.id),
            '#accessVersion': ACCESS_VERSION_ATTRIBUTE,
            ...officer,
          },
          ExpressionAttributeValues: {
            ':entity': 'UserAccess',
            ':entry': entry,
            ':accessStep': 1,
            ...(officer ? { ':role': membership.role } : {}),
          },
        },
      },
    };
  }

  #removeAccess(membership: Membership, organisation: MembershipOrganisationFacts): GuardedWrite {
    const officer =
      organisation.kind === 'COUNCIL' && organisation.gssCode
        ? { '#officer': accessOfficerAttribute(organisation.gssCode) }
        : null;
    return {
      write: {
        Update: {
          TableName: this.table.tableName,
          Key: userAccessKey(membership.userId),
          UpdateExpression: `REMOVE #membership${officer ? ', #officer' : ''} ADD #accessVersion :accessStep`,
          ExpressionAttributeNames: {
            '#membership': accessMembershipAttribute(membership.organisationId),
            '#accessVersion': ACCESS_VERSION_ATTRIBUTE,
            ...officer,
          },
          ExpressionAttributeValues: { ':accessStep': 1 },
        },
      },
    };
  }

  /**
   * The organisation's facts a membership copies onto the member's access item (its verification) are still
   * the ones read: a verification changing meanwhile cancels the write rather than leave a stale copy.
   */
  #organisationFactsUnchanged(organisation: MembershipOrganisationFacts): GuardedWrite {
    return {
      write: {
        ConditionCheck: {
          TableName: this.table.tableName,
          Key: organisationKey(organisation.id),
          ConditionExpression: 'verified = :verified',
          ExpressionAttributeValues: { ':verified': organisation.verified },
        },
      },
      onConditionFailed: () =>
        new ConflictError('The organisation was changed at the same moment; try again'),
    };
  }

  #membershipItem(membership: Membership): Item {
    return {
      ...membershipKey(membership.organisationId, membership.userId),
      entity: 'Membership',
      gsi1pk: userMembershipsPartition(membership.userId),
      gsi1sk: organisationSortKey(membership.organisationId),
      ...membership,
    };
  }

  #inviteItem(invite: Invite): Item {
    return {
      ...inviteKey(invite.organisationId, invite.email),
      entity: 'Invite',
      gsi1pk: inviteeInvitesPartition(invite.email),
      gsi1sk: organisationSortKey(invite.organisationId),
      // DynamoDB deletes expired invitations by itself (within a day or two; reads filter by expiresAt too).
      expiresAtEpoch: Math.floor(Date.parse(invite.expiresAt) / 1000),
      ...invite,
    };
  }

  #memberAddedWrites(
    membership: Membership,
    organisation: MembershipOrganisationFacts,
    action: string,
    change: ChangeContext,
    checkOrganisation = true,
  ): GuardedWrite[] {
    const { tableName } = this.table;
    const writes: GuardedWrite[] = [
      {
        write: { Put: { TableName: tableName, Item: this.#membershipItem(membership), ...IS_NEW } },
        onConditionFailed: () =>
          new ConflictError(`${membership.userId} is already a member of this organisation`, {
            userId: membership.userId,
          }),
      },
      auditWrite(
        tableName,
        { recordType: 'MEMBERSHIP', recordId: membershipId(membership), action, version: membership.version },
        null,
        membership,
        change,
      ),
    ];
    writes.push(
      this.#membershipCountersChange(membership.organisationId, membership.role === 'ADMIN' ? 1 : 0),
      this.#putAccess(membership, organisation),
      ...(checkOrganisation ? [this.#organisationFactsUnchanged(organisation)] : []),
    );
    return writes;
  }

  /**
   * Counts every membership change (so a verification can tell its list of members is still complete) and
   * adjusts the admin count; taking an admin away is refused when it would leave none.
   */
  #membershipCountersChange(organisationId: string, adminDelta: -1 | 0 | 1): GuardedWrite {
    return {
      write: {
        Update: {
          TableName: this.table.tableName,
          Key: adminCounterKey(organisationId),
          UpdateExpression: 'ADD membershipChanges :one, adminCount :delta',
          ExpressionAttributeValues: { ':delta': adminDelta, ':one': 1 },
          ...(adminDelta < 0 ? { ConditionExpression: 'adminCount > :one' } : {}),
        },
      },
      onConditionFailed: () =>
        new ConflictError('An organisation must keep at least one admin: make someone else admin first'),
    };
  }
}

/** The audit record id of a membership: organisation and user. */
export const membershipId = (m: Pick<Membership, 'organisationId' | 'userId'>): string =>
  `${m.organisationId}/${m.userId}`;
const inviteId = inviteRecordId;

/** DynamoDB's limit on items in one TransactWriteItems. */
const MAX_TRANSACTION_ITEMS = 100;

/**
 * Counts the changes to a user's access item: every membership change adds one in its transaction, so a
 * rebuild of the item (access-backfill.ts) can write only if nothing changed since it read the memberships.
 */
export const ACCESS_VERSION_ATTRIBUTE = 'accessVersion';

/** One membership as the user's access item holds it (attribute `accessMembershipAttribute(orgId)`). */
export function accessEntry(membership: Membership, organisation: MembershipOrganisationFacts): AccessEntry {
  return {
    role: membership.role,
    organisationKind: organisation.kind,
    councilCode: organisation.kind === 'COUNCIL' ? organisation.gssCode : null,
    organisationVerified: organisation.verified,
  };
}

/** One membership as the user's access item holds it. */
export interface AccessEntry {
  readonly role: MemberRole;
  readonly organisationKind: Organisation['kind'];
  readonly councilCode: string | null;
  readonly organisationVerified: boolean;
}

function parseAccessEntry(organisationId: string, value: unknown): ActorMembership[] {
  if (typeof value !== 'object' || value === null) return [];
  const entry = value as Partial<AccessEntry>;
  if (!entry.role || !MEMBER_ROLES.includes(entry.role) || !entry.organisationKind) return [];
  return [
    {
      organisationId,
      role: entry.role,
      organisationKind: entry.organisationKind,
      councilCode: entry.councilCode ?? null,
      organisationVerified: entry.organisationVerified === true,
    },
  ];
}

/** The organisation copied onto an area entry. */
function areaCopyToOrganisation(item: Item): Organisation {
  const { organisationId: _organisationId, ...record } = toRecord<Organisation & { organisationId: string }>(
    item,
  );
  return record;
}

/** An organisation's members and its count of membership changes, as one verification reads them. */
type MembersSnapshot = Pick<OrganisationForVerification, 'members' | 'membershipChanges'>;

function toMembersSnapshot(items: readonly Item[]): MembersSnapshot {
  const counter = items.find((item) => item['sk'] === 'ADMINS');
  const changes = counter?.['membershipChanges'];
  return {
    members: items
      .filter((item) => String(item['sk']).startsWith(MEMBER_PREFIX))
      .map((item) => toRecord<Membership>(item)),
    membershipChanges: typeof changes === 'number' ? changes : null,
  };
}
