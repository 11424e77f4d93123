import { Button, Group, Image, Stack, Text } from '@mantine/core';
import { IconCheck, IconEraser } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { type FormTranslate, formTranslate, type RendererWidgetProps } from '../renderer-context';
import { SignaturePad, type SignaturePadHandle } from './signature-pad';
import { UploadFailed } from './upload-status';

type SaveState = 'idle' | 'saving' | 'failed';

interface SavedSignatureProps {
  url: string;
  editable: boolean;
  onSignAgain: () => void;
  t: FormTranslate;
}

function SavedSignature({ url, editable, onSignAgain, t }: SavedSignatureProps) {
  return (
    <Stack gap="xs">
      <Image src={url || null} alt={t('formRenderer.signature.saved')} className="nguon-signature-image" />
      <Group gap="xs">
        <Text size="sm" c="leaf.8">
          {t('formRenderer.signature.saved')}
        </Text>
        {editable && (
          <Button variant="default" leftSection={<IconEraser size={18} />} onClick={onSignAgain}>
            {t('formRenderer.signature.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The pad, and "Lưu chữ ký" uploading its PNG through the host. */
function useSignatureUpload(props: RendererWidgetProps) {
  const { host } = props.registry.formContext;
  const pad = useRef<SignaturePadHandle | null>(null);
  const [signed, setSigned] = useState(false);
  const [save, setSave] = useState<SaveState>('idle');
  const onReady = useCallback((handle: SignaturePadHandle) => {
    pad.current = handle;
  }, []);
  const upload = async () => {
    setSave('saving');
    try {
      const png = await pad.current?.toPng();
      if (!png) throw new Error('the signature pad gave no image');
      const uploaded = await host.uploadFile(png, 'signature');
      setSave('idle');
      props.onChange(uploaded.id);
    } catch {
      setSave('failed');
    }
  };
  const signAgain = () => {
    pad.current?.clear();
    setSigned(false);
    props.onChange(undefined);
  };
  return { onReady, signed, onStroke: () => setSigned(true), save, upload, signAgain };
}

/** signature fields: sign on the pad, "Lưu chữ ký" uploads the PNG and stores its file id. */
export function SignatureWidget(props: RendererWidgetProps) {
  const { id, value, registry, disabled, readonly } = props;
  const t = formTranslate(registry.formContext.lang);
  const { onReady, signed, onStroke, save, upload, signAgain } = useSignatureUpload(props);
  const editable = !disabled && !readonly;
  if (typeof value === 'string' && value !== '') {
    const url = registry.formContext.host.fileUrl(value);
    return <SavedSignature url={url} editable={editable} onSignAgain={signAgain} t={t} />;
  }
  return (
    <Stack gap="xs" id={id}>
      <Text size="sm" c="dimmed">
        {t('formRenderer.signature.hint')}
      </Text>
      <SignaturePad
        label={t('formRenderer.signature.pad')}
        onReady={onReady}
        onStroke={onStroke}
        disabled={!editable}
      />
      {save === 'failed' && <UploadFailed message={t('formRenderer.signature.failed')} />}
      {editable && (
        <Group gap="xs" grow>
          <Button
            variant="default"
            leftSection={<IconEraser size={18} />}
            onClick={signAgain}
            disabled={!signed}
          >
            {t('formRenderer.signature.clear')}
          </Button>
          <Button
            leftSection={<IconCheck size={18} />}
            onClick={upload}
            disabled={!signed}
            loading={save === 'saving'}
            data-testid={`form-signature-save-${id}`}
          >
            {t('formRenderer.signature.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
