import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

// Addresses a webhook must never reach (no requests into the operator's own network), from
// ipaddr.js's maintained table of special-purpose ranges (IANA registries): only what it
// calls "unicast" is public. That refuses "this" network, loopback, private, CGNAT,
// link-local (cloud metadata 169.254.169.254), benchmarking, multicast, broadcast and
// reserved IPv4; and for IPv6 the same kinds plus every form that carries an IPv4 address
// (IPv4-mapped, rfc6145 ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96 and /48, 6to4 2002::/16, Teredo
// 2001::/32), unique-local fc00::/7 and the deprecated site-local fec0::/10. The table does not
// list the deprecated IPv4-compatible ::/96 (::a.b.c.d, which URL parsers write as ::7f00:1),
// so that one is refused here.
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

/** True for an IP address on the public internet. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address) || isIP(address) === 0) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).match(IPV4_COMPATIBLE)) return false;
  return parsed.range() === 'unicast';
}

/** The host of a URL without IPv6 brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Why a webhook URL is refused, or null when it is fine: https only, and every address its
 * host resolves to must be public. With allowInsecure (development, tests) anything http(s) goes.
 * A literal IP or "localhost" is judged without any lookup.
 */
export async function webhookUrlProblem(value: string, allowInsecure: boolean): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:')) return 'must start with https://';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (allowInsecure) return null;
  const host = hostOf(url);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'points into a private network (localhost)';
  if (isIP(host)) return isPublicAddress(host) ? null : `points into a private network (${host})`;
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return `the host "${host}" does not resolve`;
  }
  const inside = addresses.find((a) => !isPublicAddress(a));
  return inside ? `points into a private network (${host} resolves to ${inside})` : null;
}
