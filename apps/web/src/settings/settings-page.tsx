import { Stack } from '@mantine/core';
import { useT } from '../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { ApiTokensSection } from './api-tokens-section';
import { TenantDetailsForm } from './tenant-details-form';
import { TenantLogoSection } from './tenant-logo-section';
import { useTenant } from './use-tenant';

/** The owner's settings: the tenant's logo and details, and the API tokens of its integrations. */
export function SettingsPage() {
  const t = useT();
  const tenant = useTenant();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="xl">
        <QueryState isPending={tenant.isPending} error={tenant.error} onRetry={() => tenant.refetch()} />
        {tenant.data && <TenantLogoSection tenant={tenant.data} />}
        {tenant.data && <TenantDetailsForm key={tenant.data.id} tenant={tenant.data} />}
        <ApiTokensSection />
      </Stack>
    </>
  );
}
