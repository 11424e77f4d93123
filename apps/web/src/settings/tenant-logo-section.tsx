import { Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import type { TenantView } from '@nguon/contracts/client';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { formatFileSize } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifyError, notifyProblem, notifySuccess } from '../ui/notify';
import { SectionCard } from '../ui/section-card';
import { TenantLogo } from '../ui/tenant-logo';
import { logoAccept, logoFileError, logoUpload } from './logo-file';
import { useRemoveTenantLogo, useUploadTenantLogo } from './use-tenant';

/** The owner sets or removes the tenant's logo; the file is checked here before it travels. */
export function TenantLogoSection({ tenant }: { tenant: TenantView }) {
  const t = useT();
  const lang = useLang();
  const upload = useUploadTenantLogo();
  const remove = useRemoveTenantLogo();
  const [confirming, setConfirming] = useState(false);
  const resetPicker = useRef<() => void>(null);

  const send = (file: File | null) => {
    // picking the same file again after a refusal must fire onChange again
    resetPicker.current?.();
    if (!file) return;
    const refusal = logoFileError(file, lang);
    if (refusal) return notifyError(refusal, t);
    upload.mutate(file, {
      onSuccess: () => notifySuccess(t('logo.uploaded')),
      onError: (error) => notifyProblem(error, t),
    });
  };

  const confirmRemove = () =>
    remove.mutate(undefined, {
      onSuccess: () => notifySuccess(t('logo.removed')),
      onError: (error) => notifyProblem(error, t),
      onSettled: () => setConfirming(false),
    });

  return (
    <SectionCard titleId="logo-title">
      <Stack>
        <Stack gap={4}>
          <Title order={2} size="h3" id="logo-title">
            {t('logo.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('logo.intro')}
          </Text>
        </Stack>
        <Group gap="lg" wrap="nowrap" align="center">
          <TenantLogo
            name={tenant.name}
            logoUrl={tenant.logoUrl}
            alt={t('logo.alt', { name: tenant.name })}
            size={96}
            withBorder
            data-testid="logo-preview"
          />
          <Stack gap="xs" align="flex-start">
            <FileButton
              onChange={send}
              accept={logoAccept}
              resetRef={resetPicker}
              disabled={remove.isPending}
            >
              {(props) => (
                <Button
                  {...props}
                  leftSection={<IconUpload size={18} />}
                  loading={upload.isPending}
                  disabled={remove.isPending}
                  data-testid="logo-upload"
                >
                  {tenant.logoUrl ? t('logo.replace') : t('logo.upload')}
                </Button>
              )}
            </FileButton>
            {tenant.logoUrl && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={18} />}
                onClick={() => setConfirming(true)}
                disabled={upload.isPending}
                data-testid="logo-remove"
              >
                {t('logo.remove')}
              </Button>
            )}
          </Stack>
        </Group>
        <Text size="sm" c="dimmed">
          {t('logo.hint', { max: formatFileSize(logoUpload.maxBytes, lang) })}
        </Text>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('logo.removeTitle', { name: tenant.name })}
        body={t('logo.removeBody')}
        confirmLabel={t('logo.remove')}
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setConfirming(false)}
      />
    </SectionCard>
  );
}
