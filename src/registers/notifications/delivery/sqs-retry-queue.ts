/**
 * The cloud's webhook retry queue: a job is an SQS message delayed until it is due. SQS delays a message by
 * at most 900 seconds, so a job due later is sent with the longest delay and its due time in the body; the
 * consumer (the retry Lambda) hands a due job to the notifier and sends one not yet due back with the rest
 * of its wait (`handleRetryMessage`).
 */
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { WebhookRetryJob, WebhookRetryQueue } from '../domain/notifications-port';

/** SQS's longest DelaySeconds. */
export const MAX_SQS_DELAY_SECONDS = 900;

interface RetryMessageBody extends WebhookRetryJob {
  readonly notBefore: string;
}

/** The delay to send a job due at `notBefore` with, from `now`: 0 to 900 seconds. */
export function sqsDelaySeconds(notBefore: Date, now: Date): number {
  const seconds = Math.ceil((notBefore.getTime() - now.getTime()) / 1000);
  return Math.min(Math.max(seconds, 0), MAX_SQS_DELAY_SECONDS);
}

export class SqsRetryQueue implements WebhookRetryQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async schedule(job: WebhookRetryJob, notBefore: Date): Promise<void> {
    const body: RetryMessageBody = { ...job, notBefore: notBefore.toISOString() };
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(body),
        DelaySeconds: sqsDelaySeconds(notBefore, this.now()),
      }),
    );
  }

  /**
   * One SQS message of the queue: a due job is retried with `retry`; one not yet due is sent again with the
   * rest of its wait. Throws when the body is not a job (the message then goes to the dead-letter queue).
   */
  async handleRetryMessage(body: string, retry: (job: WebhookRetryJob) => Promise<void>): Promise<void> {
    const parsed = JSON.parse(body) as Partial<RetryMessageBody>;
    const { messageId, endpointId, attempt, notBefore } = parsed;
    if (typeof messageId !== 'string' || typeof endpointId !== 'string' || typeof attempt !== 'number') {
      throw new Error('not a webhook retry job');
    }
    const due = new Date(notBefore ?? 0);
    const job = { messageId, endpointId, attempt };
    if (due.getTime() > this.now().getTime()) return this.schedule(job, due);
    return retry(job);
  }
}
