import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { ApiError, type ProcessVersionSummary } from '@nguon/contracts/client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { AppModal } from '../../ui/app-modal';
import { usePublishProcess } from '../designer-api';

interface PublishDialogProps {
  processId: string;
  opened: boolean;
  revision: number;
  nextNumber: number;
  onClose: () => void;
  onPublished: (version: ProcessVersionSummary) => void;
}

const maxNoteLength = 1000;

/** Freezes the saved draft into the next version, with a note on what changed. */
export function PublishDialog({
  processId,
  opened,
  revision,
  nextNumber,
  onClose,
  onPublished,
}: PublishDialogProps) {
  const t = useT();
  const publish = usePublishProcess(processId);
  const [note, setNote] = useState('');
  const close = () => {
    publish.reset();
    setNote('');
    onClose();
  };
  const send = () =>
    publish.mutate(
      { revision, note: note.trim() },
      {
        onSuccess: (version) => {
          setNote('');
          onPublished(version);
        },
      },
    );
  const error = publish.error;
  return (
    <AppModal opened={opened} onClose={close} title={t('designer.publishTitle', { number: nextNumber })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('designer.publishIntro')}
        </Text>
        <Textarea
          label={t('designer.publishNote')}
          description={t('designer.publishNoteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={maxNoteLength}
          rows={4}
          data-autofocus
          data-testid="publish-note"
        />
        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={20} />} role="alert" data-testid="publish-error">
            {error instanceof ApiError ? error.problem.detail : t('error.network')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={send} loading={publish.isPending} data-testid="publish-submit">
            {t('designer.publishSubmit', { number: nextNumber })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
