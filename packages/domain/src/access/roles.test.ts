import { describe, expect, it } from 'vitest';
import { type TenantAction, type TenantRole, tenantRoleAllows } from './roles';

describe('tenantRoleAllows', () => {
  const table: [TenantRole, TenantAction, boolean][] = [
    ['owner', 'staff.manage', true],
    ['owner', 'tokens.manage', true],
    ['owner', 'tenant.update', true],
    ['clerk', 'tenant.read', true],
    ['clerk', 'staff.read', false],
    ['clerk', 'staff.manage', false],
    ['clerk', 'tokens.manage', false],
    ['viewer', 'staff.read', true],
    ['viewer', 'staff.manage', false],
    ['viewer', 'tenant.update', false],
    ['owner', 'products.manage', true],
    ['owner', 'files.publish', true],
    ['clerk', 'files.upload', true],
    ['clerk', 'files.publish', false],
    ['clerk', 'products.read', true],
    ['clerk', 'products.manage', false],
    ['viewer', 'files.upload', false],
    ['viewer', 'products.read', true],
    ['viewer', 'products.manage', false],
    ['owner', 'labels.void', true],
    ['clerk', 'labels.activate', true],
    ['clerk', 'labels.void', false],
    ['viewer', 'labels.activate', false],
  ];
  it.each(table)('%s may %s: %s', (role, action, allowed) => {
    expect(tenantRoleAllows(role, action)).toBe(allowed);
  });
});
