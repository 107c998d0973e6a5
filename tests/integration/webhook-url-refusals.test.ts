/**
 * Issue 19, done when: a webhook URL that reaches a private, loopback or metadata address is refused through
 * `registerWebhookEndpoint` with BAD_USER_INPUT on `input.url` and a reason, both when the URL names the
 * address and when its host resolves to it. The app here runs with the deployed stage's rule (no loopback
 * receivers, unlike the other tests' app with local tokens) and answers DNS from the table below: the lookup
 * is the input of the check, not a part under test.
 *
 * Redirects are a matter of delivery, not registration (nothing is fetched when an endpoint is registered):
 * the last test registers a receiver on this machine, so it runs with loopback allowed, as `npm start` does.
 */
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolveAll } from '../../src/registers/notifications/delivery/public-lookup';
import { createCharity } from '../support/fixtures';
import { createNotifierHarness, outboxMessage, startReceiver } from '../support/notifier-harness';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterWebhookEndpointInput!) {
    registerWebhookEndpoint(input: $input) {
      endpoint {
        id
        url
        status
      }
      secret
    }
  }
`;

/** What the fake DNS answers: host name -> addresses. Anything else does not resolve. */
const DNS: Record<string, readonly string[]> = {
  'public.hooks.example.org': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'ten.hooks.example.org': ['10.20.30.40'],
  'seventeen.hooks.example.org': ['172.16.0.1'],
  'thirtyone.hooks.example.org': ['172.31.255.254'],
  'home.hooks.example.org': ['192.168.1.20'],
  'loop.hooks.example.org': ['127.0.0.1'],
  'loop-far.hooks.example.org': ['127.45.6.7'],
  'linklocal.hooks.example.org': ['169.254.7.8'],
  'metadata.hooks.example.org': ['169.254.169.254'],
  'cgnat.hooks.example.org': ['100.64.0.1'],
  'cgnat-top.hooks.example.org': ['100.127.255.254'],
  'zero.hooks.example.org': ['0.0.0.0'],
  'loop6.hooks.example.org': ['::1'],
  'ula.hooks.example.org': ['fc00::1'],
  'ula-fd.hooks.example.org': ['fd12:3456:789a::1'],
  'link6.hooks.example.org': ['fe80::1'],
  'link6-top.hooks.example.org': ['febf:ffff::1'],
  'mapped.hooks.example.org': ['::ffff:127.0.0.1'],
  'mapped-metadata.hooks.example.org': ['::ffff:169.254.169.254'],
  // One public address and one private: either could be the one connected to, so it is refused.
  'mixed.hooks.example.org': ['93.184.215.14', '10.0.0.5'],
};

const fakeLookup: ResolveAll = async (host) => {
  const addresses = DNS[host];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
};

const admin = { userId: 'ssrf-admin' };

// [address class, the literal URL, the host that resolves to an address of the class, the reason given]
const CLASSES: readonly (readonly [string, string, string, RegExp])[] = [
  ['10/8', 'https://10.20.30.40/hook', 'ten', /10\.0\.0\.0\/8 is a private network/],
  ['172.16/12 (its start)', 'https://172.16.0.1/hook', 'seventeen', /172\.16\.0\.0\/12 is a private network/],
  [
    '172.16/12 (its end)',
    'https://172.31.255.254/hook',
    'thirtyone',
    /172\.16\.0\.0\/12 is a private network/,
  ],
  ['192.168/16', 'https://192.168.1.20/hook', 'home', /192\.168\.0\.0\/16 is a private network/],
  ['127/8 (127.0.0.1)', 'https://127.0.0.1/hook', 'loop', /127\.0\.0\.0\/8 is loopback/],
  ['127/8 (elsewhere in it)', 'https://127.45.6.7/hook', 'loop-far', /127\.0\.0\.0\/8 is loopback/],
  ['169.254/16', 'https://169.254.7.8/hook', 'linklocal', /169\.254\.0\.0\/16 is link-local/],
  ['169.254.169.254 (metadata)', 'https://169.254.169.254/latest/meta-data/', 'metadata', /metadata service/],
  ['100.64/10 (CGNAT)', 'https://100.64.0.1/hook', 'cgnat', /100\.64\.0\.0\/10 is carrier-grade NAT/],
  [
    '100.64/10 (its end)',
    'https://100.127.255.254/hook',
    'cgnat-top',
    /100\.64\.0\.0\/10 is carrier-grade NAT/,
  ],
  ['0.0.0.0', 'https://0.0.0.0/hook', 'zero', /0\.0\.0\.0\/8 is "this network"/],
  ['::1', 'https://[::1]/hook', 'loop6', /::1 is loopback/],
  ['fc00::/7 (fc00::)', 'https://[fc00::1]/hook', 'ula', /fc00::\/7 is a unique local/],
  ['fc00::/7 (fd00::)', 'https://[fd12:3456:789a::1]/hook', 'ula-fd', /fc00::\/7 is a unique local/],
  ['fe80::/10', 'https://[fe80::1]/hook', 'link6', /fe80::\/10 is link-local/],
  ['fe80::/10 (its end)', 'https://[febf:ffff::1]/hook', 'link6-top', /fe80::\/10 is link-local/],
  [
    'IPv4-mapped ::ffff:127.0.0.1',
    'https://[::ffff:127.0.0.1]/hook',
    'mapped',
    /IPv4-mapped address of 127\.0\.0\.0\/8 is loopback/,
  ],
  [
    'IPv4-mapped metadata',
    'https://[::ffff:169.254.169.254]/hook',
    'mapped-metadata',
    /IPv4-mapped address of 169\.254\.169\.254\/32 is the cloud instance metadata/,
  ],
];

describe('registering a webhook URL that reaches a non-public address, with the deployed rule', () => {
  let t: TestApp;
  let organisationId = '';
  const register = (url: string) =>
    t.run(REGISTER, { input: { organisationId, url, eventTypes: ['ACV_ENTRY_LISTED'] } }, admin);

  async function expectRefused(url: string, reason: RegExp) {
    const result = await register(url);
    expect(result.data?.['registerWebhookEndpoint'] ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('input.url');
    expect(result.errors?.[0]?.message).toMatch(reason);
  }

  beforeAll(async () => {
    t = await createTestApp({ webhookUrls: { allowLocalReceivers: false, resolveAll: fakeLookup } });
    organisationId = (await createCharity(t, admin, 'SSRF Test Trust')).id;
  });

  it('registers an https URL whose host resolves only to public addresses (the rule is not refusing everything)', async () => {
    const result = await register('https://public.hooks.example.org/hooks');

    expect(result.errors).toBeUndefined();
    expect(result.data?.['registerWebhookEndpoint']).toMatchObject({
      endpoint: { url: 'https://public.hooks.example.org/hooks', status: 'ACTIVE' },
    });
  });

  it.each(CLASSES)('refuses %s named in the URL: %s', async (_, url, __, reason) => {
    await expectRefused(url, reason);
  });

  it.each(CLASSES)('refuses %s reached through DNS', async (_, __, host, reason) => {
    const name = `${host}.hooks.example.org`;
    await expectRefused(
      `https://${name}/hook`,
      new RegExp(`${name.replaceAll('.', '\\.')} resolves to .*${reason.source}`),
    );
  });

  it('refuses a host one of whose addresses is private, even beside a public one', async () => {
    await expectRefused(
      'https://mixed.hooks.example.org/hook',
      /mixed\.hooks\.example\.org resolves to 10\.0\.0\.5: 10\.0\.0\.0\/8 is a private network/,
    );
  });

  it('refuses localhost, which loopback receivers are not allowed here', async () => {
    await expectRefused('https://localhost:8443/hook', /loopback/);
  });

  it('refuses http://, even to a public host', async () => {
    await expectRefused('http://public.hooks.example.org/hooks', /must use https/);
  });

  it('refuses a host that does not resolve', async () => {
    await expectRefused('https://nowhere.hooks.example.org/hook', /does not resolve/);
  });
});

