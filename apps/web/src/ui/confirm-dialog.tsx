import { Button, Group, Text } from '@mantine/core';
import { useT } from '../i18n/use-t';
import { AppModal } from './app-modal';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a destructive action; the confirm button is red and named after the action. */
export function ConfirmDialog({
  opened,
  title,
  body,
  confirmLabel,
  loading,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const t = useT();
  return (
    <AppModal opened={opened} onClose={onClose} title={title}>
      <Text mb="lg">{body}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-testid="confirm-cancel">
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={loading} data-testid="confirm-ok">
          {confirmLabel}
        </Button>
      </Group>
    </AppModal>
  );
}
