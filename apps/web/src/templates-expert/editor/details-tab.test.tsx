import type { SaveTemplateDraftDetailsBody, TemplateDraftView } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render-routes';
import { contractFetch, type FakeAnswer, type FakeRequest } from '../../test/whole-app';
import { expertSession } from '../template-fixtures';
import { draftId, FakeEditorPage, fakeDraft } from './details-fixtures';
import { forgetKept } from './details-kept-state';
import { TemplateDetailsTab } from './details-tab';

// the API client binds fetch when the module loads: the stand-in is in place before it
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const saves: SaveTemplateDraftDetailsBody[] = [];
let refuse: FakeAnswer | null = null;
let latest: TemplateDraftView = fakeDraft();

const problem = (
  status: number,
  code: string,
  detail: string,
  errors?: { path: string; message: string }[],
) => ({
  status,
  body: {
    type: 'about:blank',
    title: code,
    status,
    code,
    detail,
    requestId: 'r1',
    ...(errors ? { errors } : {}),
  },
});

function answer(request: FakeRequest): FakeAnswer {
  const path = `/api/v1/template-drafts/${draftId}`;
  if (request.method === 'GET' && request.path === path) return { status: 200, body: latest };
  if (request.method === 'PUT' && request.path === `${path}/details`) {
    const body = request.body as SaveTemplateDraftDetailsBody;
    saves.push(body);
    if (refuse) return refuse;
    latest = { ...latest, details: { ...latest.details, ...body.details, revision: body.revision + 1 } };
    return { status: 200, body: latest };
  }
  throw new Error(`unexpected ${request.method} ${request.path}`);
}

