import type { LotDetail, LotJobView, LotStageView, RecordView, StageEntryView } from '@nguon/contracts';
import type { StageForm } from '@nguon/domain';
import { compiled, field } from '../../form-renderer/sample-forms.test-data';
import { fakeDetail, fakeLot, fakeRecord, harvest, harvestFormV1, recordId, version1 } from './lot-fixtures';

/** Test support: a vegetable lot whose care stage is made of jobs (fertilising twice, spraying, weeding). */

export const careStage = {
  stageId: 'st_care',
  key: 'cham_soc',
  name: { vi: 'Chăm sóc', en: 'Care' },
  kind: 'stage' as const,
  repeatable: false,
};

export function fakeJob(overrides: Partial<LotJobView> & Pick<LotJobView, 'jobId' | 'key'>): LotJobView {
  return {
    name: { vi: overrides.key, en: overrides.key },
    repeatable: false,
    required: false,
    needed: 0,
    timesRecorded: 0,
    recordable: true,
    lastEventTime: null,
    ...overrides,
  };
}

export const fertJob = (timesRecorded = 1) =>
  fakeJob({
    jobId: 'j_fert',
    key: 'bon_phan',
    name: { vi: 'Bón phân', en: 'Fertilising' },
    repeatable: true,
    required: true,
    needed: 2,
    timesRecorded,
  });
export const sprayJob = (timesRecorded = 0) =>
  fakeJob({
    jobId: 'j_spray',
    key: 'phun_thuoc',
    name: { vi: 'Phun thuốc', en: 'Spraying' },
    repeatable: true,
    timesRecorded,
  });
export const weedJob = (timesRecorded = 0) =>
  fakeJob({
    jobId: 'j_weed',
    key: 'lam_co',
    name: { vi: 'Làm cỏ', en: 'Weeding' },
    timesRecorded,
    recordable: timesRecorded === 0,
  });

/** The care stage on a lot; closable once fertilising has its two records. */
export function careView(jobs: LotJobView[], state: LotStageView['state'] = 'available'): LotStageView {
  const closable =
    state === 'available' && jobs.every((job) => !job.required || job.timesRecorded >= job.needed);
  return { ...careStage, state, timesRecorded: 0, jobs, closable, closeWhenFollowed: true };
}

export const sprayForm: StageForm = compiled({
  fields: [
    field('text', 'thuoc', 'Tên thuốc', 'Product'),
    field('number', 'lieu', 'Liều lượng', 'Dose', { unit: 'L' }),
  ],
  rules: [],
});

/** The entry of one job of the care stage, with the waiting periods the server says apply. */
export function jobEntry(job: LotJobView, waiting: StageEntryView['waiting'] = undefined): StageEntryView {
  const lot = fakeLot(1);
  return {
    lot,
    stage: { ...careView([fertJob(), sprayJob(), weedJob()]), yieldRange: null },
    job,
    ...(waiting ? { waiting } : {}),
    form: { processVersionId: version1, stageId: careStage.stageId, jobId: job.jobId, ...sprayForm },
  };
}

const careRecord = (n: number, job: LotJobView, eventTime: string, extra: Partial<RecordView> = {}) =>
  fakeRecord(n, {
    stageId: careStage.stageId,
    stageKey: careStage.key,
    stageName: careStage.name,
    job: { id: job.jobId, key: job.key, name: job.name },
    eventTime,
    ...extra,
  });

/**
 * Harvest recorded first, then care jobs out of time order (a spraying entered late), a close by harvest
 * and a harvest flagged inside the spraying's waiting period.
 */
export function jobsDetail(): LotDetail {
  const spray = careRecord(3, sprayJob(), '2026-06-05T02:00:00Z', { data: { thuoc: 'Abamectin' } });
  const records = [
    careRecord(1, fertJob(), '2026-06-02T02:00:00Z'),
    careRecord(2, fertJob(), '2026-06-01T02:00:00Z'),
    spray,
    fakeRecord(4, {
      kind: 'close',
      stageId: careStage.stageId,
      stageKey: careStage.key,
      stageName: careStage.name,
      closedBy: { kind: 'following', recordId: recordId(5) },
      eventTime: '2026-06-08T02:00:00Z',
    }),
    fakeRecord(5, {
      eventTime: '2026-06-08T02:00:00Z',
      data: { khoi_luong: 300 },
      waitingFlags: [
        {
          afterStageId: careStage.stageId,
          afterJobId: 'j_spray',
          afterJobName: { vi: 'Phun thuốc', en: 'Spraying' },
          afterRecordId: spray.id,
          afterEventTime: spray.eventTime,
          days: 7,
          firstAllowedDay: '2026-06-12',
        },
      ],
    }),
  ];
  return fakeDetail(fakeLot(1), records, {
    stages: [
      careView([fertJob(2), sprayJob(1), weedJob()], 'done'),
      { ...harvest, state: 'done', timesRecorded: 1 },
    ],
    forms: [
      { processVersionId: version1, stageId: harvest.stageId, ...harvestFormV1 },
      { processVersionId: version1, stageId: careStage.stageId, jobId: 'j_fert', ...sprayForm },
      { processVersionId: version1, stageId: careStage.stageId, jobId: 'j_spray', ...sprayForm },
    ],
  });
}
