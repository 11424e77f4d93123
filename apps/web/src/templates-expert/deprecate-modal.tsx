import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { fieldErrorsOf } from '../api/problems';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { useDeprecateVersion } from './use-template-admin';

interface DeprecateModalProps {
  templateId: string;
  /** The version asked about, or null while the modal is closed. */
  number: number | null;
  onClose: () => void;
}

/** Deprecating a version asks why, in both languages: owners read it where the version was offered. */
export function DeprecateModal({ templateId, number, onClose }: DeprecateModalProps) {
  const t = useT();
  const deprecate = useDeprecateVersion(templateId);
  const [message, setMessage] = useState({ vi: '', en: '' });
  // each language's field shows its own refusal; a refusal of the message as a whole shows under the first
  const inVi = fieldErrorsOf(deprecate.error, ['vi'], '/message');
  const inEn = fieldErrorsOf(deprecate.error, ['en'], '/message');
  const whole = fieldErrorsOf(deprecate.error, ['message']);
  const errors = { vi: inVi.vi ?? (inEn.en ? undefined : whole.message), en: inEn.en };
  const missing = message.vi.trim() === '' || message.en.trim() === '';
  const close = () => {
    setMessage({ vi: '', en: '' });
    deprecate.reset();
    onClose();
  };
  const submit = () => {
    if (number === null) return;
    deprecate.mutate(
      { number, message: { vi: message.vi.trim(), en: message.en.trim() } },
      {
        onSuccess: () => {
          notifySuccess(t('templateExpert.deprecatedDone', { number }));
          close();
        },
        onError: (error) => notifyProblem(error, t),
      },
    );
  };
  return (
    <AppModal
      opened={number !== null}
      onClose={close}
      title={t('templateExpert.deprecateTitle', { number: number ?? 0 })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('templateExpert.deprecateBody')}</Text>
        <Textarea
          label={t('templateExpert.messageVi')}
          required
          autosize
          minRows={2}
          value={message.vi}
          onChange={(event) => setMessage({ ...message, vi: event.currentTarget.value })}
          error={errors.vi}
          data-testid="deprecate-message-vi"
        />
        <Textarea
          label={t('templateExpert.messageEn')}
          required
          autosize
          minRows={2}
          value={message.en}
          onChange={(event) => setMessage({ ...message, en: event.currentTarget.value })}
          error={errors.en}
          data-testid="deprecate-message-en"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={missing}
            loading={deprecate.isPending}
            onClick={submit}
            data-testid="deprecate-submit"
          >
            {t('templateExpert.deprecateSubmit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
