import { Select, type SelectProps } from '@mantine/core';
import { type TenantRole, tenantRoles } from '@nguon/domain';
import { useT } from '../i18n/use-t';

/** The three tenant roles with their names in the person's language. */
export function RoleSelect(props: Omit<SelectProps, 'data'>) {
  const t = useT();
  return (
    <Select
      allowDeselect={false}
      data={tenantRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      {...props}
    />
  );
}

export function parseTenantRole(value: string | null): TenantRole | null {
  return tenantRoles.find((role) => role === value) ?? null;
}

export const roleColors: Record<TenantRole, string> = { owner: 'leaf', clerk: 'earth', viewer: 'gray' };
