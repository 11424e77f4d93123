import { randomUUID } from 'node:crypto';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { type AgentResponse, HttpAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();
const fresh = (label: string) => `${label}.${randomUUID().slice(0, 8)}@htx.test`;

describe.each(drivers)('staff invitations over HTTP on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    b = await createTenantFixture(t.platform.ctx, 'B');
  });
  afterAll(async () => {
    await t?.close();
  });

  const signedIn = async (login: string) => {
    const agent = new HttpAgent(t.baseUrl);
    await agent.signIn(login, PASSWORD);
    return agent;
  };
  const setPassword = (code: string, password: string) =>
    new HttpAgent(t.baseUrl).request('POST', '/api/v1/auth/set-password', {
      body: { code, password },
      storesOnRefusal: 'every set-password attempt counts towards the throttle',
    });

  it('an owner invites a new person, who sets a password with the code and lands in the tenant', async () => {
    const owner = await signedIn(a.people.owner.login);
    const added = await owner.request('POST', '/api/v1/staff', {
      body: { name: 'Lò Thị Hoa', phone: '+84 98 765 4321', role: 'clerk' },
    });
    expect(added.status).toBe(201);
    expect(added.body.invitation).toMatchObject({ phone: '0987654321', role: 'clerk', status: 'pending' });
    const { code, url } = added.body.code;
    expect(url).toBe(`http://nguon.test/set-password?code=${code}`);
    const listed = await owner.request('GET', '/api/v1/staff/invitations');
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(added.body.invitation.id);

    expect((await setPassword(code, '1234567890')).body.code).toBe('WEAK_PASSWORD');
    const set = await setPassword(code.toLowerCase(), 'Hoa-nhap-lieu-2026');
    expect(set.status).toBe(200);
    expect(set.body.memberships).toEqual([{ tenantId: a.id, tenantName: a.name, role: 'clerk' }]);
    expect((await setPassword(code, 'Hoa-nhap-lieu-2027')).body.code).toBe('SET_PASSWORD_CODE_INVALID');
    await new HttpAgent(t.baseUrl).signIn('0987654321', 'Hoa-nhap-lieu-2026');
    const staff = await owner.request('GET', '/api/v1/staff');
    expect(staff.body.items.find((m: { phone: string }) => m.phone === '0987654321')).toMatchObject({
      name: 'Lò Thị Hoa',
      passwordSet: true,
    });
  });

  it('does not count a weak password typed with the right code as a guess', async () => {
    const owner = await signedIn(a.people.owner.login);
    const added = await owner.request('POST', '/api/v1/staff', {
      body: { name: 'Mùa A Sùng', phone: '0912 000 111', role: 'clerk' },
    });
    // more tries than the per-code and per-address limits (10) allow guesses
    for (let i = 0; i < 12; i++)
      expect((await setPassword(added.body.code.code, '1234567890')).body.code).toBe('WEAK_PASSWORD');
    expect((await setPassword(added.body.code.code, 'Sung-nhap-lieu-2026')).status).toBe(200);
  });

  it('answers the same for a login with an account and one without, and shows only what was typed', async () => {
    const ownerB = await signedIn(b.people.owner.login);
    const add = (email: string) =>
      ownerB.request('POST', '/api/v1/staff', { body: { name: 'Tên gõ vào', email, role: 'owner' } });
    const strip = (r: AgentResponse) => ({
      status: r.status,
      keys: Object.keys(r.body).sort(),
      invitation: { ...r.body.invitation, id: '', email: '', createdAt: '', expiresAt: '' },
      code: Object.keys(r.body.code).sort(),
      codeLength: r.body.code.code.length,
    });
    const existing = await add(a.people.viewer.login);
    const unknown = await add(fresh('nobody'));
    expect(strip(existing)).toEqual(strip(unknown));
    const listed = await ownerB.request('GET', '/api/v1/staff/invitations');
    const shown = listed.body.items.find((i: { email: string }) => i.email === a.people.viewer.login);
    expect(shown).toMatchObject({ name: 'Tên gõ vào', phone: null, status: 'pending' });
    // Made an owner of B on paper only: nothing changes for the person until they accept.
    const person = await signedIn(a.people.viewer.login);
    const switched = await person.request('POST', '/api/v1/auth/switch-tenant', { body: { tenantId: b.id } });
    expect(switched.status).toBe(403);
    const declined = await person.request(
      'POST',
      `/api/v1/me/invitations/${existing.body.invitation.id}/decline`,
    );
    expect(declined.status).toBe(204);
  });

  it('someone with an account accepts after signing in; their password stays theirs', async () => {
    const login = fresh('lan');
    await createPerson(t.platform.ctx, login);
    const ownerB = await signedIn(b.people.owner.login);
    const added = await ownerB.request('POST', '/api/v1/staff', {
      body: { name: 'Lan', email: login, role: 'clerk' },
    });
    const takeover = await setPassword(added.body.code.code, 'Ke-cuop-tai-khoan-1');
    expect([takeover.status, takeover.body.code]).toEqual([409, 'INVITATION_NEEDS_SIGN_IN']);

    const person = await signedIn(login);
    const mine = await person.request('GET', '/api/v1/me/invitations');
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: added.body.invitation.id, tenantName: b.name, role: 'clerk' }),
    ]);
    const path = `/api/v1/me/invitations/${added.body.invitation.id}/accept`;
    const accepted = await person.request('POST', path);
    expect([accepted.status, accepted.body]).toEqual([
      200,
      { tenantId: b.id, tenantName: b.name, role: 'clerk' },
    ]);
    expect((await person.request('POST', path)).body.tenantId).toBe(b.id);
    await person.request('POST', '/api/v1/auth/switch-tenant', { body: { tenantId: b.id } });
    expect((await person.request('GET', '/api/v1/tenant')).body.id).toBe(b.id);
    // A clerk in B cannot read B's staff.
    expect((await person.request('GET', '/api/v1/staff')).status).toBe(403);
    const userId = (await person.request('GET', '/api/v1/auth/session')).body.user.id;
    const recode = await ownerB.request('POST', `/api/v1/staff/${userId}/set-password-code`);
    expect([recode.status, recode.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('refuses a member or a second waiting invitation; a revoked or renewed code stops working', async () => {
    const owner = await signedIn(a.people.owner.login);
    const member = await owner.request('POST', '/api/v1/staff', {
      body: { name: 'Xa', email: a.people.clerk.login, role: 'viewer' },
    });
    expect([member.status, member.body.code]).toEqual([409, 'ALREADY_MEMBER']);
    const body = { name: 'Hai Lần', email: fresh('twice'), role: 'viewer' };
    const first = await owner.request('POST', '/api/v1/staff', { body });
    const twice = await owner.request('POST', '/api/v1/staff', { body });
    expect([twice.status, twice.body.code]).toEqual([409, 'INVITATION_PENDING']);
    const renewed = await owner.request('POST', `/api/v1/staff/invitations/${first.body.invitation.id}/code`);
    expect(renewed.status).toBe(201);
    expect((await setPassword(first.body.code.code, 'Hai-lan-mat-khau-1')).body.code).toBe(
      'SET_PASSWORD_CODE_INVALID',
    );
    const revoke = () => owner.request('DELETE', `/api/v1/staff/invitations/${first.body.invitation.id}`);
    expect((await revoke()).status).toBe(204);
    expect((await revoke()).status).toBe(204);
    expect((await setPassword(renewed.body.code, 'Hai-lan-mat-khau-1')).body.code).toBe(
      'SET_PASSWORD_CODE_INVALID',
    );
    expect((await owner.request('POST', '/api/v1/staff', { body })).status).toBe(201);
    const ownerB = await signedIn(b.people.owner.login);
    const foreign = await ownerB.request('DELETE', `/api/v1/staff/invitations/${first.body.invitation.id}`);
    expect(foreign.status).toBe(404);
  });

  it('a removed member loses access to the tenant at once', async () => {
    const owner = await signedIn(a.people.owner.login);
    const added = await owner.request('POST', '/api/v1/staff', {
      body: { name: 'Tạm', email: fresh('tam'), role: 'viewer' },
    });
    const member = new HttpAgent(t.baseUrl);
    const joined = await member.request('POST', '/api/v1/auth/set-password', {
      body: { code: added.body.code.code, password: 'Tam-thoi-2026-abc' },
    });
    member.csrfToken = joined.body.csrfToken;
    expect((await member.request('GET', '/api/v1/staff')).status).toBe(200);
    expect((await owner.request('DELETE', `/api/v1/staff/${joined.body.user.id}`)).status).toBe(204);
    const after = await member.request('GET', '/api/v1/staff');
    expect([after.status, after.body.code]).toEqual([403, 'NO_TENANT_SELECTED']);
  });

  it('no owner can take over an account another tenant created, even one still to be made', async () => {
    const login = fresh('pending');
    const owner = await signedIn(a.people.owner.login);
    const attacker = await signedIn(b.people.owner.login);
    const fromA = await owner.request('POST', '/api/v1/staff', {
      body: { name: 'Lan Chờ', email: login, role: 'owner' },
    });
    const fromB = await attacker.request('POST', '/api/v1/staff', {
      body: { name: 'Lan Chờ', email: login, role: 'clerk' },
    });
    const set = await setPassword(fromA.body.code.code, 'Lan-that-su-2026');
    expect(set.status).toBe(200);
    // B's code cannot set the password of the account A's invitation made; the person accepts B themself.
    expect((await setPassword(fromB.body.code.code, 'Ke-cuop-2026-abc')).body.code).toBe(
      'INVITATION_NEEDS_SIGN_IN',
    );
    const lan = new HttpAgent(t.baseUrl);
    await lan.signIn(login, 'Lan-that-su-2026');
    await lan.request('POST', `/api/v1/me/invitations/${fromB.body.invitation.id}/accept`);
    expect((await lan.request('GET', '/api/v1/auth/session')).body.memberships).toHaveLength(2);
    // Neither owner may hand out a code now: B did not make the account, and A no longer holds it alone.
    for (const agent of [attacker, owner]) {
      const recode = await agent.request('POST', `/api/v1/staff/${set.body.user.id}/set-password-code`);
      expect([recode.status, recode.body.code]).toEqual([403, 'FORBIDDEN']);
    }
  });
});
