import type { DriverName } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { describe, expect, it } from 'vitest';
import { setPasswordWithCode } from './auth/set-password.service';
import { addStaff } from './staff/invitations.service';
import { createTenant } from './tenants/tenants.service';
import { createServiceKit, fixedSources, signedInPerson } from './testing';
import { createApiToken } from './tokens/api-tokens.service';

const drivers = await testDrivers();

/** Opens a tenant, adds a clerk with a set-password code, lets them set it, and makes an API token. */
async function onboarding(driver: DriverName) {
  // The same id space for every run: replayed, the runs give the same ids.
  const c = await createServiceKit(driver, fixedSources(undefined, 0));
  try {
    const ctx = c.ctx;
    const person = await signedInPerson(ctx, 'owner@htx.test');
    const tenant = await createTenant(ctx, person, {
      name: 'HTX Replay',
      kind: 'coop',
      address: 'Xã A',
      province: 'lao-cai',
    });
    const owner = { ...person, tenantId: tenant.id, role: 'owner' as const };
    const added = await addStaff(ctx, owner, { name: 'Lò Thị Mai', email: 'mai@htx.test', role: 'clerk' });
    const code = added.code.code;
    const signedIn = await setPasswordWithCode(
      ctx,
      { code, password: 'một mật khẩu đủ dài 2026' },
      '127.0.0.1',
    );
    const token = await createApiToken(ctx, owner, { name: 'Cân', role: 'clerk', expiresInDays: 30 });
    const stored = await ctx.db
      .selectFrom('users')
      .select(['id', 'password_changed_at'])
      .orderBy('id')
      .execute();
    return {
      tenant,
      added,
      session: [signedIn.sessionToken, signedIn.expiresAt, signedIn.view],
      token,
      stored,
    };
  } finally {
    await c.close();
  }
}

/** Fields the database stamps itself (a column DEFAULT now()): not from the context's clock. */
function withoutDatabaseStamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDatabaseStamps);
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  const stamped = new Set(['createdAt', 'joinedAt']);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !stamped.has(key))
      .map(([key, v]) => [key, withoutDatabaseStamps(v)]),
  );
}

describe.each(drivers)('a use case replayed with fixed sources on %s', (driver) => {
  it('gives the same ids, codes, secrets and times on a fresh database', async () => {
    const runs = [];
    for (let i = 0; i < 2; i++) runs.push(withoutDatabaseStamps(await onboarding(driver)));
    expect(runs[1]).toEqual(runs[0]);
    expect(JSON.stringify(runs[0])).toContain('00000000-0000-4000-8000-');
  });
});
