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

/** The deprecation and its field errors: each language's own, a refusal of the message as a whole under the first. */
function useDeprecation(templateId: string, number: number | null, onClose: () => void) {
  const t = useT();
  const deprecate = useDeprecateVersion(templateId);
  const [message, setMessage] = useState({ vi: '', en: '' });
  const inVi = fieldErrorsOf(deprecate.error, ['vi'], '/message');
  const inEn = fieldErrorsOf(deprecate.error, ['en'], '/message');
  const whole = fieldErrorsOf(deprecate.error, ['message']);
  const errors = { vi: inVi.vi ?? (inEn.en ? undefined : whole.message), en: inEn.en };
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
  return { message, setMessage, errors, close, submit, pending: deprecate.isPending };
}

type Deprecation = ReturnType<typeof useDeprecation>;

/** The reason in one language, with that language's refusal. */
function MessageField({ deprecation, lang }: { deprecation: Deprecation; lang: 'vi' | 'en' }) {
  const t = useT();
  const { message, setMessage, errors } = deprecation;
  return (
    <Textarea
      label={t(lang === 'vi' ? 'templateExpert.messageVi' : 'templateExpert.messageEn')}
      required
      autosize
      minRows={2}
      value={message[lang]}
      onChange={(event) => setMessage({ ...message, [lang]: event.currentTarget.value })}
      error={errors[lang]}
      data-testid={`deprecate-message-${lang}`}
    />
  );
}

/** Deprecating a version asks why, in both languages: owners read it where the version was offered. */
export function DeprecateModal({ templateId, number, onClose }: DeprecateModalProps) {
  const t = useT();
  const deprecation = useDeprecation(templateId, number, onClose);
  const { message, close } = deprecation;
  const missing = message.vi.trim() === '' || message.en.trim() === '';
  return (
    <AppModal
      opened={number !== null}
      onClose={close}
      title={t('templateExpert.deprecateTitle', { number: number ?? 0 })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('templateExpert.deprecateBody')}</Text>
        <MessageField deprecation={deprecation} lang="vi" />
        <MessageField deprecation={deprecation} lang="en" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={missing}
            loading={deprecation.pending}
            onClick={deprecation.submit}
            data-testid="deprecate-submit"
          >
            {t('templateExpert.deprecateSubmit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
