import { definition, job, stage } from '@nguon/domain/testing';
import { describe, expect, it } from 'vitest';
import { reportFlagsOf } from './recall-report-content';
import { flagsText } from './recall-report-csv';

const care = stage('care', {
  name: { vi: 'Chăm sóc', en: 'Care' },
  jobs: [job('spray', { name: { vi: 'Phun thuốc', en: 'Spraying' } })],
});
const process = { ...definition(['harvest']), stages: [care, stage('harvest')] };
const stored = [
  {
    afterStageId: 'care',
    afterJobId: 'spray',
    afterRecordId: '00000000-0000-4000-8000-000000000001',
    afterEventTime: '2026-06-05T03:00:00.000Z',
    days: 7,
    firstAllowedDay: '2026-06-12',
  },
];

describe('waiting flags in the recall report', () => {
  it('words a record made inside a waiting period, in both languages', () => {
    const flags = reportFlagsOf(process, stored);
    expect(flags).toEqual([
      { job: { vi: 'Chăm sóc — Phun thuốc', en: 'Care — Spraying' }, days: 7, firstAllowedDay: '12/06/2026' },
    ]);
    const entry = { name: { vi: 'Thu hoạch', en: 'Harvest' }, at: new Date(), by: null, flags };
    expect(flagsText(entry)).toBe(
      ' (ghi trong thời gian cách ly sau Chăm sóc — Phun thuốc (7 ngày, được phép từ 12/06/2026))',
    );
    expect(flagsText(entry, 'en')).toContain(
      'inside the waiting period after Care — Spraying (7 days, allowed from 12/06/2026)',
    );
  });

  it.each([
    ['none stored', null],
    ['not a list', { days: 7 }],
    ['a job the version does not have', [{ ...stored[0], afterJobId: 'weed' }]],
    ['a malformed entry', [{ afterStageId: 'care', afterJobId: 'spray', days: '7' }]],
  ])('leaves out %s, never guessing', (_what, value) => {
    expect(reportFlagsOf(process, value)).toEqual([]);
  });
});
