import { Button, Group } from '@mantine/core';
import type { RecallDetail } from '@nguon/contracts/client';
import { IconAlertTriangle, IconChecks, IconPencil, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { randomId } from '../ui/random-id';
import { CloseRecallModal } from './close-recall-modal';
import { EditNoticeModal } from './edit-notice-modal';
import { useCancelRecall, usePublishRecall } from './recall-api';

type Asking = 'publish' | 'cancel' | 'close' | 'edit' | null;

/** The owner's buttons for the recall's state: publish or cancel a draft (a drill is never published), close a published one. */
export function RecallActions({ detail }: { detail: RecallDetail }) {
  const t = useT();
  const { recall, scope } = detail;
  const [asking, setAsking] = useState<Asking>(null);
  const publish = usePublishRecall(recall.id);
  const cancel = useCancelRecall(recall.id);
  // One key for this recall's publishing: pressing again after a lost answer publishes it once.
  const publishKey = useRef(randomId());
  const done = (message: string) => ({
    onSuccess: () => {
      notifySuccess(message);
      setAsking(null);
    },
    onError: (error: unknown) => notifyProblem(error, t),
  });
  return (
    <>
      <Group gap="xs" data-testid="recall-actions">
        {recall.status === 'draft' && !recall.drill && (
          <Button
            color="red"
            size="md"
            leftSection={<IconAlertTriangle size={20} />}
            onClick={() => setAsking('publish')}
            data-testid="recall-publish"
          >
            {t('recalls.publish')}
          </Button>
        )}
        {recall.status === 'draft' && (
          <Button
            variant="default"
            size="md"
            leftSection={<IconPencil size={20} />}
            onClick={() => setAsking('edit')}
            data-testid="recall-edit"
          >
            {t('recalls.editNotice')}
          </Button>
        )}
        {recall.status === 'draft' && (
          <Button
            variant="default"
            size="md"
            leftSection={<IconX size={20} />}
            onClick={() => setAsking('cancel')}
            data-testid="recall-cancel"
          >
            {t('recalls.cancelDraft')}
          </Button>
        )}
        {recall.status === 'published' && (
          <Button
            size="md"
            leftSection={<IconChecks size={20} />}
            onClick={() => setAsking('close')}
            data-testid="recall-close"
          >
            {t('recalls.close')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={asking === 'publish'}
        title={t('recalls.publishTitle')}
        body={t('recalls.publishBody', { lots: scope.lots.length, labels: scope.labelCount })}
        confirmLabel={t('recalls.publish')}
        loading={publish.isPending}
        onConfirm={() => publish.mutate(publishKey.current, done(t('recalls.published')))}
        onClose={() => setAsking(null)}
      />
      <ConfirmDialog
        opened={asking === 'cancel'}
        title={t('recalls.cancelTitle')}
        body={t('recalls.cancelBody')}
        confirmLabel={t('recalls.cancelDraft')}
        loading={cancel.isPending}
        onConfirm={() => cancel.mutate(undefined, done(t('recalls.cancelled')))}
        onClose={() => setAsking(null)}
      />
      {asking === 'close' && <CloseRecallModal detail={detail} onClose={() => setAsking(null)} />}
      {asking === 'edit' && <EditNoticeModal recall={recall} onClose={() => setAsking(null)} />}
    </>
  );
}
