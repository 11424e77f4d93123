import { Anchor, Button, Card, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import type { TenantJobView } from '@nguon/contracts/client';
import { IconHourglass } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { JobProgress } from '../ui/job-progress';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useCancelCatalogImport, useTenantJobs } from './jobs-api';

const pageSize = 20;
const largestPage = 50;

function JobCard({ job, onCancel }: { job: TenantJobView; onCancel: (job: TenantJobView) => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <Card withBorder radius="md" p="md" data-testid="job-card">
      <Group justify="space-between" mb="xs" gap="xs" wrap="nowrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t(`jobs.kind.${job.kind}`)}
          </Text>
          <Text fw={600} truncate>
            {job.title[lang] || job.title.vi}
          </Text>
        </Stack>
        <Anchor component={Link} to={job.links.subject} size="sm">
          {t('jobs.open')}
        </Anchor>
      </Group>
      <JobProgress job={job} onCancel={() => onCancel(job)} />
    </Card>
  );
}

function NoJobs() {
  const t = useT();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="jobs-empty">
      <EmptyState variant="light" color="leaf" icon={<IconHourglass size={32} />} title={t('jobs.empty')} />
    </Paper>
  );
}

/** The tenant's running and recent background jobs, live while any runs; cancel where allowed. */
export function JobsPage() {
  const t = useT();
  const lang = useLang();
  const [limit, setLimit] = useState(pageSize);
  const jobs = useTenantJobs(limit);
  const cancel = useCancelCatalogImport();
  const [asked, setAsked] = useState<TenantJobView | null>(null);

  const confirmCancel = () => {
    if (!asked) return;
    cancel.mutate(asked.id, {
      onSuccess: () => notifySuccess(t('jobs.cancelled')),
      onError: (error) => notifyProblem(error, t),
      onSettled: () => setAsked(null),
    });
  };

  return (
    <>
      <PageHeader title={t('jobs.title')} description={t('jobs.intro')} />
      <QueryState isPending={jobs.isPending} error={jobs.error} onRetry={() => jobs.refetch()} />
      {jobs.data && jobs.data.items.length === 0 && <NoJobs />}
      {jobs.data && jobs.data.items.length > 0 && (
        <Stack gap="sm" data-testid="jobs-list">
          {jobs.data.items.map((job) => (
            <JobCard key={job.id} job={job} onCancel={setAsked} />
          ))}
          {jobs.data.next && limit < largestPage && (
            <Button variant="default" size="md" onClick={() => setLimit(largestPage)}>
              {t('jobs.more')}
            </Button>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={asked !== null}
        title={t('jobs.cancelTitle')}
        body={t('jobs.cancelBody', { title: asked ? asked.title[lang] || asked.title.vi : '' })}
        confirmLabel={t('jobs.cancel')}
        loading={cancel.isPending}
        onConfirm={confirmCancel}
        onClose={() => setAsked(null)}
      />
    </>
  );
}
