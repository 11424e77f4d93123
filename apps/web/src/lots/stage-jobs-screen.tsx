import { Alert, Paper, Stack, Text } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import { QueryState } from '../ui/query-state';
import { useCanRecord, useLot } from './lot-api';
import { LotTitle } from './lot-header';
import { useNameOf } from './lot-text';
import { StageJobsPanel } from './stage-jobs-panel';
import { stageStateText } from './stage-jobs-text';

/**
 * A stage with jobs opened without a job (from the work list): its jobs with what they have and need, each one
 * tap from its form, and the stage's finish. Read from the lot's detail, which carries the jobs.
 */
export function StageJobsScreen({ lotId, stageId }: { lotId: string; stageId: string }) {
  const t = useT();
  const nameOf = useNameOf();
  const canRecord = useCanRecord();
  const lot = useLot(lotId);
  const detail = lot.data;
  const stage = detail?.stages.find((candidate) => candidate.stageId === stageId);
  return (
    <>
      <QueryState isPending={lot.isPending} error={lot.error} onRetry={() => lot.refetch()} />
      {detail && stage && (
        <>
          <LotTitle lot={detail.lot} title={nameOf(stage.name)} />
          <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} data-testid="stage-jobs-screen">
            <Stack gap="sm">
              <Text size="sm" c="dimmed" data-testid="stage-jobs-state">
                {stageStateText(stage, t)} · {t('lots.jobs.pick')}
              </Text>
              {stage.state === 'available' && canRecord && detail.lot.status === 'in_progress' ? (
                <StageJobsPanel lotId={detail.lot.id} lotCode={detail.lot.code} stage={stage} testId="jobs" />
              ) : (
                <Alert color="yellow" icon={<IconClockPause size={20} />} data-testid="entry-not-available">
                  {t(stage.state === 'done' ? 'lots.jobs.state.closed' : 'lots.entry.waiting')}
                </Alert>
              )}
            </Stack>
          </Paper>
        </>
      )}
    </>
  );
}
