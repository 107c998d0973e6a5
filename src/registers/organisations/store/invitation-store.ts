import { ConflictError, NotFoundError } from '../../../kernel/domain/errors';
import { londonDate } from '../../../kernel/domain/clock';
import type { ChangeContext, MembershipGuard } from '../../../kernel/domain/ports';
import type { Invite, Membership } from '../../../kernel/domain/records';
import { auditWrite, idempotencyWrites, toRecord } from '../../../kernel/store/items';
import type { GuardedWrite, Item, Table } from '../../../kernel/store/table';
import type { InvitationStore } from '../domain/invitation-port';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import { notificationWrite } from '../../../kernel/store/outbox-items';
import type { MembershipOrganisationFacts } from '../domain/organisation-port';
import { inviteRecordId } from '../domain/invites';
import { listRecords, transactGuarded, memberAddedWrites } from './membership-items';
import {
  inviteeInvitesPartition,
  inviteKey,
  invitesExpiringOn,
  invitesExpiringPartition,
  invitesExpiringSortKey,
  invitesForEmail,
  invitesOfOrganisation,
  organisationSortKey,
} from './organisation-keys';

/** Invitations to join an organisation: sent, revoked, or claimed (which makes the membership). */
export class DynamoInvitationStore implements InvitationStore {
  constructor(private readonly table: Table) {}

  /** The invitations that lapse on `day` (a Europe/London date), every organisation's: one Query. */
  async listInvitesExpiringOn(day: string): Promise<Invite[]> {
    const items = await this.table.queryAll(invitesExpiringOn(day));
    return items.map((item) => toRecord<Invite>(item));
  }

  async putInvite(
    invite: Invite,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
    replaced?: Invite | null,
    notice: OutboxMessage | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const previous =
      replaced === undefined ? await this.getInvite(invite.organisationId, invite.email) : replaced;
    await transactGuarded(this.table, guard, [
      ...idempotencyWrites(tableName, change),
      { write: { Put: { TableName: tableName, Item: inviteItem(invite) } } },
      auditWrite(
        tableName,
        { recordType: 'INVITE', recordId: inviteRecordId(invite), action: 'INVITED', version: 1 },
        previous,
        invite,
        change,
      ),
      ...(notice ? [notificationWrite(tableName, notice)] : []),
    ]);
  }

  async getInvite(organisationId: string, email: string): Promise<Invite | null> {
    const item = await this.table.get(inviteKey(organisationId, email));
    return item ? toRecord<Invite>(item) : null;
  }

  listInvitesOfOrganisation(organisationId: string): Promise<Invite[]> {
    return listRecords<Invite>(this.table, invitesOfOrganisation(organisationId));
  }

  listInvitesForEmail(email: string): Promise<Invite[]> {
    return listRecords<Invite>(this.table, invitesForEmail(email));
  }

  async revokeInvite(
    invite: Invite,
    change: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    await transactGuarded(this.table, guard, [
      {
        write: {
          Delete: {
            TableName: this.table.tableName,
            Key: inviteKey(invite.organisationId, invite.email),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        onConditionFailed: () => new NotFoundError('Invitation for', invite.email),
      },
      this.#removedAudit(invite, 'REVOKED', change),
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
      this.#removedAudit(invite, 'CLAIMED', change),
      ...memberAddedWrites(tableName, membership, organisation, change),
    ]);
  }

  /** The audit event of an invitation's end (revoked or claimed): its second and last version. */
  #removedAudit(invite: Invite, action: 'REVOKED' | 'CLAIMED', change: ChangeContext): GuardedWrite {
    return auditWrite(
      this.table.tableName,
      { recordType: 'INVITE', recordId: inviteRecordId(invite), action, version: 2 },
      invite,
      null,
      change,
    );
  }
}

function inviteItem(invite: Invite): Item {
  return {
    ...inviteKey(invite.organisationId, invite.email),
    entity: 'Invite',
    gsi1pk: inviteeInvitesPartition(invite.email),
    gsi1sk: organisationSortKey(invite.organisationId),
    gsi2pk: invitesExpiringPartition(londonDate(new Date(invite.expiresAt))),
    gsi2sk: invitesExpiringSortKey(invite.organisationId, invite.email),
    // DynamoDB deletes expired invitations by itself (within a day or two; reads filter by expiresAt too).
    expiresAtEpoch: Math.floor(Date.parse(invite.expiresAt) / 1000),
    ...invite,
  };
}
