import { Alert, Button, Group, Text } from '@mantine/core';
import type { ProcessView } from '@nguon/contracts/client';
import type { ProcessDefinition } from '@nguon/domain';
import { IconAlertTriangle, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { translate, useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { notifyProblem, notifySuccess } from '../../ui/notify';

interface ConflictBannerProps {
  /** An owner's process, which mine can be kept as a copy of; null for a template draft (reload only). */
  process: ProcessView | null;
  message: string;
  /** The person's own definition, which the server refused. */
  mine: ProcessDefinition;
  onReload: () => void;
}

/** A new process holding the person's definition, named so nobody mistakes it for the original. */
function useCopyMine(process: ProcessView | null, mine: ProcessDefinition) {
  return useMutation({
    mutationFn: async () => {
      if (!process) throw new Error('a template draft is not copied');
      const name = {
        vi: translate('vi', 'designer.conflictCopyName', { name: process.name.vi }),
        en: process.name.en ? translate('en', 'designer.conflictCopyName', { name: process.name.en }) : '',
      };
      const created = await api.call('createProcess', { body: { name, productType: process.productType } });
      await api.call('saveProcessDraft', {
        params: { id: created.id },
        body: { revision: created.draft.revision, definition: mine },
      });
      return created;
    },
  });
}

/**
 * Someone else saved the draft first: autosave has stopped. No overwrite (their edit would be lost without
 * anyone seeing it); load theirs, or keep mine as a new process.
 */
export function ConflictBanner({ process, message, mine, onReload }: ConflictBannerProps) {
  const t = useT();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const copyMine = useCopyMine(process, mine);
  const keepMine = () =>
    copyMine.mutate(undefined, {
      onSuccess: (created) => {
        notifySuccess(t('designer.conflictCopied', { name: created.name.vi }));
        navigate(`/processes/${created.id}`);
      },
      onError: (error) => notifyProblem(error, t),
    });
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={20} />}
      title={t('designer.conflictTitle')}
      mb="sm"
      role="alert"
      data-testid="designer-conflict"
    >
      <Text size="sm">{message}</Text>
      <Group gap="xs" mt="sm">
        <Button
          color="red"
          leftSection={<IconRefresh size={18} />}
          onClick={() => setConfirming(true)}
          data-testid="conflict-reload"
        >
          {t('designer.conflictReload')}
        </Button>
        {process && (
          <Button
            variant="white"
            color="red"
            leftSection={<IconCopy size={18} />}
            onClick={keepMine}
            loading={copyMine.isPending}
            data-testid="conflict-copy"
          >
            {t('designer.conflictCopy')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('designer.conflictReloadTitle')}
        body={t('designer.conflictReloadBody')}
        confirmLabel={t('designer.conflictReload')}
        loading={false}
        onConfirm={() => {
          setConfirming(false);
          onReload();
        }}
        onClose={() => setConfirming(false)}
      />
    </Alert>
  );
}
