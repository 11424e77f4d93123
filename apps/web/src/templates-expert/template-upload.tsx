import { Alert, Button, Code, FileButton, Stack, Text } from '@mantine/core';
import { ApiError, type Problem, type TemplateView } from '@nguon/contracts/client';
import type { TextPosition } from '@nguon/domain';
import { IconAlertCircle, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { readTemplateFile } from './template-file-reader';
import { usePublishTemplate } from './use-template-admin';

/** Why the last chosen file was not published: not JSON (and where), or the server's coded problem with its path. */
type Rejection =
  | { file: string; problem: Problem }
  | { file: string; problem: null; notJsonAt: TextPosition };

/** The server's problem as the expert fixes it: each bad value's path, then what is wrong there. */
export function RejectedFile({ rejection }: { rejection: Rejection }) {
  const t = useT();
  const { problem } = rejection;
  const faults = problem?.errors?.length
    ? problem.errors
    : problem
      ? [{ path: problem.path ?? '', message: problem.detail }]
      : [];
  return (
    <Alert color="red" icon={<IconAlertCircle size={20} />} data-testid="template-rejected">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {rejection.problem
            ? t('templateExpert.rejected', { file: rejection.file })
            : t('templateExpert.notJson', { file: rejection.file, ...rejection.notJsonAt })}
        </Text>
        {problem && (
          <Text size="xs" ff="monospace" c="dimmed">
            {problem.code}
          </Text>
        )}
        {faults.map((fault) => (
          <Stack gap={2} key={`${fault.path}:${fault.message}`}>
            {fault.path && (
              <Code style={{ overflowWrap: 'anywhere', alignSelf: 'flex-start' }}>{fault.path}</Code>
            )}
            <Text size="sm">{fault.message}</Text>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}

interface TemplateUploadProps {
  /** The template a new version is for; null publishes a new template. */
  templateId: string | null;
  onRejected: (rejection: Rejection | null) => void;
}

/** Choose a template file: read in the browser, sent whole; nothing changes when the server refuses it. */
export function TemplateUpload({ templateId, onRejected }: TemplateUploadProps) {
  const t = useT();
  const lang = useLang();
  const publish = usePublishTemplate();
  const [reading, setReading] = useState(false);
  const resetRef = useRef<() => void>(null);
  const published = (view: TemplateView) =>
    notifySuccess(
      t('templateExpert.published', { name: view.name[lang] || view.name.vi, number: view.version.number }),
    );
  const choose = async (file: File | null) => {
    // the same file picked again after a fix must reach onChange: the input forgets it
    resetRef.current?.();
    if (!file) return;
    setReading(true);
    const parsed = await readTemplateFile(file).finally(() => setReading(false));
    if ('notJsonAt' in parsed)
      return onRejected({ file: file.name, problem: null, notJsonAt: parsed.notJsonAt });
    onRejected(null);
    publish.mutate(
      { templateId, file: parsed.json },
      {
        onSuccess: published,
        onError: (error) =>
          error instanceof ApiError
            ? onRejected({ file: file.name, problem: error.problem })
            : notifyProblem(error, t),
      },
    );
  };
  const label = templateId === null ? 'templateExpert.newTemplate' : 'templateExpert.newVersion';
  return (
    <FileButton resetRef={resetRef} onChange={(file) => void choose(file)} accept="application/json,.json">
      {(props) => (
        <Button
          {...props}
          variant={templateId === null ? 'filled' : 'light'}
          leftSection={<IconUpload size={18} />}
          loading={reading || publish.isPending}
          data-testid={templateId === null ? 'template-new' : 'template-new-version'}
        >
          {t(label)}
        </Button>
      )}
    </FileButton>
  );
}

export type { Rejection };
