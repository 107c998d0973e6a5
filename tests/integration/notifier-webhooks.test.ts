import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCharity } from '../support/fixtures';
import { createNotifierHarness, outboxMessage, startReceiver, waitFor } from '../support/notifier-harness';
import type { NotifierHarness } from '../support/notifier-harness';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterWebhookEndpointInput!) {
    registerWebhookEndpoint(input: $input) {
      endpoint {
        id
      }
      secret
    }
  }
`;
// Short waits between attempts (the real schedule is over a day): 7 retries, 8 attempts in all.
const SHORT_DELAYS = [0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1];

const admin = { userId: 'hook-owner' };

describe('the notifier, to webhooks', () => {
  let api: TestApp;
  let harness: NotifierHarness;
  const receivers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    api = await createTestApp();
    harness = await createNotifierHarness(api, { retryDelaysSeconds: SHORT_DELAYS });
  });
  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.close()));
  });

  async function organisationWithReceiver(name: string, statusFor: (n: number) => number) {
    const organisationId = (await createCharity(api, admin, name)).id;
    const receiver = await startReceiver(statusFor);
    receivers.push(receiver);
    const { registerWebhookEndpoint } = await api.ok<{
      registerWebhookEndpoint: { endpoint: { id: string }; secret: string };
    }>(REGISTER, { input: { organisationId, url: receiver.url, eventTypes: ['ACV_ENTRY_LISTED'] } }, admin);
    return { organisationId, receiver, ...registerWebhookEndpoint };
  }

  async function runRetriesUntil(done: () => boolean) {
    await waitFor(async () => {
      await harness.notifier.runDueRetries(new Date());
      return done();
    });
  }

  it('gets the event to a receiver that answers 500 five times on the sixth attempt, signed each time', async () => {
    const { organisationId, receiver, secret } = await organisationWithReceiver('Flaky Hooks', (n) =>
      n <= 5 ? 500 : 200,
    );
    const message = outboxMessage({ webhookOrganisationIds: [organisationId] });

    const report = await harness.notifier.deliver(message);
    expect(report.deliveries.map((d) => [d.channel, d.state])).toEqual([['WEBHOOK', 'RETRYING']]);
    await runRetriesUntil(() => receiver.received.length >= 6);
    await waitFor(async () => (await harness.notifier.deliver(message)).deliveries[0]?.state === 'SENT');

    expect(receiver.received).toHaveLength(6);
    const verifier = new Webhook(secret);
    const ids = receiver.received.map((hook) => {
      const payload = verifier.verify(hook.body, {
        'webhook-id': String(hook.headers['webhook-id']),
        'webhook-timestamp': String(hook.headers['webhook-timestamp']),
        'webhook-signature': String(hook.headers['webhook-signature']),
      });
      expect(payload).toEqual({ type: 'acv.entry.listed', timestamp: message.createdAt, data: message.data });
      return hook.headers['webhook-id'];
    });
    expect(new Set(ids)).toEqual(new Set([report.deliveries[0]?.id]));
    // Delivered again (a replayed batch): nothing more is sent.
    await harness.notifier.deliver(message);
    expect(receiver.received).toHaveLength(6);
  });
});
