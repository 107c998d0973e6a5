import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkResolvedAddresses,
  checkWebhookUrl,
  PRODUCTION_WEBHOOK_POLICY,
} from '../../../../src/registers/notifications/domain/webhook-url';
import {
  NonPublicAddressError,
  publicOnlyLookup,
  resolvePublicAddresses,
} from '../../../../src/registers/notifications/delivery/public-lookup';

const LOCAL = { allowLocalReceivers: true };

describe('checking a webhook URL as registered', () => {
  it('accepts a public https URL', () => {
    expect(
      checkWebhookUrl('https://hooks.partner.example.org/mash?source=register', PRODUCTION_WEBHOOK_POLICY),
    ).toBeNull();
    expect(checkWebhookUrl('https://81.2.69.160:8443/hook', PRODUCTION_WEBHOOK_POLICY)).toBeNull();
    expect(checkWebhookUrl('https://[2a00:1450:4009:81f::200e]/hook', PRODUCTION_WEBHOOK_POLICY)).toBeNull();
  });

  it.each([
    ['http://hooks.partner.example.org/', /must use https/],
    ['ftp://hooks.partner.example.org/', /must use https/],
    ['hooks.partner.example.org/hook', /is not a URL/],
    ['https://user:secret@hooks.partner.example.org/', /user name or password/],
    ['https://hooks.partner.example.org/#x', /fragment/],
    ['https://localhost/hook', /loopback/],
    ['https://api.localhost/hook', /loopback/],
    ['https://intranet/hook', /cannot be public/],
    ['https://127.0.0.1/hook', /127.0.0.0\/8 is loopback/],
    // The URL parser reads these as 127.0.0.1 too: the check sees what a request would connect to.
    ['https://2130706433/hook', /127.0.0.0\/8 is loopback/],
    ['https://0x7f.1/hook', /127.0.0.0\/8 is loopback/],
    ['https://10.0.0.8/hook', /private network/],
    ['https://172.20.1.1/hook', /private network/],
    ['https://192.168.0.10/hook', /private network/],
    ['https://169.254.169.254/latest/meta-data/', /metadata/],
    ['https://169.254.10.10/', /link-local/],
    ['https://[::1]/hook', /::1 is loopback/],
    ['https://[fd00:ec2::254]/', /metadata/],
    ['https://[fd01::1]/', /unique local/],
    ['https://[fe80::1]/', /link-local/],
    ['https://[::ffff:10.0.0.1]/', /IPv4-mapped address of 10.0.0.0\/8/],
    ['https://[::ffff:169.254.169.254]/', /IPv4-mapped address of 169.254.169.254\/32/],
  ])('refuses %s', (url, message) => {
    expect(checkWebhookUrl(url, PRODUCTION_WEBHOOK_POLICY)).toMatch(message);
  });

  it('accepts a local receiver over http in local development, but no private or metadata address', () => {
    expect(checkWebhookUrl('http://127.0.0.1:4100/hook', LOCAL)).toBeNull();
    expect(checkWebhookUrl('http://localhost:4100/hook', LOCAL)).toBeNull();
    expect(checkWebhookUrl('http://[::1]:4100/hook', LOCAL)).toBeNull();
    expect(checkWebhookUrl('http://10.0.0.8/hook', LOCAL)).toMatch(/private network/);
    expect(checkWebhookUrl('http://169.254.169.254/', LOCAL)).toMatch(/metadata/);
  });

  it('refuses a host when any address it resolves to is not public', () => {
    expect(
      checkResolvedAddresses(
        'hooks.example.org',
        ['81.2.69.160', '2a00:1450:4009:81f::200e'],
        PRODUCTION_WEBHOOK_POLICY,
      ),
    ).toBeNull();
    expect(
      checkResolvedAddresses('hooks.example.org', ['81.2.69.160', '10.0.0.3'], PRODUCTION_WEBHOOK_POLICY),
    ).toBe('hooks.example.org resolves to 10.0.0.3: 10.0.0.0/8 is a private network (RFC 1918)');
    expect(checkResolvedAddresses('hooks.example.org', ['fd00:ec2::254'], PRODUCTION_WEBHOOK_POLICY)).toMatch(
      /metadata/,
    );
    expect(checkResolvedAddresses('hooks.example.org', [], PRODUCTION_WEBHOOK_POLICY)).toMatch(
      /does not resolve/,
    );
  });
});

describe('connecting only to public addresses at delivery time', () => {
  const server = createServer((_request, response) => response.end('ok'));
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (host: string, lookup: ReturnType<typeof publicOnlyLookup>) =>
    new Promise<string>((resolve, reject) => {
      const sent = request({ host, port, path: '/', family: 4, lookup }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve(body));
      });
      sent.on('error', reject);
      sent.end();
    });

  it('refuses a name that resolves to loopback (real DNS: /etc/hosts) before connecting', async () => {
    await expect(resolvePublicAddresses('localhost', PRODUCTION_WEBHOOK_POLICY)).rejects.toBeInstanceOf(
      NonPublicAddressError,
    );
    await expect(get('localhost', publicOnlyLookup(PRODUCTION_WEBHOOK_POLICY))).rejects.toThrow(
      /localhost resolves to .*loopback/,
    );
  });

  it('connects to a loopback receiver when local receivers are allowed', async () => {
    await expect(get('localhost', publicOnlyLookup(LOCAL))).resolves.toBe('ok');
  });

  it('refuses a name whose answer changed to the metadata address after it was registered (rebinding)', async () => {
    const answers = [[{ address: '81.2.69.160', family: 4 }], [{ address: '169.254.169.254', family: 4 }]];
    const rebinding = async () => answers.shift() ?? [];
    await expect(
      resolvePublicAddresses('hooks.example.org', PRODUCTION_WEBHOOK_POLICY, rebinding),
    ).resolves.toHaveLength(1);
    await expect(
      resolvePublicAddresses('hooks.example.org', PRODUCTION_WEBHOOK_POLICY, rebinding),
    ).rejects.toThrow(/169.254.169.254: .*metadata/);
  });
});
