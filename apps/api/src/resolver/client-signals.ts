import { hash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * A keyed hash of the client's network (clientNetwork: its /24 or /48): counts distinct networks without keeping
 * an address. SHA-256 over the secret and the network in one call: a viral post brings a new network with nearly
 * every scan, and an HMAC object per scan cost five times as much; what it keeps from those who read the stored
 * hashes (the owner's CSV) is the same, since they never hold the secret.
 */
export function networkHash(secret: string, network: string): string {
  return hash('sha256', `${secret}\u0000${network}`, 'base64url');
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

/** Express's compiled TRUST_PROXY (`app.get('trust proxy fn')`): whether the hop at `index` (0: the peer) is a proxy. */
export type TrustProxy = (address: string, index: number) => boolean;

/**
 * The client's address as Express's `req.ip` gives it (proxy-addr's walk): the peer unless trusted, then
 * X-Forwarded-For right to left to the first address not trusted, or its leftmost when every hop is. For the
 * resolver's warm lane, which answers before Express sets the request up.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string | undefined {
  const peer = req.socket.remoteAddress;
  if (peer === undefined || !trust(peer, 0)) return peer;
  const header = req.headers['x-forwarded-for'];
  // as the `forwarded` package reads it: comma-separated, spaces trimmed, empty entries skipped
  const hops = (typeof header === 'string' ? header.split(',') : [])
    .map((hop) => hop.replace(/^ +| +$/g, ''))
    .filter((hop) => hop !== '');
  let client = peer;
  for (let i = hops.length - 1, index = 1; i >= 0; i--, index++) {
    client = hops[i] ?? client;
    if (!trust(client, index)) return client;
  }
  return client;
}
