import { Alert, Box, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { LotSummary, StageEntryView } from '@nguon/contracts/client';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { QueryState } from '../ui/query-state';
import { EventFields } from './event-fields';
import { useProcessProducts, useStageEntry, useWorkList } from './lot-api';
import { BackLink } from './lot-header';
import { useNameOf } from './lot-text';
import { RecordFormView } from './record-form-view';
import { ProblemNotice, SubmitBar } from './submit-bar';
import { TransformationInputs } from './transformation-inputs';
import { TransformationOutputs } from './transformation-outputs';
import { useTransformationEntry } from './use-transformation-entry';
import { YieldPanel } from './yield-panel';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function useOutputProducts(lot: LotSummary) {
  const products = useProcessProducts(lot.processId);
  const list = products.data ?? [];
  return { list, first: list.find((product) => product.id === lot.productId) ?? null };
}

function TransformationForm({ entry, lots }: { entry: StageEntryView; lots: LotSummary[] }) {
  const t = useT();
  const products = useOutputProducts(entry.lot);
  const { record, draft, onDraft, rowErrors, yieldResult, save, submit, missingInput } =
    useTransformationEntry(entry, lots);
  return (
    <Stack gap="lg" data-entry-screen>
      <Section title={t('lots.transform.inputs')}>
        <TransformationInputs lots={lots} draft={draft} onDraft={onDraft} errors={rowErrors} />
        {missingInput && (
          <Text c="red" size="sm" role="alert">
            {t('lots.transform.chooseInput')}
          </Text>
        )}
      </Section>
      <Section title={t('lots.transform.outputs')}>
        <TransformationOutputs
          draft={draft}
          onDraft={onDraft}
          errors={rowErrors}
          products={products.list}
          defaultProduct={products.first}
          defaultUnit={entry.lot.unit}
        />
      </Section>
      <YieldPanel result={yieldResult} range={entry.stage.yieldRange} />
      <Section title={t('lots.transform.details')}>
        <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }}>
          <RecordFormView state={record} form={entry.form} onSubmit={save} testId="transformation-form" />
        </Paper>
      </Section>
      <EventFields event={record.event} />
      <ProblemNotice message={record.notice} />
      <SubmitBar
        label={t('lots.transform.submit')}
        status={record.status}
        onSubmit={submit}
        testId="transformation-submit"
      />
    </Stack>
  );
}

/** The lots a transformation may take: those waiting at this very stage, with the opening lot first. */
function candidateLots(entry: StageEntryView, waiting: readonly LotSummary[]): LotSummary[] {
  return [entry.lot, ...waiting.filter((lot) => lot.id !== entry.lot.id)];
}

/** `/transformations/new?stageId=&lotId=`: merge lots into one, split one into several, or both. */
export function TransformationPage() {
  const t = useT();
  const nameOf = useNameOf();
  const [params] = useSearchParams();
  const stageId = params.get('stageId') ?? '';
  const work = useWorkList({ stageId, pageSize: '100' });
  const anchorId = params.get('lotId') ?? work.data?.items[0]?.lot.id ?? null;
  const entry = useStageEntry(anchorId, stageId);
  const view = entry.data;
  useDocumentTitle(`${view ? nameOf(view.stage.name) : t('lots.transform.title')} · ${t('app.name')}`);
  const failed = work.error ?? entry.error;
  return (
    <Box maw={760}>
      <BackLink to="/lots" label={t('lots.backToWork')} />
      <Title order={1} size="h2">
        {view ? nameOf(view.stage.name) : t('lots.transform.title')}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('lots.transform.intro')}
      </Text>
      {!stageId || (work.data && !anchorId) ? (
        <Alert color="yellow" data-testid="transformation-nothing">
          {t('lots.transform.noCandidates')}
        </Alert>
      ) : (
        <QueryState
          isPending={!view && !failed}
          error={failed}
          onRetry={() => (work.error ? work.refetch() : entry.refetch())}
        />
      )}
      {view && view.stage.state !== 'available' && (
        <Alert color="yellow" data-testid="entry-not-available">
          {t('lots.entry.waiting')}
        </Alert>
      )}
      {view?.stage.state === 'available' && work.data && (
        <TransformationForm
          entry={view}
          lots={candidateLots(
            view,
            work.data.items.map((item) => item.lot),
          )}
        />
      )}
    </Box>
  );
}
