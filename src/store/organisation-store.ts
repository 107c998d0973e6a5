import { ConflictError, NotFoundError } from '../domain/errors';
import type { ChangeContext, OrganisationStore, Page, PageRequest } from '../domain/ports';
import type { Invite, MemberRole, Membership, Organisation } from '../domain/records';
import {
  adminCounterKey,
  councilClaimKey,
  councilOrganisationsPartition,
  INVITE_PREFIX,
  inviteeInvitesPartition,
  inviteKey,
  MEMBER_PREFIX,
  membershipKey,
  organisationAreaKey,
  organisationKey,
  organisationNameIndexKeys,
  organisationNamePartition,
  organisationSortKey,
  toNameKey,
  userMembershipsPartition,
} from './keys';
import {
  auditWrite,
  hasVersion,
  idempotencyWrites,
  IS_NEW,
  staleVersion,
  toRecord,
  versionedReplace,
} from './items';
import type { GuardedWrite, Item, Table } from './table';

/** Organisations, their council areas, members and invitations. */
export class DynamoOrganisationStore implements OrganisationStore {
  constructor(private readonly table: Table) {}

  async getOrganisation(id: string): Promise<Organisation | null> {
    const item = await this.table.get(organisationKey(id));
    return item ? toRecord<Organisation>(item) : null;
  }

  async getOrganisations(ids: readonly string[]): Promise<ReadonlyMap<string, Organisation>> {
    const unique = [...new Set(ids)];
    const items = unique.length ? await this.table.batchGet(unique.map(organisationKey)) : [];
    return new Map(items.map((item) => toRecord<Organisation>(item)).map((org) => [org.id, org]));
  }

  async listOrganisationsByCouncilArea(councilCode: string, page: PageRequest): Promise<Page<Organisation>> {
    const ids = await this.table.queryPage(
      {
        indexName: 'gsi1',
        partition: councilOrganisationsPartition(councilCode),
        cursorQuery: `organisationsByCouncilArea|${councilCode}`,
      },
      page,
      (item) => String(item['organisationId']),
    );
    // One BatchGetItem for the page instead of one GetItem per organisation.
    const organisations = await this.getOrganisations(ids.edges.map((edge) => edge.node));
    return {
      pageInfo: ids.pageInfo,
      edges: ids.edges.flatMap((edge) => {
        const node = organisations.get(edge.node);
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
      ...organisation.councilAreas.map((area) => this.#putArea(organisation, area)),
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
      writes.push(...this.#memberAddedWrites(membership, 'MEMBER_ADDED', change));
    }
    // The key's claim goes first: on a retry its replay signal must win over the create's own conflicts.
    await this.table.transact([...idempotencyWrites(tableName, change), ...writes]);
  }

  async updateOrganisation(
    before: Organisation,
    after: Organisation,
    action: string,
    change: ChangeContext,
  ): Promise<void> {
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
    // Area entries sort by name, so a rename rewrites them all; a removed area's entry is deleted.
    if (before.name !== after.name || before.councilAreas.join() !== after.councilAreas.join()) {
      for (const area of before.councilAreas.filter((a) => !after.councilAreas.includes(a))) {
        writes.push({
          write: { Delete: { TableName: tableName, Key: organisationAreaKey(after.id, area) } },
        });
      }
      writes.push(...after.councilAreas.map((area) => this.#putArea(after, area)));
    }
    await this.table.transact(writes);
  }

  async getMembership(organisationId: string, userId: string): Promise<Membership | null> {
    const item = await this.table.get(membershipKey(organisationId, userId));
    return item ? toRecord<Membership>(item) : null;
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

  async addMember(membership: Membership, change: ChangeContext): Promise<void> {
    await this.table.transact([
      ...idempotencyWrites(this.table.tableName, change),
      ...this.#memberAddedWrites(membership, 'MEMBER_ADDED', change),
    ]);
  }

  async changeMemberRole(before: Membership, role: MemberRole, change: ChangeContext): Promise<Membership> {
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
    if (before.role === 'ADMIN' && role !== 'ADMIN')
      writes.push(this.#adminCountChange(before.organisationId, -1));
    if (before.role !== 'ADMIN' && role === 'ADMIN')
      writes.push(this.#adminCountChange(before.organisationId, 1));
    await this.table.transact(writes);
    return after;
  }

  async removeMember(before: Membership, change: ChangeContext): Promise<void> {
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
    if (before.role === 'ADMIN') writes.push(this.#adminCountChange(before.organisationId, -1));
    await this.table.transact(writes);
  }

  async putInvite(invite: Invite, change: ChangeContext): Promise<void> {
    const { tableName } = this.table;
    const previous = await this.getInvite(invite.organisationId, invite.email);
    await this.table.transact([
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

  async revokeInvite(invite: Invite, change: ChangeContext): Promise<void> {
    const { tableName } = this.table;
    await this.table.transact([
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

  async claimInvite(invite: Invite, membership: Membership, change: ChangeContext): Promise<void> {
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
      ...this.#memberAddedWrites(membership, 'MEMBER_ADDED', change),
    ]);
  }

  #organisationItem(organisation: Organisation): Item {
    return {
      ...organisationKey(organisation.id),
      entity: 'Organisation',
      ...organisationNameIndexKeys(organisation.id, organisation.name),
      ...organisation,
    };
  }

  #putArea(organisation: Organisation, area: string): GuardedWrite {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: {
            ...organisationAreaKey(organisation.id, area),
            entity: 'OrganisationArea',
            gsi1pk: councilOrganisationsPartition(area),
            gsi1sk: `${toNameKey(organisation.name) || '_'}#${organisation.id}`,
            organisationId: organisation.id,
          },
        },
      },
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

  #memberAddedWrites(membership: Membership, action: string, change: ChangeContext): GuardedWrite[] {
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
    if (membership.role === 'ADMIN') writes.push(this.#adminCountChange(membership.organisationId, 1));
    return writes;
  }

  /** Adjusts the admin count; taking one away is refused when it would leave none. */
  #adminCountChange(organisationId: string, delta: 1 | -1): GuardedWrite {
    return {
      write: {
        Update: {
          TableName: this.table.tableName,
          Key: adminCounterKey(organisationId),
          UpdateExpression: 'ADD adminCount :delta',
          ExpressionAttributeValues: { ':delta': delta, ...(delta < 0 ? { ':one': 1 } : {}) },
          ...(delta < 0 ? { ConditionExpression: 'adminCount > :one' } : {}),
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
const inviteId = (i: Pick<Invite, 'organisationId' | 'email'>): string => `${i.organisationId}/${i.email}`;
