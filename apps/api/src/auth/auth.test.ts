import { randomUUID } from 'node:crypto';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('accounts and sessions on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
  });
  afterAll(async () => {
    await t?.close();
  });

  const signedInOwner = async () => {
    const owner = new HttpAgent(t.baseUrl);
    await owner.signIn(a.people.owner.login, PASSWORD);
    return owner;
  };

  it('signs in with a cookie that is httpOnly and SameSite=Lax, and tells who and where', async () => {
    const response = await fetch(`${t.baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: a.people.owner.login.toUpperCase(), password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('nguon_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const view = (await response.json()) as {
      currentTenantId: string;
      memberships: { role: string }[];
      csrfToken: string;
    };
    expect(view.currentTenantId).toBe(a.id);
    expect(view.memberships).toEqual([{ tenantId: a.id, tenantName: a.name, role: 'owner' }]);
    expect(view.csrfToken.length).toBeGreaterThan(20);
  });

  it('answers the same for an unknown login and a wrong password', async () => {
    const agent = new HttpAgent(t.baseUrl);
    const unknown = await agent.request('POST', '/api/v1/auth/sign-in', {
      body: { login: 'nobody@htx.test', password: PASSWORD },
      storesOnRefusal: 'a failed sign-in counts towards the throttle',
    });
    const wrong = await agent.request('POST', '/api/v1/auth/sign-in', {
      body: { login: a.people.viewer.login, password: 'wrong password' },
      storesOnRefusal: 'a failed sign-in counts towards the throttle',
    });
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(unknown.status).toBe(401);
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks a login after ten failures, even against the right password, with Retry-After', async () => {
    const login = `throttle.${randomUUID().slice(0, 8)}@htx.test`;
    await createPerson(t.platform.ctx, login);
    const agent = new HttpAgent(t.baseUrl);
    for (let i = 0; i < 10; i++) {
      const response = await agent.request('POST', '/api/v1/auth/sign-in', {
        body: { login, password: `wrong-${i}` },
        storesOnRefusal: 'a failed sign-in counts towards the throttle',
      });
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await agent.request('POST', '/api/v1/auth/sign-in', {
      body: { login, password: PASSWORD },
      storesOnRefusal: 'the first attempt past the limit locks the account at this address',
    });
    expect([locked.status, locked.body.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('never removes or demotes the last owner, nor lets an owner change themself', async () => {
    const owner = await signedInOwner();
    const self = await owner.request('PATCH', `/api/v1/staff/${a.people.owner.id}`, {
      body: { role: 'viewer' },
    });
    expect(self.body.code).toBe('CANNOT_CHANGE_SELF');
    const promote = await owner.request('PATCH', `/api/v1/staff/${a.people.clerk.id}`, {
      body: { role: 'owner' },
    });
    expect(promote.body.role).toBe('owner');
    const second = new HttpAgent(t.baseUrl);
    await second.signIn(a.people.clerk.login, PASSWORD);
    const demoteFirst = await second.request('PATCH', `/api/v1/staff/${a.people.owner.id}`, {
      body: { role: 'clerk' },
    });
    expect(demoteFirst.body.role).toBe('clerk');
    const removeSecond = await owner.request('DELETE', `/api/v1/staff/${a.people.clerk.id}`);
    expect(removeSecond.body.code).toBe('FORBIDDEN');
    const restore = await second.request('PATCH', `/api/v1/staff/${a.people.owner.id}`, {
      body: { role: 'owner' },
    });
    expect(restore.body.role).toBe('owner');
    const back = await owner.request('PATCH', `/api/v1/staff/${a.people.clerk.id}`, {
      body: { role: 'clerk' },
    });
    expect(back.body.role).toBe('clerk');
  });

  it('changing the password ends the other sessions, not this one', async () => {
    const login = `pw.${randomUUID().slice(0, 8)}@htx.test`;
    await createPerson(t.platform.ctx, login);
    const [here, elsewhere] = [new HttpAgent(t.baseUrl), new HttpAgent(t.baseUrl)];
    await here.signIn(login, PASSWORD);
    await elsewhere.signIn(login, PASSWORD);
    const wrong = await here.request('POST', '/api/v1/auth/password', {
      body: { currentPassword: 'nope', newPassword: 'Mat-khau-moi-2026' },
    });
    expect([wrong.status, wrong.body.code, wrong.body.path]).toEqual([
      400,
      'WRONG_CURRENT_PASSWORD',
      '/currentPassword',
    ]);
    const changed = await here.request('POST', '/api/v1/auth/password', {
      body: { currentPassword: PASSWORD, newPassword: 'Mat-khau-moi-2026' },
    });
    expect(changed.status).toBe(204);
    expect((await here.request('GET', '/api/v1/auth/session')).status).toBe(200);
    expect((await elsewhere.request('GET', '/api/v1/auth/session')).body.code).toBe('UNAUTHENTICATED');
    await new HttpAgent(t.baseUrl).signIn(login, 'Mat-khau-moi-2026');
  });

  it('signing out ends the session', async () => {
    const owner = await signedInOwner();
    expect((await owner.request('POST', '/api/v1/auth/sign-out')).status).toBe(204);
    expect((await owner.request('GET', '/api/v1/auth/session')).status).toBe(401);
  });

  it('tells a signed-out browser "nobody" with a 200, and a signed-in one its session', async () => {
    const visitor = new HttpAgent(t.baseUrl);
    const before = await visitor.request('GET', '/api/v1/auth/session-state');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ signedIn: false });
    const owner = await signedInOwner();
    const state = await owner.request('GET', '/api/v1/auth/session-state');
    expect(state.status).toBe(200);
    expect(state.body.signedIn).toBe(true);
    expect(state.body.session).toEqual((await owner.request('GET', '/api/v1/auth/session')).body);
    await owner.request('POST', '/api/v1/auth/sign-out');
    // an ended or forged session reads as nobody, not as an error
    expect((await owner.request('GET', '/api/v1/auth/session-state')).body).toEqual({ signedIn: false });
    visitor.cookie = 'nguon_session=forged';
    expect((await visitor.request('GET', '/api/v1/auth/session-state')).body).toEqual({ signedIn: false });
  });

  it('a person with no tenant opens one and becomes its owner', async () => {
    const login = `new.${randomUUID().slice(0, 8)}@htx.test`;
    await createPerson(t.platform.ctx, login);
    const agent = new HttpAgent(t.baseUrl);
    const view = await agent.signIn(login, PASSWORD);
    expect(view.currentTenantId).toBeNull();
    expect((await agent.request('GET', '/api/v1/tenant')).body.code).toBe('NO_TENANT_SELECTED');
    const created = await agent.request('POST', '/api/v1/tenants', {
      body: {
        name: 'HTX Hồng không hạt Bảo Lâm',
        kind: 'coop',
        address: 'Bảo Lâm',
        province: 'cao-bang',
        gln: '8938500000003',
      },
    });
    expect(created.status).toBe(201);
    const switched = await agent.request('POST', '/api/v1/auth/switch-tenant', {
      body: { tenantId: created.body.id },
    });
    expect(switched.body.memberships).toEqual([
      { tenantId: created.body.id, tenantName: 'HTX Hồng không hạt Bảo Lâm', role: 'owner' },
    ]);
  });

  it('API tokens: secret shown once, stored hashed, usable as Bearer within their role', async () => {
    const owner = await signedInOwner();
    const created = await owner.request('POST', '/api/v1/tokens', {
      body: { name: 'Cổng EPCIS', role: 'viewer', expiresInDays: 30 },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^ngn_/);
    const list = await owner.request('GET', '/api/v1/tokens');
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);
    const row = await t.platform.ctx.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', created.body.token.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(created.body.secret.slice(4));
    const integration = new HttpAgent(t.baseUrl, created.body.secret);
    expect((await integration.request('GET', '/api/v1/staff')).status).toBe(200);
    expect(
      (await integration.request('PATCH', '/api/v1/tenant', { body: { phone: '0911111111' } })).status,
    ).toBe(403);
  });

  it("an owner's API token stops working when the owner is demoted", async () => {
    const owner = await signedInOwner();
    const promoted = await owner.request('PATCH', `/api/v1/staff/${a.people.viewer.id}`, {
      body: { role: 'owner' },
    });
    expect(promoted.status).toBe(200);
    const second = new HttpAgent(t.baseUrl);
    await second.signIn(a.people.viewer.login, PASSWORD);
    await second.request('POST', '/api/v1/auth/switch-tenant', { body: { tenantId: a.id } });
    const token = await second.request('POST', '/api/v1/tokens', { body: { name: 'ERP', role: 'owner' } });
    const integration = new HttpAgent(t.baseUrl, token.body.secret);
    expect((await integration.request('GET', '/api/v1/staff')).status).toBe(200);
    await owner.request('PATCH', `/api/v1/staff/${a.people.viewer.id}`, { body: { role: 'viewer' } });
    const after = await integration.request('PATCH', '/api/v1/tenant', { body: { phone: '0900000000' } });
    expect([after.status, after.body.code]).toEqual([401, 'TOKEN_INVALID']);
  });
});
