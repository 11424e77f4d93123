import { SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { useTenantJobs } from '../jobs/jobs-api';
import { useWorkList } from '../lots/lot-api';
import { useRecallList } from '../recalls/recall-api';
import { lastDays } from '../scans/scan-period';
import { useScanStatistics } from '../scans/scans-api';
import { StartFromTemplate } from '../templates/start-from-template';
import { PageHeader } from '../ui/page-header';
import { JobsCard, LotsWaitingCard, ScansCard } from './activity-cards';
import { OpenRecallsCard, RecallDraftsCard } from './recall-cards';
import { useIsNewAccount } from './use-is-new-account';

/** The newest jobs the overview looks through for running and failed ones (the jobs API's largest page). */
const jobsLooked = 50;

/** `/overview`: an owner's (or viewer's) first screen; every card asks for its own figures at once and fails alone. */
export function OverviewPage() {
  const t = useT();
  // the figures are "as of opening the page": the week of scans does not slide while it is open
  const [now] = useState(() => new Date());
  // each its own query: the newest recalls and drills of the whole list could crowd a published recall out
  const open = useRecallList({ status: 'published', drill: 'false' });
  const drafts = useRecallList({ status: 'draft', drill: 'false' });
  const work = useWorkList({ pageSize: '1' });
  const jobs = useTenantJobs(jobsLooked);
  const scans = useScanStatistics(lastDays(7, now));
  const isNew = useIsNewAccount();
  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.intro')} />
      <Stack gap="md" data-testid="overview">
        {isNew && <StartFromTemplate />}
        <OpenRecallsCard list={open} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <RecallDraftsCard list={drafts} />
          <LotsWaitingCard work={work} />
          <JobsCard jobs={jobs} now={now} />
          <ScansCard stats={scans} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
