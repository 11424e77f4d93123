import type { RecallList, ScanStatistics, TenantJobPage, WorkList } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeApi, type Handler, problemAnswer } from '../recalls/testing/fake-api';
import { fakeRecall, fakeReportJob, recallId } from '../recalls/testing/recall-fixtures';
import { HomeRedirect } from '../shell/home-redirect';
import { renderRoutes } from '../test/render-routes';
import { OverviewPage } from './overview-page';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const recalls: RecallList = {
  items: [
    fakeRecall({ status: 'published', publishedAt: '2026-03-05T05:00:00.000Z' }),
    fakeRecall({ id: '00000000-0000-4000-8000-0000000000f2', number: 4, status: 'draft' }),
    fakeRecall({ id: '00000000-0000-4000-8000-0000000000f3', number: 2, status: 'closed' }),
    fakeRecall({ id: '00000000-0000-4000-8000-0000000000f4', number: 1, drill: true, drillSeconds: 95 }),
  ],
  readiness: {
    recallId: '00000000-0000-4000-8000-0000000000f4',
    seconds: 95,
    at: '2026-03-04T03:00:00.000Z',
  },
};

const work: WorkList = {
  items: [],
  total: 5,
  page: 1,
  pageSize: 1,
  products: [],
  stages: [
    { key: 'harvest', name: { vi: 'Thu hoạch', en: 'Harvest' }, lotCount: 2 },
    { key: 'dry', name: { vi: 'Phơi sấy', en: 'Drying' }, lotCount: 3 },
  ],
};

const jobs: TenantJobPage = {
  items: [
    fakeReportJob(),
    fakeReportJob({
      id: '00000000-0000-4000-8000-0000000000c8',
      kind: 'catalog-import',
      title: { vi: 'Danh mục phân bón', en: 'Fertilisers' },
      state: 'failed',
      createdAt: new Date(Date.now() - 3_600_000).toISOString(),
      finishedAt: new Date(Date.now() - 3_000_000).toISOString(),
      error: { code: 'CATALOG_IMPORT_FAILED', message: 'Tệp hỏng' },
    }),
    fakeReportJob({
      id: '00000000-0000-4000-8000-0000000000c7',
      state: 'failed',
      createdAt: '2020-01-01T00:00:00.000Z',
      finishedAt: '2020-01-01T00:01:00.000Z',
    }),
  ],
  next: null,
};

const days = (counts: number[]) => counts.map((scans, i) => ({ day: `2026-03-0${i + 1}`, scans }));

function scanStats(total: number, suspicious: ScanStatistics['suspicious'] = []): ScanStatistics {
  return {
    from: '2026-03-01',
    to: '2026-03-07',
    total,
    days: days(total === 0 ? [0, 0, 0, 0, 0, 0, 0] : [1, 2, 3, 4, 5, 6, total - 21]),
    byProduct:
      total === 0
        ? []
        : [{ product: { id: recallId, name: { vi: 'Gạo ST25', en: 'ST25 rice' } }, scans: total }],
    byLot: [],
    topLabels: [],
    suspicious,
  };
}

const flagged: ScanStatistics['suspicious'][number] = {
  serial: 'K7M2Q9X4PA',
  product: null,
  lot: null,
  periodScans: 60,
  totalScans: 60,
  firstAt: '2026-03-01T01:00:00.000Z',
  lastAt: '2026-03-06T01:00:00.000Z',
  flags: [{ kind: 'scan_count', at: '2026-03-06T01:00:00.000Z', threshold: 50 }],
};

const ok = (body: unknown) => () => ({ status: 200, body });

function serve(
  handlers: Record<string, Handler>,
  role: 'owner' | 'viewer' | 'clerk' = 'owner',
  path = '/overview',
) {
  const api = createFakeApi(handlers);
  server.fetch = api.fetch;
  renderRoutes(
    path,
    fakeSession(role),
    <>
      <Route index element={<HomeRedirect />} />
      <Route path="/overview" element={<OverviewPage />} />
    </>,
  );
  return api;
}

/** The list as the API answers it: filtered by status and drill when asked. */
const listed =
  (list: RecallList): Handler =>
  ({ query }) => {
    const status = query.get('status');
    const drill = query.get('drill');
    const items = list.items.filter(
      (recall) =>
        (status === null || recall.status === status) && (drill === null || String(recall.drill) === drill),
    );
    return { status: 200, body: { ...list, items } };
  };

const full = {
  'GET /api/v1/recalls': listed(recalls),
  'GET /api/v1/work-list': ok(work),
  'GET /api/v1/jobs': ok(jobs),
  'GET /api/v1/scan-statistics': ok(scanStats(42, [flagged])),
};

const empty = {
  'GET /api/v1/recalls': ok({ items: [], readiness: null }),
  'GET /api/v1/work-list': ok({ ...work, total: 0, stages: [] }),
  'GET /api/v1/jobs': ok({ items: [], next: null }),
  'GET /api/v1/scan-statistics': ok(scanStats(0)),
};

const card = async (testId: string) => {
  const found = await screen.findByTestId(testId);
  await waitFor(() => expect(within(found).queryByRole('progressbar')).toBeNull());
  return found;
};

