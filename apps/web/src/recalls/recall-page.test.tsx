import type { RecallDetail } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeApi } from './testing/fake-api';
import { fakeRecallDetail, fakeReportJob, productId, recallId } from './testing/recall-fixtures';
import { renderRecallScreens } from './testing/render-screens';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const base = `/api/v1/recalls/${recallId}`;

/** Serves one recall whose state the writes move on, as the server would. */
function serve(role: 'owner' | 'clerk' | 'viewer', start: RecallDetail) {
  let detail = start;
  const set = (next: RecallDetail) => {
    detail = next;
    return { status: 200, body: detail };
  };
  const api = createFakeApi({
    [`GET ${base}`]: () => ({ status: 200, body: detail }),
    'GET /api/v1/recalls': () => ({ status: 200, body: { items: [detail.recall], readiness: null } }),
    [`POST ${base}/publish`]: () =>
      set({
        ...detail,
        recall: { ...detail.recall, status: 'published', publishedAt: '2026-03-05T05:00:00.000Z' },
      }),
    [`POST ${base}/cancel`]: () => set({ ...detail, recall: { ...detail.recall, status: 'cancelled' } }),
    [`POST ${base}/close`]: (request) => {
      const outcome = request.body as RecallDetail['outcome'];
      return set({ ...detail, outcome, recall: { ...detail.recall, status: 'closed' } });
    },
    [`POST ${base}/report`]: () => {
      const report = { job: fakeReportJob(), csv: null, pdf: null };
      detail = { ...detail, report };
      return { status: 201, body: report };
    },
  });
  server.fetch = api.fetch;
  renderRecallScreens(`/recalls/${recallId}`, fakeSession(role));
  return {
    api,
    finishReport: () => {
      detail = {
        ...detail,
        report: {
          job: fakeReportJob({
            state: 'completed',
            done: 3,
            finishedAt: '2026-03-05T04:00:05.000Z',
            secondsLeft: null,
          }),
          csv: `${base}/report.csv`,
          pdf: `${base}/report.pdf`,
        },
      };
    },
  };
}

describe('a recall’s page', { timeout: 30_000 }, () => {
  it('previews the affected lots with depth and origin, the label runs, the totals, and the excluded sibling greyed with why', async () => {
    serve('owner', fakeRecallDetail());
    const scope = await screen.findByTestId('recall-scope');
    expect(within(scope).getByTestId('recall-totals').textContent).toBe('3 lô · 250 tem');
    const pack = within(scope)
      .getAllByTestId('recall-lot')
      .find((el) => el.dataset.code === 'P-4');
    expect(pack?.textContent).toContain('Bậc 2 · Làm từ B-2');
    expect(pack?.textContent).toContain('Đợt tem #12: KKKKKKKKKKK1A … KKKKKKKKKKK1Z');
    expect(within(scope).getByTestId('recall-product').textContent).toContain('300\u00a0kg');
    const excluded = within(scope).getByTestId('recall-excluded');
    expect(excluded.textContent).toContain('P-6');
    expect(excluded.textContent).toContain('Cùng công đoạn với P-4');
  });

  it('publishes only after a confirmation that names how many lots and labels will warn consumers', async () => {
    const { api } = serve('owner', fakeRecallDetail());
    fireEvent.click(await screen.findByTestId('recall-publish'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('3 lô sẽ chuyển sang “Đã triệu hồi” và 250 tem sẽ cảnh báo');
    expect(api.requests.some((r) => r.path.endsWith('/publish'))).toBe(false);
    fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('recall-status').textContent).toBe('Đang công bố'));
    const publish = api.requests.filter((r) => r.path.endsWith('/publish'));
    expect(publish).toHaveLength(1);
    expect(publish[0]?.idempotencyKey).toBeTruthy();
    expect(screen.queryByTestId('recall-publish')).toBeNull();
    expect(screen.getByTestId('recall-close')).toBeTruthy();
  });

  it.each([['clerk'], ['viewer']] as const)(
    'a %s sees the recall but no button that changes it',
    async (role) => {
      serve(role, fakeRecallDetail());
      await screen.findByTestId('recall-scope');
      expect(screen.queryByTestId('recall-publish')).toBeNull();
      expect(screen.queryByTestId('recall-cancel')).toBeNull();
      expect(screen.queryByTestId('recall-report-request')).toBeNull();
      expect(screen.getByTestId('recall-read-only')).toBeTruthy();
    },
  );

  it('offers no publishing for a drill, only cancelling and the report', async () => {
    serve('owner', fakeRecallDetail({ drill: true }));
    await screen.findByTestId('recall-cancel');
    expect(screen.queryByTestId('recall-publish')).toBeNull();
    expect(screen.getByTestId('recall-drill').textContent).toBe('Diễn tập');
    expect(screen.getByTestId('recall-report-request')).toBeTruthy();
  });

  it('makes the report with a progress bar, then offers CSV and PDF', async () => {
    const { finishReport } = serve('owner', fakeRecallDetail({ drill: true }));
    fireEvent.click(await screen.findByTestId('recall-report-request'));
    expect((await screen.findByTestId('job-count')).textContent).toBe('2 / 3');
    expect(screen.queryByTestId('recall-report-request')).toBeNull();
    finishReport();
    const csv = await screen.findByTestId('recall-report-csv', {}, { timeout: 5000 });
    expect(csv.getAttribute('href')).toBe(`${base}/report.csv`);
    expect(screen.getByTestId('recall-report-pdf').getAttribute('href')).toBe(`${base}/report.pdf`);
  });

  it('closes a published recall with the outcome per product, refusing a quantity that is not a number', async () => {
    const { api } = serve(
      'owner',
      fakeRecallDetail({ status: 'published', publishedAt: '2026-03-05T05:00:00.000Z' }),
    );
    fireEvent.click(await screen.findByTestId('recall-close'));
    const form = await screen.findByTestId('recall-close-form');
    const recovered = within(form).getByTestId('recall-recovered');
    fireEvent.change(recovered, { target: { value: 'nhiều' } });
    fireEvent.click(within(form).getByTestId('recall-close-submit'));
    expect(await within(form).findByText('Hãy nhập một số không âm.')).toBeTruthy();
    expect(api.requests.some((r) => r.path.endsWith('/close'))).toBe(false);
    fireEvent.change(recovered, { target: { value: '120,5' } });
    fireEvent.change(within(form).getByTestId('recall-destroyed'), { target: { value: '30' } });
    fireEvent.click(within(form).getByTestId('recall-close-submit'));
    await waitFor(() => expect(screen.getByTestId('recall-status').textContent).toBe('Đã đóng'));
    expect(api.requests.find((r) => r.path.endsWith('/close'))?.body).toEqual({
      outcomes: [{ productId, unit: 'kg', recovered: 120.5, destroyed: 30 }],
      note: '',
    });
    expect(screen.getByTestId('recall-outcome').textContent).toContain('thu hồi 120,5\u00a0kg');
  });
});
