/**
 * DNS lookups for webhook deliveries that refuse non-public addresses at connection time. The URL was
 * checked when it was registered, but DNS may answer differently now (a rebinding attack points a checked name
 * at 169.254.169.254 after the check), so the address the socket connects to is the one checked: this is the
 * `lookup` of the delivery's HTTP request, and every address the name resolves to must be public.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { checkResolvedAddresses } from '../domain/webhook-url';
import type { WebhookUrlPolicy } from '../domain/webhook-url';

/** The error a refused address fails the request with (its message names the address and why). */
export class NonPublicAddressError extends Error {
  readonly code = 'ENONPUBLIC';
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A resolver: host to every address (the tests pass one that answers from a table). */
export type ResolveAll = (host: string) => Promise<readonly LookupAddress[]>;

export const systemResolveAll: ResolveAll = (host) =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });

/** Resolves `host` and answers its addresses, or a NonPublicAddressError naming the first refused one. */
export async function resolvePublicAddresses(
  host: string,
  policy: WebhookUrlPolicy,
  resolveAll: ResolveAll = systemResolveAll,
): Promise<readonly LookupAddress[]> {
  const addresses = await resolveAll(host);
  const problem = checkResolvedAddresses(
    host,
    addresses.map((entry) => entry.address),
    policy,
  );
  if (problem) throw new NonPublicAddressError(problem);
  return addresses;
}

/** A `lookup` for `http.request` / `https.request` that connects only to checked public addresses. */
export function publicOnlyLookup(policy: WebhookUrlPolicy, resolveAll: ResolveAll = systemResolveAll) {
  return (host: string, options: LookupOptions, callback: LookupCallback): void => {
    resolvePublicAddresses(host, policy, resolveAll).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : null;
        const usable = wanted ? addresses.filter((entry) => entry.family === wanted) : addresses;
        const first = usable[0];
        if (options.all) callback(null, [...usable]);
        else if (first) callback(null, first.address, first.family);
        else
          callback(
            Object.assign(new Error(`${host} has no IPv${wanted ?? ''} address`), { code: 'ENOTFOUND' }),
            '',
          );
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, ''),
    );
  };
}
