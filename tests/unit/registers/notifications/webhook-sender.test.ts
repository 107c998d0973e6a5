import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWebhook } from '../../../../src/registers/notifications/delivery/webhook-sender';
import { createWebhookSecret } from '../../../../src/registers/notifications/delivery/webhook-signature';
import { PRODUCTION_WEBHOOK_POLICY } from '../../../../src/registers/notifications/domain/webhook-url';

// A real receiver on this machine, answering as each test tells it to, verifying every signature it gets.
type Answer = (request: IncomingMessage, body: string, response: ServerResponse) => void;
let answer: Answer = (_request, _body, response) => response.end();
const verified: unknown[] = [];
const secret = createWebhookSecret();
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    try {
      verified.push(new Webhook(secret).verify(body, request.headers as Record<string, string>));
    } catch {
      verified.push('UNVERIFIED');
    }
    answer(request, body, response);
  });
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const LOCAL = { allowLocalReceivers: true };
const event = { type: 'colocation.interest.expressed', data: { interestId: 'i-1' } };
const attempt = (path = '/hook') => ({
  url: `${base}${path}`,
  secrets: [secret],
  eventId: 'msg_i-1',
  body: JSON.stringify(event),
  at: new Date(),
});

describe('one webhook delivery attempt', () => {
  it('posts the signed event, which the receiver verifies, and counts a 2xx as delivered', async () => {
    answer = (_request, _body, response) => response.writeHead(204).end();
    const before = verified.length;

    const outcome = await sendWebhook(attempt(), { policy: LOCAL });

    expect(outcome).toMatchObject({ delivered: true, status: 204, error: null });
    expect(verified.slice(before)).toEqual([event]);
  });

  it('reports a failing answer with its status and a short hint', async () => {
    answer = (_request, _body, response) => response.writeHead(500).end('database unavailable '.repeat(40));

    const outcome = await sendWebhook(attempt(), { policy: LOCAL });

    expect(outcome.delivered).toBe(false);
    expect(outcome.status).toBe(500);
    expect(outcome.error?.startsWith('the receiver answered 500: database unavailable')).toBe(true);
    expect((outcome.error ?? '').length).toBeLessThan(260);
  });

  it('does not follow a redirect', async () => {
    let redirectedTo = 0;
    answer = (request, _body, response) => {
      if (request.url === '/elsewhere') redirectedTo++;
      response.writeHead(307, { location: `${base}/elsewhere` }).end();
    };

    const outcome = await sendWebhook(attempt(), { policy: LOCAL });

    expect(outcome).toMatchObject({ delivered: false, status: 307 });
    expect(redirectedTo).toBe(0);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    answer = () => undefined; // never answers
    const outcome = await sendWebhook(attempt(), { policy: LOCAL, timeoutMs: 300 });

    expect(outcome).toMatchObject({ delivered: false, status: null });
    expect(outcome.error).toMatch(/no answer within 300 ms/);
  });

  it('never connects to a loopback receiver under the production policy', async () => {
    answer = (_request, _body, response) => response.end();
    const before = verified.length;

    const literal = await sendWebhook(attempt(), { policy: PRODUCTION_WEBHOOK_POLICY });
    const named = await sendWebhook(
      { ...attempt(), url: base.replace('http://127.0.0.1', 'https://hooks.partner.example.org') },
      { policy: PRODUCTION_WEBHOOK_POLICY, resolveAll: async () => [{ address: '127.0.0.1', family: 4 }] },
    );

    expect(literal).toMatchObject({ delivered: false, status: null });
    expect(literal.error).toMatch(/must use https/);
    expect(named).toMatchObject({ delivered: false, status: null });
    expect(named.error).toMatch(/resolves to 127.0.0.1: 127.0.0.0\/8 is loopback/);
    expect(verified.length).toBe(before);
  });
});
