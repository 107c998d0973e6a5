import { describe, expect, it } from 'vitest';
import { NOTICE_KINDS } from '../../../../src/registers/acv/domain/acv-records';
import {
  ACV_NOTICE_EVENTS,
  afterDelivery,
  createWebhookEndpoint,
  enableEndpoint,
  isSubscribed,
  rotateSecret,
  signingSecrets,
} from '../../../../src/registers/notifications/domain/webhook-endpoint';
import { NOTICE_KIND_NAMES } from '../../../../src/registers/notifications/domain/notice-kinds';

const AT = '2026-12-02T09:00:00.000Z';
const endpoint = () =>
  createWebhookEndpoint(
    'ep-1',
    'org-1',
    {
      url: 'https://hooks.example.org/mash',
      eventTypes: ['colocation.interest.expressed', 'acv.entry.listed', 'acv.entry.listed'],
      description: null,
    },
    'whsec_first',
    AT,
  );

describe('a webhook endpoint', () => {
  it('keeps each event type once, in catalogue order', () => {
    expect(endpoint().eventTypes).toEqual(['acv.entry.listed', 'colocation.interest.expressed']);
    expect(isSubscribed(endpoint(), 'acv.entry.listed')).toBe(true);
    expect(isSubscribed(endpoint(), 'acv.entry.removed')).toBe(false);
  });

  it('signs with the old and the new secret for a day after a rotation, then with the new one only', () => {
    const rotated = rotateSecret(endpoint(), 'whsec_second', '2026-12-03T10:00:00.000Z');

    expect(signingSecrets(rotated, '2026-12-03T10:00:00.000Z').map((s) => s.secret)).toEqual([
      'whsec_second',
      'whsec_first',
    ]);
    expect(signingSecrets(rotated, '2026-12-04T09:59:59.999Z').map((s) => s.secret)).toEqual([
      'whsec_second',
      'whsec_first',
    ]);
    expect(signingSecrets(rotated, '2026-12-04T10:00:00.000Z').map((s) => s.secret)).toEqual([
      'whsec_second',
    ]);
    const again = rotateSecret(rotated, 'whsec_third', '2026-12-05T00:00:00.000Z');
    expect(again.secrets.map((s) => s.secret)).toEqual(['whsec_third', 'whsec_second']);
  });

  it('is disabled, saying why, when a delivery used up its retries, and starts over when enabled', () => {
    const failed = afterDelivery(endpoint(), { delivered: false, lastError: 'the receiver answered 500' });

    expect(failed.status).toBe('DISABLED');
    expect(failed.disabledReason).toMatch(/more than 24 hours \(last: the receiver answered 500\)/);
    expect(isSubscribed(failed, 'acv.entry.listed')).toBe(false);
    expect(enableEndpoint(failed)).toMatchObject({
      status: 'ACTIVE',
      disabledReason: null,
      consecutiveFailures: 0,
    });
    expect(afterDelivery(endpoint(), { delivered: true, lastError: null })).toEqual(endpoint());
  });

  it('knows every kind of ACV notice the ACV register writes, and publishes each as an event', () => {
    expect([...NOTICE_KIND_NAMES]).toEqual([...NOTICE_KINDS]);
    for (const kind of NOTICE_KIND_NAMES) expect(ACV_NOTICE_EVENTS[kind]).toMatch(/^acv\./);
  });
});
