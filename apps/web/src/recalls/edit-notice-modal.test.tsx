import type { RecallDetail, UpdateRecallBody } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { type Answer, createFakeApi, problemAnswer } from './testing/fake-api';
import { fakeRecallDetail, recallId } from './testing/recall-fixtures';
import { renderRecallScreens } from './testing/render-screens';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const base = `/api/v1/recalls/${recallId}`;

const refusedReason: Answer = {
  status: 400,
  body: {
    type: 'about:blank',
    title: 'VALIDATION_FAILED',
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'Dữ liệu gửi lên chưa hợp lệ.',
    errors: [{ path: '/notice/reason/en', message: 'Chuỗi chứa ký tự không lưu được.' }],
    requestId: 'r1',
  },
};

/** Serves one draft; each save takes the next scripted refusal, then stores the body as the server would. */
function serve(role: 'owner' | 'clerk', start: RecallDetail, refusals: Answer[] = []) {
  let detail = start;
  const api = createFakeApi({
    [`GET ${base}`]: () => ({ status: 200, body: detail }),
    'GET /api/v1/recalls': () => ({ status: 200, body: { items: [detail.recall], readiness: null } }),
    [`PUT ${base}`]: (request) => {
      const refusal = refusals.shift();
      if (refusal) return refusal;
      const body = request.body as UpdateRecallBody;
      detail = { ...detail, recall: { ...detail.recall, notice: body.notice, severity: body.severity } };
      return { status: 200, body: detail };
    },
  });
  server.fetch = api.fetch;
  renderRecallScreens(`/recalls/${recallId}`, fakeSession(role));
  return api;
}

const field = (form: HTMLElement, name: string) => within(form).getByTestId(`recall-${name}`);
const type = (form: HTMLElement, name: string, value: string) =>
  fireEvent.change(field(form, name), { target: { value } });
const puts = (api: ReturnType<typeof serve>) => api.requests.filter((r) => r.method === 'PUT');

async function openEdit(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByTestId('recall-edit'));
  return screen.findByTestId('recall-edit-form');
}

describe('editing a draft recall’s notice', { timeout: 30_000 }, () => {
  it('opens the notice prefilled, saves the change and shows it on the recall', async () => {
    const api = serve('owner', fakeRecallDetail());
    const form = await openEdit();
    expect((field(form, 'reasonVi') as HTMLTextAreaElement).value).toBe('Nhiễm nấm mốc');
    expect((field(form, 'contact') as HTMLInputElement).value).toBe('0912 345 678');
    type(form, 'reasonVi', '  Nhiễm nấm mốc ở lô H-1  ');
    fireEvent.click(within(form).getByRole('radio', { name: 'Trung bình' }));
    fireEvent.click(within(form).getByTestId('recall-edit-submit'));
    await waitFor(() => expect(screen.queryByTestId('recall-edit-form')).toBeNull());
    expect(puts(api)[0]?.body).toEqual({
      notice: {
        reason: { vi: 'Nhiễm nấm mốc ở lô H-1', en: 'Mould found' },
        instructions: { vi: 'Ngừng sử dụng, mang trả nơi mua.', en: 'Stop using it; return it.' },
        contact: '0912 345 678',
      },
      severity: 'medium',
    });
    await waitFor(() =>
      expect(screen.getByTestId('recall-notice').textContent).toContain('Nhiễm nấm mốc ở lô H-1'),
    );
  });

  it('keeps what was typed when the server refuses it, with its message at the field it names', async () => {
    const api = serve('owner', fakeRecallDetail(), [refusedReason]);
    const form = await openEdit();
    type(form, 'reasonEn', 'Mould found in lot H-1');
    type(form, 'contact', 'Phòng kinh doanh, 0912 345 678');
    fireEvent.click(within(form).getByTestId('recall-edit-submit'));
    expect(await within(form).findByText('Chuỗi chứa ký tự không lưu được.')).toBeTruthy();
    expect(field(form, 'reasonEn').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByTestId('recall-edit-kept').textContent).toContain('vẫn còn đây');
    expect((field(form, 'reasonEn') as HTMLTextAreaElement).value).toBe('Mould found in lot H-1');
    expect((field(form, 'contact') as HTMLInputElement).value).toBe('Phòng kinh doanh, 0912 345 678');
    type(form, 'reasonEn', 'Mould found in lot H-1.');
    expect(within(form).queryByText('Chuỗi chứa ký tự không lưu được.')).toBeNull();
    fireEvent.click(within(form).getByTestId('recall-edit-submit'));
    await waitFor(() => expect(screen.queryByTestId('recall-edit-form')).toBeNull());
    expect(puts(api)).toHaveLength(2);
  });

  it('says what is missing before sending anything', async () => {
    const api = serve('owner', fakeRecallDetail());
    const form = await openEdit();
    type(form, 'contact', '   ');
    fireEvent.click(within(form).getByTestId('recall-edit-submit'));
    expect(await within(form).findByText('Cần điền mục này.')).toBeTruthy();
    expect(puts(api)).toHaveLength(0);
  });

  it('shows a refusal that names no field above the buttons, the form kept', async () => {
    serve('owner', fakeRecallDetail(), [
      problemAnswer(409, 'RECALL_NOT_DRAFT', 'Đợt triệu hồi này đã công bố; không sửa được nữa.'),
    ]);
    const form = await openEdit();
    type(form, 'reasonVi', 'Lý do mới');
    fireEvent.click(within(form).getByTestId('recall-edit-submit'));
    expect((await within(form).findByTestId('recall-edit-problem')).textContent).toContain('đã công bố');
    expect((field(form, 'reasonVi') as HTMLTextAreaElement).value).toBe('Lý do mới');
  });

  it.each([
    [
      'a published recall',
      'owner',
      { status: 'published' as const, publishedAt: '2026-03-05T05:00:00.000Z' },
    ],
    ['a clerk', 'clerk', {}],
  ] as const)('offers no editing for %s', async (_case, role, recall) => {
    serve(role, fakeRecallDetail(recall));
    await screen.findByTestId('recall-scope');
    expect(screen.queryByTestId('recall-edit')).toBeNull();
  });
});
