/** Roles inside one tenant (enterprise or co-op). */
export const tenantRoles = ['owner', 'clerk', 'viewer'] as const;
export type TenantRole = (typeof tenantRoles)[number];

/** Roles across the platform, held by the centre's staff. */
export const platformRoles = ['admin', 'expert', 'inspector'] as const;
export type PlatformRole = (typeof platformRoles)[number];

export const tenantKinds = ['enterprise', 'coop'] as const;

/** Where a tenant stands: working, waiting for a platform admin's approval (SIGNUP=approval), or refused. */
export const tenantStatuses = ['active', 'pending', 'refused'] as const;
export type TenantStatus = (typeof tenantStatuses)[number];
export type TenantKind = (typeof tenantKinds)[number];

/** What a tenant role may do; later features add actions here, not checks in adapters. */
export const tenantActions = [
  'tenant.read',
  'tenant.update',
  'staff.read',
  'staff.manage',
  'tokens.manage',
  'processes.read',
  'processes.manage',
  'catalogs.read',
  'catalogs.manage',
  'files.read',
  'files.upload',
  'files.publish',
  'products.read',
  'products.manage',
  'lots.read',
  'lots.record',
  'records.verify',
  'labels.read',
  'labels.order',
  'labels.activate',
  'labelLayouts.manage',
  'labels.void',
  // Everyone sees and cancels the background jobs they started; owners see and cancel every job of the tenant.
  'jobs.read',
  'jobs.oversee',
  // Consumer scans: statistics, export and signal settings read; the settings are changed by owners only.
  'scans.read',
  'scans.manage',
  // Recalls and drills: everyone who reads lots sees them; owners start, publish and close them (clerks never).
  'recalls.read',
  'recalls.manage',
] as const;
export type TenantAction = (typeof tenantActions)[number];

const grants: Record<TenantRole, readonly TenantAction[]> = {
  owner: tenantActions,
  // Clerks read processes: they fill the forms of the published versions, with photos they upload.
  clerk: [
    'tenant.read',
    'processes.read',
    'catalogs.read',
    'files.read',
    'files.upload',
    'products.read',
    'lots.read',
    'lots.record',
    // Clerks print the owner's batches and bind rolls of labels to lots in the packing shed; voiding (even a
    // misprint) is the owner's, who answers for every code printed.
    'labels.read',
    'labels.activate',
    'jobs.read',
    'recalls.read',
  ],
  viewer: [
    'tenant.read',
    'staff.read',
    'processes.read',
    'catalogs.read',
    'files.read',
    'products.read',
    'lots.read',
    'jobs.read',
    'scans.read',
    'recalls.read',
  ],
};

export function tenantRoleAllows(role: TenantRole, action: TenantAction): boolean {
  return grants[role].includes(action);
}

/** Narrows a stored string to one of a list of literals, or throws: a bad stored value is a bug, not user input. */
export function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`unexpected ${what}: ${value}`);
  return found;
}
