/**
 * The URL of a partner's webhook endpoint, checked twice against server-side request forgery: when it is
 * registered (its form, and the addresses its host resolves to then) and at every delivery, on the address
 * the connection is really made to (DNS can answer differently later: see delivery/public-lookup.ts).
 */
import { classifyAddress, parseIpAddress } from './ip-address';
import type { NonPublicAddress } from './ip-address';

export interface WebhookUrlPolicy {
  /**
   * Local development and tests only: `http` and loopback addresses are accepted, so a receiver on this
   * machine can be used. Private, link-local and metadata addresses are refused even then.
   */
  readonly allowLocalReceivers: boolean;
}

export const PRODUCTION_WEBHOOK_POLICY: WebhookUrlPolicy = { allowLocalReceivers: false };

const MAX_URL_LENGTH = 2048;
// A host name of DNS labels (letters, digits, hyphens; no label starting or ending with a hyphen).
const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** What is wrong with a webhook URL as written, or null when it may be registered (its addresses checked next). */
export function checkWebhookUrl(text: string, policy: WebhookUrlPolicy): string | null {
  if (text.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && !(policy.allowLocalReceivers && url.protocol === 'http:')) {
    return 'must use https';
  }
  if (url.username !== '' || url.password !== '') return 'must not carry a user name or password';
  if (url.hash !== '') return 'must not have a fragment (#...)';
  const host = hostOf(url);
  const literal = parseIpAddress(host);
  if (literal) {
    const refused = refusal(classifyAddress(literal), policy);
    return refused ? `points at ${host}: ${refused.reason}` : null;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return policy.allowLocalReceivers ? null : `points at ${host}: loopback (this host)`;
  }
  if (!HOST_NAME.test(host)) return `has a host name that cannot be public: ${host}`;
  return null;
}

/**
 * What is wrong with the addresses a webhook host resolved to, or null when every one may be delivered to.
 * Every address counts: a host that resolves to one public and one private address is refused, as the
 * connection could be made to either.
 */
export function checkResolvedAddresses(
  host: string,
  addresses: readonly string[],
  policy: WebhookUrlPolicy,
): string | null {
  if (addresses.length === 0) return `${host} does not resolve to any address`;
  for (const address of addresses) {
    const parsed = parseIpAddress(address);
    if (!parsed) return `${host} resolved to ${address}, which is not an IP address`;
    const refused = refusal(classifyAddress(parsed), policy);
    if (refused) return `${host} resolves to ${address}: ${refused.reason}`;
  }
  return null;
}

/** The host of a URL without IPv6 brackets, lower-case. */
export function hostOf(url: URL): string {
  const host = url.hostname.toLowerCase();
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function refusal(found: NonPublicAddress | null, policy: WebhookUrlPolicy): NonPublicAddress | null {
  if (found && found.kind === 'LOOPBACK' && policy.allowLocalReceivers) return null;
  return found;
}
