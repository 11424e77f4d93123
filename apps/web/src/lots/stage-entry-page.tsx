import { Alert, Box, Paper, Stack } from '@mantine/core';
import type { StageEntryView } from '@nguon/contracts/client';
import { IconClockPause } from '@tabler/icons-react';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { notifySuccess } from '../ui/notify';
import { QueryState } from '../ui/query-state';
import { EventFields, eventBody } from './event-fields';
import { LabelBindingFields } from './label-binding-fields';
import { emptyLabelDraft, hasLabelInput, labelSelectionOf } from './label-draft';
import { useRefreshLots, useStageEntry } from './lot-api';
import { BackLink, LotTitle } from './lot-header';
import { recordPath, transformationPath } from './lot-paths';
import { useNameOf } from './lot-text';
import { RecordFormView } from './record-form-view';
import { ProblemNotice, SubmitBar } from './submit-bar';
import { useRecordForm } from './use-record-form';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The clerk fills one stage of one lot with the form of the lot's pinned version, and sends it once. */
function StageEntryForm({ entry }: { entry: StageEntryView }) {
  const t = useT();
  const nameOf = useNameOf();
  const navigate = useNavigate();
  const refreshLots = useRefreshLots();
  const record = useRecordForm();
  const [labels, setLabels] = useState(emptyLabelDraft);
  const { lot, stage } = entry;
  const selection = stage.bindsLabels ? labelSelectionOf(labels) : null;
  // entered labels that are not yet codes block sending: the record would go without them
  const labelsInvalid = stage.bindsLabels === true && hasLabelInput(labels) && selection === null;
  const [labelsRefused, setLabelsRefused] = useState(false);

  const save = async (data: unknown) => {
    setLabelsRefused(labelsInvalid);
    if (!isObject(data) || !record.event.valid || labelsInvalid) return;
    const body = {
      stageId: stage.stageId,
      data,
      ...eventBody(record.event.draft),
      ...(selection ? { labels: selection } : {}),
    };
    const result = await record.send((idempotencyKey) =>
      api.call('recordStage', { params: { id: lot.id }, body }, { idempotencyKey }),
    );
    if (!result?.ok) return;
    await refreshLots();
    notifySuccess(t('lots.entry.saved', { stage: nameOf(stage.name), code: lot.code }));
    navigate(recordPath(lot.id, result.value.id));
  };

  return (
    <Stack gap="md" data-entry-screen>
      <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }}>
        <RecordFormView state={record} form={entry.form} onSubmit={save} testId="stage-form" />
      </Paper>
      {stage.bindsLabels && <LabelBindingFields draft={labels} onChange={setLabels} />}
      <EventFields event={record.event} />
      <ProblemNotice
        message={record.notice ?? (labelsRefused && labelsInvalid ? t('lots.labels.invalid') : null)}
      />
      <SubmitBar
        label={t('lots.entry.submit')}
        status={record.status}
        onSubmit={record.requestSubmit}
        testId="entry-submit"
      />
    </Stack>
  );
}

function NotAvailable({ entry }: { entry: StageEntryView }) {
  const t = useT();
  const key = entry.stage.state === 'done' ? 'lots.entry.alreadyDone' : 'lots.entry.waiting';
  return (
    <Alert color="yellow" icon={<IconClockPause size={20} />} data-testid="entry-not-available">
      {t(key)}
    </Alert>
  );
}

/** `/lots/:id/stages/:stageId`: a merge/split stage goes to its own screen. */
export function StageEntryPage() {
  const t = useT();
  const nameOf = useNameOf();
  const { id = '', stageId = '' } = useParams();
  const entry = useStageEntry(id, stageId);
  const view = entry.data;
  if (view?.stage.kind === 'transformation') {
    return <Navigate to={transformationPath(view.stage.stageId, view.lot.id)} replace />;
  }
  return (
    <Box maw={720}>
      <BackLink to="/lots" label={t('lots.backToWork')} />
      <QueryState isPending={entry.isPending} error={entry.error} onRetry={() => entry.refetch()} />
      {view && (
        <>
          <LotTitle lot={view.lot} title={nameOf(view.stage.name)} />
          {view.stage.state === 'available' ? <StageEntryForm entry={view} /> : <NotAvailable entry={view} />}
        </>
      )}
    </Box>
  );
}
