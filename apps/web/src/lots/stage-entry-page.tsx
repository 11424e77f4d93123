import { Alert, Box, Paper, Stack } from '@mantine/core';
import { ApiError, type StageEntryView } from '@nguon/contracts/client';
import { IconClockPause } from '@tabler/icons-react';
import { useState } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { notifySuccess } from '../ui/notify';
import { QueryState } from '../ui/query-state';
import { EventFields, eventBody } from './event-fields';
import { parseLocalInput } from './event-time';
import { LabelBindingFields } from './label-binding-fields';
import { emptyLabelDraft, hasLabelInput, labelSelectionOf } from './label-draft';
import { useRefreshLots, useStageEntry } from './lot-api';
import { BackLink, LotTitle } from './lot-header';
import { recordPath, transformationPath } from './lot-paths';
import { useNameOf } from './lot-text';
import { RecordFormView } from './record-form-view';
import { StageJobsScreen } from './stage-jobs-screen';
import { ProblemNotice, SubmitBar } from './submit-bar';
import { useRecordForm } from './use-record-form';
import { WaitingNotices } from './waiting-notices';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the entry records, as its title says it: the stage, or "Chăm sóc › Phun thuốc" for a job. */
function useEntryTitle(entry: StageEntryView): { title: string; what: string } {
  const t = useT();
  const nameOf = useNameOf();
  const stage = nameOf(entry.stage.name);
  if (!entry.job) return { title: stage, what: stage };
  const job = nameOf(entry.job.name);
  return { title: t('lots.jobs.titleLine', { stage, job }), what: job };
}

/** The clerk fills one stage (or one job of it) of one lot with the lot's pinned version's form, sent once. */
function StageEntryForm({ entry }: { entry: StageEntryView }) {
  const t = useT();
  const navigate = useNavigate();
  const refreshLots = useRefreshLots();
  const record = useRecordForm();
  const [labels, setLabels] = useState(emptyLabelDraft);
  const { lot, stage, job } = entry;
  const { title, what } = useEntryTitle(entry);
  const selection = stage.bindsLabels ? labelSelectionOf(labels) : null;
  // entered labels that are not yet codes block sending: the record would go without them
  const labelsInvalid = stage.bindsLabels === true && hasLabelInput(labels) && selection === null;
  const [labelsRefused, setLabelsRefused] = useState(false);

  const save = async (data: unknown) => {
    setLabelsRefused(labelsInvalid);
    if (!isObject(data) || !record.event.valid || labelsInvalid) return;
    const body = {
      stageId: stage.stageId,
      ...(job ? { jobId: job.jobId } : {}),
      data,
      ...eventBody(record.event.draft),
      ...(selection ? { labels: selection } : {}),
    };
    const result = await record.send((idempotencyKey) =>
      api.call('recordStage', { params: { id: lot.id }, body }, { idempotencyKey }),
    );
    if (!result?.ok) return;
    await refreshLots();
    notifySuccess(t('lots.entry.saved', { stage: title, code: lot.code }));
    navigate(recordPath(lot.id, result.value.id));
  };

  return (
    <Stack gap="md" data-entry-screen>
      <WaitingNotices entry={entry} what={what} at={parseLocalInput(record.event.draft.time) ?? new Date()} />
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
  const key =
    entry.job && entry.stage.state === 'available'
      ? 'lots.jobs.notRecordable'
      : entry.stage.jobs && entry.stage.state === 'done'
        ? 'lots.jobs.state.closed'
        : entry.stage.state === 'done'
          ? 'lots.entry.alreadyDone'
          : 'lots.entry.waiting';
  return (
    <Alert color="yellow" icon={<IconClockPause size={20} />} data-testid="entry-not-available">
      {t(key)}
    </Alert>
  );
}

/** A stage with jobs was asked for without a job: the server says which jobs there are to choose from. */
const needsJob = (error: unknown) => error instanceof ApiError && error.code === 'STAGE_JOB_REQUIRED';

/** May the entry be filled now: its stage is open, and at a job, the job is recordable. */
const fillable = (entry: StageEntryView) =>
  entry.stage.state === 'available' && (entry.job === undefined || entry.job.recordable);

function EntryView({ view }: { view: StageEntryView }) {
  const { title } = useEntryTitle(view);
  return (
    <>
      <LotTitle lot={view.lot} title={title} />
      {fillable(view) ? <StageEntryForm entry={view} /> : <NotAvailable entry={view} />}
    </>
  );
}

/**
 * `/lots/:id/stages/:stageId[?job=<jobId>]`: a merge/split stage goes to its own screen; a stage with jobs
 * without a job lists its jobs; with one, the job's form.
 */
export function StageEntryPage() {
  const t = useT();
  const { id = '', stageId = '' } = useParams();
  const [params] = useSearchParams();
  const jobId = params.get('job');
  // `?jobs`: the work list knows the stage has jobs; an older link learns it from the server's refusal
  const listed = jobId === null && params.has('jobs');
  const entry = useStageEntry(id, stageId, jobId, !listed);
  const view = entry.data;
  if (view?.stage.kind === 'transformation') {
    return <Navigate to={transformationPath(view.stage.stageId, view.lot.id)} replace />;
  }
  const pickJob = listed || (jobId === null && needsJob(entry.error));
  return (
    <Box maw={720}>
      <BackLink to="/lots" label={t('lots.backToWork')} />
      {pickJob ? (
        <StageJobsScreen lotId={id} stageId={stageId} />
      ) : (
        <QueryState isPending={entry.isPending} error={entry.error} onRetry={() => entry.refetch()} />
      )}
      {view && <EntryView view={view} />}
    </Box>
  );
}
