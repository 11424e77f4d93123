import type { PlatformRole, ProvinceCode, TenantAction, TenantRole } from '@nguon/domain';
import { tenantRoleAllows } from '@nguon/domain';
import { AppError } from '../errors/app-error';

export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'person';
      userId: string;
      sessionIdHash: string;
      csrfToken: string;
      tenantId: string | null;
      role: TenantRole | null;
      platformRoles: PlatformRole[];
      inspectorProvinces: ProvinceCode[];
    }
  | { kind: 'token'; tokenId: string; tenantId: string; role: TenantRole; createdBy: string };

export type PersonPrincipal = Extract<Principal, { kind: 'person' }>;

/** Who acts in a tenant, after the permission check. */
export interface TenantActor {
  tenantId: string;
  /** The person acting, or the owner who created the API token. */
  userId: string;
  viaToken: boolean;
}

export function requirePerson(principal: Principal): PersonPrincipal {
  if (principal.kind === 'person') return principal;
  if (principal.kind === 'token') throw new AppError('FORBIDDEN');
  throw new AppError('UNAUTHENTICATED');
}

/** The tenant the principal works in, if its role there allows the action. */
export function requireTenantAction(
  principal: Principal,
  action: TenantAction,
  options: { personOnly?: boolean } = {},
): TenantActor {
  switch (principal.kind) {
    case 'anonymous':
      throw new AppError('UNAUTHENTICATED');
    case 'token':
      if (options.personOnly || !tenantRoleAllows(principal.role, action)) throw new AppError('FORBIDDEN');
      return { tenantId: principal.tenantId, userId: principal.createdBy, viaToken: true };
    case 'person':
      if (!principal.tenantId || !principal.role) throw new AppError('NO_TENANT_SELECTED');
      if (!tenantRoleAllows(principal.role, action)) throw new AppError('FORBIDDEN');
      return { tenantId: principal.tenantId, userId: principal.userId, viaToken: false };
  }
}

/** The centre's people who publish and deprecate templates: experts, and the platform's admins. */
export function isTemplatePublisher(person: PersonPrincipal): boolean {
  return person.platformRoles.includes('expert') || person.platformRoles.includes('admin');
}

export function requirePlatformRole(principal: Principal, role: PlatformRole): PersonPrincipal {
  const person = requirePerson(principal);
  if (!person.platformRoles.includes(role)) throw new AppError('FORBIDDEN');
  return person;
}

/**
 * An inspector reading a tenant: allowed only when the tenant's province is one of the inspector's. Anything else
 * answers as not found, so an inspector learns nothing of tenants outside their provinces.
 */
export function requireInspectorOf(
  principal: Principal,
  tenantProvince: string | undefined,
  resource: { vi: string; en: string },
): PersonPrincipal {
  const person = requirePlatformRole(principal, 'inspector');
  if (tenantProvince === undefined || !person.inspectorProvinces.some((code) => code === tenantProvince)) {
    throw new AppError('NOT_FOUND', { resource });
  }
  return person;
}
