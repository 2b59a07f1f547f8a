/**
 * Promise 3, "private by default": the model endpoint must be on the organisation's own network.
 * The host is resolved and accepted only if every address it resolves to is private (a name
 * with one public address among private ones is refused: that is how traffic leaks), or an
 * admin allow-listed the host by name in MODEL_ALLOWED_HOSTS.
 */
import { BlockList, isIP } from 'node:net';
import { promises as dns } from 'node:dns';
import { WenshuError } from '../../core/errors/codes.js';

const PRIVATE = new BlockList();
// IPv4: "this host" (0.0.0.0 connects to the local machine), loopback, RFC 1918, CGNAT, link-local.
PRIVATE.addSubnet('0.0.0.0', 32, 'ipv4');
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('100.64.0.0', 10, 'ipv4');
PRIVATE.addSubnet('169.254.0.0', 16, 'ipv4');
// IPv6: unspecified, loopback, unique local, link-local.
PRIVATE.addAddress('::', 'ipv6');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');
PRIVATE.addSubnet('fe80::', 10, 'ipv6');

/** True for loopback, RFC 1918, 100.64/10, fc00::/7 and link-local addresses, IPv4-mapped IPv6 included. */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''); // brackets and zone ids (fe80::1%eth0)
  const family = isIP(bare);
  if (family === 0) return false;
  // BlockList matches ::ffff:a.b.c.d against the IPv4 rules itself (tested).
  return PRIVATE.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

export type LookupAll = (hostname: string, options: { all: true }) => Promise<{ address: string; family: number }[]>;

const defaultLookup: LookupAll = (hostname, options) => dns.lookup(hostname, options);

export interface EndpointDecision {
  host: string;
  /** The addresses checked (empty when the host was allow-listed by name). */
  addresses: string[];
  reason: 'private' | 'allow-listed';
}

/**
 * Accepts the endpoint or throws `model_refused_endpoint` (a public address, naming it and how to
 * allow the host) or `model_unreachable` (the name does not resolve).
 */
export async function checkModelEndpoint(
  baseUrl: string,
  allowedHosts: string[],
  lookup: LookupAll = defaultLookup,
): Promise<EndpointDecision> {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new WenshuError('model_unreachable', 502, { url: baseUrl });
  }
  const host = normaliseHost(url.hostname);
  // An allow-listed name is an explicit admin decision; whether it answers is /readyz's business.
  if (isAllowListed(host, allowedHosts)) return { host, addresses: [], reason: 'allow-listed' };

  let addresses: string[];
  if (isIP(host) !== 0) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      throw new WenshuError('model_unreachable', 502, { url: baseUrl });
    }
    if (addresses.length === 0) throw new WenshuError('model_unreachable', 502, { url: baseUrl });
  }
  const publicAddress = addresses.find((a) => !isPrivateAddress(a));
  if (publicAddress !== undefined) {
    throw new WenshuError('model_refused_endpoint', 502, { host, address: publicAddress });
  }
  return { host, addresses, reason: 'private' };
}

/** Exact host, case-insensitive; `*.corp.example` matches any name below corp.example (not itself). */
export function isAllowListed(host: string, allowedHosts: string[]): boolean {
  const h = normaliseHost(host);
  return allowedHosts.some((entry) => {
    const e = normaliseHost(entry.trim());
    if (e === '') return false;
    if (e.startsWith('*.')) return h.endsWith(e.slice(1)) && h.length > e.length - 1;
    return h === e;
  });
}

/** Lower case, no IPv6 brackets, no trailing dot (`Model.Corp.` and `model.corp` are one host). */
function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}
