import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { MyInvitation } from '@nguon/contracts/client';
import { IconMailOpened } from '@tabler/icons-react';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { useAcceptInvitation, useDeclineInvitation, useMyInvitations } from './use-invitations';

function InvitationCard({ invitation }: { invitation: MyInvitation }) {
  const t = useT();
  const lang = useLang();
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
  const values = {
    tenant: invitation.tenantName,
    role: t(`role.${invitation.role}`),
    by: invitation.invitedBy,
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="my-invitation">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconMailOpened size={22} style={{ flexShrink: 0 }} />
          <Text fw={600}>{t('invite.mine', values)}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('invite.until', { time: formatDateTime(invitation.expiresAt, lang) })}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            loading={decline.isPending}
            data-testid="my-invitation-decline"
            onClick={() =>
              decline.mutate(invitation.id, {
                onSuccess: () => notifySuccess(t('invite.declined', values)),
                onError: (error) => notifyProblem(error, t),
              })
            }
          >
            {t('invite.decline')}
          </Button>
          <Button
            loading={accept.isPending}
            data-testid="my-invitation-accept"
            onClick={() =>
              accept.mutate(invitation.id, {
                onSuccess: () => notifySuccess(t('invite.accepted', values)),
                onError: (error) => notifyProblem(error, t),
              })
            }
          >
            {t('invite.accept')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Invitations waiting for the signed-in person, each with Accept and Decline; nothing when there are none. */
export function MyInvitations() {
  const t = useT();
  const invitations = useMyInvitations();
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" mb="md" data-testid="my-invitations">
      <Text fw={700}>{t('invite.mineTitle')}</Text>
      {items.map((invitation) => (
        <InvitationCard key={invitation.id} invitation={invitation} />
      ))}
    </Stack>
  );
}
