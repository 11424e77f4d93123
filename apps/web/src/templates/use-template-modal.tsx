import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { ApiError, type TemplateView } from '@nguon/contracts/client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { notifySuccess } from '../ui/notify';
import { randomId } from '../ui/random-id';
import { useUseTemplate } from './template-api';
import { useTemplateT } from './template-messages';

interface UseTemplateModalProps {
  template: TemplateView;
  opened: boolean;
  onClose: () => void;
}

/** The coded problem in place, so the owner sees why (a version deprecated meanwhile) without losing the dialog. */
function UseFailure({ error }: { error: unknown }) {
  const t = useT();
  const tt = useTemplateT();
  const code = error instanceof ApiError ? error.code : 'NETWORK';
  return (
    <Alert
      color="red"
      role="alert"
      title={tt('templates.useFailed', { code })}
      data-testid="template-use-error"
    >
      {error instanceof ApiError ? error.problem.detail : t('error.network')}
    </Alert>
  );
}

function WhatIsCreated({ template }: { template: TemplateView }) {
  const tt = useTemplateT();
  const lang = useLang();
  const { file } = template;
  const items = file.catalogs.reduce((sum, catalog) => sum + catalog.samples.length, 0);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {tt('templates.useWillCreate')}
      </Text>
      <List size="sm" spacing={4} data-testid="template-use-list">
        <List.Item>
          {tt('templates.useDraft', { stages: tt('templates.stageCount', { count: template.stageCount }) })}
        </List.Item>
        <List.Item>{tt('templates.useCatalogs', { count: file.catalogs.length, items })}</List.Item>
        <List.Item>
          {tt('templates.useProduct', { name: file.sampleProduct.name[lang] || file.sampleProduct.name.vi })}
        </List.Item>
      </List>
    </Stack>
  );
}

/** Confirms what using the template creates, then creates it once (one key per opening) and opens the designer. */
export function UseTemplateModal({ template, opened, onClose }: UseTemplateModalProps) {
  const tt = useTemplateT();
  const lang = useLang();
  const navigate = useNavigate();
  const use = useUseTemplate();
  const [name, setName] = useState('');
  // one key per dialog: a retry after a lost answer gets the same process, not a second one
  const [key] = useState(randomId);
  const templateName = template.name[lang] || template.name.vi;
  const submit = () => {
    const processName = name.trim();
    use.mutate(
      {
        id: template.id,
        key,
        body: {
          version: template.version.number,
          ...(processName ? { processName: { vi: processName, en: '' } } : {}),
        },
      },
      {
        onSuccess: (used) => {
          notifySuccess(tt('templates.used'));
          navigate(`/processes/${used.processId}`);
        },
      },
    );
  };
  return (
    <AppModal opened={opened} onClose={onClose} title={tt('templates.useTitle', { name: templateName })}>
      <Stack gap="md" data-testid="template-use-modal">
        <WhatIsCreated template={template} />
        <TextInput
          size="md"
          label={tt('templates.useProcessName')}
          description={tt('templates.useProcessNameHelp')}
          placeholder={template.file.process.name[lang] || template.file.process.name.vi}
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.currentTarget.value)}
          data-testid="template-use-name"
        />
        {use.error && <UseFailure error={use.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={onClose}>
            {tt('templates.useCancel')}
          </Button>
          <Button size="md" loading={use.isPending} onClick={submit} data-testid="template-use-confirm">
            {tt('templates.useConfirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
