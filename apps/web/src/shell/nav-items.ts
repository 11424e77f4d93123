import { type PlatformRole, type TenantRole, tenantRoleAllows } from '@nguon/domain';
import type { Access } from '../auth/session-context';

export const sectionIds = [
  'overview',
  'processes',
  'catalogs',
  'products',
  'lots',
  'labels',
  'scans',
  'recalls',
  'jobs',
  'staff',
  'settings',
  'approvals',
  'templates',
  'oversight',
] as const;
export type SectionId = (typeof sectionIds)[number];

export type NavGroup = 'tenant' | 'platform';

// Sections later issues build; their actions join the domain's tenantActions then. Clerks have no overview:
// their home is the work list.
const tenantSectionRoles: Record<
  'overview' | 'processes' | 'catalogs' | 'products' | 'lots',
  readonly TenantRole[]
> = {
  overview: ['owner', 'viewer'],
  processes: ['owner', 'viewer'],
  catalogs: ['owner', 'viewer'],
  products: ['owner', 'viewer'],
  lots: ['owner', 'clerk', 'viewer'],
};

const hasPlatformRole = (roles: readonly PlatformRole[], ...wanted: PlatformRole[]) =>
  wanted.some((role) => roles.includes(role));

function isVisible(section: SectionId, { tenantRole, platformRoles }: Access): boolean {
  switch (section) {
    case 'overview':
    case 'processes':
    case 'catalogs':
    case 'products':
    case 'lots':
      return tenantRole !== null && tenantSectionRoles[section].includes(tenantRole);
    case 'recalls':
      return tenantRole !== null && tenantRoleAllows(tenantRole, 'recalls.read');
    case 'jobs':
      return tenantRole !== null && tenantRoleAllows(tenantRole, 'jobs.read');
    case 'labels':
      return tenantRole !== null && tenantRoleAllows(tenantRole, 'labels.read');
    case 'scans':
      return tenantRole !== null && tenantRoleAllows(tenantRole, 'scans.read');
    case 'staff':
      return tenantRole !== null && tenantRoleAllows(tenantRole, 'staff.read');
    case 'settings':
      return tenantRole !== null && tenantRoleAllows(tenantRole, 'tenant.update');
    case 'templates':
      return tenantRole === 'owner' || hasPlatformRole(platformRoles, 'expert', 'admin');
    case 'oversight':
      return hasPlatformRole(platformRoles, 'inspector', 'admin');
    case 'approvals':
      return hasPlatformRole(platformRoles, 'admin');
  }
}

/** The sections a person sees in the navigation, in menu order, for their role in the current tenant and their platform roles. */
export function navItemsFor(access: Access): SectionId[] {
  return sectionIds.filter((section) => isVisible(section, access));
}

export function navGroupOf(section: SectionId): NavGroup {
  return section === 'templates' || section === 'oversight' || section === 'approvals'
    ? 'platform'
    : 'tenant';
}
