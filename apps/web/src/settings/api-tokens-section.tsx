import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ApiTokenView, CreatedApiToken } from '@nguon/contracts/client';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { QueryState } from '../ui/query-state';
import { SectionCard } from '../ui/section-card';
import { ApiTokenList } from './api-token-list';
import { CreateTokenModal } from './create-token-modal';
import { TokenSecretModal } from './token-secret-modal';
import { useApiTokens, useRevokeApiToken } from './use-api-tokens';

/** The tenant's API tokens: list, create (secret shown once) and revoke. */
export function ApiTokensSection() {
  const t = useT();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, createDialog] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);

  const confirmRevoke = (token: ApiTokenView) =>
    revoke.mutate(token.id, {
      onSuccess: () => notifySuccess(t('tokens.revokedDone', { name: token.name })),
      onError: (error) => notifyProblem(error, t),
      onSettled: () => setRevoking(null),
    });

  return (
    <SectionCard titleId="api-tokens-title">
      <Stack>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={4} maw={560}>
            <Title order={2} size="h3" id="api-tokens-title">
              {t('tokens.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('tokens.intro')}
            </Text>
          </Stack>
          <Button leftSection={<IconPlus size={18} />} onClick={createDialog.open} data-testid="token-create">
            {t('tokens.create')}
          </Button>
        </Group>
        <QueryState isPending={tokens.isPending} error={tokens.error} onRetry={() => tokens.refetch()} />
        {tokens.data &&
          (tokens.data.items.length === 0 ? (
            <Text c="dimmed" data-testid="tokens-empty">
              {t('tokens.empty')}
            </Text>
          ) : (
            <ApiTokenList tokens={tokens.data.items} onRevoke={setRevoking} />
          ))}
      </Stack>
      <CreateTokenModal opened={creating} onClose={createDialog.close} onCreated={setCreated} />
      <TokenSecretModal created={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })}
        body={t('tokens.revokeBody')}
        confirmLabel={t('tokens.revoke')}
        loading={revoke.isPending}
        onConfirm={() => revoking && confirmRevoke(revoking)}
        onClose={() => setRevoking(null)}
      />
    </SectionCard>
  );
}
