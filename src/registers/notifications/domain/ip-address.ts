/**
 * IP addresses a webhook may be delivered to. A partner names its endpoint by URL, and the register then makes
 * requests from inside AWS: an address that reaches the register's own network, the host, or the cloud's
 * metadata service would let anyone who can register a webhook read what only the register should (server-side
 * request forgery). Only globally routable unicast addresses are allowed; everything in the IANA
 * special-purpose registries (RFC 6890 and its updates) is refused with the reason named.
 *
 * Pure parsing, no `node:net`: the rules are checked the same way for an address typed into a URL and for one
 * DNS gave back.
 */

/** The kind of address a delivery is refused for. */
export type NonPublicAddressKind =
  | 'LOOPBACK'
  | 'PRIVATE'
  | 'LINK_LOCAL'
  | 'METADATA'
  | 'SHARED'
  | 'UNSPECIFIED'
  | 'MULTICAST'
  | 'RESERVED'
  | 'DOCUMENTATION';

export interface NonPublicAddress {
  readonly kind: NonPublicAddressKind;
  /** The address range and what it is, for the error message. */
  readonly reason: string;
}

export type ParsedAddress =
  { readonly family: 4; readonly value: number } | { readonly family: 6; readonly groups: readonly number[] };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** A dotted-quad IPv4 address as a 32-bit number; null when malformed (leading zeros refused: octal in some parsers). */
