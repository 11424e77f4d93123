import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { CatalogImportReport, CatalogImportView } from '@nguon/contracts/client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { useCancelCatalogImport, useCatalogImport, useRetryCatalogImport } from '../jobs/jobs-api';
import { JobProgress } from '../ui/job-progress';
import { notifyProblem } from '../ui/notify';
import { isFinal } from '../ui/progress-words';
import { useCatalogsKey } from './catalog-api';
import { ImportPreview } from './catalog-import-preview';

/** The import's answer: a report when it ran in the request, its job when it went to the background. */
export const wentToBackground = (
  answer: CatalogImportReport | CatalogImportView,
): answer is CatalogImportView => 'job' in answer;

/** A large import going on in the background: live progress; the person may close the window meanwhile. */
export function CatalogImportProgress({ started }: { started: CatalogImportView }) {
  const t = useT();
  const view = useCatalogImport(started.id, started).data ?? started;
  const cancel = useCancelCatalogImport();
  const retry = useRetryCatalogImport();
  const queryClient = useQueryClient();
  const catalogsKey = useCatalogsKey();
  const ended = isFinal(view.job);
  useEffect(() => {
    // The new items show in the catalog as soon as the import ends.
    if (ended) void queryClient.invalidateQueries({ queryKey: catalogsKey });
  }, [ended, queryClient, catalogsKey]);
  const onCancel = () => cancel.mutate(view.id, { onError: (error) => notifyProblem(error, t) });
  const onRetry = () => retry.mutate(view.id, { onError: (error) => notifyProblem(error, t) });
  return (
    <Stack gap="sm" data-testid="catalog-import-background">
      {!ended && <Text size="sm">{t('jobs.importBackground')}</Text>}
      <JobProgress job={view.job} onCancel={onCancel} cancelling={cancel.isPending} />
      {view.canRetry && (
        // An interrupted or stalled import (its job lost): it carries on after its last committed batch.
        <Group justify="flex-end">
          <Button size="md" onClick={onRetry} loading={retry.isPending} data-testid="job-retry">
            {t('jobs.retry')}
          </Button>
        </Group>
      )}
      {view.job.state === 'completed' && view.report && (
        <Alert color="leaf">{t('jobs.importFinished', { count: view.report.imported })}</Alert>
      )}
      {ended && view.report && view.report.errors.length > 0 && <ImportPreview report={view.report} />}
      <Anchor component={Link} to="/jobs" size="sm">
        {t('jobs.seeAll')}
      </Anchor>
    </Stack>
  );
}
