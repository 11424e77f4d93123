import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

/** The security headers and session cookie a browser gets, for a platform published at `publicBaseUrl`. */
async function whatTheBrowserGets(t: TestPlatform, a: TenantFixture, host: string) {
  const page = await fetch(`${t.baseUrl}/sign-in`, { headers: { host } });
  const signIn = await fetch(`${t.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
    body: JSON.stringify({ login: a.people.owner.login, password: PASSWORD }),
  });
  const cookie = signIn.headers.getSetCookie().find((line) => line.startsWith('nguon_session=')) ?? '';
  return {
    csp: page.headers.get('content-security-policy') ?? '',
    hsts: page.headers.get('strict-transport-security'),
    signIn: signIn.status,
    secureCookie: /;\s*Secure/i.test(cookie),
  };
}

// Headers do not depend on the database: PGlite alone is enough here.
describe.each([
  {
    publicBaseUrl: 'http://192.168.1.10:3000',
    host: '192.168.1.10:3000',
    label: 'plain HTTP on a co-op network',
    strict: false,
  },
  { publicBaseUrl: 'https://trace.example.vn', host: 'trace.example.vn', label: 'HTTPS', strict: true },
])('security headers for $label ($publicBaseUrl)', ({ publicBaseUrl, host, strict }) => {
  let t: TestPlatform;
  let a: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform('pglite', { publicBaseUrl });
    a = await createTenantFixture(t.platform.ctx, 'A');
  });
  afterAll(async () => {
    await t?.close();
  });

  it(
    strict
      ? 'upgrades insecure requests, sends HSTS and marks the session cookie Secure'
      : 'never tells the browser to fetch scripts over https, sends no HSTS, and the cookie works over http',
    async () => {
      const got = await whatTheBrowserGets(t, a, host);
      expect(got.csp.includes('upgrade-insecure-requests')).toBe(strict);
      expect(got.hsts !== null).toBe(strict);
      expect(got.secureCookie).toBe(strict);
      expect(got.signIn).toBe(200);
    },
  );

  it('keeps the rest of the policy as strict as helmet makes it', async () => {
    const { csp } = await whatTheBrowserGets(t, a, host);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'self'",
      "base-uri 'self'",
      "form-action 'self'",
    ])
      expect(csp).toContain(directive);
  });

  it('lets scripts compile WebAssembly (the QR reader) but never eval JavaScript or run inline scripts', async () => {
    const { csp } = await whatTheBrowserGets(t, a, host);
    const scriptSrc = csp
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name === 'script-src');
    expect(scriptSrc).toEqual([['script-src', "'self'", "'wasm-unsafe-eval'"]]);
    const tokens = csp.split(/[\s;]+/);
    expect(tokens).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("script-src-attr 'none'");
  });
});
