import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { SetPasswordCode, StaffInvitation } from '@nguon/contracts/client';
import { useState } from 'react';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { QueryState } from '../ui/query-state';
import { useRenewInvitationCode, useRevokeInvitation, useStaffInvitations } from './use-invitations';

const statusColor = { pending: 'blue', expired: 'gray', declined: 'red' } as const;

function InvitationRow(props: {
  invitation: StaffInvitation;
  canManage: boolean;
  onCode: (name: string, code: SetPasswordCode) => void;
}) {
  const { invitation, canManage, onCode } = props;
  const t = useT();
  const lang = useLang();
  const renew = useRenewInvitationCode();
  const revoke = useRevokeInvitation();
  // withdrawing cannot be undone (the code stops working): one stray tap must not do it
  const [confirming, setConfirming] = useState(false);
  const name = invitation.name;
  return (
    <Card withBorder radius="md" padding="md" data-testid="staff-invitation">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{name}</Text>
          <Group gap={6}>
            <Badge variant="light">{t(`role.${invitation.role}`)}</Badge>
            <Badge color={statusColor[invitation.status]} variant="light">
              {t(`invite.status.${invitation.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {[invitation.email, invitation.phone].filter(Boolean).join(' · ')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('invite.sentBy', {
            by: invitation.invitedBy,
            time: formatDateTime(invitation.createdAt, lang),
            until: formatDateTime(invitation.expiresAt, lang),
          })}
        </Text>
        {canManage && (
          <Group justify="flex-end" gap="xs">
            {invitation.status !== 'declined' && (
              <Button
                variant="default"
                size="sm"
                loading={renew.isPending}
                aria-label={t('staff.newCodeOf', { name })}
                data-testid="staff-invitation-code"
                onClick={() =>
                  renew.mutate(invitation.id, {
                    onSuccess: (code) => onCode(name, code),
                    onError: (error) => notifyProblem(error, t),
                  })
                }
              >
                {t('staff.newCode')}
              </Button>
            )}
            <Button
              variant="subtle"
              color="red"
              size="sm"
              aria-label={t('invite.revokeOf', { name })}
              data-testid="staff-invitation-revoke"
              onClick={() => setConfirming(true)}
            >
              {t('invite.revoke')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('invite.revokeTitle', { name })}
        body={t('invite.revokeBody')}
        confirmLabel={t('invite.revoke')}
        loading={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(invitation.id, {
            onSuccess: () => {
              setConfirming(false);
              notifySuccess(t('invite.revoked', { name }));
            },
            onError: (error) => notifyProblem(error, t),
          })
        }
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}

/** The tenant's invitations not yet accepted: only what the owner typed, never anything of an account. */
export function StaffInvitations(props: {
  canManage: boolean;
  onCode: (name: string, code: SetPasswordCode) => void;
}) {
  const t = useT();
  const invitations = useStaffInvitations();
  const items = invitations.data?.items ?? [];
  // an optional section: nothing while it loads, but a failure is said, not shown as "no invitations"
  if (invitations.error)
    return <QueryState isPending={false} error={invitations.error} onRetry={() => invitations.refetch()} />;
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" mt="xl" data-testid="staff-invitations">
      <Title order={2} size="h4">
        {t('invite.title')}
      </Title>
      {items.map((invitation) => (
        <InvitationRow key={invitation.id} invitation={invitation} {...props} />
      ))}
    </Stack>
  );
}
