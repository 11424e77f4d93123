import { Button, Stack, Text } from '@mantine/core';
import { ApiError, type LotStageView } from '@nguon/contracts/client';
import { IconFlagCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { notifySuccess } from '../ui/notify';
import { isTransientFailure } from './idempotent-send';
import { useRefreshLots } from './lot-api';
import { useNameOf } from './lot-text';
import { missingJobs } from './stage-jobs-text';
import { ProblemNotice } from './submit-bar';
import { useIdempotentSubmit } from './use-idempotent-submit';

/** Sends closeStage once under one Idempotency-Key (kept across retries, as records are sent). */
function useFinish(lotId: string, lotCode: string, stage: LotStageView) {
  const t = useT();
  const nameOf = useNameOf();
  const refreshLots = useRefreshLots();
  const submitter = useIdempotentSubmit();
  const [problem, setProblem] = useState<string | null>(null);
  const finish = async (): Promise<boolean> => {
    setProblem(null);
    const params = { id: lotId, stageId: stage.stageId };
    const outcome = await submitter.submit((idempotencyKey) =>
      api.call('closeStage', { params, body: {} }, { idempotencyKey }),
    );
    if (!outcome) return false;
    if (!outcome.ok) {
      const { error } = outcome;
      const answered = error instanceof ApiError && !isTransientFailure(error);
      setProblem(answered ? error.problem.detail : t('lots.submit.offline'));
      return false;
    }
    await refreshLots();
    notifySuccess(t('lots.jobs.finished', { stage: nameOf(stage.name), code: lotCode }));
    return true;
  };
  return { finish, problem, sending: submitter.sending };
}

/** "Finish this stage": disabled with its reason while a required job is short; asks before it closes. */
export function FinishStage({ lotId, lotCode, stage, testId }: FinishStageProps) {
  const t = useT();
  const nameOf = useNameOf();
  const [asking, setAsking] = useState(false);
  const { finish, problem, sending } = useFinish(lotId, lotCode, stage);
  const missing = missingJobs(stage.jobs ?? [], nameOf);
  const closable = stage.closable === true;
  // a refusal shows under the button, where the reason of a disabled finish shows too
  const confirm = async () => {
    await finish();
    setAsking(false);
  };
  return (
    <Stack gap={6}>
      <Button
        size="lg"
        variant="outline"
        fullWidth
        leftSection={<IconFlagCheck size={20} />}
        disabled={!closable}
        onClick={() => setAsking(true)}
        aria-describedby={closable ? undefined : `${testId}-reason`}
        data-testid={testId}
      >
        {t('lots.jobs.finish')}
      </Button>
      {!closable && missing && (
        <Text size="sm" c="dimmed" id={`${testId}-reason`} data-testid={`${testId}-reason`}>
          {t('lots.jobs.finishMissing', { missing })}
        </Text>
      )}
      {stage.closeWhenFollowed && (
        <Text size="xs" c="dimmed">
          {t('lots.jobs.finishFollowed')}
        </Text>
      )}
      <ProblemNotice message={problem} />
      <ConfirmDialog
        opened={asking}
        title={t('lots.jobs.confirmTitle', { stage: nameOf(stage.name) })}
        body={t('lots.jobs.confirmText', { code: lotCode })}
        confirmLabel={t('lots.jobs.confirm')}
        loading={sending}
        onConfirm={confirm}
        onClose={() => setAsking(false)}
      />
    </Stack>
  );
}

interface FinishStageProps {
  lotId: string;
  lotCode: string;
  stage: LotStageView;
  testId: string;
}
