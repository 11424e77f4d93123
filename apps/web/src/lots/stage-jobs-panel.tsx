import { Badge, Button, Stack, Text } from '@mantine/core';
import type { LotJobView, LotStageView } from '@nguon/contracts/client';
import { IconChevronRight, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { FinishStage } from './finish-stage';
import { jobPath } from './lot-paths';
import { useNameOf } from './lot-text';
import { jobCount } from './stage-jobs-text';

function JobButton({ lotId, stageId, job, testId }: JobButtonProps) {
  const t = useT();
  const nameOf = useNameOf();
  const complete = !job.required || job.timesRecorded >= job.needed;
  const label = (
    <span>
      {nameOf(job.name)}{' '}
      <Badge
        component="span"
        // a job still short of records stands out; light and filled badges both read at 4.5:1
        variant={complete ? 'filled' : 'light'}
        color={complete ? 'leaf' : 'orange'}
        ml={4}
        data-testid={`${testId}-count`}
      >
        {jobCount(job, t)}
      </Badge>
      {!job.recordable && job.timesRecorded > 0 && !job.repeatable && (
        <Text component="span" size="xs" display="block" fw={500}>
          {t('lots.jobs.onceDone')}
        </Text>
      )}
    </span>
  );
  const look = {
    size: 'lg',
    fullWidth: true,
    justify: 'space-between',
    className: 'nguon-stage-button',
    leftSection: <IconPencil size={20} />,
    'data-testid': testId,
    'data-job': job.key,
  } as const;
  if (!job.recordable) {
    return (
      <Button {...look} variant="default" disabled>
        {label}
      </Button>
    );
  }
  return (
    <Button
      {...look}
      component={Link}
      to={jobPath(lotId, stageId, job.jobId)}
      variant="light"
      rightSection={<IconChevronRight size={20} />}
    >
      {label}
    </Button>
  );
}

interface JobButtonProps {
  lotId: string;
  stageId: string;
  job: LotJobView;
  testId: string;
}

/**
 * An open stage with jobs on one lot: every job a button to its form with what it has and needs, and the
 * stage's finish (disabled with its reason while a required job is short).
 */
export function StageJobsPanel({ lotId, lotCode, stage, testId }: StageJobsPanelProps) {
  const jobs = stage.jobs ?? [];
  return (
    <Stack gap="xs" data-testid={testId} data-stage={stage.key}>
      {jobs.map((job, index) => (
        <JobButton
          key={job.jobId}
          lotId={lotId}
          stageId={stage.stageId}
          job={job}
          testId={`${testId}-job-${index}`}
        />
      ))}
      {stage.state === 'available' && (
        <FinishStage lotId={lotId} lotCode={lotCode} stage={stage} testId={`${testId}-finish`} />
      )}
    </Stack>
  );
}

interface StageJobsPanelProps {
  lotId: string;
  lotCode: string;
  stage: LotStageView;
  testId: string;
}
