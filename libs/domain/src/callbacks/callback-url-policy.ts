import { isIP } from 'node:net';

/** What a callback URL may be: https only in production; private addresses only when allowed. */
export interface CallbackUrlPolicy {
  readonly requireHttps: boolean;
  readonly allowPrivateAddresses: boolean;
}

/** Why the URL itself (before any DNS lookup) cannot be used, or null when it can. */
export function callbackUrlProblem(raw: string, policy: CallbackUrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a URL that starts with https://';
  }
  if (url.protocol !== 'https:' && (policy.requireHttps || url.protocol !== 'http:')) return 'Enter a URL that starts with https://';
  if (url.username || url.password) return 'A callback URL cannot hold a user name or password';
  const host = hostOf(url);
  if (isIP(host) !== 0) return callbackAddressProblem(host, policy);
  return null;
}

/** The host of a URL without IPv6 brackets, ready for a DNS lookup or an address check. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Why a resolved address may not be called, or null when it may. */
export function callbackAddressProblem(address: string, policy: CallbackUrlPolicy): string | null {
  if (policy.allowPrivateAddresses) return null;
  const kind = nonPublicKind(address);
  return kind ? `${address} is a ${kind} address; callbacks go only to public addresses` : null;
}

/** `loopback`, `private`, `link-local`… for an address that is not on the public internet, else null. */
export function nonPublicKind(address: string): string | null {
  const version = isIP(address);
  if (version === 4) return ipv4Kind(ipv4ToNumber(address));
  if (version === 6) return ipv6Kind(address);
  return 'malformed';
}

const IPV4_RANGES: ReadonlyArray<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'private'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'private'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

function ipv4Kind(value: number): string | null {
  for (const [base, bits, kind] of IPV4_RANGES) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((value & mask) >>> 0 === (ipv4ToNumber(base) & mask) >>> 0) return kind;
  }
  return null;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((sum, part) => ((sum << 8) >>> 0) + Number(part), 0) >>> 0;
}

function ipv6Kind(address: string): string | null {
  const groups = ipv6Groups(address);
  if (groups.every((g) => g === 0)) return 'unspecified';
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return 'loopback';
  const embedded = embeddedIpv4(groups);
  if (embedded !== null) return ipv4Kind(embedded);
  // NAT64 for local use (RFC 8215) places the IPv4 address by the operator's prefix length.
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups[2] === 1) return 'private';
  if ((groups[0] & 0xfe00) === 0xfc00) return 'unique-local';
  if ((groups[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((groups[0] & 0xffc0) === 0xfec0) return 'site-local';
  if ((groups[0] & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/**
 * The IPv4 address an IPv6 address carries to reach an IPv4 host, or null: IPv4-mapped
 * (::ffff:a.b.c.d), the deprecated IPv4-compatible form (::a.b.c.d), NAT64's well-known prefix
 * (64:ff9b::a.b.c.d, RFC 6052) and 6to4 (2002:aabb:ccdd::/48, RFC 3056). A gateway on the way
 * delivers to that IPv4 address, so it is the one to judge.
 */
function embeddedIpv4(groups: number[]): number | null {
  const low32 = (((groups[6] << 16) >>> 0) + groups[7]) >>> 0;
  if (groups.slice(0, 5).every((g) => g === 0) && (groups[5] === 0xffff || groups[5] === 0)) return low32;
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return low32;
  if (groups[0] === 0x2002) return (((groups[1] << 16) >>> 0) + groups[2]) >>> 0;
  return null;
}

/** The eight 16-bit groups of a valid IPv6 address (zone id dropped, embedded IPv4 expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0].toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = ipv4ToNumber(v4[1]);
    text = `${text.slice(0, -v4[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups].map((g) => parseInt(g, 16));
}
