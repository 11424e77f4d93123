import { Alert, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { ApiError, type ProcessView } from '@nguon/contracts/client';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { formatFileSize } from '../../i18n/format';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { AppModal } from '../../ui/app-modal';
import { useImportProcess } from '../process-api';
import { maxProcessFileBytes, readProcessFile } from './process-file';

interface ImportProcessModalProps {
  opened: boolean;
  onClose: () => void;
  onImported: (process: ProcessView) => void;
}

/** What went wrong, as the person should read it: our own check of the file, or the server's coded problem. */
function ImportError({ error }: { error: unknown }) {
  const t = useT();
  if (error === null) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={20} />} role="alert" data-testid="process-import-error">
      <Text size="sm">{typeof error === 'string' ? error : (problem?.detail ?? t('error.network'))}</Text>
      {problem?.errors && problem.errors.length > 0 && (
        <List size="sm" mt="xs" spacing={2}>
          {problem.errors.slice(0, 10).map((item) => (
            <List.Item key={`${item.path}:${item.message}`}>
              <Text span ff="monospace" size="xs">
                {item.path || '/'}
              </Text>{' '}
              {item.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** Creates a process from an exported `.nguon-process.json` file. */
export function ImportProcessModal({ opened, onClose, onImported }: ImportProcessModalProps) {
  const t = useT();
  const lang = useLang();
  const importProcess = useImportProcess();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setFile(null);
    setError(null);
    onClose();
  };
  const send = async () => {
    if (!file) return setError(t('common.required'));
    if (file.size > maxProcessFileBytes) {
      return setError(t('designer.importTooLarge', { size: formatFileSize(maxProcessFileBytes, lang) }));
    }
    const reading = readProcessFile(await file.text());
    if ('fault' in reading)
      return setError(
        t(reading.fault === 'notJson' ? 'designer.importNotJson' : 'designer.importNotProcess'),
      );
    importProcess.mutate(reading.file, {
      onSuccess: (process) => {
        close();
        onImported(process);
      },
      onError: setError,
    });
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('designer.importTitle')}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('designer.importIntro')}
        </Text>
        <FileInput
          label={t('designer.importFile')}
          placeholder={t('designer.importPick')}
          accept="application/json,.json"
          leftSection={<IconFileImport size={18} />}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setError(null);
          }}
          clearable
          data-testid="process-import-file"
        />
        <ImportError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={send}
            loading={importProcess.isPending}
            disabled={!file}
            data-testid="process-import-submit"
          >
            {t('designer.importSubmit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
