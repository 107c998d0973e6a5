/**
 * The outbox's `Notification` items (src/kernel/domain/outbox.ts): one per message, written by a register's
 * step inside its own transaction with `notificationWrite`, so the message exists exactly when the step
 * committed. The item's id is the message's id, and the Put is conditional on it being new: a step that
 * names its message deterministically (a reminder: `reminder#<what>#<due date>`) writes it at most once,
 * which is how a reminder is claimed. The table's stream carries the new item to the notifier.
 */
import type { OutboxMessage } from '../domain/outbox';
import type { GuardedWrite } from './table';
import type { ItemKey } from './keys';
import { toRecord } from './items';

export const NOTIFICATION_ENTITY = 'Notification';

export const notificationKey = (messageId: string): ItemKey => ({
  pk: `NOTIFICATION#${messageId}`,
  sk: 'NOTIFICATION',
});

/** The Put of a message into the outbox, for the step's transaction; `onDuplicate` when its id exists. */
export function notificationWrite(
  tableName: string,
  message: OutboxMessage,
  onDuplicate?: GuardedWrite['onConditionFailed'],
): GuardedWrite {
  return {
    write: {
      Put: {
        TableName: tableName,
        Item: { ...notificationKey(message.id), entity: NOTIFICATION_ENTITY, ...message },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...(onDuplicate ? { onConditionFailed: onDuplicate } : {}),
  };
}

/** The message a `Notification` item holds (its keys and bookkeeping left out). */
export function notificationFromItem(item: Record<string, unknown>): OutboxMessage {
  return toRecord<OutboxMessage>(item);
}
