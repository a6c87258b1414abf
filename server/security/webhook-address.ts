import { lookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Whether an address is on the public internet. Loopback, private, link-local (169.254.169.254 is the cloud
 * metadata service), carrier NAT, unique-local, multicast and reserved ranges are not: a webhook aimed there
 * would let whoever sets a site's webhook reach the server's own network.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().range() === 'unicast';
  }
  return parsed.range() === 'unicast';
}

const NOT_PUBLIC = 'must reach a public address, not a private, loopback or link-local one (set WEBHOOK_ALLOW_PRIVATE=1 to allow)';

/** Why a webhook URL is refused before any DNS lookup (an IP literal or a localhost name), or undefined. */
export function privateWebhookProblem(url: string): string | undefined {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return NOT_PUBLIC;
  if (isIP(host) && !isPublicAddress(host)) return NOT_PUBLIC;
  return undefined;
}

/**
 * A `lookup` for http.request that connects only to public addresses. Checking the very address the socket
 * connects to (not an earlier lookup) defeats DNS rebinding.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) {
      const problem = Object.assign(new Error(`webhook host ${hostname} resolves to ${refused.address}, which is not a public address (set WEBHOOK_ALLOW_PRIVATE=1 to allow)`), {
        code: 'EPRIVATEADDRESS',
      });
      return callback(problem, '', 0);
    }
    if (options.all) return (callback as unknown as (err: null, all: LookupAddress[]) => void)(null, addresses);
    const [first] = addresses;
    if (!first) return callback(Object.assign(new Error(`webhook host ${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
    callback(null, first.address, first.family);
  });
};
