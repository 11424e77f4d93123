import type { TemplateDraftView } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeTemplateView, fakeVersion, templateId } from '../../templates/testing/template-fixtures';
import { contractFetch, type FakeAnswer, type FakeRequest } from '../../test/whole-app';
import { draftId, fakeTemplateDraft } from './draft-fixtures';
import { renderTemplateEditor } from './editor-render';

// the API client binds fetch when the module loads: the stand-in is in place before it
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

// happy-dom has no document.fonts; Mantine's autosizing textareas listen on it
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });

const problem = (status: number, code: string, detail: string, path?: string): FakeAnswer => ({
  status,
  body: {
    type: 'about:blank',
    title: code,
    status,
    code,
    detail,
    requestId: 'r1',
    ...(path ? { path } : {}),
  },
});

let draft: TemplateDraftView;
const calls: FakeRequest[] = [];
const scripted: { method: string; suffix: string; answer: FakeAnswer }[] = [];
const base = `/api/v1/template-drafts/${draftId}`;

function answer(request: FakeRequest): FakeAnswer {
  calls.push(request);
  const { method, path, body } = request;
  const once = scripted.findIndex((entry) => entry.method === method && path === base + entry.suffix);
  if (once >= 0) return scripted.splice(once, 1)[0]?.answer ?? { status: 500, body: {} };
  if (method === 'GET' && path === base) return { status: 200, body: draft };
  if (method === 'GET' && path === `/api/v1/templates/${templateId(1)}`)
    return { status: 200, body: fakeTemplateView(fakeVersion(2)) };
  if (method === 'PUT' && path === `${base}/process`) {
    const { revision, definition } = body as { revision: number; definition: unknown };
    if (revision !== draft.process.revision)
      return problem(409, 'TEMPLATE_DRAFT_CONFLICT', 'Đã có người sửa.');
    draft = {
      ...draft,
      process: { ...draft.process, revision: revision + 1, definition },
    } as TemplateDraftView;
    return { status: 200, body: draft.process };
  }
  if (method === 'POST' && path === `${base}/publish`)
    return { status: 201, body: fakeTemplateView(fakeVersion(3)) };
  if (method === 'DELETE' && path === base) return { status: 204, body: undefined };
  throw new Error(`unexpected ${method} ${path}`);
}

async function openEditor(overrides: Partial<TemplateDraftView> = {}) {
  draft = fakeTemplateDraft(overrides);
  await renderTemplateEditor();
}

const processSaves = () => calls.filter((call) => call.method === 'PUT' && call.path === `${base}/process`);
const location = () => screen.getByTestId('location').textContent;

beforeEach(() => {
  calls.length = 0;
  scripted.length = 0;
  const fetch = contractFetch(answer);
  server.fetch = (input, init) => fetch(String(input), init ?? {});
});

