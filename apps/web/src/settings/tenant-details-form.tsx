import { Button, Group, Stack, Title } from '@mantine/core';
import type { TenantView } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';
import { notifySuccess } from '../ui/notify';
import { SectionCard } from '../ui/section-card';
import { useFormState } from '../ui/use-form-state';
import { TenantFields } from './tenant-fields';
import { tenantFields, tenantValuesOf, validateTenantValues } from './tenant-form-model';
import { useUpdateTenant } from './use-tenant';

/** The owner edits the current tenant's details; the API's field errors land on the inputs. */
export function TenantDetailsForm({ tenant }: { tenant: TenantView }) {
  const t = useT();
  const updateTenant = useUpdateTenant();
  const form = useFormState(tenantValuesOf(tenant), validateTenantValues);
  const send = form.onSubmit((values) => {
    const body = tenantFields(values);
    if (!body) return;
    updateTenant.mutate(body, {
      onSuccess: (saved) => {
        form.reset(tenantValuesOf(saved));
        notifySuccess(t('settings.saved'));
      },
      onError: (error) => form.showServerError(error),
    });
  });

  return (
    <SectionCard titleId="tenant-details-title">
      <form onSubmit={send} noValidate>
        <Stack>
          <Title order={2} size="h3" id="tenant-details-title">
            {t('settings.details')}
          </Title>
          <TenantFields form={form} />
          <Group justify="flex-end">
            <Button type="submit" loading={updateTenant.isPending} data-testid="tenant-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
