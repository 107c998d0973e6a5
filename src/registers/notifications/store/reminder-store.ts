/**
 * Reminders into the outbox: each a `Notification` item whose id names the deadline and threshold, put with
 * the kernel's notificationWrite (conditional on the id being new). That Put is the reminder's claim: a second
 * run of the daily job, or two running at once, writes it once; the stream then carries it to the notifier.
 */
import { ConflictError } from '../../../kernel/domain/errors';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import { notificationWrite } from '../../../kernel/store/outbox-items';
import type { Table } from '../../../kernel/store/table';
import type { ReminderStore } from '../domain/preferences-port';

class ReminderExistsError extends ConflictError {
  constructor() {
    super('the reminder was already written');
  }
}

export class DynamoReminderStore implements ReminderStore {
  constructor(private readonly table: Table) {}

  async claimReminder(message: OutboxMessage): Promise<boolean> {
    try {
      await this.table.transact([
        notificationWrite(this.table.tableName, message, () => new ReminderExistsError()),
      ]);
      return true;
    } catch (error) {
      if (error instanceof ReminderExistsError) return false;
      throw error;
    }
  }
}
