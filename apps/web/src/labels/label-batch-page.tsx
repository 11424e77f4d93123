import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { LabelBatchView } from '@nguon/contracts/client';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { CopyField } from '../ui/copy-field';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useCanOrderLabels, useLabelBatch } from './label-api';
import { LabelBatchActions } from './label-batch-actions';
import { BatchGenerationProgress, LabelBatchStateBadge, useBatchSubject } from './label-batch-parts';
import { LabelDownloads } from './label-downloads';
import { labelsPath } from './label-paths';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} component="section" data-testid={testId}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function BatchFacts({ batch }: { batch: LabelBatchView }) {
  const t = useT();
  const lang = useLang();
  const subjectOf = useBatchSubject();
  return (
    <Stack gap={4} data-testid="label-batch-facts">
      <Text fw={600}>{subjectOf(batch)}</Text>
      <Text size="sm">
        {t('labels.batch.quantityLine', { generated: batch.generated, quantity: batch.quantity })}
      </Text>
      <Text size="sm" c="dimmed">
        {t(batch.createdBy ? 'labels.batch.orderedBy' : 'labels.batch.ordered', {
          name: batch.createdBy?.name ?? '',
          at: formatDateTime(batch.createdAt, lang),
        })}
      </Text>
      {batch.finishedAt && (
        <Text size="sm" c="dimmed">
          {t('labels.batch.finished', { at: formatDateTime(batch.finishedAt, lang) })}
        </Text>
      )}
      {batch.note && <Text size="sm">{batch.note}</Text>}
    </Stack>
  );
}

function BatchBody({ batch }: { batch: LabelBatchView }) {
  const t = useT();
  const canOrder = useCanOrderLabels();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <BatchFacts batch={batch} />
        {canOrder && <LabelBatchActions batch={batch} />}
      </Group>
      {batch.error && (
        <Alert color="red" title={t('labels.batch.failedTitle')} data-testid="label-batch-error">
          {batch.error.message}
        </Alert>
      )}
      <BatchGenerationProgress batch={batch} testId="label-batch-progress" />
      <Section title={t('labels.downloads.title')} testId="label-downloads">
        <LabelDownloads batch={batch} />
      </Section>
      <Section title={t('labels.batch.sampleTitle')}>
        <CopyField
          label={t('labels.batch.sampleUrl')}
          value={batch.sampleUrl}
          testId="label-batch-sample-url"
        />
      </Section>
    </Stack>
  );
}

/** `/labels/batches/:id`: one batch, live while it runs; its files, cancelling and retrying. */
export function LabelBatchPage() {
  const t = useT();
  const { id = '' } = useParams();
  const batch = useLabelBatch(id);
  const data = batch.data;
  return (
    <>
      <Anchor component={Link} to={labelsPath} size="sm" mb="xs" display="inline-flex" style={{ gap: 4 }}>
        <IconArrowLeft size={16} /> {t('labels.title')}
      </Anchor>
      <PageHeader
        title={data ? t('labels.batch.number', { number: data.number }) : t('labels.title')}
        action={data ? <LabelBatchStateBadge batch={data} testId="label-batch-state" /> : undefined}
      />
      <QueryState isPending={batch.isPending} error={batch.error} onRetry={() => batch.refetch()} />
      {data && <BatchBody batch={data} />}
    </>
  );
}
