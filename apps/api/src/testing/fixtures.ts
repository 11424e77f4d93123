import { randomUUID } from 'node:crypto';
import { insertMembership, insertTenant, insertUser, replacePlatformRoles } from '@nguon/db';
import type { TenantRole } from '@nguon/domain';
import { createApiToken, hashPassword, type Principal, type ServiceContext } from '@nguon/services';

export const PASSWORD = 'Lua-ST25-ngon-nhat';

export interface TenantFixture {
  id: string;
  name: string;
  people: Record<TenantRole, { id: string; login: string }>;
  tokens: Record<TenantRole, { id: string; secret: string }>;
}

let passwordHash: Promise<string> | undefined;

export async function createPerson(ctx: ServiceContext, login: string, withPassword = true) {
  passwordHash ??= hashPassword(PASSWORD);
  const isEmail = login.includes('@');
  return insertUser(ctx.db, {
    id: randomUUID(),
    name: `Người ${login}`,
    email: isEmail ? login : null,
    phone: isEmail ? null : login,
    passwordHash: withPassword ? await passwordHash : null,
    now: ctx.now(),
  });
}

/** A tenant with an owner, a clerk and a viewer who can sign in, and one API token per role. */
export async function createTenantFixture(ctx: ServiceContext, label: string): Promise<TenantFixture> {
  const tenant = await insertTenant(ctx.db, {
    id: randomUUID(),
    name: `HTX ${label}`,
    kind: 'coop',
    address: `Thôn ${label}`,
    province: 'thai-nguyen',
  });
  const people = {} as TenantFixture['people'];
  for (const role of ['owner', 'clerk', 'viewer'] as const) {
    const login = `${role}.${label.toLowerCase()}.${randomUUID().slice(0, 6)}@htx.test`;
    const user = await createPerson(ctx, login);
    await insertMembership(ctx.db, tenant.id, user.id, role);
    people[role] = { id: user.id, login };
  }
  const ownerPrincipal = {
    kind: 'person' as const,
    userId: people.owner.id,
    sessionIdHash: 'fixture',
    csrfToken: 'fixture',
    tenantId: tenant.id,
    role: 'owner' as const,
    platformRoles: [],
    inspectorProvinces: [],
  };
  const tokens = {} as TenantFixture['tokens'];
  for (const role of ['owner', 'clerk', 'viewer'] as const) {
    const created = await createApiToken(ctx, ownerPrincipal, { name: `${role} integration`, role });
    tokens[role] = { id: created.token.id, secret: created.secret };
  }
  return { id: tenant.id, name: tenant.name, people, tokens };
}

export async function createAdmin(ctx: ServiceContext) {
  const login = `admin.${randomUUID().slice(0, 6)}@nguon.test`;
  const user = await createPerson(ctx, login);
  await replacePlatformRoles(ctx.db, user.id, ['admin'], []);
  return { id: user.id, login };
}

/** A real 1x1 PNG. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The tenant's owner acting through their API token, for fixtures that call services directly. */
export const ownerPrincipal = (tenant: TenantFixture): Principal => ({
  kind: 'token',
  tokenId: tenant.tokens.owner.id,
  tenantId: tenant.id,
  role: 'owner',
  createdBy: tenant.people.owner.id,
});
