import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { LabelBatchView } from '@nguon/contracts/client';
import { labelZipMaxLabels } from '@nguon/contracts/client';
import { IconDownload, IconFileTypePdf, IconFileZip } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import { ProgressMeter } from '../ui/job-progress';
import { LabelBatchRetryButton } from './label-batch-actions';

function PdfState({ batch }: { batch: LabelBatchView }) {
  const t = useT();
  const { state, pagesDone, pagesTotal } = batch.pdf;
  if (state === 'queued' || state === 'running')
    return (
      <Stack gap="xs">
        <ProgressMeter
          done={pagesDone}
          total={pagesTotal}
          ratePerSecond={null}
          secondsLeft={null}
          unit="pages"
          active={state === 'running' && !batch.stalled}
          color={batch.stalled ? 'orange' : 'blue'}
          caption={t('labels.progress.pdf')}
          testId="label-pdf-progress"
        />
        {batch.stalled && (
          <Alert color="orange" data-testid="label-pdf-stalled">
            {t('labels.stalled.pdf')}
          </Alert>
        )}
        {batch.retry === 'pdf' && <LabelBatchRetryButton batch={batch} />}
      </Stack>
    );
  if (state === 'failed')
    return (
      <Stack gap="xs">
        <Alert color="red" data-testid="label-pdf-failed">
          {t('labels.downloads.pdfFailed')}
        </Alert>
        {batch.retry === 'pdf' && <LabelBatchRetryButton batch={batch} />}
      </Stack>
    );
  if (state === 'none')
    return (
      <Text size="sm" c="dimmed" data-testid="label-pdf-none">
        {t('labels.downloads.pdfNone')}
      </Text>
    );
  return null;
}

/** The files of a batch: CSV and the SVG zip once every label exists, the PDF once it is built. */
export function LabelDownloads({ batch }: { batch: LabelBatchView }) {
  const t = useT();
  const complete = batch.state === 'completed';
  const pdfReady = batch.pdf.state === 'ready';
  return (
    <Stack gap="sm">
      {!complete && (
        <Text size="sm" c="dimmed" data-testid="label-downloads-wait">
          {t(batch.state === 'cancelled' ? 'labels.downloads.cancelled' : 'labels.downloads.wait')}
        </Text>
      )}
      {complete && (
        <Group gap="xs" grow preventGrowOverflow={false} wrap="wrap">
          {pdfReady ? (
            <Button
              component="a"
              href={batch.links.pdf}
              download
              size="md"
              leftSection={<IconFileTypePdf size={20} />}
              data-testid="label-download-pdf"
            >
              {t('labels.downloads.pdf')}
            </Button>
          ) : (
            <Button
              size="md"
              leftSection={<IconFileTypePdf size={20} />}
              disabled
              data-testid="label-download-pdf"
            >
              {t('labels.downloads.pdf')}
            </Button>
          )}
          <Button
            component="a"
            href={batch.links.csv}
            download
            size="md"
            variant="default"
            leftSection={<IconDownload size={20} />}
            data-testid="label-download-csv"
          >
            {t('labels.downloads.csv')}
          </Button>
          {batch.quantity <= labelZipMaxLabels && (
            <Button
              component="a"
              href={batch.links.zip}
              download
              size="md"
              variant="default"
              leftSection={<IconFileZip size={20} />}
              data-testid="label-download-zip"
            >
              {t('labels.downloads.zip')}
            </Button>
          )}
        </Group>
      )}
      {complete && <PdfState batch={batch} />}
    </Stack>
  );
}