describe('template editor', { timeout: 30_000 }, () => {
  it('loads the draft: name, key, base version, the process in the designer and the tabs', async () => {
    await openEditor();
    expect(screen.getByTestId('editor-name').textContent).toBe('Chè Shan tuyết cổ thụ');
    expect(screen.getByTestId('editor-key').textContent).toBe('che-shan-tuyet');
    expect(screen.getByTestId('editor-base').textContent).toBe('Từ phiên bản 2');
    expect(screen.getByTestId('stage-node-dong_goi')).toBeTruthy();
    expect(screen.getByTestId('editor-tab-details')).toBeTruthy();
    // the owner's versions and publishing are not the template's
    expect(screen.queryByTestId('designer-versions')).toBeNull();
    expect(screen.queryByTestId('designer-publish')).toBeNull();
  });

  it('autosaves a stage edit to the draft at its revision, and publishes at the saved revision with both notes', async () => {
    await openEditor();
    fireEvent.click(screen.getByTestId('stage-add-next-dong_goi'));
    await waitFor(() => expect(processSaves()).toHaveLength(1), { timeout: 3000 });
    expect(processSaves()[0]?.body).toMatchObject({ revision: 3, definition: { stages: { length: 4 } } });
    const publish = screen.getByTestId('editor-publish');
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(publish);
    fireEvent.change(await screen.findByTestId('publish-note-vi'), { target: { value: 'Thêm công đoạn' } });
    fireEvent.click(screen.getByTestId('publish-submit'));
    expect(await screen.findByText('Hãy viết ghi chú thay đổi')).toBeTruthy();
    expect(calls.some((call) => call.path.endsWith('/publish'))).toBe(false);
    fireEvent.change(screen.getByTestId('publish-note-en'), { target: { value: 'Adds a stage' } });
    fireEvent.click(screen.getByTestId('publish-submit'));
    await waitFor(() => expect(location()).toBe('/templates/manage'));
    expect(calls.find((call) => call.path.endsWith('/publish'))?.body).toEqual({
      processRevision: 4,
      detailsRevision: 5,
      changeNote: { vi: 'Thêm công đoạn', en: 'Adds a stage' },
    });
  });

  it("keeps a base version's stage key when the stage is renamed (co-ops' records carry it)", async () => {
    await openEditor();
    await waitFor(() =>
      expect(calls.some((call) => call.path === `/api/v1/templates/${templateId(1)}`)).toBe(true),
    );
    fireEvent.click(within(screen.getByTestId('stage-node-dong_goi')).getByText('Đóng gói'));
    fireEvent.click(await screen.findByTestId('stage-tab-props'));
    fireEvent.change(screen.getByTestId('stage-name-vi'), { target: { value: 'Đóng gói túi' } });
    expect(screen.getByTestId('stage-key')).toHaveProperty('value', 'dong_goi');
  });

  it("derives a new template's stage key from its new name (nothing is published yet)", async () => {
    await openEditor({ templateId: null, baseVersion: null });
    fireEvent.click(within(screen.getByTestId('stage-node-dong_goi')).getByText('Đóng gói'));
    fireEvent.click(await screen.findByTestId('stage-tab-props'));
    fireEvent.change(screen.getByTestId('stage-name-vi'), { target: { value: 'Đóng gói túi' } });
    expect(screen.getByTestId('stage-key')).not.toHaveProperty('value', 'dong_goi');
    expect(calls.some((call) => call.path.startsWith('/api/v1/templates/'))).toBe(false);
  });

  it("offers the draft's own catalogs, by key, in a stage form's lookup", async () => {
    await openEditor();
    fireEvent.click(screen.getByText('Chọn đồi chè'));
    fireEvent.click(await screen.findByTestId('stage-tab-form'));
    fireEvent.click(await screen.findByTestId('fb-field-ho'));
    expect(await screen.findByTestId('fb-prop-catalog')).toHaveProperty('value', 'Hộ trồng chè');
    expect(calls.some((call) => call.path.startsWith('/api/v1/catalogs'))).toBe(false);
  });

  it('shows a refusal with its message and takes the expert to the Details tab for /stageNotes', async () => {
    await openEditor();
    scripted.push({
      method: 'POST',
      suffix: '/publish',
      answer: problem(422, 'TEMPLATE_FILE_INVALID', 'Thiếu ghi chú tiếng Anh.', '/stageNotes/cham_soc/en'),
    });
    const publish = screen.getByTestId('editor-publish');
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(publish);
    fireEvent.change(await screen.findByTestId('publish-note-vi'), { target: { value: 'Sửa' } });
    fireEvent.change(screen.getByTestId('publish-note-en'), { target: { value: 'Fix' } });
    fireEvent.click(screen.getByTestId('publish-submit'));
    const refusal = await screen.findByTestId('publish-refusal');
    expect(refusal.textContent).toContain('Thiếu ghi chú tiếng Anh.');
    expect(refusal.textContent).toContain('Chỗ cần sửa: Thông tin › Ghi chú công đoạn Chăm sóc › tiếng Anh');
    const go = within(refusal).getByTestId('editor-go-to');
    expect(go.textContent).toBe('Đến tab Thông tin');
    fireEvent.click(go);
    await waitFor(() =>
      expect(screen.getByTestId('editor-tab-details').getAttribute('aria-selected')).toBe('true'),
    );
    expect(location()).toBe(`/templates/manage/drafts/${draftId}`);
  });

  it("shows the draft's check with the way to the stage it is about", async () => {
    await openEditor({
      check: {
        code: 'TEMPLATE_FORM_INVALID',
        message: 'Biểu mẫu không biên dịch được.',
        path: '/process/definition/stages/1/form',
      },
    });
    const check = screen.getByTestId('editor-check');
    expect(check.textContent).toContain('Biểu mẫu không biên dịch được.');
    fireEvent.click(within(check).getByTestId('editor-go-to'));
    const panel = await screen.findByTestId('designer-stage-panel');
    expect(within(panel).getByTestId('stage-name-vi')).toHaveProperty('value', 'Chọn đồi chè');
  });

  it("names the place of the draft's check in words, never the file's pointer", async () => {
    await openEditor({
      check: {
        code: 'TEMPLATE_FILE_INVALID',
        message: 'Tệp mẫu quy trình không hợp lệ tại /summary/en: không được để trống.',
        path: '/summary/en',
      },
    });
    const check = screen.getByTestId('editor-check');
    expect(within(check).getByTestId('problem-message').textContent).toBe(
      'Tệp mẫu quy trình không hợp lệ tại Thông tin › Tóm tắt › tiếng Anh: không được để trống.',
    );
    expect(check.textContent).not.toContain('/summary');
    fireEvent.click(within(check).getByTestId('editor-go-to'));
    await waitFor(() =>
      expect(screen.getByTestId('editor-tab-details').getAttribute('aria-selected')).toBe('true'),
    );
  });

  it('stops saving on a conflict and offers to reload the draft, not to copy it as a process', async () => {
    await openEditor();
    scripted.push({
      method: 'PUT',
      suffix: '/process',
      answer: problem(409, 'TEMPLATE_DRAFT_CONFLICT', 'Minh đã sửa bản nháp.'),
    });
    fireEvent.click(screen.getByTestId('stage-add-next-dong_goi'));
    const banner = await screen.findByTestId('designer-conflict', {}, { timeout: 3000 });
    expect(banner.textContent).toContain('Minh đã sửa bản nháp.');
    expect(screen.queryByTestId('conflict-copy')).toBeNull();
    expect(screen.getByTestId('editor-publish').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByTestId('conflict-reload'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(screen.queryByTestId('designer-conflict')).toBeNull());
    expect(calls.filter((call) => call.method === 'GET' && call.path === base)).toHaveLength(2);
  });

  it('discards the draft after asking, and goes back to managing templates', async () => {
    await openEditor();
    fireEvent.click(screen.getByTestId('editor-discard'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(location()).toBe('/templates/manage'));
    expect(calls.some((call) => call.method === 'DELETE' && call.path === base)).toBe(true);
  });
});
