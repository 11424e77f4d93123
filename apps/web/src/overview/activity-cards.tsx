import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ScanStatistics, TenantJobPage, TenantJobView, WorkList } from '@nguon/contracts/client';
import { IconBoxMultiple, IconChartBar, IconHourglass } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { useNameOf } from '../lots/lot-text';
import { isFinal } from '../ui/progress-words';
import { Figure, OverviewCard } from './overview-card';

const weekMs = 7 * 86_400_000;

/** The work list's tab of open lots, narrowed to one stage when given. */
export const waitingLotsPath = (stageKey?: string) =>
  `/lots?${new URLSearchParams({ tab: 'work', ...(stageKey ? { stage: stageKey } : {}) }).toString()}`;

/** Open lots waiting for a stage, per stage (a lot waiting at two parallel stages counts under both). */
export function LotsWaitingCard({ work }: { work: UseQueryResult<WorkList> }) {
  const t = useT();
  const nameOf = useNameOf();
  const total = work.data?.total ?? 0;
  const stages = [...(work.data?.stages ?? [])].sort((a, b) => b.lotCount - a.lotCount);
  return (
    <OverviewCard
      title={t('overview.lots.title')}
      icon={<IconBoxMultiple size={22} />}
      to={waitingLotsPath()}
      testId="overview-lots"
      query={work}
    >
      {total === 0 ? (
        <Text size="sm" c="dimmed" data-testid="overview-lots-none">
          {t('overview.lots.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          <Figure testId="overview-lots-total">{t('overview.lots.total', { count: total })}</Figure>
          {stages.map((stage) => (
            <Group key={stage.key} justify="space-between" wrap="nowrap" data-testid="overview-lots-stage">
              <Anchor component={Link} to={waitingLotsPath(stage.key)} size="sm" truncate>
                {nameOf(stage.name)}
              </Anchor>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('overview.lots.atStage', { count: stage.lotCount })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </OverviewCard>
  );
}

/** Jobs that need a look: running or waiting to run, and those that failed this past week. */
export function jobsToWatch(
  page: TenantJobPage,
  now: Date,
): { running: TenantJobView[]; failed: TenantJobView[] } {
  const since = now.getTime() - weekMs;
  return {
    running: page.items.filter((job) => !isFinal(job)),
    failed: page.items.filter(
      (job) => job.state === 'failed' && Date.parse(job.finishedAt ?? job.createdAt) >= since,
    ),
  };
}

function JobLine({ job }: { job: TenantJobView }) {
  const t = useT();
  const lang = useLang();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="overview-job">
      <Anchor component={Link} to={job.links.subject} size="sm" truncate>
        {job.title[lang] || job.title.vi}
      </Anchor>
      <Badge color={job.state === 'failed' ? 'red' : 'blue'} variant="light" style={{ flexShrink: 0 }}>
        {t(`jobs.state.${job.state}`)}
      </Badge>
    </Group>
  );
}

export function JobsCard({ jobs, now }: { jobs: UseQueryResult<TenantJobPage>; now: Date }) {
  const t = useT();
  const { running, failed } = jobs.data ? jobsToWatch(jobs.data, now) : { running: [], failed: [] };
  return (
    <OverviewCard
      title={t('jobs.title')}
      icon={<IconHourglass size={22} />}
      to="/jobs"
      testId="overview-jobs"
      query={jobs}
    >
      {running.length + failed.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="overview-jobs-none">
          {t('overview.jobs.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {running.length > 0 && (
            <Figure testId="overview-jobs-running">
              {t('overview.jobs.running', { count: running.length })}
            </Figure>
          )}
          {failed.length > 0 && (
            <Figure color="red.8" testId="overview-jobs-failed">
              {t('overview.jobs.failed', { count: failed.length })}
            </Figure>
          )}
          {[...running, ...failed].slice(0, 4).map((job) => (
            <JobLine key={job.id} job={job} />
          ))}
        </Stack>
      )}
    </OverviewCard>
  );
}

/** Flagged labels (all time, as the scans page lists them), the latest three by serial. */
function SuspiciousLabels({ labels }: { labels: ScanStatistics['suspicious'] }) {
  const t = useT();
  const nameOf = useNameOf();
  return (
    <>
      <Text
        size="sm"
        fw={labels.length > 0 ? 700 : undefined}
        c={labels.length > 0 ? 'orange.9' : 'dimmed'}
        data-testid="overview-scans-suspicious"
      >
        {labels.length > 0
          ? t('overview.scans.suspicious', { count: labels.length })
          : t('scans.suspiciousNone')}
      </Text>
      {labels.slice(0, 3).map((label) => (
        <Text key={label.serial} size="sm" ff="monospace" truncate>
          {label.serial}
          {label.product && ` · ${nameOf(label.product.name)}`}
        </Text>
      ))}
    </>
  );
}

export function ScansCard({ stats }: { stats: UseQueryResult<ScanStatistics> }) {
  const t = useT();
  const nameOf = useNameOf();
  const data = stats.data;
  const top = data?.byProduct[0];
  return (
    <OverviewCard
      title={t('overview.scans.title')}
      icon={<IconChartBar size={22} />}
      to="/scans"
      testId="overview-scans"
      query={stats}
    >
      <Stack gap={6}>
        {data && data.total === 0 ? (
          <Text size="sm" c="dimmed" data-testid="overview-scans-none">
            {t('overview.scans.none')}
          </Text>
        ) : (
          <Figure testId="overview-scans-total">{t('scans.total', { count: data?.total ?? 0 })}</Figure>
        )}
        {top && (
          <Text size="sm">
            {t('overview.scans.topProduct', {
              product: top.product ? nameOf(top.product.name) : t('scans.noProduct'),
              count: top.scans,
            })}
          </Text>
        )}
        <SuspiciousLabels labels={data?.suspicious ?? []} />
      </Stack>
    </OverviewCard>
  );
}
