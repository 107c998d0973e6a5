/**
 * Deliveries (issue 19): one item per delivery under its message's partition (`DELIVERY#<messageId>`, sort
 * key the delivery's key: `EMAIL#<digest>`, `POST#<digest>`, `PUBLIC#<digest>`, `WEBHOOK#<endpointId>`), so
 * a notice's deliveries are one Query. Webhook deliveries also sit on gsi2 under their endpoint
 * (`WEBHOOK#<endpointId>#DELIVERY`, sorted by creation), the endpoint's delivery log.
 *
 * Every write is a Put conditional on the version the writer read (or on the item being new): the claim
 * that lets one sender, and only one, make an attempt.
 */
import type { Page, PageRequest } from '../../../kernel/domain/ports';
import { INDEX } from '../../../kernel/store/access-pattern';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import { hasVersion, IS_NEW, toRecord } from '../../../kernel/store/items';
import type { ItemKey } from '../../../kernel/store/keys';
import type { Item, Table } from '../../../kernel/store/table';
import { ConflictError } from '../../../kernel/domain/errors';
import type { Delivery } from '../domain/delivery';
import type { DeliveryStore } from '../domain/notifications-port';

export const DELIVERY_ENTITY = 'Delivery';

export const deliveryPartition = (messageId: string): string => `DELIVERY#${messageId}`;
export const deliveryItemKey = (messageId: string, key: string): ItemKey => ({
  pk: deliveryPartition(messageId),
  sk: key,
});

/** An endpoint's delivery log, on gsi2 (newest first when read). */
export const deliveriesOfEndpoint = (endpointId: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: `WEBHOOK#${endpointId}#DELIVERY`,
});

export function deliveryItem(delivery: Delivery): Item {
  return {
    ...deliveryItemKey(delivery.messageId, delivery.key),
    entity: DELIVERY_ENTITY,
    ...(delivery.endpointId
      ? {
          gsi2pk: deliveriesOfEndpoint(delivery.endpointId).partition,
          gsi2sk: `${delivery.createdAt}#${delivery.messageId}`,
        }
      : {}),
    ...delivery,
  };
}

/** The marker a lost claim's condition failure is raised as, caught here and answered as false. */
class ClaimLostError extends ConflictError {}

export class DynamoDeliveryStore implements DeliveryStore {
  constructor(private readonly table: Table) {}

  async getDelivery(messageId: string, key: string): Promise<Delivery | null> {
    const item = await this.table.get(deliveryItemKey(messageId, key));
    return item ? toRecord<Delivery>(item) : null;
  }

  async putIfUnchanged(next: Delivery, expected: Delivery | null): Promise<boolean> {
    try {
      await this.table.transact([
        {
          write: {
            Put: {
              TableName: this.table.tableName,
              Item: deliveryItem(next),
              ...(expected ? hasVersion(expected.version) : IS_NEW),
            },
          },
          onConditionFailed: () => new ClaimLostError('The delivery was claimed by another sender'),
        },
      ]);
      return true;
    } catch (error) {
      if (error instanceof ClaimLostError) return false;
      throw error;
    }
  }

  async listDeliveriesOfMessage(messageId: string): Promise<Delivery[]> {
    const items = await this.table.queryAll({ indexName: null, partition: deliveryPartition(messageId) });
    return items.map((item) => toRecord<Delivery>(item));
  }

  async listDeliveriesOfMessages(messageIds: readonly string[]): Promise<Map<string, Delivery[]>> {
    const unique = [...new Set(messageIds)];
    const lists = await Promise.all(unique.map((id) => this.listDeliveriesOfMessage(id)));
    return new Map(unique.map((id, index) => [id, lists[index] ?? []]));
  }

  listDeliveriesOfEndpoint(endpointId: string, page: PageRequest): Promise<Page<Delivery>> {
    return this.table.queryPage(
      {
        ...deliveriesOfEndpoint(endpointId),
        newestFirst: true,
        cursorQuery: `webhookEndpointDeliveries|${endpointId}`,
      },
      page,
      (item) => toRecord<Delivery>(item),
    );
  }
}
