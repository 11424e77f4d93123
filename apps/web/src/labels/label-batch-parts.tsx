import { Alert, Badge, Stack } from '@mantine/core';
import type { LabelBatchView } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';
import { useNameOf } from '../lots/lot-text';
import { ProgressMeter } from '../ui/job-progress';

const stateColors: Record<LabelBatchView['state'], string> = {
  queued: 'gray',
  running: 'blue',
  completed: 'green',
  failed: 'red',
  cancelled: 'dark',
};

/** A batch's state; a batch whose labels have not moved for the stall limit says so instead of "generating". */
export function LabelBatchStateBadge({
  batch,
  testId,
}: {
  batch: Pick<LabelBatchView, 'state' | 'stalled'>;
  testId?: string;
}) {
  const t = useT();
  const stalled = batch.stalled && (batch.state === 'queued' || batch.state === 'running');
  return (
    <Badge color={stalled ? 'orange' : stateColors[batch.state]} variant="light" data-testid={testId}>
      {t(stalled ? 'labels.state.stalled' : `labels.state.${batch.state}`)}
    </Badge>
  );
}

/** What a batch is for, as one line: "Lúa ST25 · Lô R25-0001", "Lúa ST25", or "Tem trắng". */
export function useBatchSubject(): (batch: Pick<LabelBatchView, 'product' | 'lot'>) => string {
  const t = useT();
  const nameOf = useNameOf();
  return ({ product, lot }) => {
    if (!product) return t('labels.batch.blank');
    const name = nameOf(product.name);
    return lot ? `${name} · ${t('labels.batch.forLot', { code: lot.code })}` : name;
  };
}

/** The generation progress of a batch that is not final yet, and plainly so when it has stalled; nothing once final. */
export function BatchGenerationProgress({ batch, testId }: { batch: LabelBatchView; testId: string }) {
  const t = useT();
  if (batch.state !== 'queued' && batch.state !== 'running') return null;
  return (
    <Stack gap="xs">
      <ProgressMeter
        done={batch.generated}
        total={batch.quantity}
        ratePerSecond={batch.ratePerSecond}
        secondsLeft={batch.secondsLeft}
        unit="labels"
        active={batch.state === 'running' && !batch.stalled}
        color={batch.stalled ? 'orange' : 'blue'}
        testId={testId}
      />
      {batch.stalled && (
        <Alert color="orange" data-testid={`${testId}-stalled`}>
          {t('labels.stalled.labels')}
        </Alert>
      )}
    </Stack>
  );
}
