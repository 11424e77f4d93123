import type { PlatformRole, TenantRole } from '@nguon/domain';
import { describe, expect, it } from 'vitest';
import { navItemsFor, type SectionId } from './nav-items';

const tenantWork: SectionId[] = ['processes', 'catalogs', 'products', 'lots', 'labels', 'scans', 'recalls'];

describe('navItemsFor', () => {
  const table: [string, TenantRole | null, PlatformRole[], SectionId[]][] = [
    ['owner', 'owner', [], ['overview', ...tenantWork, 'jobs', 'staff', 'settings', 'templates']],
    ['clerk', 'clerk', [], ['lots', 'labels', 'recalls', 'jobs']],
    [
      'viewer',
      'viewer',
      [],
      ['overview', 'processes', 'catalogs', 'products', 'lots', 'scans', 'recalls', 'jobs', 'staff'],
    ],
    ['expert without tenant', null, ['expert'], ['templates']],
    ['inspector without tenant', null, ['inspector'], ['oversight']],
    ['admin without tenant', null, ['admin'], ['approvals', 'templates', 'oversight']],
    [
      'clerk who is also an inspector',
      'clerk',
      ['inspector'],
      ['lots', 'labels', 'recalls', 'jobs', 'oversight'],
    ],
    [
      'owner who is also an expert: templates once',
      'owner',
      ['expert'],
      ['overview', ...tenantWork, 'jobs', 'staff', 'settings', 'templates'],
    ],
    ['nobody', null, [], []],
  ];
  it.each(table)('%s', (_who, tenantRole, platformRoles, expected) => {
    expect(navItemsFor({ tenantRole, platformRoles })).toEqual(expected);
  });
});
