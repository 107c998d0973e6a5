/**
 * Webhook endpoints: one item each (`WEBHOOK#<id>`), listed by organisation on gsi2 (oldest first). The item
 * holds the signing secrets, which the audit events never do (withoutSecrets).
 */
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AuditAction } from '../../../kernel/domain/records';
import { INDEX } from '../../../kernel/store/access-pattern';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import {
  auditWrite,
  idempotencyWrites,
  IS_NEW,
  toRecord,
  versionedReplace,
  withMembershipGuard,
} from '../../../kernel/store/items';
import type { ItemKey } from '../../../kernel/store/keys';
import { notificationWrite } from '../../../kernel/store/outbox-items';
import type { GuardedWrite, Item, Table } from '../../../kernel/store/table';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type { WebhookStore } from '../domain/notifications-port';
import { withoutSecrets } from '../domain/webhook-endpoint';
import type { WebhookEndpoint } from '../domain/webhook-endpoint';

export const webhookEndpointKey = (id: string): ItemKey => ({ pk: `WEBHOOK#${id}`, sk: 'WEBHOOK' });
const organisationWebhooksPartition = (organisationId: string) => `ORG#${organisationId}#WEBHOOK`;

/** An organisation's webhook endpoints, oldest first. */
export const webhooksOfOrganisation = (organisationId: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: organisationWebhooksPartition(organisationId),
});

function endpointItem(endpoint: WebhookEndpoint): Item {
  return {
    ...webhookEndpointKey(endpoint.id),
    entity: 'WebhookEndpoint',
    gsi2pk: organisationWebhooksPartition(endpoint.organisationId),
    gsi2sk: `${endpoint.createdAt}#${endpoint.id}`,
    ...endpoint,
  };
}

export class DynamoWebhookStore implements WebhookStore {
  constructor(private readonly table: Table) {}

  async getEndpoint(id: string): Promise<WebhookEndpoint | null> {
    const item = await this.table.get(webhookEndpointKey(id));
    return item ? toRecord<WebhookEndpoint>(item) : null;
  }

  listEndpointsOfOrganisation(organisationId: string, page: PageRequest): Promise<Page<WebhookEndpoint>> {
    return this.table.queryPage(
      {
        ...webhooksOfOrganisation(organisationId),
        newestFirst: false,
        cursorQuery: `webhookEndpoints|${organisationId}`,
      },
      page,
      (item) => toRecord<WebhookEndpoint>(item),
    );
  }

  async saveEndpoint(
    before: WebhookEndpoint | null,
    after: WebhookEndpoint,
    action: AuditAction,
    change: ChangeContext,
    guard: MembershipGuard | null,
  ): Promise<void> {
    const { tableName } = this.table;
    const writes: GuardedWrite[] = before
      ? versionedReplace(
          tableName,
          {
            what: 'Webhook endpoint',
            recordType: 'WEBHOOK_ENDPOINT',
            recordId: after.id,
            item: endpointItem(after),
          },
          withoutSecrets(before),
          withoutSecrets(after),
          action,
          change,
        )
      : [
          { write: { Put: { TableName: tableName, Item: endpointItem(after), ...IS_NEW } } },
          auditWrite(
            tableName,
            { recordType: 'WEBHOOK_ENDPOINT', recordId: after.id, action, version: after.version },
            null,
            withoutSecrets(after),
            change,
          ),
        ];
    await this.table.transact(
      withMembershipGuard(tableName, [...idempotencyWrites(tableName, change), ...writes], guard),
    );
  }

  async saveAfterDelivery(
    before: WebhookEndpoint,
    after: WebhookEndpoint,
    action: AuditAction,
    change: ChangeContext,
    notice: OutboxMessage | null,
  ): Promise<void> {
    const { tableName } = this.table;
    await this.table.transact([
      ...versionedReplace(
        tableName,
        {
          what: 'Webhook endpoint',
          recordType: 'WEBHOOK_ENDPOINT',
          recordId: after.id,
          item: endpointItem(after),
        },
        withoutSecrets(before),
        withoutSecrets(after),
        action,
        change,
      ),
      // Written once: a retried disabling of the same version finds the message there and changes nothing.
      ...(notice ? [notificationWrite(tableName, notice)] : []),
    ]);
  }
}
