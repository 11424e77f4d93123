import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../messages/catalogue-check';
import { recallEventKinds, recallSeverities, recallStatuses } from './recall.schemas';
import { recallReportHeading, recallReportKey, recallReportMessages } from './recall-report.messages';

describe('recallReportMessages', () => {
  it('has the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems(recallReportMessages)).toEqual([]);
  });

  it('words every status, severity and history entry a recall can have', () => {
    const missing = [
      ...recallStatuses.map((s) => ['status', s] as const),
      ...recallSeverities.map((s) => ['severity', s] as const),
      ...recallEventKinds.map((k) => ['event', k] as const),
    ].filter(([group, value]) => recallReportKey(group, value) === null);
    expect(missing).toEqual([]);
    expect(recallReportKey('status', 'lost')).toBeNull();
  });

  it('prints headings Vietnamese first, and once when both languages read the same', () => {
    expect(recallReportHeading('column.lot')).toBe('Mã lô / Lot code');
    expect(recallReportHeading('column.gtin')).toBe('GTIN');
    expect(recallReportHeading('report.page', { page: 2, pages: 5 })).toBe('Trang 2/5 / Page 2 of 5');
  });
});
