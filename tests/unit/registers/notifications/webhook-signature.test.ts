import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  createWebhookSecret,
  hasValidSignature,
  webhookHeaders,
} from '../../../../src/registers/notifications/delivery/webhook-signature';
import {
  MAX_DELIVERY_ATTEMPTS,
  nextAttemptAt,
  RETRY_DELAYS_SECONDS,
  isDelivered,
} from '../../../../src/registers/notifications/domain/webhook-retries';

const body = JSON.stringify({ type: 'acv.entry.listed', data: { entryId: 'e-1', listedOn: '2026-12-02' } });

describe('signing deliveries as Standard Webhooks says', () => {
  it('signs so that the standardwebhooks package verifies the delivery', () => {
    const secret = createWebhookSecret();
    const now = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders([secret], 'msg_2b5c', now, body);

    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
  });

  it('signs with old and new secrets while a secret is rotated, each verifying on its own', () => {
    const [old, current] = [createWebhookSecret(), createWebhookSecret()];
    const headers = webhookHeaders([current, old], 'msg_rotate', Math.floor(Date.now() / 1000), body);

    expect(() => new Webhook(old).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(createWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('is refused for a changed body, a changed id or an old timestamp', () => {
    const secret = createWebhookSecret();
    const now = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders([secret], 'msg_1', now, body);
    const signed = { id: 'msg_1', timestamp: String(now), signature: headers['webhook-signature'] };

    expect(hasValidSignature(secret, signed, body, now)).toBe(true);
    expect(hasValidSignature(secret, signed, body.replace('e-1', 'e-2'), now)).toBe(false);
    expect(hasValidSignature(secret, { ...signed, id: 'msg_2' }, body, now)).toBe(false);
    expect(hasValidSignature(secret, signed, body, now + 301)).toBe(false);
    const stale = webhookHeaders([secret], 'msg_1', now - 3600, body);
    expect(() => new Webhook(secret).verify(body, stale)).toThrow();
  });
});

describe('retrying failed deliveries', () => {
  it('keeps trying for more than 24 hours, then stops', () => {
    const failedAt = new Date('2026-12-02T09:00:00Z');
    let at = failedAt;
    let attempts = 1;
    for (let next = nextAttemptAt(attempts, at); next; next = nextAttemptAt(attempts, at)) {
      expect(next.getTime()).toBeGreaterThan(at.getTime());
      at = next;
      attempts++;
    }
    expect(attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect((at.getTime() - failedAt.getTime()) / 3_600_000).toBeGreaterThanOrEqual(24);
    expect(RETRY_DELAYS_SECONDS.reduce((sum, s) => sum + s, 0)).toBe(27 * 3600 + 35 * 60 + 5);
  });

  it('spreads a wait by at most a tenth either way', () => {
    const failedAt = new Date('2026-12-02T09:00:00Z');
    const wait = (jitter: number) =>
      (nextAttemptAt(4, failedAt, jitter)?.getTime() ?? 0) - failedAt.getTime();
    expect(wait(0.5)).toBe(7_200_000);
    expect(wait(0)).toBe(6_480_000);
    expect(wait(0.999999)).toBeLessThanOrEqual(7_920_000);
  });

  it('counts only a 2xx answer as delivered (redirects are not followed)', () => {
    expect([200, 202, 204].every(isDelivered)).toBe(true);
    expect([null, 301, 302, 400, 404, 410, 429, 500, 503].some(isDelivered)).toBe(false);
  });
});
