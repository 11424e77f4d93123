import type { CreateRecallBody, RecallList } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { traceLot, traceLotId } from '../trace/trace-fixtures';
import { createFakeApi, problemAnswer } from './testing/fake-api';
import { fakeRecall, fakeRecallDetail, recallId } from './testing/recall-fixtures';
import { renderRecallScreens } from './testing/render-screens';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const list: RecallList = {
  items: [
    fakeRecall({ status: 'published', publishedAt: '2026-03-05T05:00:00.000Z' }),
    fakeRecall({
      id: '00000000-0000-4000-8000-0000000000f2',
      number: 2,
      drill: true,
      status: 'draft',
      drillSeconds: 95,
    }),
  ],
  readiness: {
    recallId: '00000000-0000-4000-8000-0000000000f2',
    seconds: 95,
    at: '2026-03-04T03:00:00.000Z',
  },
};

function serve(role: 'owner' | 'clerk', path: string, create?: (body: CreateRecallBody) => boolean) {
  const lotPage = { items: [traceLot(1, 'H-1'), traceLot(2, 'B-2')], total: 2, page: 1, pageSize: 10 };
  const api = createFakeApi({
    'GET /api/v1/recalls': () => ({ status: 200, body: list }),
    'GET /api/v1/lots': () => ({ status: 200, body: lotPage }),
    'POST /api/v1/recalls': (request) =>
      create?.(request.body as CreateRecallBody)
        ? { status: 201, body: fakeRecallDetail() }
        : problemAnswer(422, 'RECALL_LOT_UNKNOWN', 'Không có lô nào mã “H-1” trong tài khoản này.'),
    [`GET /api/v1/recalls/${recallId}`]: () => ({ status: 200, body: fakeRecallDetail() }),
  });
  server.fetch = api.fetch;
  renderRecallScreens(path, fakeSession(role));
  return api;
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('the recalls list', { timeout: 30_000 }, () => {
  it('shows the readiness, the recalls still warning, and each recall’s status and drill marker', async () => {
    serve('owner', '/recalls');
    expect((await screen.findByTestId('recall-readiness')).textContent).toContain(
      'lần diễn tập cuối mất 1 phút 35 giây',
    );
    expect(screen.getByTestId('recalls-open').textContent).toContain('1 đợt triệu hồi đang công bố');
    const rows = screen.getAllByTestId('recall-row');
    expect(within(rows[0] as HTMLElement).getByTestId('recall-status').textContent).toBe('Đang công bố');
    expect(within(rows[1] as HTMLElement).getByTestId('recall-drill')).toBeTruthy();
    expect(screen.getByTestId('recall-new')).toBeTruthy();
  });

  it('gives a clerk no way to start a recall', async () => {
    serve('clerk', '/recalls');
    await screen.findAllByTestId('recall-row');
    expect(screen.queryByTestId('recall-new')).toBeNull();
    expect(screen.queryByTestId('recall-new-drill')).toBeNull();
  });
});

describe('the new-recall form', { timeout: 30_000 }, () => {
  it('says what is missing and sends nothing', async () => {
    const api = serve('owner', '/recalls/new');
    fireEvent.click(await screen.findByTestId('recall-submit'));
    expect(await screen.findByText('Hãy chọn ít nhất một lô.')).toBeTruthy();
    expect(screen.getAllByText('Cần điền mục này.')).toHaveLength(5);
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('keeps what was typed when the server refuses, and opens the draft once it is made', async () => {
    let accept = false;
    const api = serve('owner', '/recalls/new?drill=1', () => accept);
    expect(await screen.findByText('Diễn tập triệu hồi mới')).toBeTruthy();
    type('recall-lot-search', 'H-1');
    fireEvent.click(await screen.findByTestId('recall-add-lot-H-1'));
    type('recall-reasonVi', 'Nhiễm nấm mốc');
    type('recall-reasonEn', 'Mould found');
    type('recall-instructionsVi', 'Ngừng sử dụng.');
    type('recall-instructionsEn', 'Stop using it.');
    type('recall-contact', '0912 345 678');
    fireEvent.click(screen.getByTestId('recall-submit'));
    expect((await screen.findByTestId('recall-form-problem')).textContent).toContain('Không có lô nào mã');
    expect(screen.getByTestId('recall-form-kept')).toBeTruthy();
    expect((screen.getByTestId('recall-reasonVi') as HTMLTextAreaElement).value).toBe('Nhiễm nấm mốc');
    expect(screen.getByTestId('recall-chosen-lots').textContent).toContain('H-1');
    accept = true;
    fireEvent.click(screen.getByTestId('recall-submit'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/recalls/${recallId}`));
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    // the same content retried keeps its idempotency key
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    expect(posts[1]?.body).toEqual({
      source: { kind: 'lots', lotIds: [traceLotId(1)] },
      notice: {
        reason: { vi: 'Nhiễm nấm mốc', en: 'Mould found' },
        instructions: { vi: 'Ngừng sử dụng.', en: 'Stop using it.' },
        contact: '0912 345 678',
      },
      severity: 'high',
      drill: true,
    });
  });
});
