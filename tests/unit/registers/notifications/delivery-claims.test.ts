import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  claimed,
  claimRefusal,
  newDelivery,
  settled,
} from '../../../../src/registers/notifications/domain/delivery';
import type { Delivery } from '../../../../src/registers/notifications/domain/delivery';
import { outboxMessage } from '../../../support/notifier-harness';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');
const at = new Date('2026-11-23T09:00:00.000Z');

function webhookDelivery(): Delivery {
  return newDelivery(
    outboxMessage(),
    {
      channel: 'WEBHOOK',
      ref: 'endpoint-1',
      address: 'https://hooks.example.org/',
      recipientName: 'CRM',
      recipientRole: 'webhook endpoint',
      organisationId: 'org-1',
      endpointId: 'endpoint-1',
      userId: null,
    },
    'QUEUED',
    at.toISOString(),
    digest,
  );
}

describe('claiming a webhook delivery', () => {
  const failedOnce = settled(
    claimed(webhookDelivery(), at, 60),
    {
      state: 'RETRYING',
      error: 'HTTP 500',
      nextAttemptAt: new Date(at.getTime() + 5_000).toISOString(),
    },
    at,
  );

  it('lets a new delivery be claimed for its first attempt', () => {
    expect(claimRefusal(webhookDelivery(), at)).toBeNull();
  });

  it('leaves a delivery waiting for its retry to the retry job: a replayed stream record does not attempt it', () => {
    expect(failedOnce.state).toBe('RETRYING');
    expect(claimRefusal(failedOnce, at)).toBe('NOT_DUE');
  });

  it('lets the retry job for the next attempt claim it, and no other', () => {
    expect(claimRefusal(failedOnce, at, 2)).toBeNull();
    expect(claimRefusal(failedOnce, at, 3)).toBe('NOT_DUE');
  });
});
