import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteMembership,
  findMembership,
  insertMembership,
  listInactiveMembershipsOfUser,
  listMembers,
  listMembershipsOfUser,
  lockOwners,
} from './accounts/memberships.repository';
import {
  consumeSetPasswordCode,
  expireSetPasswordCodes,
  insertSetPasswordCode,
} from './accounts/set-password-codes.repository';
import {
  clearSignInFailures,
  recordSignInFailure,
  throttleWait,
} from './accounts/sign-in-throttle.repository';
import { findUserByLogin, insertUser } from './accounts/users.repository';
import { loadMigrations, migrateToLatest } from './migrator';
import { deleteTenantLogo, findTenantLogo, upsertTenantLogo } from './tenants/tenant-logos.repository';
import { changeTenantStatus, insertTenant } from './tenants/tenants.repository';
import { createTestDatabase, type TestDatabase, testDrivers } from './testing/test-database';
import { insertApiToken, listApiTokens, revokeApiToken } from './tokens/api-tokens.repository';

const drivers = await testDrivers();

describe.each(drivers)('db contract on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  const tenant = (name: string) =>
    insertTenant(t.db, { id: randomUUID(), name, kind: 'coop', address: 'Xã A', province: 'lao-cai' });
  const user = (email: string | null, phone: string | null = null) =>
    insertUser(t.db, {
      id: randomUUID(),
      name: 'Nguyễn Văn A',
      email,
      phone,
      passwordHash: 'h',
      now: new Date(),
    });

  it('reports its driver', () => {
    expect(t.driver).toBe(driver);
  });

  it('migrates once: a second run applies nothing, and so do concurrent runs', async () => {
    const all = await loadMigrations();
    expect(all.length).toBeGreaterThan(0);
    expect(await migrateToLatest(t.db)).toEqual([]);
    const results = await Promise.all([migrateToLatest(t.db), migrateToLatest(t.db)]);
    expect(results.flat()).toEqual([]);
    const rows = await t.db.selectFrom('schema_migrations').select('version').execute();
    expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
  });

  it('reads timestamps as Date and keeps Vietnamese text intact', async () => {
    const row = await tenant('HTX Chè Shan Tuyết Suối Giàng');
    expect(row.created_at).toBeInstanceOf(Date);
    expect(row.name).toBe('HTX Chè Shan Tuyết Suối Giàng');
  });

  it('refuses a second user with the same email or phone', async () => {
    await user('a@example.vn', '0912345678');
    await expect(user('a@example.vn')).rejects.toThrow(/unique|duplicate/i);
    await expect(user('b@example.vn', '0912345678')).rejects.toThrow(/unique|duplicate/i);
    expect((await findUserByLogin(t.db, { phone: '0912345678' }))?.email).toBe('a@example.vn');
  });

  it('keeps memberships per tenant', async () => {
    const [a, b] = [await tenant('A'), await tenant('B')];
    const person = await user('member@example.vn');
    await insertMembership(t.db, a.id, person.id, 'owner');
    expect((await listMembers(t.db, a.id)).map((m) => [m.userId, m.role, m.passwordSet])).toEqual([
      [person.id, 'owner', true],
    ]);
    expect(await listMembers(t.db, b.id)).toEqual([]);
    expect(await deleteMembership(t.db, b.id, person.id)).toBe(0);
    expect(await t.db.transaction().execute((trx) => lockOwners(trx, a.id))).toEqual([person.id]);
  });

  it('revokes a token only within its own tenant', async () => {
    const [a, b] = [await tenant('A'), await tenant('B')];
    const owner = await user('owner-tokens@example.vn');
    const token = await insertApiToken(t.db, {
      id: randomUUID(),
      tenantId: a.id,
      name: 'ERP',
      role: 'clerk',
      tokenHash: randomUUID(),
      prefix: 'ng_1234',
      createdBy: owner.id,
      expiresAt: null,
    });
    expect(await revokeApiToken(t.db, b.id, token.id, new Date())).toBe(false);
    expect((await listApiTokens(t.db, a.id))[0]?.revoked_at).toBeNull();
    expect(await revokeApiToken(t.db, a.id, token.id, new Date())).toBe(true);
    expect((await listApiTokens(t.db, a.id))[0]?.revoked_at).toBeInstanceOf(Date);
  });

  it('consumes a set-password code once, never after expiry or replacement', async () => {
    const a = await tenant('A');
    const owner = await user('owner-codes@example.vn');
    const clerk = await user(null, '0987654321');
    const now = new Date();
    const later = new Date(now.getTime() + 3_600_000);
    await insertSetPasswordCode(t.db, {
      codeHash: 'c1',
      tenantId: a.id,
      userId: clerk.id,
      createdBy: owner.id,
      expiresAt: later,
    });
    expect(await consumeSetPasswordCode(t.db, 'c1', now)).toEqual({ userId: clerk.id, tenantId: a.id });
    expect(await consumeSetPasswordCode(t.db, 'c1', now)).toBeUndefined();
    await insertSetPasswordCode(t.db, {
      codeHash: 'c2',
      tenantId: a.id,
      userId: clerk.id,
      createdBy: owner.id,
      expiresAt: later,
    });
    expect(await consumeSetPasswordCode(t.db, 'c2', new Date(later.getTime() + 1))).toBeUndefined();
    await insertSetPasswordCode(t.db, {
      codeHash: 'c3',
      tenantId: a.id,
      userId: clerk.id,
      createdBy: owner.id,
      expiresAt: later,
    });
    await expireSetPasswordCodes(t.db, a.id, clerk.id, now);
    expect(await consumeSetPasswordCode(t.db, 'c3', now)).toBeUndefined();
  });

  it('locks a sign-in key after the allowed failures, and resets the window', async () => {
    const policy = { maxFailures: 3, windowSeconds: 60, lockSeconds: 30 };
    const now = new Date();
    await recordSignInFailure(t.db, 'login:x', now, policy);
    await recordSignInFailure(t.db, 'login:x', now, policy);
    expect(await throttleWait(t.db, 'login:x', now)).toBe(0);
    await Promise.all([
      recordSignInFailure(t.db, 'login:x', now, policy),
      recordSignInFailure(t.db, 'login:x', now, policy),
    ]);
    expect(await throttleWait(t.db, 'login:x', now)).toBe(30);
    expect(await throttleWait(t.db, 'login:x', new Date(now.getTime() + 31_000))).toBe(0);
    await clearSignInFailures(t.db, 'login:x');
    const afterWindow = new Date(now.getTime() + 120_000);
    await recordSignInFailure(t.db, 'login:y', now, policy);
    await recordSignInFailure(t.db, 'login:y', now, policy);
    await recordSignInFailure(t.db, 'login:y', afterWindow, policy);
    expect(await throttleWait(t.db, 'login:y', afterWindow)).toBe(0);
  });

  it('stores a logo as bytes, replaces it, and deletes it', async () => {
    const a = await tenant('A');
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x10]);
    await upsertTenantLogo(t.db, a.id, 'image/png', bytes, new Date());
    expect((await findTenantLogo(t.db, a.id))?.bytes.equals(bytes)).toBe(true);
    await upsertTenantLogo(t.db, a.id, 'image/webp', Buffer.from('RIFF0000WEBP'), new Date());
    expect((await findTenantLogo(t.db, a.id))?.contentType).toBe('image/webp');
    await expect(upsertTenantLogo(t.db, a.id, 'image/gif', bytes, new Date())).rejects.toThrow(/check/i);
    expect(await deleteTenantLogo(t.db, a.id)).toBe(true);
    expect(await findTenantLogo(t.db, a.id)).toBeUndefined();
  });
  it('hides a pending tenant from its owner until it is active, and changes a status only from the one named', async () => {
    const pending = await insertTenant(t.db, {
      id: randomUUID(),
      name: 'HTX Chờ',
      kind: 'coop',
      address: 'Xã B',
      province: 'lao-cai',
      status: 'pending',
    });
    const owner = await user(`cho.${randomUUID().slice(0, 6)}@example.vn`);
    await insertMembership(t.db, pending.id, owner.id, 'owner');
    expect(await findMembership(t.db, pending.id, owner.id)).toBeUndefined();
    expect(await listMembershipsOfUser(t.db, owner.id)).toEqual([]);
    expect(await listInactiveMembershipsOfUser(t.db, owner.id)).toEqual([
      { tenantId: pending.id, tenantName: 'HTX Chờ', status: 'pending' },
    ]);
    expect(await changeTenantStatus(t.db, pending.id, 'refused', 'active', new Date())).toBeUndefined();
    expect((await changeTenantStatus(t.db, pending.id, 'pending', 'active', new Date()))?.status).toBe(
      'active',
    );
    expect(await findMembership(t.db, pending.id, owner.id)).toEqual({ role: 'owner' });
    await expect(changeTenantStatus(t.db, pending.id, 'active', 'asleep', new Date())).rejects.toThrow(
      /check/i,
    );
  });

  it("keeps a set-password code without tenant or issuer (the first admin's)", async () => {
    const admin = await user(`op.${randomUUID().slice(0, 6)}@example.vn`);
    const expiresAt = new Date(Date.now() + 60_000);
    await insertSetPasswordCode(t.db, {
      codeHash: `h-${admin.id}`,
      tenantId: null,
      userId: admin.id,
      createdBy: null,
      expiresAt,
    });
    expect(await consumeSetPasswordCode(t.db, `h-${admin.id}`, new Date())).toEqual({
      userId: admin.id,
      tenantId: null,
    });
  });
});
