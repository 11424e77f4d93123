import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, PASSWORD, type TenantFixture, tinyPng } from '../testing/fixtures';
import { HttpAgent } from '../testing/http-agent';
import { expectNothingStored } from '../testing/storage-snapshot';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('bad input on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let owner: HttpAgent;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    owner = new HttpAgent(t.baseUrl);
    await owner.signIn(a.people.owner.login, PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * Sends a bad request to add a member and checks the coded answer and that nothing at all was stored.
   * (Every other refusal here is checked the same way by the agent: see startTestPlatform's guardRefusals.)
   */
  async function expectRefused(
    send: () => Promise<{ status: number; body: { code: string; detail: string; path?: string } }>,
    status: number,
    code: string,
  ) {
    const stored = { db: t.platform.ctx.db, filesDir: t.filesDir };
    const response = await expectNothingStored(stored, `a refused request (${code})`, send);
    expect([response.status, response.body.code]).toEqual([status, code]);
    expect(response.body.detail.length).toBeGreaterThan(5);
    return response.body;
  }

  it('malformed JSON', async () => {
    await expectRefused(
      () => owner.request('POST', '/api/v1/staff', { rawBody: '{"name": "Lan",' }),
      400,
      'MALFORMED_JSON',
    );
  });

  it('wrong types, with the path of the bad value', async () => {
    const body = await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', { body: { name: 42, email: 'lan@htx.test', role: 'clerk' } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.path).toBe('/name');
    expect(body.detail).toBe('Invalid value at /name: must be a string');
  });

  it('unknown properties', async () => {
    const body = await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', {
          body: { name: 'Lan', email: 'lan@htx.test', role: 'clerk', admin: true },
        }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.path).toBe('/admin');
  });

  it('a role that does not exist, and neither email nor phone', async () => {
    await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', {
          body: { name: 'Lan', email: 'lan@htx.test', role: 'boss' },
        }),
      400,
      'VALIDATION_FAILED',
    );
    await expectRefused(
      () => owner.request('POST', '/api/v1/staff', { body: { name: 'Lan', role: 'clerk' } }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a phone number that is not one', async () => {
    const body = await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', { body: { name: 'Lan', phone: '1234-5678', role: 'clerk' } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.path).toBe('/phone');
  });

  it('oversize body', async () => {
    const name = 'x'.repeat(70 * 1024);
    await expectRefused(
      () => owner.request('POST', '/api/v1/staff', { body: { name, email: 'big@htx.test', role: 'clerk' } }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('wrong content type', async () => {
    await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', {
          rawBody: 'name=Lan&role=clerk',
          contentType: 'application/x-www-form-urlencoded',
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await expectRefused(
      () => owner.request('POST', '/api/v1/staff', { rawBody: '{}', contentType: 'text/plain' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const latin1 = await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', {
          rawBody: '{}',
          contentType: 'application/json; charset=latin1',
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(latin1.detail).toContain('application/json; charset=latin1');
    const blank = await expectRefused(
      () => owner.request('POST', '/api/v1/staff', { rawBody: '{}', contentType: '' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(blank.detail).not.toMatch(/ {2}/);
  });

  it('missing or forged CSRF token', async () => {
    const body = { name: 'Lan', email: 'csrf@htx.test', role: 'clerk' };
    await expectRefused(
      () => owner.request('POST', '/api/v1/staff', { body, csrf: false }),
      403,
      'CSRF_FAILED',
    );
    await expectRefused(
      () => owner.request('POST', '/api/v1/staff', { body, headers: { 'x-csrf-token': 'forged' } }),
      403,
      'CSRF_FAILED',
    );
  });

  it('a write from another site, with the right CSRF token: the origin check names itself and what it expects', async () => {
    const body = { name: 'Lan', email: 'origin@htx.test', role: 'clerk' };
    const refused = await expectRefused(
      () => owner.request('POST', '/api/v1/staff', { body, headers: { origin: 'https://evil.example' } }),
      403,
      'ORIGIN_MISMATCH',
    );
    expect(refused.detail).toContain('https://evil.example');
    expect(refused.detail).toContain('http://nguon.test');
    expect(refused.detail).toMatch(/Origin/);
    expect(refused.detail).not.toMatch(/CSRF/);
    const vi = new HttpAgent(t.baseUrl, undefined, 'vi');
    await vi.signIn(a.people.owner.login, PASSWORD);
    const inVietnamese = await vi.request('POST', '/api/v1/staff', { body, headers: { origin: 'null' } });
    expect([inVietnamese.status, inVietnamese.body.code]).toEqual([403, 'ORIGIN_MISMATCH']);
    expect(inVietnamese.body.detail).toContain('nguồn gốc');
  });

  it('an expired session', async () => {
    const agent = new HttpAgent(t.baseUrl);
    await agent.signIn(a.people.owner.login, PASSWORD);
    await sql`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = ${a.people.owner.id} AND csrf_token = ${agent.csrfToken ?? ''}`.execute(
      t.platform.ctx.db,
    );
    const response = await agent.request('POST', '/api/v1/staff', {
      body: { name: 'Lan', email: 'expired@htx.test', role: 'clerk' },
      storesOnRefusal: 'an expired session is deleted when it is next used',
    });
    expect([response.status, response.body.code]).toEqual([401, 'SESSION_EXPIRED']);
    const again = await agent.request('GET', '/api/v1/auth/session');
    expect(again.body.code).toBe('UNAUTHENTICATED');
  });

  it('a revoked, an unknown and a malformed token', async () => {
    const revoke = await owner.request('DELETE', `/api/v1/tokens/${a.tokens.clerk.id}`);
    expect(revoke.status).toBe(204);
    for (const secret of [a.tokens.clerk.secret, 'ngn_unknown', 'not-a-token']) {
      const response = await new HttpAgent(t.baseUrl, secret).request('GET', '/api/v1/tenant');
      expect([response.status, response.body.code]).toEqual([401, 'TOKEN_INVALID']);
    }
    const malformed = await new HttpAgent(t.baseUrl).request('GET', '/api/v1/tenant', {
      headers: { authorization: 'Basic abc' },
    });
    expect(malformed.body.code).toBe('TOKEN_INVALID');
  });

  it('an id that is not a UUID', async () => {
    const response = await owner.request('PATCH', '/api/v1/staff/42', { body: { role: 'viewer' } });
    expect([response.status, response.body.code, response.body.path]).toEqual([
      400,
      'VALIDATION_FAILED',
      '/params/userId',
    ]);
  });

  it('a broken URL escape and a body that is not what its encoding says', async () => {
    const badEscape = await owner.request('PATCH', '/api/v1/staff/%E0%A4%A', { body: { role: 'viewer' } });
    expect([badEscape.status, badEscape.body.code]).toEqual([400, 'BAD_REQUEST']);
    await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', {
          rawBody: '{"name":"Lan"}',
          headers: { 'content-encoding': 'gzip' },
        }),
      400,
      'BAD_REQUEST',
    );
  });

  it('text that cannot be stored as sent: a NUL or a lone surrogate, with the path', async () => {
    const nul = await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', {
          rawBody: '{"name":"La\\u0000n","email":"nul@htx.test","role":"clerk"}',
        }),
      400,
      'VALIDATION_FAILED',
    );
    expect([nul.path, nul.detail]).toEqual([
      '/name',
      'Invalid value at /name: holds a NUL character (U+0000)',
    ]);
    const lone = await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', {
          rawBody: '{"name":"Ng\\ud800uyen","email":"lone@htx.test","role":"clerk"}',
        }),
      400,
      'VALIDATION_FAILED',
    );
    expect(lone.path).toBe('/name');
    expect(lone.detail).toContain('\\ud800');
    const tenant = await owner.request('PATCH', '/api/v1/tenant', {
      rawBody: '{"name":"HTX \\udc00 Hai"}',
      headers: { 'accept-language': 'vi' },
    });
    expect([tenant.status, tenant.body.path, tenant.body.detail]).toEqual([
      400,
      '/name',
      'Dữ liệu không hợp lệ tại /name: có một nửa cặp ký tự UTF-16 lẻ loi (\\udc00), không phải chữ hợp lệ',
    ]);
    const paired = await owner.request('PATCH', '/api/v1/tenant', {
      rawBody: '{"name":"HTX \\ud83c\\udf6f Mật"}',
    });
    expect([paired.status, paired.body.name]).toEqual([200, 'HTX 🍯 Mật']);
  });

  it('a name that is only spaces', async () => {
    await expectRefused(
      () =>
        owner.request('POST', '/api/v1/staff', {
          body: { name: '     ', email: 'blank@htx.test', role: 'clerk' },
        }),
      400,
      'VALIDATION_FAILED',
    );
    const tenant = await owner.request('PATCH', '/api/v1/tenant', { body: { name: '    ' } });
    expect([tenant.status, tenant.body.path]).toEqual([400, '/name']);
  });

  it('an unknown route', async () => {
    const response = await owner.request('GET', '/api/v1/nothing-here');
    expect([response.status, response.body.code]).toEqual([404, 'ROUTE_NOT_FOUND']);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('a GLN with a wrong check digit names the expected digit, and changes nothing', async () => {
    const response = await owner.request('PATCH', '/api/v1/tenant', { body: { gln: '8938500000004' } });
    expect([response.status, response.body.code, response.body.path]).toEqual([
      400,
      'GLN_CHECK_DIGIT',
      '/gln',
    ]);
    expect(response.body.detail).toBe(
      'GLN 8938500000004 has a wrong check digit: the last digit should be 3.',
    );
    expect((await owner.request('GET', '/api/v1/tenant')).body.gln).toBeNull();
  });

  it('answers in Vietnamese by default and when asked', async () => {
    const vi = new HttpAgent(t.baseUrl, undefined, 'vi');
    const response = await vi.request('GET', '/api/v1/tenant');
    expect(response.body.detail).toBe('Bạn cần đăng nhập.');
    const bare = await fetch(`${t.baseUrl}/api/v1/tenant`);
    expect(((await bare.json()) as { detail: string }).detail).toBe('Bạn cần đăng nhập.');
  });

  describe('logo uploads', () => {
    const upload = (bytes: Uint8Array, contentType: string) =>
      owner.request('PUT', '/api/v1/tenant/logo', { rawBody: bytes, contentType });
    const logoUrl = async () => (await owner.request('GET', '/api/v1/tenant')).body.logoUrl;

    it('refuses other file types, bytes that lie about their type, empty and oversize files', async () => {
      const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
      const cases: [Uint8Array, string, number, string][] = [
        [gif, 'image/gif', 415, 'UNSUPPORTED_FILE_TYPE'],
        [gif, 'image/png', 415, 'UNSUPPORTED_FILE_TYPE'],
        [tinyPng, 'image/jpeg', 415, 'UNSUPPORTED_FILE_TYPE'],
        [tinyPng, 'application/json', 415, 'UNSUPPORTED_FILE_TYPE'],
        [Buffer.alloc(0), 'image/png', 400, 'VALIDATION_FAILED'],
        [Buffer.concat([tinyPng, Buffer.alloc(600 * 1024)]), 'image/png', 413, 'PAYLOAD_TOO_LARGE'],
      ];
      for (const [bytes, type, status, code] of cases) {
        const response = await upload(bytes, type);
        expect([response.status, response.body.code], `${type} ${bytes.length} bytes`).toEqual([
          status,
          code,
        ]);
      }
      expect(await logoUrl()).toBeNull();
    });

    it('stores a real PNG, serves it publicly, and removes it', async () => {
      const stored = await upload(tinyPng, 'image/png');
      expect(stored.status).toBe(200);
      expect(stored.body.logoUrl).toMatch(new RegExp(`^/api/v1/tenants/${a.id}/logo\\?v=\\d+$`));
      const served = await fetch(`${t.baseUrl}${stored.body.logoUrl}`);
      expect(served.headers.get('content-type')).toBe('image/png');
      // stored re-encoded from its pixels (tenant-logo.test.ts), so the same image, not the same bytes
      expect(
        Buffer.from(await served.arrayBuffer())
          .subarray(1, 4)
          .toString('latin1'),
      ).toBe('PNG');
      const removed = await owner.request('DELETE', '/api/v1/tenant/logo');
      expect(removed.body.logoUrl).toBeNull();
      const gone = await fetch(`${t.baseUrl}/api/v1/tenants/${a.id}/logo`);
      expect(gone.status).toBe(404);
    });
  });
});
