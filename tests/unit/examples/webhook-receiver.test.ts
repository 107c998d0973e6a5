import { describe, expect, it } from 'vitest';
import { createWebhookReceiver } from '../../../examples/partner-client/src/webhook-receiver';
import type { RegisterEvent } from '../../../examples/partner-client/src/webhook-receiver';
import {
  createWebhookSecret,
  webhookHeaders,
} from '../../../src/registers/notifications/delivery/webhook-signature';

/** The partner guide's receiver, fed deliveries signed by the register's own signer. */
function receiver(secrets: string[]) {
  const seen = new Set<string>();
  const handled: { event: RegisterEvent; id: string }[] = [];
  const handle = createWebhookReceiver({
    secrets,
    firstSighting: async (id) => {
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    },
    handle: async (event, id) => {
      handled.push({ event, id });
    },
  });
  return { handle, handled };
}

const EVENT = { type: 'acv.entry.listed', timestamp: '2026-12-02T10:00:00.000Z', data: { entryId: 'e1' } };
const now = () => Math.floor(Date.now() / 1000);

function delivery(secrets: string[], id: string, body: string, timestamp = now()): Request {
  return new Request('https://partner.example/hooks', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...webhookHeaders(secrets, id, timestamp, body) },
    body,
  });
}

describe("the partner guide's webhook receiver", () => {
  it('acts once on a delivery the register signed, and answers a repeat of the same id with 204', async () => {
    const secret = createWebhookSecret();
    const { handle, handled } = receiver([secret]);
    const body = JSON.stringify(EVENT);

    const first = await handle(delivery([secret], 'msg_1', body));
    const again = await handle(delivery([secret], 'msg_1', body));

    expect([first.status, again.status]).toEqual([204, 204]);
    expect(handled).toEqual([{ event: EVENT, id: 'msg_1' }]);
  });

  it('refuses a changed body, another secret and a delivery signed over five minutes ago', async () => {
    const secret = createWebhookSecret();
    const { handle, handled } = receiver([secret]);
    const body = JSON.stringify(EVENT);
    const tampered = delivery([secret], 'msg_2', body);
    const changed = new Request(tampered.url, {
      method: 'POST',
      headers: tampered.headers,
      body: body.replace('e1', 'e2'),
    });

    const answers = await Promise.all([
      handle(changed),
      handle(delivery([createWebhookSecret()], 'msg_3', body)),
      handle(delivery([secret], 'msg_4', body, now() - 301)),
    ]);

    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(handled).toEqual([]);
  });

  it('accepts a delivery signed with old and new secrets while the partner still knows only the old one', async () => {
    const old = createWebhookSecret();
    const rotated = createWebhookSecret();
    const { handle, handled } = receiver([old]);

    const answer = await handle(delivery([rotated, old], 'msg_5', JSON.stringify(EVENT)));

    expect(answer.status).toBe(204);
    expect(handled.map((h) => h.id)).toEqual(['msg_5']);
  });
});
