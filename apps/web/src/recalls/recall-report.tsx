import { Button, Group, Stack, Text } from '@mantine/core';
import type { RecallDetail } from '@nguon/contracts/client';
import { IconDownload, IconFileReport } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import { JobProgress } from '../ui/job-progress';
import { notifyProblem } from '../ui/notify';
import { isFinal } from '../ui/progress-words';
import { useRequestRecallReport } from './recall-api';

/** The report for authorities: ask for it, watch its progress bar, download CSV and PDF once ready. */
export function RecallReport({ detail, canManage }: { detail: RecallDetail; canManage: boolean }) {
  const t = useT();
  const request = useRequestRecallReport(detail.recall.id);
  const { report, recall } = detail;
  const mayRequest = canManage && recall.status !== 'cancelled' && (report === null || isFinal(report.job));
  return (
    <Stack gap="sm" data-testid="recall-report">
      {report === null ? (
        <Text size="sm" c="dimmed">
          {t('recalls.reportNone')}
        </Text>
      ) : (
        <JobProgress job={report.job} />
      )}
      <Group gap="xs">
        {report?.csv && (
          <Button
            component="a"
            href={report.csv}
            download
            size="md"
            variant="default"
            leftSection={<IconDownload size={20} />}
            data-testid="recall-report-csv"
          >
            {t('recalls.reportCsv')}
          </Button>
        )}
        {report?.pdf && (
          <Button
            component="a"
            href={report.pdf}
            download
            size="md"
            variant="default"
            leftSection={<IconDownload size={20} />}
            data-testid="recall-report-pdf"
          >
            {t('recalls.reportPdf')}
          </Button>
        )}
        {mayRequest && (
          <Button
            size="md"
            variant={report ? 'default' : 'filled'}
            leftSection={<IconFileReport size={20} />}
            loading={request.isPending}
            onClick={() => request.mutate(undefined, { onError: (error) => notifyProblem(error, t) })}
            data-testid="recall-report-request"
          >
            {t(report ? 'recalls.reportAgain' : 'recalls.reportRequest')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
