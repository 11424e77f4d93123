import { createHmac } from 'node:crypto';
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

/** A keyed hash of the client's network: counts distinct networks without keeping an address. */
export function networkHash(secret: string, ip: string | undefined): string {
  return createHmac('sha256', secret).update(clientNetwork(ip)).digest('hex');
}

const browserFamilies: readonly [string, RegExp][] = [
  ['zalo', /zalo/i],
  ['facebook', /FBAN|FBAV|FB_IAB|FBIOS/],
  ['samsung', /SamsungBrowser/],
  ['firefox', /Firefox\/|FxiOS/],
  ['chrome', /Chrome\/|CriOS|Chromium/],
  ['safari', /Safari\//],
];

/** chrome, safari, firefox, samsung, zalo, facebook or other: the family only, never the version. */
export function browserFamily(userAgent: string | undefined): string {
  const agent = userAgent ?? '';
  return browserFamilies.find(([, pattern]) => pattern.test(agent))?.[0] ?? 'other';
}

/**
 * Link previews and crawlers: a page shared on Zalo or Facebook is fetched by their robots, which are no scans.
 * Zalo's in-app browser says "Zalo" after "Mozilla/5.0"; its preview robot starts with it.
 */
const previewAgents =
  /facebookexternalhit|facebookcatalog|Facebot|^Zalo|Twitterbot|TelegramBot|WhatsApp|Slackbot|Discordbot|LinkedInBot|Pinterest|SkypeUriPreview|vkShare|Googlebot|bingbot|Applebot|YandexBot|Baiduspider|DuckDuckBot|coccocbot|bot\/|crawler|spider|curl\/|Wget/i;

export function isLinkPreview(userAgent: string | undefined): boolean {
  return userAgent === undefined || userAgent === '' || previewAgents.test(userAgent);
}

const regionPattern = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The coarse region a trusted proxy names in `header` (SCAN_REGION_HEADER: a GeoIP module's province or country
 * code), or null: no header configured, none sent, or a value that is not a plain code.
 */
export function regionOf(
  headers: Record<string, string | string[] | undefined>,
  header: string | undefined,
): string | null {
  if (!header) return null;
  const value = headers[header];
  return typeof value === 'string' && regionPattern.test(value) ? value.toUpperCase() : null;
}
