import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  classifyAddress,
  parseIpAddress,
  parseIPv6,
} from '../../../../src/registers/notifications/domain/ip-address';
import type { NonPublicAddressKind } from '../../../../src/registers/notifications/domain/ip-address';

const kindOf = (text: string): NonPublicAddressKind | 'PUBLIC' | 'NOT_AN_ADDRESS' => {
  const parsed = parseIpAddress(text);
  if (!parsed) return 'NOT_AN_ADDRESS';
  return classifyAddress(parsed)?.kind ?? 'PUBLIC';
};

/** The WHATWG URL parser's canonical text of an IPv6 address (RFC 5952), an independent formatter. */
const canonical = (text: string): string => new URL(`http://[${text}]/`).hostname.slice(1, -1);
const format = (groups: readonly number[]): string => canonical(groups.map((g) => g.toString(16)).join(':'));

describe('IP addresses a webhook may be delivered to', () => {
  it.each([
    // IPv4, one or more per special-purpose block, edges included
    ['127.0.0.1', 'LOOPBACK'],
    ['127.255.255.254', 'LOOPBACK'],
    ['10.0.0.1', 'PRIVATE'],
    ['172.16.0.1', 'PRIVATE'],
    ['172.31.255.255', 'PRIVATE'],
    ['192.168.1.20', 'PRIVATE'],
    ['169.254.169.254', 'METADATA'],
    ['169.254.0.1', 'LINK_LOCAL'],
    ['100.64.0.1', 'SHARED'],
    ['100.100.100.200', 'SHARED'],
    ['0.0.0.0', 'UNSPECIFIED'],
    ['224.0.0.251', 'MULTICAST'],
    ['255.255.255.255', 'RESERVED'],
    ['198.18.0.1', 'RESERVED'],
    ['192.0.2.10', 'DOCUMENTATION'],
    ['203.0.113.5', 'DOCUMENTATION'],
    // IPv4 just outside the blocks, and ordinary public addresses
    ['172.32.0.1', 'PUBLIC'],
    ['172.15.255.255', 'PUBLIC'],
    ['100.128.0.1', 'PUBLIC'],
    ['11.0.0.1', 'PUBLIC'],
    ['81.2.69.160', 'PUBLIC'],
    ['8.8.8.8', 'PUBLIC'],
    // IPv6
    ['::1', 'LOOPBACK'],
    ['::', 'UNSPECIFIED'],
    ['fd00:ec2::254', 'METADATA'],
    ['fd12:3456:789a::1', 'PRIVATE'],
    ['fc00::1', 'PRIVATE'],
    ['fe80::1%eth0', 'LINK_LOCAL'],
    ['fe80::abcd', 'LINK_LOCAL'],
    ['ff02::1', 'MULTICAST'],
    ['2001:db8::1', 'DOCUMENTATION'],
    ['2001:0:4136:e378::1', 'RESERVED'],
    ['::ffff:127.0.0.1', 'LOOPBACK'],
    ['::ffff:a9fe:a9fe', 'METADATA'],
    ['::ffff:10.1.2.3', 'PRIVATE'],
    ['64:ff9b::a9fe:a9fe', 'METADATA'],
    ['2002:c0a8:0101::1', 'PRIVATE'],
    ['::ffff:8.8.8.8', 'PUBLIC'],
    ['2a00:1450:4009:81f::200e', 'PUBLIC'],
    ['2606:4700:4700::1111', 'PUBLIC'],
    ['2002:0808:0808::1', 'PUBLIC'],
  ])('classes %s as %s', (address, kind) => {
    expect(isIP(address.replace(/%.*$/, ''))).not.toBe(0);
    expect(kindOf(address)).toBe(kind);
  });

  it.each([
    '010.0.0.1',
    '1.2.3',
    '1.2.3.256',
    '::1::',
    '1:2:3:4:5:6:7:8:9',
    'fe80:::1',
    'example.org',
    '',
    '12345::',
  ])('does not take %j for an address', (text) => {
    expect(kindOf(text)).toBe('NOT_AN_ADDRESS');
  });

  it.each([
    '::1',
    '2001:db8::8:800:200c:417a',
    '1:0:0:0:0:0:0:8',
    '::ffff:192.0.2.1',
    'fe80::',
    '2001:db8:0:0:1:0:0:1',
    '0:0:0:0:0:0:0:0',
    '1:2:3:4:5:6:7:8',
  ])('reads IPv6 %s as the URL parser does', (text) => {
    const groups = parseIPv6(text);
    expect(groups).not.toBeNull();
    expect(format(groups ?? [])).toBe(canonical(text));
  });

  it('names the range and what it is in the reason', () => {
    const parsed = parseIpAddress('::ffff:169.254.169.254');
    expect(parsed && classifyAddress(parsed)?.reason).toBe(
      'an IPv4-mapped address of 169.254.169.254/32 is the cloud instance metadata service',
    );
  });
});
