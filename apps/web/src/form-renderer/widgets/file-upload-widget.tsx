import { Anchor, Button, FileButton, Group, Stack } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { formTranslate, type RendererWidgetProps } from '../renderer-context';
import { UploadFailed, UploadProgress } from './upload-status';

type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; progress: number | null }
  | { status: 'failed'; name: string };

/** Uploads one file through the host; remembers its name for this session (records keep only the id). */
function useFileUpload(props: RendererWidgetProps) {
  const { host } = props.registry.formContext;
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const [name, setName] = useState<string | null>(null);
  const upload = async (file: File | null) => {
    if (!file) return;
    setState({ status: 'uploading', progress: null });
    try {
      const onProgress = (progress: number) => setState({ status: 'uploading', progress });
      const uploaded = await host.uploadFile(file, 'file', onProgress);
      setName(file.name);
      setState({ status: 'idle' });
      props.onChange(uploaded.id);
    } catch {
      setState({ status: 'failed', name: file.name });
    }
  };
  return { state, name, upload };
}

/** file fields: pick any file, upload it with progress, store its id; open or remove it afterwards. */
export function FileUploadWidget(props: RendererWidgetProps) {
  const { id, value, onChange, registry, disabled, readonly } = props;
  const t = formTranslate(registry.formContext.lang);
  const { state, name, upload } = useFileUpload(props);
  const editable = !disabled && !readonly;
  const attached = typeof value === 'string' && value !== '' ? value : null;
  return (
    <Stack gap="xs" id={id}>
      {attached && (
        <Group gap="xs" wrap="nowrap">
          <IconPaperclip size={18} />
          <Anchor
            href={registry.formContext.host.fileUrl(attached)}
            target="_blank"
            rel="noopener"
            className="nguon-file-name"
          >
            {name ?? t('formRenderer.file.open')}
          </Anchor>
          {editable && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={() => onChange(undefined)}
            >
              {t('formRenderer.file.remove')}
            </Button>
          )}
        </Group>
      )}
      {state.status === 'uploading' && (
        <UploadProgress label={t('formRenderer.file.uploading')} progress={state.progress} />
      )}
      {state.status === 'failed' && (
        <UploadFailed message={t('formRenderer.file.failed', { name: state.name })} />
      )}
      {editable && !attached && state.status !== 'uploading' && (
        <FileButton onChange={upload}>
          {(button) => (
            <Button
              {...button}
              variant="default"
              leftSection={<IconPaperclip size={20} />}
              data-testid={`form-file-${id}`}
            >
              {t('formRenderer.file.choose')}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
