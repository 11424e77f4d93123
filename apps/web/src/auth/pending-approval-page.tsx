import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { useT } from '../i18n/use-t';
import { notifyProblem } from '../ui/notify';
import { awaitsApproval, useSession } from './session-context';
import { StandalonePage } from './standalone-page';
import { useSessionQuery, useSwitchTenant } from './use-auth';

/** A person whose signed-up tenant waits for a platform admin (or was refused): a plain screen that says so. */
export function PendingApprovalPage() {
  const t = useT();
  const session = useSession();
  const sessionQuery = useSessionQuery();
  const switchTenant = useSwitchTenant();
  if (!awaitsApproval(session)) return <Navigate to="/" replace />;

  // Approved since: open the tenant at once rather than asking for another sign-in.
  const checkAgain = async () => {
    const fresh = (await sessionQuery.refetch()).data;
    const approved = fresh?.memberships[0];
    if (approved && !fresh.currentTenantId)
      switchTenant.mutate(approved.tenantId, { onError: (error) => notifyProblem(error, t) });
  };

  return (
    <StandalonePage size="sm" signOutTestId="pending-sign-out">
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <Stack>
          <Title order={1} fz="h2">
            {t('pending.title')}
          </Title>
          {session.pendingTenants.map((tenant) => (
            <Alert
              key={tenant.tenantId}
              color={tenant.status === 'refused' ? 'red' : 'earth'}
              icon={<IconHourglass size={20} />}
              data-testid={`pending-${tenant.status}`}
            >
              <Text size="sm">
                {t(tenant.status === 'refused' ? 'pending.refused' : 'pending.body', {
                  name: tenant.tenantName,
                })}
              </Text>
            </Alert>
          ))}
          <Group justify="flex-end">
            <Button
              onClick={checkAgain}
              loading={sessionQuery.isFetching || switchTenant.isPending}
              data-testid="pending-check"
            >
              {t('pending.check')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </StandalonePage>
  );
}
