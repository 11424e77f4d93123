import { Alert, Button, Group, Stack } from '@mantine/core';
import type { CreatedApiToken } from '@nguon/contracts/client';
import { IconInfoCircle } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { CopyField } from '../ui/copy-field';

/** A new token's secret, shown this once with a copy button. */
export function TokenSecretModal({
  created,
  onClose,
}: {
  created: CreatedApiToken | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <AppModal
      opened={created !== null}
      onClose={onClose}
      title={created ? t('tokens.secretTitle', { name: created.token.name }) : ''}
      size="lg"
      closeOnClickOutside={false}
    >
      {created && (
        <Stack>
          <Alert color="orange" icon={<IconInfoCircle size={20} />}>
            {t('tokens.secretOnce')}
          </Alert>
          <CopyField label={t('tokens.secret')} value={created.secret} testId="token-secret" />
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="token-secret-done">
              {t('tokens.secretDone')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
