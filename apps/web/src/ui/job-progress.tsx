import { Alert, Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { TenantJobView } from '@nguon/contracts/client';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { type ProgressNumbers, type ProgressUnit, progressWords } from './progress-words';

const stateColors: Record<TenantJobView['state'], string> = {
  queued: 'gray',
  running: 'blue',
  completed: 'leaf',
  failed: 'red',
  cancelled: 'gray',
};

interface ProgressMeterProps extends ProgressNumbers {
  unit: ProgressUnit;
  /** Moving now: the bar is animated and the rate and time left are said. */
  active: boolean;
  /** What is counted, e.g. "Đang dựng PDF"; the count line alone when absent. */
  caption?: string;
  color?: string;
  /** The root's test id; its count and rate lines are `${testId}-count` and `${testId}-rate`. */
  testId: string;
}

/**
 * The one progress bar of every long piece of work (label batches, their PDF, catalog imports, the jobs page):
 * bar, count, and while it moves its rate and time left. Its caller re-reads the numbers (polling), so it moves
 * without a reload.
 */
export function ProgressMeter({ unit, active, caption, color, testId, ...numbers }: ProgressMeterProps) {
  const t = useT();
  const words = progressWords(numbers, unit, active, t);
  const extras = [words.rate, words.left].filter((part) => part !== null);
  return (
    <Stack gap={4} data-testid={testId}>
      {/* The section is the progressbar, named by the caption; Mantine sets its value text to the percent. */}
      <Progress.Root size="lg" radius="xl">
        <Progress.Section
          value={words.percent}
          color={color ?? 'blue'}
          animated={active && words.percent < 100}
          aria-label={caption ?? t('jobs.progressAria')}
        />
      </Progress.Root>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text
          size="sm"
          fw={600}
          data-testid={`${testId}-count`}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {caption ? `${caption}: ${words.count}` : words.count}
        </Text>
        {extras.length > 0 && (
          <Text size="sm" c="dimmed" data-testid={`${testId}-rate`}>
            {extras.join(' · ')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

const jobUnits: Record<TenantJobView['kind'], ProgressUnit> = {
  'catalog-import': 'rows',
  'label-batch': 'labels',
  'recall-report': 'lots',
};

interface JobProgressProps {
  job: TenantJobView;
  /** Shown as a button while the job may still be cancelled. */
  onCancel?: () => void;
  cancelling?: boolean;
}

/** A background job as the jobs page and a catalog import show it: its state, its progress, how it ended. */
export function JobProgress({ job, onCancel, cancelling }: JobProgressProps) {
  const t = useT();
  const lang = useLang();
  const running = job.state === 'running';
  const when = job.finishedAt ?? job.startedAt;
  return (
    <Stack gap={6} data-testid="job-progress" data-state={job.state}>
      <Badge color={stateColors[job.state]} variant="light" data-testid="job-state">
        {t(`jobs.state.${job.state}`)}
      </Badge>
      <ProgressMeter
        done={job.done}
        total={job.total}
        ratePerSecond={job.ratePerSecond}
        secondsLeft={job.secondsLeft}
        unit={jobUnits[job.kind]}
        active={running}
        color={stateColors[job.state]}
        testId="job"
      />
      {!(running && job.ratePerSecond) && when && (
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