describe('delivering to an endpoint that redirects', () => {
  let t: TestApp;
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
  });

  it('does not follow the redirect: the attempt fails and the target never hears of it', async () => {
    // Loopback allowed (the receivers run on this machine), every other rule as deployed.
    t = await createTestApp();
    const harness = await createNotifierHarness(t);
    const target = await startReceiver(() => 200);
    closers.push(() => target.close());
    let redirected = 0;
    const redirecting = createServer((request, response) => {
      redirected++;
      request.resume();
      response.writeHead(307, { location: target.url }).end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => redirecting.close(() => resolve())));
    const address = redirecting.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const organisationId = (await createCharity(t, admin, 'Redirect Trust')).id;
    await t.ok(
      REGISTER,
      {
        input: {
          organisationId,
          url: `http://127.0.0.1:${address.port}/hooks`,
          eventTypes: ['ACV_ENTRY_LISTED'],
        },
      },
      admin,
    );

    const report = await harness.notifier.deliver(
      outboxMessage({ webhookOrganisationIds: [organisationId] }),
    );

    expect(redirected).toBe(1);
    expect(target.received).toHaveLength(0);
    expect(report.deliveries.map((delivery) => [delivery.channel, delivery.state])).toEqual([
      ['WEBHOOK', 'RETRYING'],
    ]);
  });
});
