import { Group, Progress, Stack, Text } from '@mantine/core';
import { type Translate, useT } from '../i18n/use-t';
import { progressFigures, type TimeLeft } from './label-progress-text';

interface LabelProgressProps {
  done: number;
  total: number;
  ratePerSecond: number | null;
  secondsLeft: number | null;
  /** What is counted, e.g. "Đang dựng PDF"; the count line alone when absent. */
  caption?: string;
  /** Count message: labels ("12.000 / 100.000") or PDF pages ("trang 120 / 400"). */
  unit?: 'labels' | 'pages';
  testId: string;
}

function timeLeftText(t: Translate, left: TimeLeft): string {
  switch (left.unit) {
    case 'seconds':
      return t('labels.progress.left.seconds', { seconds: left.seconds });
    case 'minutes':
      return t('labels.progress.left.minutes', { minutes: left.minutes });
    case 'hours':
      return t('labels.progress.left.hours', { hours: left.hours, minutes: left.minutes });
  }
}

/**
 * A long run's progress: bar, count, rate and time left. One file on purpose: the shared `JobProgress` of the
 * background-jobs page can replace it without touching its callers.
 */
export function LabelProgress({
  done,
  total,
  ratePerSecond,
  secondsLeft,
  caption,
  unit = 'labels',
  testId,
}: LabelProgressProps) {
  const t = useT();
  const figures = progressFigures(done, total, ratePerSecond, secondsLeft);
  const count = t(unit === 'pages' ? 'labels.progress.pages' : 'labels.progress.count', {
    done: figures.done,
    total: figures.total,
  });
  const extras = [
    figures.rate === null ? null : t('labels.progress.rate', { rate: figures.rate }),
    figures.timeLeft === null ? null : timeLeftText(t, figures.timeLeft),
  ].filter((part) => part !== null);
  return (
    <Stack gap={4} data-testid={testId}>
      {/* The section is the progressbar; its text is the count beside it (Progress puts extra aria on its root). */}
      <Progress.Root size="lg" radius="xl">
        <Progress.Section
          value={figures.percent}
          animated={figures.done < figures.total}
          aria-label={caption ?? t('labels.progress.aria')}
          aria-valuetext={count}
        />
      </Progress.Root>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600} data-testid={`${testId}-count`}>
          {caption ? `${caption}: ${count}` : count}
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
