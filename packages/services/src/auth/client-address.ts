import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address (with `::` and a dotted IPv4 tail written out). */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const part = (text: string) =>
    text === ''
      ? []
      : text.split(':').flatMap((group) => {
          if (!isIPv4(group)) return [Number.parseInt(group, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [a * 256 + b, c * 256 + d];
        });
  const [left, right] = [part(head), tail === undefined ? [] : part(tail)];
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The address a throttle counts against: an IPv4 address as is (also when written IPv4-mapped), an IPv6 one by
 * its /64 network, since one subscriber holds a whole /64 and could otherwise take a fresh address per guess.
 */
export function throttleAddress(ip: string): string {
  const plain = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain)?.[1];
  if (mapped) return mapped;
  if (!isIPv6(plain)) return plain;
  const prefix = ipv6Groups(plain.toLowerCase()).slice(0, 4);
  return `${prefix.map((group) => group.toString(16)).join(':')}::/64`;
}

/**
 * The client's network, the unit scans and throttles count: an IPv4 address by its /24 (also when written
 * IPv4-mapped), an IPv6 one by its /48, a site's allocation. Anything else (a socket without address) as is.
 */
export function clientNetwork(ip: string | undefined): string {
  const plain = (ip ?? '').replace(/%.*$/, '');
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.\d+$/i.exec(plain);
  if (v4 && isIPv4(plain.replace(/^::ffff:/i, ''))) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (!isIPv6(plain)) return plain;
  const prefix = ipv6Groups(plain.toLowerCase()).slice(0, 3);
  return `${prefix.map((group) => group.toString(16)).join(':')}::/48`;
}
