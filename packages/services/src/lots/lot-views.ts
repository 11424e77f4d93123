import type { BoundLabelRunView, LotSummary, RecordView, StageRef } from '@nguon/contracts';
import { LotStatus as LotStatusSchema, RecordView as RecordViewSchema } from '@nguon/contracts';
import type { LotRecordRow, LotRecordWithNames, LotWithNames } from '@nguon/db';
import type {
  ClosedBy,
  LabelRun,
  LocalizedText,
  ProcessStage,
  RecordContent,
  WaitingFlag,
} from '@nguon/domain';
import { stageJobs } from '@nguon/domain';
import { createAjv } from '@nguon/forms';

const ajv = createAjv();
const validateStatus = ajv.compile<LotSummary['status']>(LotStatusSchema);
const validateRecordView = ajv.compile<RecordView>(RecordViewSchema);

// kept here too: lots, labels and their callers all name things in both languages
export { bothLanguages } from '../errors/both-languages';

export function toLotSummary(row: LotWithNames): LotSummary {
  if (!validateStatus(row.status)) throw new Error(`lot ${row.id} has status ${row.status}`);
  return {
    id: row.id,
    code: row.code,
    productId: row.product_id,
    productName: { vi: row.product_name_vi, en: row.product_name_en },
    processId: row.process_id,
    processVersion: row.version_number,
    quantity: row.quantity,
    remaining: row.remaining,
    unit: row.unit,
    recordedQuantity: row.recorded_quantity,
    recordedAt: row.recorded_at?.toISOString() ?? null,
    recordedStageId: row.recorded_stage_id,
    recordedRecordId: row.recorded_by_record,
    status: row.status,
    madeAtStageId: row.made_at_stage_id,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}

export function toStageRef(stage: ProcessStage): StageRef {
  return {
    stageId: stage.id,
    key: stage.key,
    name: stage.name,
    kind: stage.kind,
    repeatable: stage.repeatable,
    ...(stageJobs(stage).length > 0 ? { hasJobs: true } : {}),
  };
}

/** What a stored record's hash covers, read back from its row and the labels it bound (its activation events). */
export function recordContentOf(row: LotRecordRow, labels: readonly LabelRun[] = []): RecordContent {
  // jsonb columns come back parsed; the view check below (and the hash) catches a malformed one
  const content: RecordContent = {
    id: row.id,
    lotId: row.lot_id,
    seq: row.seq,
    kind: row.kind === 'transformation' || row.kind === 'close' ? row.kind : 'stage',
    stageId: row.stage_id,
    stageKey: row.stage_key,
    processVersionId: row.process_version_id,
    data: row.data as Record<string, unknown>,
    eventTime: row.event_time.toISOString(),
    location: row.location as RecordContent['location'],
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
    supersedes: row.supersedes,
    reason: row.reason,
    transformation: row.transformation as RecordContent['transformation'],
  };
  // absent, not empty, when none: a record without labels hashes as records did before labels existed
  if (labels.length > 0) content.labels = [...labels];
  // the same for a job, a close and waiting flags (0023): absent on every record without them
  if (row.job_id !== null && row.job_key !== null) content.job = { id: row.job_id, key: row.job_key };
  if (row.closed_by !== null) content.closedBy = row.closed_by as ClosedBy;
  if (row.waiting_flags !== null) content.waitingFlags = row.waiting_flags as WaitingFlag[];
  return content;
}

/** Names a job of the record's version by its id; a job gone from it (never, for a pinned version) by its key. */
export type JobNames = (jobId: string) => LocalizedText | undefined;

/** A job record's job, and waiting flags, with the names of the jobs they concern. */
function namedJobParts(content: RecordContent, jobName: JobNames) {
  const nameOf = (id: string, key: string) => jobName(id) ?? { vi: key, en: '' };
  return {
    ...(content.job ? { job: { ...content.job, name: nameOf(content.job.id, content.job.key) } } : {}),
    ...(content.waitingFlags
      ? {
          waitingFlags: content.waitingFlags.map((flag) => ({
            ...flag,
            afterJobName: nameOf(flag.afterJobId, flag.afterJobId),
          })),
        }
      : {}),
  };
}

export function toRecordView(
  row: LotRecordWithNames,
  stageName: StageRef['name'],
  labels: readonly LabelRun[] = [],
  boundLabels: readonly BoundLabelRunView[] = [],
  jobName: JobNames = () => undefined,
): RecordView {
  const content = recordContentOf(row, labels);
  const view: unknown = {
    ...content,
    ...namedJobParts(content, jobName),
    transformation: content.transformation && {
      ...content.transformation,
      yieldPercent: row.yield_percent,
      yieldFlag: row.yield_flag,
    },
    stageName,
    processVersion: row.version_number,
    recordedBy:
      row.recorded_by && row.recorded_by_name !== null
        ? { id: row.recorded_by, name: row.recorded_by_name }
        : null,
    supersededBy: row.superseded_by,
    ...(boundLabels.length > 0 ? { boundLabels: [...boundLabels] } : {}),
    hash: row.hash,
  };
  if (!validateRecordView(view))
    throw new Error(`stored record ${row.id} breaks the view: ${JSON.stringify(validateRecordView.errors)}`);
  return view;
}
