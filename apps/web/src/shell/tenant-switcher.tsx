import { Select } from '@mantine/core';
import { useSession } from '../auth/session-context';
import { useSwitchTenant } from '../auth/use-auth';
import { useT } from '../i18n/use-t';
import { useTenant } from '../settings/use-tenant';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { TenantLogo } from '../ui/tenant-logo';

/** Which of the person's tenants they work in; switching refetches every tenant screen. */
export function TenantSwitcher({ withLabel }: { withLabel: boolean }) {
  const t = useT();
  const session = useSession();
  const switchTenant = useSwitchTenant();
  const current = useTenant().data;
  if (session.memberships.length === 0) return null;

  const choose = (tenantId: string | null) => {
    if (!tenantId || tenantId === session.currentTenantId) return;
    const name = session.memberships.find((membership) => membership.tenantId === tenantId)?.tenantName ?? '';
    switchTenant.mutate(tenantId, {
      onSuccess: () => notifySuccess(t('shell.tenantSwitched', { name })),
      onError: (error) => notifyProblem(error, t),
    });
  };

  return (
    <Select
      label={withLabel ? t('shell.tenant') : undefined}
      aria-label={t('shell.tenant')}
      placeholder={t('shell.chooseTenant')}
      data={session.memberships.map((membership) => ({
        value: membership.tenantId,
        label: membership.tenantName,
      }))}
      value={session.currentTenantId}
      leftSection={
        // only the current tenant's logo is known; the name beside it says the same, so it is decorative
        current?.logoUrl ? (
          <TenantLogo name={current.name} logoUrl={current.logoUrl} alt="" size={24} radius="sm" />
        ) : undefined
      }
      onChange={choose}
      allowDeselect={false}
      disabled={switchTenant.isPending}
      searchable={session.memberships.length > 6}
      comboboxProps={{ withinPortal: true }}
      w={withLabel ? '100%' : 280}
      data-testid="tenant-switcher"
    />
  );
}
