import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Addresses a webhook must never reach (no requests into the operator's own network):
// "this" network, loopback, private, CGNAT, link-local (cloud metadata 169.254.169.254),
// benchmarking, multicast and reserved ranges; for IPv6 the same kinds, plus NAT64 and
// IPv4-mapped addresses (checked as the IPv4 address they carry).
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** True for an IP address on the public internet. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  return !blocked.check(address, 'ipv6');
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
