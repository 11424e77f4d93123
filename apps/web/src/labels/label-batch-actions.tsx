import { Button, Group } from '@mantine/core';
import type { LabelBatchView } from '@nguon/contracts/client';
import { labelBatchCancellable } from '@nguon/domain';
import { IconPlayerPlay, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { useRefreshLabels } from './label-api';

/** Runs again what the server says a retry would run: a failed or stalled batch's labels, or its PDF. */
export function LabelBatchRetryButton({ batch }: { batch: LabelBatchView }) {
  const t = useT();
  const refresh = useRefreshLabels();
  const number = batch.number;
  const retry = useMutation({
    mutationFn: () => api.call('retryLabelBatch', { params: { id: batch.id } }),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('labels.retry.done', { number }));
    },
    onError: (error) => notifyProblem(error, t),
  });
  if (!batch.retry) return null;
  const pdf = batch.retry === 'pdf';
  return (
    <Group gap="xs">
      <Button
        size="md"
        leftSection={<IconPlayerPlay size={20} />}
        onClick={() => retry.mutate()}
        loading={retry.isPending}
        data-testid={pdf ? 'label-pdf-retry' : 'label-batch-retry'}
      >
        {t(pdf ? 'labels.retry.pdf' : 'labels.retry.action')}
      </Button>
    </Group>
  );
}

/** Cancel (asked first, saying what becomes of the labels made so far) and retry of a failed or stalled batch. */
export function LabelBatchActions({ batch }: { batch: LabelBatchView }) {
  const t = useT();
  const refresh = useRefreshLabels();
  const [confirming, setConfirming] = useState(false);
  const number = batch.number;
  const cancel = useMutation({
    mutationFn: () => api.call('cancelLabelBatch', { params: { id: batch.id } }),
    onSuccess: async () => {
      setConfirming(false);
      await refresh();
      notifySuccess(t('labels.cancel.done', { number }));
    },
    onError: (error) => notifyProblem(error, t),
  });
  const cancellable = labelBatchCancellable(batch.state);
  // The PDF's retry sits beside the PDF (LabelDownloads); this one runs the labels again.
  const retryable = batch.retry === 'labels';
  if (!cancellable && !retryable) return null;
  return (
    <Group gap="xs">
      {retryable && <LabelBatchRetryButton batch={batch} />}
      {cancellable && (
        <Button
          color="red"
          variant="light"
          leftSection={<IconX size={20} />}
          onClick={() => setConfirming(true)}
          data-testid="label-batch-cancel"
        >
          {t('labels.cancel.action')}
        </Button>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('labels.cancel.title', { number })}
        body={t('labels.cancel.body', { generated: batch.generated, quantity: batch.quantity })}
        confirmLabel={t('labels.cancel.confirm')}
        loading={cancel.isPending}
        onConfirm={() => cancel.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}