function renderTab(initial = fakeDraft()) {
  latest = initial;
  return renderRoutes(
    '/t',
    expertSession(),
    <Route
      path="/t"
      element={<FakeEditorPage initial={initial} render={(props) => <TemplateDetailsTab {...props} />} />}
    />,
  );
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

beforeEach(() => {
  forgetKept();
  saves.length = 0;
  refuse = null;
  const fetch = contractFetch(answer);
  server.fetch = (input, init) => fetch(String(input), init ?? {});
});

// a whole tab of inputs renders slowly when the machine is busy: more than the default 5 s is no fault
describe('the template details tab', { timeout: 20_000 }, () => {
  it('saves its edits merged onto the latest draft at its revision, leaving every other field as it came', async () => {
    renderTab();
    type('details-name-vi', 'Chè Shan tuyết Hà Giang');
    type('details-processName-en', 'Ancient tea process');
    type('details-product-sku', 'SHAN-200G');
    expect(screen.getByTestId('details-state').textContent).toBe('Có thay đổi chưa lưu');
    fireEvent.click(screen.getByTestId('details-save'));
    await waitFor(() => expect(screen.getByTestId('page-revision').textContent).toBe('6'));
    expect(saves).toHaveLength(1);
    const [sent] = saves;
    const before = fakeDraft().details;
    expect(sent?.revision).toBe(5);
    expect(sent?.details.name).toEqual({ vi: 'Chè Shan tuyết Hà Giang', en: before.name.en });
    expect(sent?.details.processName).toEqual({ vi: before.processName.vi, en: 'Ancient tea process' });
    expect(sent?.details.sampleProduct).toEqual({ ...before.sampleProduct, sku: 'SHAN-200G' });
    expect(sent?.details.catalogs).toEqual(before.catalogs);
    expect(sent?.details.stageNotes).toEqual(before.stageNotes);
    expect(sent?.details.keywords).toEqual(before.keywords);
    await waitFor(() => expect(screen.getByTestId('details-state').textContent).toBe('Đã lưu hết'));
    expect(screen.getByTestId<HTMLInputElement>('details-name-vi').value).toBe('Chè Shan tuyết Hà Giang');
  });

  it('shows one note per stage in the designer order, flags the stages without one, and saves a new note', async () => {
    const draft = fakeDraft();
    const { cham_soc: _gone, ...notes } = draft.details.stageNotes;
    draft.details.stageNotes = { ...notes, dong_goi: { vi: 'Số gói', en: '' } };
    renderTab(draft);
    const shown = screen.getAllByTestId(/^details-note-[a-z_]+$/).map((el) => el.dataset.testid);
    expect(shown).toEqual(['details-note-chon_doi', 'details-note-cham_soc', 'details-note-dong_goi']);
    expect(screen.getByTestId('details-note-chon_doi').dataset.note).toBe('done');
    expect(within(screen.getByTestId('details-note-cham_soc')).getByText('Chưa có ghi chú')).toBeTruthy();
    expect(within(screen.getByTestId('details-note-dong_goi')).getByText('Thiếu một ngôn ngữ')).toBeTruthy();
    expect(screen.getByTestId('details-notes-missing').textContent).toContain('2 công đoạn');
    type('details-note-cham_soc-vi', 'Ghi mỗi lần bón phân, phun thuốc.');
    fireEvent.click(screen.getByTestId('details-save'));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.details.stageNotes).toEqual({
      chon_doi: draft.details.stageNotes.chon_doi,
      dong_goi: { vi: 'Số gói', en: '' },
      cham_soc: { vi: 'Ghi mỗi lần bón phân, phun thuốc.', en: '' },
    });
  });

  it("keeps the typed text when the server refuses, and shows the server's message under the field", async () => {
    refuse = problem(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ', [
      { path: '/details/sampleProduct/sku', message: 'Mã SKU đã có trong mẫu khác' },
    ]);
    renderTab();
    type('details-product-sku', 'TRÙNG');
    type('details-guide-vi', 'Hướng dẫn mới, dài và quý.');
    fireEvent.click(screen.getByTestId('details-save'));
    expect(await screen.findByText('Mã SKU đã có trong mẫu khác')).toBeTruthy();
    expect(screen.getByTestId('details-refused')).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('details-product-sku').value).toBe('TRÙNG');
    expect(screen.getByTestId<HTMLTextAreaElement>('details-guide-vi').value).toBe(
      'Hướng dẫn mới, dài và quý.',
    );
    expect(screen.getByTestId('details-state').textContent).toBe('Có thay đổi chưa lưu');
    expect(screen.getByTestId('page-revision').textContent).toBe('5');
  });

  it('on a conflict says who saved first, loads their draft and keeps what was typed for the next save', async () => {
    refuse = problem(409, 'TEMPLATE_DRAFT_CONFLICT', 'Lan đã sửa bản nháp mẫu này lúc 08:10; hãy tải lại.');
    renderTab();
    type('details-summary-en', 'Mine, not lost');
    fireEvent.click(screen.getByTestId('details-save'));
    const alert = await screen.findByTestId('details-conflict');
    expect(alert.textContent).toContain('Lan đã sửa bản nháp mẫu này');
    latest = fakeDraft(9);
    latest.details.name = { vi: 'Tên Lan đặt', en: 'Lan’s name' };
    refuse = null;
    fireEvent.click(screen.getByTestId('details-reload'));
    await waitFor(() => expect(screen.getByTestId('page-revision').textContent).toBe('9'));
    expect(screen.getByTestId<HTMLInputElement>('details-name-vi').value).toBe('Tên Lan đặt');
    expect(screen.getByTestId<HTMLTextAreaElement>('details-summary-en').value).toBe('Mine, not lost');
    fireEvent.click(screen.getByTestId('details-save'));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]?.revision).toBe(9);
    expect(saves[1]?.details.name.vi).toBe('Tên Lan đặt');
    expect(saves[1]?.details.summary.en).toBe('Mine, not lost');
  });

  it('finds what was typed again when the page shows the tab anew', () => {
    const first = renderTab();
    type('details-guide-en', 'Half a guide');
    first.unmount();
    renderTab();
    expect(screen.getByTestId<HTMLTextAreaElement>('details-guide-en').value).toBe('Half a guide');
    expect(screen.getByTestId('details-state').textContent).toBe('Có thay đổi chưa lưu');
  });

  it('never shows them in another draft of the same template, started after this one was published', () => {
    const first = renderTab();
    type('details-guide-en', 'Typed for the old draft');
    first.unmount();
    const next = { ...fakeDraft(), createdAt: '2026-12-08T08:00:00.000Z' };
    renderTab(next);
    expect(screen.getByTestId<HTMLTextAreaElement>('details-guide-en').value).toBe(next.details.guide.en);
    expect(screen.getByTestId('details-state').textContent).toBe('Đã lưu hết');
  });

  it('refuses before sending what the server would refuse: a blank Vietnamese process name, a too long name', async () => {
    renderTab();
    type('details-processName-vi', '   ');
    type('details-name-en', 'x'.repeat(201));
    type('details-name-vi', '');
    fireEvent.click(screen.getByTestId('details-save'));
    expect(await screen.findByTestId('details-fix')).toBeTruthy();
    expect(screen.getByText('Cần điền mục này.')).toBeTruthy();
    expect(screen.getByText('Tối đa 200 ký tự.')).toBeTruthy();
    expect(saves).toHaveLength(0);
  });
});