export function parseIPv4(text: string): number | null {
  const match = IPV4.exec(text);
  if (!match) return null;
  let value = 0;
  for (const part of match.slice(1)) {
    if (part.length > 1 && part.startsWith('0')) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

/**
 * An IPv6 address (with `::` compression, an embedded dotted quad, an optional `%zone`, optionally in
 * brackets) as its eight 16-bit groups; null when malformed.
 */
export function parseIPv6(input: string): number[] | null {
  let text = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (text === '' || /[^0-9a-fA-F:.]/.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parseHalf = (half: string): number[] | null => {
    if (half === '') return [];
    const groups: number[] = [];
    const parts = half.split(':');
    for (const [index, part] of parts.entries()) {
      if (part.includes('.')) {
        // An embedded IPv4 address is the last 32 bits only.
        if (index !== parts.length - 1) return null;
        const v4 = parseIPv4(part);
        if (v4 === null) return null;
        groups.push(Math.floor(v4 / 65536), v4 % 65536);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return null;
        groups.push(parseInt(part, 16));
      }
    }
    return groups;
  };
  const head = parseHalf(halves[0] ?? '');
  const tail = halves.length === 2 ? parseHalf(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** An address of either family, or null when the text is not an IP address. */
export function parseIpAddress(text: string): ParsedAddress | null {
  const v4 = parseIPv4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = parseIPv6(text);
  return v6 ? { family: 6, groups: v6 } : null;
}

interface V4Block {
  readonly base: string;
  readonly bits: number;
  readonly kind: NonPublicAddressKind;
  readonly what: string;
}

// IANA IPv4 Special-Purpose Address Registry, with the cloud metadata address first (it is inside 169.254/16).
const V4_BLOCKS: readonly V4Block[] = [
  { base: '169.254.169.254', bits: 32, kind: 'METADATA', what: 'the cloud instance metadata service' },
  { base: '0.0.0.0', bits: 8, kind: 'UNSPECIFIED', what: '"this network"' },
  { base: '10.0.0.0', bits: 8, kind: 'PRIVATE', what: 'a private network (RFC 1918)' },
  { base: '100.64.0.0', bits: 10, kind: 'SHARED', what: 'carrier-grade NAT space (RFC 6598)' },
  { base: '127.0.0.0', bits: 8, kind: 'LOOPBACK', what: 'loopback (this host)' },
  { base: '169.254.0.0', bits: 16, kind: 'LINK_LOCAL', what: 'link-local' },
  { base: '172.16.0.0', bits: 12, kind: 'PRIVATE', what: 'a private network (RFC 1918)' },
  { base: '192.0.0.0', bits: 24, kind: 'RESERVED', what: 'IETF protocol assignments' },
  { base: '192.0.2.0', bits: 24, kind: 'DOCUMENTATION', what: 'documentation (TEST-NET-1)' },
  { base: '192.88.99.0', bits: 24, kind: 'RESERVED', what: 'the 6to4 relay anycast' },
  { base: '192.168.0.0', bits: 16, kind: 'PRIVATE', what: 'a private network (RFC 1918)' },
  { base: '198.18.0.0', bits: 15, kind: 'RESERVED', what: 'benchmarking (RFC 2544)' },
  { base: '198.51.100.0', bits: 24, kind: 'DOCUMENTATION', what: 'documentation (TEST-NET-2)' },
  { base: '203.0.113.0', bits: 24, kind: 'DOCUMENTATION', what: 'documentation (TEST-NET-3)' },
  { base: '224.0.0.0', bits: 4, kind: 'MULTICAST', what: 'multicast' },
  { base: '240.0.0.0', bits: 4, kind: 'RESERVED', what: 'reserved (and broadcast)' },
];

function inV4Block(value: number, block: V4Block): boolean {
  const base = parseIPv4(block.base) ?? 0;
  const size = 2 ** (32 - block.bits);
  return value >= base && value < base + size;
}

/** Why an IPv4 address may not receive a webhook, or null when it is globally routable. */
export function classifyIPv4(value: number): NonPublicAddress | null {
  const block = V4_BLOCKS.find((candidate) => inV4Block(value, candidate));
  return block ? { kind: block.kind, reason: `${block.base}/${block.bits} is ${block.what}` } : null;
}

const embeddedV4 = (high: number, low: number): number => high * 65536 + low;

/** Why an IPv6 address may not receive a webhook, or null when it is globally routable unicast. */
export function classifyIPv6(groups: readonly number[]): NonPublicAddress | null {
  const g = (i: number): number => groups[i] ?? 0;
  const zeroUpTo = (n: number): boolean => groups.slice(0, n).every((group) => group === 0);
  const embedded = (via: string, v4: number): NonPublicAddress | null => {
    const inner = classifyIPv4(v4);
    return inner ? { kind: inner.kind, reason: `${via} of ${inner.reason}` } : null;
  };
  if (zeroUpTo(8)) return { kind: 'UNSPECIFIED', reason: ':: is the unspecified address' };
  if (zeroUpTo(7) && g(7) === 1) return { kind: 'LOOPBACK', reason: '::1 is loopback (this host)' };
  // An IPv4 address written as IPv6 reaches the IPv4 address: judge that.
  if (zeroUpTo(5) && g(5) === 0xffff) return embedded('an IPv4-mapped address', embeddedV4(g(6), g(7)));
  if (zeroUpTo(6)) return { kind: 'RESERVED', reason: '::/96 (IPv4-compatible) is deprecated' };
  if (g(0) === 0x64 && g(1) === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) {
    return embedded('a NAT64 address (64:ff9b::/96)', embeddedV4(g(6), g(7)));
  }
  if (g(0) === 0x64 && g(1) === 0xff9b && g(2) === 1) {
    return { kind: 'PRIVATE', reason: '64:ff9b:1::/48 is local-use NAT64' };
  }
  if (g(0) === 0x2002) return embedded('a 6to4 address (2002::/16)', embeddedV4(g(1), g(2)));
  if (g(0) === 0xfd00 && g(1) === 0x0ec2 && groups.slice(2, 7).every((x) => x === 0) && g(7) === 0x254) {
    return { kind: 'METADATA', reason: 'fd00:ec2::254 is the cloud instance metadata service' };
  }
  if ((g(0) & 0xfe00) === 0xfc00)
    return { kind: 'PRIVATE', reason: 'fc00::/7 is a unique local (private) address' };
  if ((g(0) & 0xffc0) === 0xfe80) return { kind: 'LINK_LOCAL', reason: 'fe80::/10 is link-local' };
  if ((g(0) & 0xffc0) === 0xfec0) return { kind: 'PRIVATE', reason: 'fec0::/10 is site-local (deprecated)' };
  if ((g(0) & 0xff00) === 0xff00) return { kind: 'MULTICAST', reason: 'ff00::/8 is multicast' };
  if (g(0) === 0x2001 && g(1) === 0x0db8)
    return { kind: 'DOCUMENTATION', reason: '2001:db8::/32 is documentation' };
  if (g(0) === 0x3fff && (g(1) & 0xf000) === 0) {
    return { kind: 'DOCUMENTATION', reason: '3fff::/20 is documentation' };
  }
  if (g(0) === 0x2001 && g(1) < 0x0200)
    return { kind: 'RESERVED', reason: '2001::/23 is IETF protocol assignments (Teredo among them)' };
  if (g(0) === 0x0100 && groups.slice(1, 4).every((group) => group === 0)) {
    return { kind: 'RESERVED', reason: '100::/64 is discard-only' };
  }
  // Global unicast is 2000::/3; IANA has assigned nothing else.
  if ((g(0) & 0xe000) !== 0x2000)
    return { kind: 'RESERVED', reason: 'outside 2000::/3, the global unicast space' };
  return null;
}

/** Why an address may not receive a webhook, or null when it may. */
export function classifyAddress(address: ParsedAddress): NonPublicAddress | null {
  return address.family === 4 ? classifyIPv4(address.value) : classifyIPv6(address.groups);
}
