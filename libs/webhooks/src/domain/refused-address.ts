import { BlockList, isIP } from 'node:net';

interface Range {
  cidr: string;
  kind: string;
}

/** Addresses a webhook may not call: they reach the service's own network, not a receiver on the internet. */
const REFUSED_RANGES: readonly Range[] = [
  { cidr: '0.0.0.0/8', kind: 'unspecified' },
  { cidr: '10.0.0.0/8', kind: 'private' },
  { cidr: '100.64.0.0/10', kind: 'shared (carrier-grade NAT)' },
  { cidr: '127.0.0.0/8', kind: 'loopback' },
  { cidr: '169.254.0.0/16', kind: 'link-local' },
  { cidr: '172.16.0.0/12', kind: 'private' },
  { cidr: '192.0.0.0/24', kind: 'reserved' },
  { cidr: '192.168.0.0/16', kind: 'private' },
  { cidr: '198.18.0.0/15', kind: 'reserved' },
  { cidr: '224.0.0.0/4', kind: 'multicast' },
  { cidr: '240.0.0.0/4', kind: 'reserved' },
  { cidr: '::/128', kind: 'unspecified' },
  { cidr: '::1/128', kind: 'loopback' },
  // IPv4-compatible addresses (deprecated); IPv4-mapped ones (::ffff:a.b.c.d) are matched against the IPv4 ranges.
  { cidr: '::/96', kind: 'reserved' },
  { cidr: 'fc00::/7', kind: 'private (unique local)' },
  { cidr: 'fe80::/10', kind: 'link-local' },
  { cidr: 'ff00::/8', kind: 'multicast' },
  // 6to4 and Teredo tunnel to an IPv4 address this check cannot see.
  { cidr: '2002::/16', kind: 'reserved (6to4)' },
  { cidr: '2001::/32', kind: 'reserved (Teredo)' },
];

const NAT64_PREFIX = '64:ff9b::/96';

function blockListOf(cidr: string): BlockList {
  const [network, prefix] = cidr.split('/');
  const list = new BlockList();
  list.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4');
  return list;
}

const RANGES = REFUSED_RANGES.map((range) => ({ ...range, list: blockListOf(range.cidr) }));
const NAT64 = blockListOf(NAT64_PREFIX);

/**
 * Why an address may not be called ("loopback (127.0.0.0/8)"), or null when it is a public
 * address. An address that is not an IP at all is refused.
 */
export function refusedAddressReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  // Well-known NAT64 embeds an IPv4 address in its last 32 bits: judge that address.
  if (type === 'ipv6' && NAT64.check(address, 'ipv6')) return refusedAddressReason(embeddedIpv4(address));
  for (const range of RANGES) {
    if (range.list.check(address, type)) return `${range.kind} (${range.cidr})`;
  }
  return null;
}

/** Whether the address is inside one of the allowlist's IP addresses or CIDR blocks. */
export function addressInList(address: string, entries: readonly string[]): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return entries.some((entry) => {
    const [network, prefix] = entry.split('/');
    const entryFamily = isIP(network);
    if (entryFamily === 0) return false;
    const list = new BlockList();
    if (prefix === undefined) list.addAddress(network, entryFamily === 4 ? 'ipv4' : 'ipv6');
    else list.addSubnet(network, Number(prefix), entryFamily === 4 ? 'ipv4' : 'ipv6');
    return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  });
}

function embeddedIpv4(address: string): string {
  const groups = expandIpv6(address);
  const high = groups[6];
  const low = groups[7];
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

function expandIpv6(address: string): number[] {
  let text = address;
  // A dotted IPv4 tail (64:ff9b::1.2.3.4) becomes two hex groups.
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array(tail === undefined ? 0 : missing).fill('0'), ...tailGroups].map((g) => parseInt(g, 16));
}
