import { randomUUID } from 'node:crypto';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createPerson, PASSWORD } from '../testing/fixtures';
import { HttpAgent, signedInAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();
const THROTTLE_NOTE = 'a taken login counts towards the per-address sign-up limit';

const uniqueEmail = () => `chu.${randomUUID().slice(0, 8)}@htx.test`;
function body(person: Record<string, unknown> = {}, tenant: Record<string, unknown> = {}) {
  return {
    person: { name: 'Lò Thị Hoa', email: uniqueEmail(), password: PASSWORD, ...person },
    tenant: {
      name: 'HTX Mật ong Bắc Hà',
      kind: 'coop',
      province: 'lao-cai',
      address: 'Xã Bảo Nhai, huyện Bắc Hà',
      taxCode: '5300123456',
      ...tenant,
    },
  };
}

const signUp = (
  agent: HttpAgent,
  payload: unknown,
  headers: Record<string, string> = {},
  storesOnRefusal?: string,
) => agent.request('POST', '/api/v1/sign-up', { body: payload, headers, storesOnRefusal });

describe.each(drivers)('sign-up (open) on %s', (driver) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(driver);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('says sign-up is open', async () => {
    const response = await new HttpAgent(t.baseUrl).request('GET', '/api/v1/sign-up');
    expect(response.body).toEqual({ mode: 'open' });
  });

  it('makes the person owner of their new, empty tenant and signs them in there', async () => {
    const agent = new HttpAgent(t.baseUrl, undefined, 'vi');
    const payload = body({ email: 'Hoa.Lo@HTX.test', phone: '+84 912 000 111' });
    const response = await signUp(agent, payload);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.status).toBe('active');
    const session = await agent.request('GET', '/api/v1/auth/session');
    expect(session.body.user).toMatchObject({
      name: 'Lò Thị Hoa',
      email: 'hoa.lo@htx.test',
      phone: '0912000111',
    });
    expect(session.body.memberships).toEqual([
      { tenantId: response.body.tenantId, tenantName: 'HTX Mật ong Bắc Hà', role: 'owner' },
    ]);
    expect(session.body.currentTenantId).toBe(response.body.tenantId);
    expect(session.body.pendingTenants).toEqual([]);
    agent.csrfToken = session.body.csrfToken;
    const tenant = await agent.request('GET', '/api/v1/tenant');
    expect(tenant.body).toMatchObject({ name: 'HTX Mật ong Bắc Hà', kind: 'coop', taxCode: '5300123456' });
    const lots = await agent.request('GET', '/api/v1/lots');
    expect(lots.status).toBe(200);
    expect(lots.body.items).toEqual([]);
    const again = await signedInAgent(t.baseUrl, '0912000111', PASSWORD);
    expect(again.csrfToken).toBeTruthy();
  });

  it.each([
    ['no person', { tenant: body().tenant }, 'VALIDATION_FAILED'],
    ['neither email nor phone', body({ email: undefined }), 'VALIDATION_FAILED'],
    ['a bad email', body({ email: 'not-an-email' }), 'VALIDATION_FAILED'],
    ['a phone with letters', body({ phone: '09a2345678' }), 'VALIDATION_FAILED'],
    ['a phone that is no Vietnamese number', body({ phone: '1234 5678 9' }), 'VALIDATION_FAILED'],
    ['a short password', body({ password: 'ngan' }), 'VALIDATION_FAILED'],
    ['a common password', body({ password: 'password123' }), 'WEAK_PASSWORD'],
    ['a blank name', body({ name: '   ' }), 'VALIDATION_FAILED'],
    ['an unknown kind', body({}, { kind: 'farm' }), 'VALIDATION_FAILED'],
    ['an unknown province', body({}, { province: 'atlantis' }), 'VALIDATION_FAILED'],
    ['a bad tax code', body({}, { taxCode: '123' }), 'VALIDATION_FAILED'],
    ['an extra field', body({}, { gln: '8938500000003' }), 'VALIDATION_FAILED'],
  ])('refuses %s with a coded 400 in both languages, storing nothing', async (_label, payload, code) => {
    for (const lang of ['vi', 'en'] as const) {
      const response = await signUp(new HttpAgent(t.baseUrl, undefined, lang), payload);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe(code);
      expect(response.body.detail ?? response.body.title).toBeTruthy();
    }
  });

  it('refuses a taken email or phone with one 409 that names neither the account nor which one', async () => {
    const existing = `co.san.${randomUUID().slice(0, 6)}@htx.test`;
    await createPerson(t.platform.ctx, existing);
    await createPerson(t.platform.ctx, '0987000222');
    const byEmail = await signUp(
      new HttpAgent(t.baseUrl),
      body({ email: existing.toUpperCase() }),
      {},
      THROTTLE_NOTE,
    );
    const byPhone = await signUp(
      new HttpAgent(t.baseUrl),
      body({ phone: '+84987000222' }),
      {},
      THROTTLE_NOTE,
    );
    for (const response of [byEmail, byPhone]) {
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('SIGN_UP_LOGIN_TAKEN');
      expect(response.body.detail).toBe(byEmail.body.detail);
      expect(JSON.stringify(response.body)).not.toContain(existing);
    }
    const tenants = await t.platform.ctx.db.selectFrom('tenants').select('name').execute();
    expect(tenants.filter((row) => row.name === 'HTX Mật ong Bắc Hà')).toHaveLength(1);
  });

  it('answers a retry with the same Idempotency-Key as the first time, with a new session', async () => {
    const payload = body();
    const headers = { 'idempotency-key': `sign-up-${randomUUID()}` };
    const first = await signUp(new HttpAgent(t.baseUrl), payload, headers);
    const retry = new HttpAgent(t.baseUrl);
    const second = await signUp(retry, payload, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect((await retry.request('GET', '/api/v1/auth/session')).body.currentTenantId).toBe(
      first.body.tenantId,
    );
    const reused = await signUp(new HttpAgent(t.baseUrl), body(), headers);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const bad = await signUp(new HttpAgent(t.baseUrl), body(), { 'idempotency-key': 'has space' });
    expect(bad.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
  });

  it('never signs a replay in once the password has changed since: the login is taken, no session', async () => {
    const payload = body();
    const headers = { 'idempotency-key': `sign-up-${randomUUID()}` };
    const owner = new HttpAgent(t.baseUrl);
    expect((await signUp(owner, payload, headers)).status).toBe(201);
    owner.csrfToken = (await owner.request('GET', '/api/v1/auth/session')).body.csrfToken;
    const changed = await owner.request('POST', '/api/v1/auth/password', {
      body: { currentPassword: payload.person.password, newPassword: 'Mat-khau-moi-2026' },
    });
    expect(changed.status).toBe(204);
    const stranger = new HttpAgent(t.baseUrl);
    const replay = await signUp(stranger, payload, headers, THROTTLE_NOTE);
    expect([replay.status, replay.body.code]).toEqual([409, 'SIGN_UP_LOGIN_TAKEN']);
    expect(replay.headers.get('set-cookie')).toBeNull();
    expect((await stranger.request('GET', '/api/v1/auth/session-state')).body).toEqual({ signedIn: false });
  });

  it('limits sign-ups per address, with the seconds to wait', async () => {
    let last = await signUp(new HttpAgent(t.baseUrl), body());
    for (let i = 0; i < 12 && last.status === 201; i++)
      last = await signUp(new HttpAgent(t.baseUrl), body(), {}, THROTTLE_NOTE);
    expect(last.status).toBe(429);
    expect(last.body.code).toBe('SIGN_UP_TOO_MANY');
    expect(last.body.detail).toMatch(/try again in \d+ seconds/);
  });
});

describe.each(drivers)('sign-up with approval on %s', (driver) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(driver, { signUpMode: 'approval' });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('keeps the new tenant pending until a platform admin approves it', async () => {
    const owner = new HttpAgent(t.baseUrl);
    const created = await signUp(owner, body({}, { name: 'HTX Chè Chờ Duyệt' }));
    expect(created.body.status).toBe('pending');
    const waiting = await owner.request('GET', '/api/v1/auth/session');
    expect(waiting.body.memberships).toEqual([]);
    expect(waiting.body.currentTenantId).toBeNull();
    expect(waiting.body.pendingTenants).toEqual([
      { tenantId: created.body.tenantId, tenantName: 'HTX Chè Chờ Duyệt', status: 'pending' },
    ]);
    owner.csrfToken = waiting.body.csrfToken;
    expect((await owner.request('GET', '/api/v1/lots')).body.code).toBe('NO_TENANT_SELECTED');
    const switched = await owner.request('POST', '/api/v1/auth/switch-tenant', {
      body: { tenantId: created.body.tenantId },
    });
    expect(switched.status).toBe(403);

    const admin = await signedInAgent(t.baseUrl, (await createAdmin(t.platform.ctx)).login, PASSWORD);
    const pending = await admin.request('GET', '/api/v1/admin/tenants/pending');
    expect(pending.body.items).toEqual([
      expect.objectContaining({
        id: created.body.tenantId,
        name: 'HTX Chè Chờ Duyệt',
        ownerName: 'Lò Thị Hoa',
      }),
    ]);
    const decision = `/api/v1/admin/tenants/${created.body.tenantId}/decision`;
    expect((await owner.request('POST', decision, { body: { decision: 'approve' } })).status).toBe(403);
    const approved = await admin.request('POST', decision, { body: { decision: 'approve' } });
    expect(approved.body).toEqual({ id: created.body.tenantId, status: 'active' });
    const twice = await admin.request('POST', decision, { body: { decision: 'refuse' } });
    expect([twice.status, twice.body.code]).toEqual([409, 'TENANT_NOT_PENDING']);
    const missing = await admin.request('POST', `/api/v1/admin/tenants/${randomUUID()}/decision`, {
      body: { decision: 'approve' },
    });
    expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);

    const now = await owner.request('POST', '/api/v1/auth/switch-tenant', {
      body: { tenantId: created.body.tenantId },
    });
    expect(now.status).toBe(200);
    expect(now.body.pendingTenants).toEqual([]);
    expect((await admin.request('GET', '/api/v1/admin/tenants/pending')).body.items).toEqual([]);
  });

  it('shows a refused tenant as refused, and it never opens', async () => {
    const owner = new HttpAgent(t.baseUrl);
    const created = await signUp(owner, body({}, { name: 'HTX Bị Từ Chối' }));
    const admin = await signedInAgent(t.baseUrl, (await createAdmin(t.platform.ctx)).login, PASSWORD);
    const refused = await admin.request('POST', `/api/v1/admin/tenants/${created.body.tenantId}/decision`, {
      body: { decision: 'refuse' },
    });
    expect(refused.body.status).toBe('refused');
    const session = await owner.request('GET', '/api/v1/auth/session');
    expect(session.body.pendingTenants).toEqual([
      { tenantId: created.body.tenantId, tenantName: 'HTX Bị Từ Chối', status: 'refused' },
    ]);
  });
});

describe.each(drivers)('sign-up closed on %s', (driver) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(driver, { signUpMode: 'closed' });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('says so, and refuses with a coded 403 storing nothing', async () => {
    const agent = new HttpAgent(t.baseUrl);
    expect((await agent.request('GET', '/api/v1/sign-up')).body).toEqual({ mode: 'closed' });
    const refused = await signUp(agent, body());
    expect([refused.status, refused.body.code]).toEqual([403, 'SIGN_UP_CLOSED']);
    expect(refused.body.detail).toBe('This platform does not take new sign-ups; contact its operator.');
  });
});
