import { hash } from 'node:crypto';
import { clientNetwork } from '@nguon/services';
import { describe, expect, it } from 'vitest';
import { browserFamily, isLinkPreview, networkHash, regionOf } from './client-signals';
import { tracePagePolicy, tracePageStyleSource } from './page-style';
import { NetworkRateLimit } from './rate-limit';

describe('regionOf', () => {
  it('reads a plain region code from the configured header only', () => {
    expect(regionOf({ 'x-region': 'vn-hn' }, 'x-region')).toBe('VN-HN');
    expect(regionOf({ 'x-region': 'VN-HN' }, undefined)).toBeNull();
    expect(regionOf({}, 'x-region')).toBeNull();
    for (const junk of ['', 'VN HN', '<b>', 'x'.repeat(41), 'Hà Nội'])
      expect(regionOf({ 'x-region': junk }, 'x-region')).toBeNull();
    expect(regionOf({ 'x-region': ['VN-HN', 'VN-SG'] }, 'x-region')).toBeNull();
  });
});

describe('clientNetwork and networkHash', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:203.0.113.77', '203.0.113.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['2001:db8:abcd:ffff:1:2:3:4', '2001:db8:abcd::/48'],
    ['::1', '0:0:0::/48'],
  ])('counts %s as the network %s', (ip, network) => {
    expect(clientNetwork(ip)).toBe(network);
  });

  it('hashes the network with the key, never the address', () => {
    const expected = hash('sha256', 'k\u0000203.0.113.0/24', 'base64url');
    expect(networkHash('k', clientNetwork('203.0.113.5'))).toBe(expected);
    expect(networkHash('k', clientNetwork('203.0.113.200'))).toBe(expected);
    expect(networkHash('other', clientNetwork('203.0.113.5'))).not.toBe(expected);
    expect(expected).not.toContain('203.0.113');
  });
});

describe('browserFamily and isLinkPreview', () => {
  it.each([
    ['Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36', 'chrome'],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1',
      'safari',
    ],
    ['Mozilla/5.0 (Android 13; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0', 'firefox'],
    [
      'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 SamsungBrowser/24.0 Chrome/117.0 Mobile Safari/537.36',
      'samsung',
    ],
    [
      'Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 Zalo android/12110164 ZaloTheme/light',
      'zalo',
    ],
    ['Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Mobile/15E148 [FBAN/FBIOS;FBAV/455.0]', 'facebook'],
    ['', 'other'],
  ])('reads %s as %s', (agent, family) => {
    expect(browserFamily(agent)).toBe(family);
  });

  it.each([
    ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', true],
    ['Twitterbot/1.0', true],
    ['Zalo', true],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', true],
    [
      'Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 Zalo android/12110164',
      false,
    ],
    ['Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1', false],
  ])('%s is a link preview: %s', (agent, preview) => {
    expect(isLinkPreview(agent)).toBe(preview);
  });
});

describe('NetworkRateLimit', () => {
  it('gives a burst, then a steady rate, per network', () => {
    let now = 0;
    const limit = new NetworkRateLimit({ burst: 2, perSecond: 1, clock: () => now });
    expect(limit.take('n1')).toEqual({ allowed: true });
    expect(limit.take('n1')).toEqual({ allowed: true });
    expect(limit.take('n1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limit.take('n2')).toEqual({ allowed: true });
    now += 1000;
    expect(limit.take('n1')).toEqual({ allowed: true });
  });
});

describe('tracePagePolicy', () => {
  it('narrows style-src to our files and the page stylesheet, keeping the rest', () => {
    const policy = tracePagePolicy(
      "default-src 'self';script-src 'self';style-src 'self' https: 'unsafe-inline';img-src 'self' data:",
    );
    expect(policy).toBe(
      `default-src 'self';script-src 'self';img-src 'self' data:;style-src 'self' ${tracePageStyleSource}`,
    );
  });
});
