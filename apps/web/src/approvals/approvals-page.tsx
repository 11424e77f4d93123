import { Alert, Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PendingTenant } from '@nguon/contracts/client';
import { provinces } from '@nguon/domain';
import { IconCheck, IconChecks, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useDecideTenant, usePendingTenants } from './use-approvals';

const provinceName = (code: string) => provinces.find((p) => p.code === code)?.name ?? code;

interface RefuseConfirmProps {
  name: string;
  busy: boolean;
  onCancel: () => void;
  onRefuse: () => void;
}

/** A refusal cannot be undone: it is asked for twice, with the name, never from one tap beside Approve. */
function RefuseConfirm({ name, busy, onCancel, onRefuse }: RefuseConfirmProps) {
  const t = useT();
  return (
    <Alert color="red" data-testid="refuse-confirm">
      <Text size="sm">{t('approvals.refuseConfirm', { name })}</Text>
      <Group justify="flex-end" gap="sm" mt="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={onRefuse} data-testid="pending-refuse-final">
          {t('approvals.refuseFinal')}
        </Button>
      </Group>
    </Alert>
  );
}

function PendingCard({ tenant }: { tenant: PendingTenant }) {
  const t = useT();
  const decide = useDecideTenant();
  const [confirming, setConfirming] = useState(false);
  const send = (decision: 'approve' | 'refuse') =>
    decide.mutate(
      { id: tenant.id, decision },
      {
        onSuccess: () =>
          notifySuccess(
            t(decision === 'approve' ? 'approvals.approved' : 'approvals.refused', { name: tenant.name }),
          ),
        onError: (error) => notifyProblem(error, t),
      },
    );
  const owner = [tenant.ownerName, tenant.ownerEmail, tenant.ownerPhone].filter(Boolean).join(' · ');
  return (
    <Paper withBorder radius="lg" p="md" data-testid="pending-tenant">
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {tenant.name}
        </Title>
        <Text size="sm">
          {t(`tenantKind.${tenant.kind}`)} · {tenant.address}, {provinceName(tenant.province)}
          {tenant.taxCode ? ` · ${t('tenant.taxCode')} ${tenant.taxCode}` : ''}
        </Text>
        <Text size="sm">
          {t('approvals.owner')}: {owner}
        </Text>
        {confirming ? (
          <RefuseConfirm
            name={tenant.name}
            busy={decide.isPending}
            onCancel={() => setConfirming(false)}
            onRefuse={() => send('refuse')}
          />
        ) : (
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={18} />}
              onClick={() => setConfirming(true)}
              data-testid="pending-refuse"
            >
              {t('approvals.refuse')}
            </Button>
            <Button
              leftSection={<IconCheck size={18} />}
              loading={decide.isPending && decide.variables?.decision === 'approve'}
              onClick={() => send('approve')}
              data-testid="pending-approve"
            >
              {t('approvals.approve')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** A platform admin's list of signed-up tenants waiting for approval, with approve and refuse on each. */
export function ApprovalsPage() {
  const t = useT();
  const pending = usePendingTenants();
  return (
    <>
      <PageHeader title={t('approvals.title')} description={t('approvals.intro')} />
      <QueryState isPending={pending.isPending} error={pending.error} onRetry={() => pending.refetch()} />
      {pending.data?.items.length === 0 && (
        <EmptyState variant="light" icon={<IconChecks size={32} />} title={t('approvals.empty')} />
      )}
      <Stack>
        {pending.data?.items.map((tenant) => (
          <PendingCard key={tenant.id} tenant={tenant} />
        ))}
      </Stack>
    </>
  );
}
