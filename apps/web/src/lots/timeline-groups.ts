import type { LotDetail, LotStageView, RecordView } from '@nguon/contracts/client';

/** The records of one job of a stage (or the stage's own records: job null), in time order. */
export interface TimelineSection {
  job: RecordView['job'] | null;
  records: RecordView[];
}

/** The records of one stage: its own, then each job's in the job's order, then the close record. */
export interface TimelineGroup {
  stageId: string;
  stage: LotStageView | undefined;
  withJobs: boolean;
  sections: TimelineSection[];
}

const byTime = (a: RecordView, b: RecordView) =>
  Date.parse(a.eventTime) - Date.parse(b.eventTime) || a.seq - b.seq;

/** Sections of one stage's records: no job first, then jobs as the stage lists them, the close record last. */
function sectionsOf(records: RecordView[], stage: LotStageView | undefined): TimelineSection[] {
  const jobOrder = (jobId: string | undefined) => {
    if (jobId === undefined) return -1;
    const index = stage?.jobs?.findIndex((job) => job.jobId === jobId) ?? -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER - 1 : index;
  };
  const keyOf = (record: RecordView) => (record.kind === 'close' ? '\u0000close' : (record.job?.id ?? ''));
  const sections = new Map<string, TimelineSection>();
  for (const record of records) {
    const key = keyOf(record);
    const section = sections.get(key) ?? { job: record.job ?? null, records: [] };
    section.records.push(record);
    sections.set(key, section);
  }
  const rank = (section: TimelineSection) =>
    section.records[0]?.kind === 'close' ? Number.MAX_SAFE_INTEGER : jobOrder(section.job?.id);
  return [...sections.values()]
    .map((section) => ({ ...section, records: [...section.records].sort(byTime) }))
    .sort((a, b) => rank(a) - rank(b) || (a.records[0]?.seq ?? 0) - (b.records[0]?.seq ?? 0));
}

/**
 * The lot's timeline grouped by stage (in the order the lot first met each stage), then by job, each in time
 * order. A stage without jobs keeps one section, its records in time order.
 */
export function timelineGroups(detail: LotDetail): TimelineGroup[] {
  const byStage = new Map<string, RecordView[]>();
  for (const record of [...detail.records].sort((a, b) => a.seq - b.seq)) {
    byStage.set(record.stageId, [...(byStage.get(record.stageId) ?? []), record]);
  }
  return [...byStage].map(([stageId, records]) => {
    const stage = detail.stages.find((candidate) => candidate.stageId === stageId);
    const withJobs = stage?.jobs !== undefined || records.some((r) => r.job || r.kind === 'close');
    return { stageId, stage, withJobs, sections: sectionsOf(records, stage) };
  });
}
