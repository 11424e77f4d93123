import type { SignUpBody } from '@nguon/contracts';
import { findMembership, listInactiveMembershipsOfUser } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformAdmin } from '../admin/first-admin.service';
import type { Principal } from '../auth/principal';
import { setPasswordWithCode } from '../auth/set-password.service';
import type { ServiceContext } from '../context/service-context';
import { createTenant } from '../tenants/tenants.service';
import { createServiceKit, refusalOf, type ServiceKit } from '../testing';
import { signUp } from './sign-up.service';
import { decideTenant, listPendingTenants } from './tenant-approval.service';

const PASSWORD = 'Mat-ong-Bac-Ha-2026';
let n = 0;
const body = (tenantName = 'HTX Mật ong'): SignUpBody => ({
  person: { name: 'Lò Thị Hoa', email: `hoa.${++n}@htx.test`, password: PASSWORD },
  tenant: { name: tenantName, kind: 'coop', province: 'lao-cai', address: 'Xã Bảo Nhai' },
});
const withMode = (ctx: ServiceContext, signUpMode: 'open' | 'approval' | 'closed'): ServiceContext => ({
  ...ctx,
  config: { ...ctx.config, signUpMode },
});

describe.each(await testDrivers())('sign-up, approval and the first admin on %s', (driver) => {
  let kit: ServiceKit;
  let admin: Principal;
  beforeAll(async () => {
    kit = await createServiceKit(driver);
  }, 60_000);
  afterAll(async () => {
    await kit?.close();
  });

  it('makes the first admin once; the one-time code sets the password and signs them in', async () => {
    const made = await createPlatformAdmin(kit.ctx, { email: 'Admin@Nguon.test', evenIfAdminExists: false });
    if (made.kind !== 'done' || !made.setPassword) throw new Error(`not made: ${JSON.stringify(made)}`);
    expect(await createPlatformAdmin(kit.ctx, { email: 'hai@nguon.test', evenIfAdminExists: false })).toEqual(
      {
        kind: 'refused',
        reason: 'admin-exists',
      },
    );
    const signedIn = await setPasswordWithCode(
      kit.ctx,
      { code: made.setPassword.code, password: PASSWORD },
      '127.0.0.1',
    );
    expect(signedIn.view.platformRoles).toEqual(['admin']);
    expect(signedIn.view.user.email).toBe('admin@nguon.test');
    admin = {
      kind: 'person',
      userId: made.userId,
      sessionIdHash: 'kit',
      csrfToken: 'kit',
      tenantId: null,
      role: null,
      platformRoles: ['admin'],
      inspectorProvinces: [],
    };
  });

  it('open: the person owns the new tenant at once', async () => {
    const done = await signUp(kit.ctx, body(), { clientIp: '10.0.0.1' });
    expect(done.result.status).toBe('active');
    expect(done.view.currentTenantId).toBe(done.result.tenantId);
    expect(await findMembership(kit.ctx.db, done.result.tenantId, done.result.userId)).toEqual({
      role: 'owner',
    });
  });

  it('approval: the tenant grants nothing until an admin approves it, and is decided once', async () => {
    const ctx = withMode(kit.ctx, 'approval');
    const done = await signUp(ctx, body('HTX Chờ'), { clientIp: '10.0.0.2' });
    const { tenantId, userId } = done.result;
    expect(done.result.status).toBe('pending');
    expect(done.view.pendingTenants).toEqual([{ tenantId, tenantName: 'HTX Chờ', status: 'pending' }]);
    expect(await findMembership(ctx.db, tenantId, userId)).toBeUndefined();
    expect((await listPendingTenants(ctx, admin)).items.map((t) => t.id)).toEqual([tenantId]);
    expect((await refusalOf(listPendingTenants(ctx, { kind: 'anonymous' }))).code).toBe('UNAUTHENTICATED');
    expect(await decideTenant(ctx, admin, tenantId, 'approve')).toEqual({ id: tenantId, status: 'active' });
    expect(await findMembership(ctx.db, tenantId, userId)).toEqual({ role: 'owner' });
    expect(await listInactiveMembershipsOfUser(ctx.db, userId)).toEqual([]);
    expect((await refusalOf(decideTenant(ctx, admin, tenantId, 'refuse'))).code).toBe('TENANT_NOT_PENDING');
  });

  it('a signed-in person opening another tenant follows the same mode; an admin is not held', async () => {
    const done = await signUp(kit.ctx, body('HTX Gốc'), { clientIp: '10.0.0.4' });
    const person: Principal = {
      kind: 'person',
      userId: done.result.userId,
      sessionIdHash: 'kit',
      csrfToken: 'kit',
      tenantId: null,
      role: null,
      platformRoles: [],
      inspectorProvinces: [],
    };
    const tenant = { name: 'HTX Thứ hai', kind: 'coop', province: 'lao-cai', address: 'Bắc Hà' } as const;
    const waiting = await createTenant(withMode(kit.ctx, 'approval'), person, tenant);
    expect(await findMembership(kit.ctx.db, waiting.id, done.result.userId)).toBeUndefined();
    expect((await listPendingTenants(kit.ctx, admin)).items.map((t) => t.id)).toContain(waiting.id);
    const refusal = await refusalOf(createTenant(withMode(kit.ctx, 'closed'), person, tenant));
    expect(refusal.code).toBe('SIGN_UP_CLOSED');
    const opened = await createTenant(kit.ctx, person, tenant);
    expect(await findMembership(kit.ctx.db, opened.id, done.result.userId)).toEqual({ role: 'owner' });
    const byAdmin = await createTenant(withMode(kit.ctx, 'closed'), admin, tenant);
    expect(await findMembership(kit.ctx.db, byAdmin.id, admin.kind === 'person' ? admin.userId : '')).toEqual(
      {
        role: 'owner',
      },
    );
  });

  it('limits a person to ten new tenants an hour, saying how long to wait; an admin is not held', async () => {
    const done = await signUp(kit.ctx, body('HTX Nhiều'), { clientIp: '10.0.0.5' });
    const person: Principal = {
      kind: 'person',
      userId: done.result.userId,
      sessionIdHash: 'kit',
      csrfToken: 'kit',
      tenantId: null,
      role: null,
      platformRoles: [],
      inspectorProvinces: [],
    };
    const tenant = { name: 'HTX Lặp', kind: 'coop', province: 'lao-cai', address: 'Bắc Hà' } as const;
    for (let i = 0; i < 10; i++) await createTenant(kit.ctx, person, tenant);
    const refusal = await refusalOf(createTenant(kit.ctx, person, tenant));
    expect(refusal.code).toBe('TENANT_OPENING_TOO_MANY');
    expect(refusal.params.retryAfter).toBeGreaterThan(0);
    for (let i = 0; i < 11; i++) await createTenant(kit.ctx, admin, tenant);
  });

  it('closed: refuses before anything is checked or stored', async () => {
    const refusal = await refusalOf(signUp(withMode(kit.ctx, 'closed'), body(), { clientIp: '10.0.0.3' }));
    expect(refusal.code).toBe('SIGN_UP_CLOSED');
  });
});
