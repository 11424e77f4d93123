import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { SetPasswordCode } from '@nguon/contracts/client';
import { IconInfoCircle } from '@tabler/icons-react';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { CopyField } from '../ui/copy-field';

export interface ShownCode {
  name: string;
  code: SetPasswordCode;
}

/** The one-time set-password code and its link, shown once with copy buttons; closing needs a deliberate click. */
export function SetPasswordCodeModal({ shown, onClose }: { shown: ShownCode | null; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <AppModal
      opened={shown !== null}
      onClose={onClose}
      title={shown ? t('code.title', { name: shown.name }) : ''}
      size="lg"
      closeOnClickOutside={false}
    >
      {shown && (
        <Stack>
          <Alert color="orange" icon={<IconInfoCircle size={20} />}>
            {t('code.once', { name: shown.name })}
          </Alert>
          <CopyField label={t('code.code')} value={shown.code.code} testId="staff-code" large />
          <CopyField label={t('code.link')} value={shown.code.url} testId="staff-code-link" />
          <Text size="sm" c="dimmed">
            {t('code.expires', { time: formatDateTime(shown.code.expiresAt, lang) })}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="staff-code-done">
              {t('code.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
