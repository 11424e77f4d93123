import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { needsTenant, useSession } from '../auth/session-context';
import { StandalonePage } from '../auth/standalone-page';
import { useSwitchTenant } from '../auth/use-auth';
import { useT } from '../i18n/use-t';
import { MyInvitations } from '../staff/my-invitations';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { useFormState } from '../ui/use-form-state';
import { TenantFields } from './tenant-fields';
import { createTenantBody, emptyTenantValues, validateTenantValues } from './tenant-form-model';
import { useCreateTenant } from './use-tenant';

/** A signed-in person with no tenant and no platform role creates their enterprise or co-op, which becomes current. */
export function NoTenantPage() {
  const t = useT();
  const session = useSession();
  const createTenant = useCreateTenant();
  const switchTenant = useSwitchTenant();
  const form = useFormState(emptyTenantValues, validateTenantValues);
  if (!needsTenant(session)) return <Navigate to="/" replace />;

  const send = form.onSubmit((values) => {
    const body = createTenantBody(values);
    if (!body) return;
    createTenant.mutate(body, {
      onSuccess: (tenant) => {
        // A pending tenant grants nothing yet: the reloaded session sends its owner to the waiting screen.
        if (tenant.status !== 'active') return;
        switchTenant.mutate(tenant.id, {
          onSuccess: () => notifySuccess(t('welcome.created', { name: tenant.name })),
          onError: (error) => notifyProblem(error, t),
        });
      },
      onError: (error) => form.showServerError(error),
    });
  });

  return (
    <StandalonePage size="md" signOutTestId="welcome-sign-out">
      <PageHeader title={t('welcome.title', { name: session.user.name })} description={t('welcome.intro')} />
      <MyInvitations />
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <form onSubmit={send} noValidate>
          <Stack>
            {session.pendingTenants.map((tenant) => (
              <Alert key={tenant.tenantId} color="red" data-testid="welcome-refused">
                {t('pending.refused', { name: tenant.tenantName })}
              </Alert>
            ))}
            <Alert color="earth" icon={<IconInfoCircle size={20} />}>
              {t('welcome.staffHint')}
            </Alert>
            <Title order={2} size="h3">
              {t('welcome.create')}
            </Title>
            <TenantFields form={form} />
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={createTenant.isPending || switchTenant.isPending}
                data-testid="tenant-create-submit"
              >
                {t('welcome.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </StandalonePage>
  );
}
