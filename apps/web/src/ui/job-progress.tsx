import { Alert, Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { TenantJobView } from '@nguon/contracts/client';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { progressWords } from './job-progress-words';

const stateColors: Record<TenantJobView['state'], string> = {
  queued: 'gray',
  running: 'blue',
  completed: 'leaf',
  failed: 'red',
  cancelled: 'gray',
};

interface JobProgressProps {
  job: TenantJobView;
  /** Shown as a button while the job may still be cancelled. */
  onCancel?: () => void;
  cancelling?: boolean;
}

/** Any long piece of work: a bar with count, rate and time left while it runs, and how it ended. */
export function JobProgress({ job, onCancel, cancelling }: JobProgressProps) {
  const t = useT();
  const lang = useLang();
  const words = progressWords(job, t);
  const percent = job.total > 0 ? (job.done / job.total) * 100 : 0;
  const when = job.finishedAt ?? job.startedAt;
  return (
    <Stack gap={6} data-testid="job-progress" data-state={job.state}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Badge color={stateColors[job.state]} variant="light" data-testid="job-state">
          {t(`jobs.state.${job.state}`)}
        </Badge>
        <Text size="sm" fw={600} data-testid="job-count" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {words.count}
        </Text>
      </Group>
      <Progress
        value={percent}
        size="lg"
        radius="xl"
        color={stateColors[job.state]}
        animated={job.state === 'running'}
        aria-label={words.count}
      />
      {(words.rate || words.left) && (
        <Text size="sm" c="dimmed" data-testid="job-rate">
          {[words.rate, words.left].filter(Boolean).join(' · ')}
        </Text>
      )}
      {!words.rate && when && (
        <Text size="xs" c="dimmed">
          {t(job.finishedAt ? 'jobs.finishedAt' : 'jobs.startedAt', { when: formatDateTime(when, lang) })}
        </Text>
      )}
      {job.error && (
        <Alert color="red" p="xs" data-testid="job-error">
          {job.error.message}
        </Alert>
      )}
      {onCancel && job.canCancel && (
        <Group justify="flex-end">
          <Button
            variant="default"
            color="red"
            size="md"
            onClick={onCancel}
            loading={cancelling}
            data-testid="job-cancel"
          >
            {t('jobs.cancel')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
