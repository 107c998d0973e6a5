/**
 * The local webhook retry queue: a job is an item due at a time, in one partition (`WEBHOOKRETRY`) sorted by
 * due time (`<dueAt>#<messageId>#<endpointId>#<attempt>`), so what is due is one Query of the partition's
 * start up to now, whatever the poller missed while it was stopped. One partition is fine for the local
 * server and the tests (a few jobs a second at most); the cloud uses SQS (delivery/sqs-retry-queue.ts), whose
 * delays cost no reads while they wait. A partition per minute would spread writes, but the poller would have
 * to visit every minute since it last ran.
 */
import { toRecord } from '../../../kernel/store/items';
import type { Table } from '../../../kernel/store/table';
import type { WebhookRetryJob, WebhookRetryQueue } from '../domain/notifications-port';

const RETRY_PARTITION = 'WEBHOOKRETRY';
/** How many due jobs one run takes (the rest wait for the next second). */
const JOBS_PER_RUN = 25;
/** A job whose handling threw is tried again this much later (not every second). */
const FAILED_JOB_DELAY_MS = 30_000;

interface RetryItem extends WebhookRetryJob {
  readonly dueAt: string;
}

const retrySortKey = (job: WebhookRetryJob, dueAt: string): string =>
  `${dueAt}#${job.messageId}#${job.endpointId}#${job.attempt}`;

export class DynamoRetryQueue implements WebhookRetryQueue {
  constructor(private readonly table: Table) {}

  async schedule(job: WebhookRetryJob, notBefore: Date): Promise<void> {
    await this.table.transact([this.#put(job, notBefore.toISOString())]);
  }

  /**
   * Hands every job due by `now` to `handle`, oldest first, removing each once handled; a job whose handling
   * threw stays, due again a little later. Answers how many were handled. Two pollers may both handle a job:
   * the notifier's claim makes the second a no-op.
   */
  async runDue(now: Date, handle: (job: WebhookRetryJob) => Promise<void>): Promise<number> {
    const { items } = await this.table.queryOnce(
      {
        indexName: null,
        partition: RETRY_PARTITION,
        sortRange: { to: `${now.toISOString()}#\uffff` },
        consistent: true,
      },
      JOBS_PER_RUN,
    );
    let handled = 0;
    for (const item of items) {
      const { messageId, endpointId, attempt, dueAt } = toRecord<RetryItem>(item);
      const job = { messageId, endpointId, attempt };
      try {
        await handle(job);
        handled++;
        await this.table.transact([this.#delete(job, dueAt)]);
      } catch {
        const later = new Date(now.getTime() + FAILED_JOB_DELAY_MS).toISOString();
        await this.table.transact([this.#delete(job, dueAt), this.#put(job, later)]);
      }
    }
    return handled;
  }

  #put(job: WebhookRetryJob, dueAt: string) {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: {
            pk: RETRY_PARTITION,
            sk: retrySortKey(job, dueAt),
            entity: 'WebhookRetry',
            messageId: job.messageId,
            endpointId: job.endpointId,
            attempt: job.attempt,
            dueAt,
          },
        },
      },
    };
  }

  #delete(job: WebhookRetryJob, dueAt: string) {
    return {
      write: {
        Delete: {
          TableName: this.table.tableName,
          Key: { pk: RETRY_PARTITION, sk: retrySortKey(job, dueAt) },
        },
      },
    };
  }
}
