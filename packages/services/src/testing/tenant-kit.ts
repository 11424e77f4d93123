import { insertMembership, insertTenant, insertUser } from '@nguon/db';
import type { TenantRole } from '@nguon/domain';
import type { PersonPrincipal, Principal } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';

export interface TenantKit {
  id: string;
  name: string;
  /** Signed-in people of the tenant, by role, as the API would see them. */
  as: Record<TenantRole, Principal>;
  userIds: Record<TenantRole, string>;
}

/** One signed-in person of the tenant with the given role. */
async function person(ctx: ServiceContext, tenantId: string, role: TenantRole, label: string) {
  const user = await insertUser(ctx.db, {
    id: ctx.newId(),
    name: `${role} ${label}`,
    email: `${role}.${label.toLowerCase()}.${tenantId.slice(-6)}@htx.test`,
    phone: null,
    passwordHash: null,
    now: ctx.now(),
  });
  await insertMembership(ctx.db, tenantId, user.id, role);
  const principal: Principal = {
    kind: 'person',
    userId: user.id,
    sessionIdHash: 'kit',
    csrfToken: 'kit',
    tenantId,
    role,
    platformRoles: [],
    inspectorProvinces: [],
  };
  return { principal, userId: user.id };
}

/** A tenant with an owner, a clerk and a viewer, each signed in with the tenant selected. */
export async function createTenantKit(ctx: ServiceContext, label: string): Promise<TenantKit> {
  const tenant = await insertTenant(ctx.db, {
    id: ctx.newId(),
    name: `HTX ${label}`,
    kind: 'coop',
    address: `Thôn ${label}`,
    province: 'thai-nguyen',
  });
  const owner = await person(ctx, tenant.id, 'owner', label);
  const clerk = await person(ctx, tenant.id, 'clerk', label);
  const viewer = await person(ctx, tenant.id, 'viewer', label);
  return {
    id: tenant.id,
    name: tenant.name,
    as: { owner: owner.principal, clerk: clerk.principal, viewer: viewer.principal },
    userIds: { owner: owner.userId, clerk: clerk.userId, viewer: viewer.userId },
  };
}

/** A signed-in person with no tenant yet, stored so memberships can refer to them. */
export async function signedInPerson(ctx: ServiceContext, email: string): Promise<PersonPrincipal> {
  const user = await insertUser(ctx.db, {
    id: ctx.newId(),
    name: 'A',
    email,
    phone: null,
    passwordHash: null,
    now: ctx.now(),
  });
  return {
    kind: 'person',
    userId: user.id,
    sessionIdHash: 'session',
    csrfToken: 'csrf',
    tenantId: null,
    role: null,
    platformRoles: [],
    inspectorProvinces: [],
  };
}
