import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, trustProxyFrom } from './config';

const env = (extra: Record<string, string>) => ({
  DATA_DIR: '/tmp/nguon-config-test',
  SESSION_SECRET: 'x'.repeat(32),
  ...extra,
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told, and reads addresses, subnets and the named ranges', async () => {
    expect((await loadConfig(env({}))).trustProxy).toEqual([]);
    expect(trustProxyFrom(' 10.0.0.5, 10.0.0.0/8 ,fd00::/8, loopback ')).toEqual([
      '10.0.0.5',
      '10.0.0.0/8',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each(['true', '*', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2', '1'])(
    'refuses to start with TRUST_PROXY=%s, saying what it takes',
    async (value) => {
      await expect(loadConfig(env({ TRUST_PROXY: value }))).rejects.toThrow(
        /TRUST_PROXY must list the reverse proxies.*addresses \(10\.0\.0\.5\), subnets/,
      );
    },
  );
});

describe('SESSION_MAX_AGE_DAYS', () => {
  it('ends sessions 30 days after sign-in by default, or after the days given', async () => {
    expect((await loadConfig(env({}))).sessionMaxAgeMs).toBe(30 * 24 * 3600 * 1000);
    expect((await loadConfig(env({ SESSION_MAX_AGE_DAYS: '7' }))).sessionMaxAgeMs).toBe(7 * 24 * 3600 * 1000);
    await expect(loadConfig(env({ SESSION_MAX_AGE_DAYS: '0.5' }))).rejects.toThrow(/SESSION_MAX_AGE_DAYS/);
  });
});

describe('RESOLVER_RATE_BURST and RESOLVER_RATE_PER_SECOND', () => {
  it('let each client network a burst of 120 scans, then 20 a second, by default, or what is given', async () => {
    expect((await loadConfig(env({}))).resolverRate).toEqual({ burst: 120, perSecond: 20 });
    const given = await loadConfig(env({ RESOLVER_RATE_BURST: '500', RESOLVER_RATE_PER_SECOND: '0.5' }));
    expect(given.resolverRate).toEqual({ burst: 500, perSecond: 0.5 });
  });

  it.each(['0', '-3', 'many', 'Infinity'])('refuse %s at start, naming the setting', async (value) => {
    await expect(loadConfig(env({ RESOLVER_RATE_PER_SECOND: value }))).rejects.toThrow(
      /RESOLVER_RATE_PER_SECOND/,
    );
  });
});

describe('SCAN_REGION_HEADER', () => {
  it('names the header a trusted proxy sets to the region, in lower case; unset, none', async () => {
    expect((await loadConfig(env({}))).scanRegionHeader).toBeUndefined();
    const behindProxy = { TRUST_PROXY: 'loopback' };
    expect(
      (await loadConfig(env({ ...behindProxy, SCAN_REGION_HEADER: 'X-Geo-Region' }))).scanRegionHeader,
    ).toBe('x-geo-region');
    await expect(loadConfig(env({ ...behindProxy, SCAN_REGION_HEADER: 'x region: 1' }))).rejects.toThrow(
      /SCAN_REGION_HEADER/,
    );
    await expect(loadConfig(env({ SCAN_REGION_HEADER: 'x-geo-region' }))).rejects.toThrow(
      /needs TRUST_PROXY/,
    );
  });
});

describe('TEMPLATES_DIR', () => {
  it("loads the repository's templates/ by default, the folder given, or none when set empty", async () => {
    const repoTemplates = fileURLToPath(new URL('../../../templates', import.meta.url));
    const byDefault = (await loadConfig(env({}))).templatesDir;
    expect(byDefault).toBe(repoTemplates);
    expect(existsSync(join(repoTemplates, 'che-shan-tuyet', 'template.json'))).toBe(true);
    expect((await loadConfig(env({ TEMPLATES_DIR: '/srv/mau' }))).templatesDir).toBe('/srv/mau');
    expect((await loadConfig(env({ TEMPLATES_DIR: '' }))).templatesDir).toBeNull();
  });
});