describe('the overview', { timeout: 30_000 }, () => {
  it('puts the open recall first, in red, with its severity, reason, counts, time and link', async () => {
    serve(full);
    const open = await card('overview-open-recalls');
    expect(within(open).getByTestId('overview-open-recalls-banner').textContent).toContain(
      '1 đợt triệu hồi đang công bố',
    );
    const row = within(open).getByTestId('overview-open-recall');
    expect(row.textContent).toContain('Nghiêm trọng');
    expect(row.textContent).toContain('Nhiễm nấm mốc');
    expect(row.textContent).toContain('3 lô · 250 tem');
    expect(row.textContent).toContain('Công bố lúc');
    expect(within(row).getByRole('link', { name: 'Triệu hồi #3' }).getAttribute('href')).toBe(
      `/recalls/${recallId}`,
    );
    expect(within(open).getAllByTestId('overview-open-recall')).toHaveLength(1);
    expect(open.dataset.alarm).toBe('true');
    expect(screen.getByTestId('overview').querySelector('section')).toBe(open);
  });

  it('finds the open recall however many newer drills and drafts fill the whole list', async () => {
    const crowded: Handler = (request) =>
      // the whole list, capped, holds only the newest: drills and drafts, not the published recall
      request.query.get('status') === null
        ? ok({ ...recalls, items: recalls.items.filter((recall) => recall.status !== 'published') })()
        : listed(recalls)(request);
    serve({ ...full, 'GET /api/v1/recalls': crowded });
    const open = await card('overview-open-recalls');
    expect(within(open).getAllByTestId('overview-open-recall')).toHaveLength(1);
  });

  it('counts drafts, shows the readiness, the lots waiting per stage, the jobs to watch and the week of scans', async () => {
    serve(full);
    const drafts = await card('overview-recall-drafts');
    expect(within(drafts).getByTestId('overview-drafts-count').textContent).toBe(
      '1 bản nháp triệu hồi chưa công bố',
    );
    expect(within(drafts).getByTestId('overview-readiness').textContent).toContain('1 phút 35 giây');
    const lots = await card('overview-lots');
    expect(within(lots).getByTestId('overview-lots-total').textContent).toBe('5 lô đang chờ nhập công đoạn');
    const stages = within(lots).getAllByTestId('overview-lots-stage');
    expect(stages.map((row) => row.textContent)).toEqual(['Phơi sấy3 lô', 'Thu hoạch2 lô']);
    expect(
      within(stages[0] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/lots?tab=work&stage=dry');
    const jobCard = await card('overview-jobs');
    expect(within(jobCard).getByTestId('overview-jobs-running').textContent).toBe('1 việc đang chạy');
    // the failure of 2020 is long dealt with; the one an hour ago is not
    expect(within(jobCard).getByTestId('overview-jobs-failed').textContent).toBe(
      '1 việc bị lỗi trong 7 ngày qua',
    );
    expect(within(jobCard).getAllByTestId('overview-job')).toHaveLength(2);
    const scans = await card('overview-scans');
    expect(within(scans).getByTestId('overview-scans-total').textContent).toBe('42 lượt quét');
    expect(within(scans).getByTestId('overview-scans-suspicious').textContent).toBe('1 tem đáng ngờ');
    expect(scans.textContent).toContain('K7M2Q9X4PA');
    expect(scans.textContent).toContain('Quét nhiều nhất: Gạo ST25 (42 lượt)');
  });

  it('says, for an empty tenant, what each card is for and makes up no figure', async () => {
    serve(empty);
    const open = await card('overview-open-recalls');
    expect(open.dataset.alarm).toBeUndefined();
    expect(within(open).getByTestId('overview-open-recalls-none').textContent).toContain(
      'Không có đợt triệu hồi nào đang công bố',
    );
    const drafts = await card('overview-recall-drafts');
    expect(within(drafts).getByTestId('overview-drafts-count').textContent).toContain('Không có bản nháp');
    expect(within(drafts).getByTestId('overview-readiness').textContent).toContain(
      'Chưa có lần diễn tập nào',
    );
    expect((await card('overview-lots')).textContent).toContain('Không có lô nào đang chờ');
    expect((await card('overview-jobs')).textContent).toContain('Không có việc nào đang chạy hay bị lỗi');
    const scans = await card('overview-scans');
    expect(within(scans).getByTestId('overview-scans-none').textContent).toContain('Chưa có lượt quét nào');
    expect(within(scans).getByTestId('overview-scans-suspicious').textContent).toBe(
      'Chưa có tem nào đáng ngờ.',
    );
    expect(screen.getByTestId('overview').textContent).not.toMatch(/\d+ (lô|việc|lượt|tem|bản nháp)/);
  });

  it('shows a failed card with its reason and a retry, while the other cards still show', async () => {
    let jobsUp = false;
    serve({
      ...full,
      'GET /api/v1/jobs': () =>
        jobsUp ? ok(jobs)() : problemAnswer(503, 'SERVICE_UNAVAILABLE', 'Máy chủ đang bận, hãy thử lại sau.'),
    });
    const jobCard = await card('overview-jobs');
    const failed = await within(jobCard).findByTestId('overview-card-failed');
    expect(failed.textContent).toContain('Không tải được phần này');
    expect(failed.textContent).toContain('Máy chủ đang bận');
    expect((await card('overview-lots')).textContent).toContain('5 lô đang chờ');
    expect((await card('overview-open-recalls')).textContent).toContain('Triệu hồi #3');
    jobsUp = true;
    fireEvent.click(within(failed).getByRole('button', { name: 'Thử lại' }));
    expect((await within(jobCard).findByTestId('overview-jobs-running')).textContent).toBe(
      '1 việc đang chạy',
    );
    expect(within(jobCard).queryByTestId('overview-card-failed')).toBeNull();
  });

  it.each([
    ['owner', '/overview'],
    ['viewer', '/overview'],
    ['clerk', '/lots'],
  ] as const)('opens, for %s, at %s', async (role, where) => {
    serve(empty, role, '/');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(where));
  });
});
