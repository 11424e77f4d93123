import { notifications } from '@mantine/notifications';
import type {
  TemplateDraftDetailChange,
  TemplateDraftUpdateView,
  TemplateDraftView,
} from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesignerStatus } from '../../processes/designer/designer';
import { fakeTemplateView, fakeVersion, templateId } from '../../templates/testing/template-fixtures';
import { contractFetch, type FakeAnswer, type FakeRequest } from '../../test/whole-app';
import { draftId, fakeTemplateDraft } from './draft-fixtures';
import {
  chosenDetailParts,
  detailPartLabel,
  newerVersion,
  nextVersionNumber,
  preselectedDetailParts,
  takeUpdateBlocker,
} from './draft-update';
import { renderTemplateEditor } from './editor-render';

// the API client binds fetch when the module loads: the stand-in is in place before it
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const problem = (status: number, code: string, detail: string, path?: string): FakeAnswer => ({
  status,
  body: { type: 'about:blank', title: code, status, code, detail, requestId: 'r1', ...(path && { path }) },
});

/** Version 3 renamed a stage the expert did not touch and one they did, and changed the summary and a catalog. */
const update: TemplateDraftUpdateView = {
  from: 2,
  to: 3,
  note: { vi: 'Đổi tên công đoạn hái.', en: 'Renames the picking stage.' },
  diff: {
    from: '2',
    to: '3',
    stages: [
      {
        change: 'changed',
        key: 'hai_che',
        name: { vi: 'Hái chè búp', en: 'Pick the buds' },
        stageChanges: [
          {
            property: 'name',
            before: { vi: 'Hái chè', en: 'Pick the leaves' },
            after: { vi: 'Hái chè búp' },
          },
        ],
        fields: [],
      },
      {
        change: 'changed',
        key: 'sao_che',
        name: { vi: 'Sao chè', en: 'Roast' },
        stageChanges: [],
        fields: [],
      },
    ],
    edges: { added: [], removed: [] },
  },
  stages: [
    { key: 'hai_che', change: 'changed', taken: false, editedHere: false },
    { key: 'sao_che', change: 'changed', taken: false, editedHere: true },
  ],
  details: [
    {
      id: 'summary',
      part: 'summary',
      key: null,
      name: null,
      change: 'changed',
      taken: false,
      editedHere: false,
    },
    {
      id: 'catalog:ho_trong',
      part: 'catalog',
      key: 'ho_trong',
      name: null,
      change: 'changed',
      taken: false,
      editedHere: true,
    },
    {
      id: 'stageNote:cham_soc',
      part: 'stageNote',
      key: 'cham_soc',
      name: null,
      change: 'changed',
      taken: true,
      editedHere: false,
    },
    {
      // a catalog the draft does not have: named as the server read it in the newer version
      id: 'catalog:may_sao',
      part: 'catalog',
      key: 'may_sao',
      name: { vi: 'Máy sao chè', en: 'Roasters' },
      change: 'added',
      taken: true,
      editedHere: false,
    },
  ],
};

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
  if (method === 'GET' && path.startsWith(`/api/v1/templates/${templateId(1)}`))
    return { status: 200, body: fakeTemplateView(fakeVersion(2)) };
  if (method === 'GET' && path === `${base}/update`) return { status: 200, body: update };
  if (method === 'POST' && path === `${base}/update`) {
    draft = { ...draft, baseVersion: 3, process: { ...draft.process, revision: 4 } };
    return { status: 200, body: draft };
  }
  if (method === 'PUT' && path === `${base}/process`) {
    const { revision, definition } = body as { revision: number; definition: unknown };
    draft = {
      ...draft,
      process: { ...draft.process, revision: revision + 1, definition },
    } as TemplateDraftView;
    return { status: 200, body: draft.process };
  }
  if (method === 'DELETE' && path === base) return { status: 204, body: undefined };
  throw new Error(`unexpected ${method} ${path}`);
}

async function openEditor(overrides: Partial<TemplateDraftView> = {}) {
  draft = fakeTemplateDraft(overrides);
  await renderTemplateEditor();
}

const draftReads = () => calls.filter((call) => call.method === 'GET' && call.path === base);
const location = () => screen.getByTestId('location').textContent;

async function openDrawer() {
  const publish = screen.getByTestId('editor-publish');
  await waitFor(() => expect(screen.getByTestId('designer-save-state')).toBeTruthy());
  expect(publish.getAttribute('aria-disabled')).toBe('true');
  fireEvent.click(screen.getByTestId('draft-update-open'));
  // the drawer is a lazy chunk: the first import may take a while in a cold run
  return screen.findByTestId('draft-update-take', {}, { timeout: 8000 });
}

beforeEach(() => {
  // the notifications of earlier tests would queue this test's past the visible limit
  notifications.clean();
  calls.length = 0;
  scripted.length = 0;
  const fetch = contractFetch(answer);
  server.fetch = (input, init) => fetch(String(input), init ?? {});
});

describe('an outdated template draft in the editor', { timeout: 30_000 }, () => {
  it('says nothing while the draft is on the newest version', async () => {
    await openEditor();
    expect(screen.queryByTestId('draft-update-notice')).toBeNull();
  });

  it('tells the expert which version appeared since, and blocks publishing with the reason', async () => {
    await openEditor({ latestVersion: 3 });
    expect(screen.getByTestId('draft-update-notice').textContent).toContain(
      'Phiên bản 3 đã được đăng sau khi bản nháp này mở từ phiên bản 2',
    );
    const publish = screen.getByTestId('editor-publish');
    expect(publish.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(publish);
    expect(await screen.findByText('Đưa bản nháp lên phiên bản mới nhất trước khi đăng.')).toBeTruthy();
    expect(screen.queryByTestId('publish-note-vi')).toBeNull();
  });

  it('offers each change, pre-checked unless taken or edited here, in the words of the editor', async () => {
    await openEditor({ latestVersion: 3 });
    const take = await openDrawer();
    const drawer = screen.getByTestId('draft-update-drawer');
    expect(within(drawer).getByTestId('draft-update-note').textContent).toBe('Đổi tên công đoạn hái.');
    expect(screen.getByTestId('template-stage-check-hai_che')).toHaveProperty('checked', true);
    expect(screen.getByTestId('template-stage-check-sao_che')).toHaveProperty('checked', false);
    expect(screen.getByTestId('template-stage-sao_che').textContent).toContain('Bạn đã sửa công đoạn này');
    expect(screen.getByTestId('draft-part-summary').textContent).toContain('Tóm tắt');
    expect(screen.getByTestId('draft-part-catalog:ho_trong').textContent).toContain(
      'Danh mục “Hộ trồng chè”',
    );
    expect(screen.getByTestId('draft-part-catalog:ho_trong').textContent).toContain('Bạn đã sửa phần này');
    expect(screen.getByTestId('draft-part-check-catalog:ho_trong')).toHaveProperty('checked', false);
    expect(screen.getByTestId('draft-part-stageNote:cham_soc').textContent).toContain(
      'Ghi chú của công đoạn “Chăm sóc”',
    );
    expect(screen.getByTestId('draft-part-check-stageNote:cham_soc')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('draft-part-catalog:may_sao').textContent).toContain('Danh mục “Máy sao chè”');
    expect(take.textContent).toBe('Đưa lên phiên bản 3 (lấy 2 thay đổi)');
    fireEvent.click(screen.getByTestId('draft-part-check-catalog:ho_trong'));
    expect(take.textContent).toBe('Đưa lên phiên bản 3 (lấy 3 thay đổi)');
  });

  it('says which tab to save first instead of taking while the Details tab holds unsaved edits', async () => {
    await openEditor({ latestVersion: 3 });
    fireEvent.click(screen.getByTestId('editor-tab-details'));
    fireEvent.change(await screen.findByTestId('details-summary-vi'), { target: { value: 'Chè mới' } });
    const take = await openDrawer();
    expect(screen.getByTestId('draft-update-blocked').textContent).toBe(
      'Lưu thẻ Thông tin trước: ở đó còn thay đổi chưa lưu.',
    );
    expect(take).toHaveProperty('disabled', true);
  });

  it('takes the chosen changes at the saved revisions, then loads the draft again without the notice', async () => {
    await openEditor({ latestVersion: 3 });
    const take = await openDrawer();
    fireEvent.click(screen.getByTestId('template-stage-check-sao_che'));
    fireEvent.click(screen.getByTestId('draft-part-check-summary'));
    fireEvent.click(take);
    await waitFor(() => expect(screen.queryByTestId('draft-update-notice')).toBeNull());
    expect(calls.find((call) => call.method === 'POST' && call.path === `${base}/update`)?.body).toEqual({
      processRevision: 3,
      detailsRevision: 5,
      version: 3,
      stageKeys: ['hai_che', 'sao_che'],
      detailParts: [],
    });
    expect(draftReads()).toHaveLength(2);
    expect(screen.getByTestId('editor-base').textContent).toBe('Từ phiên bản 3');
    expect(await screen.findByText('Bản nháp đã theo phiên bản 3; đã lấy 2 thay đổi')).toBeTruthy();
  });

  it('reads the changes again when a later version appeared meanwhile', async () => {
    await openEditor({ latestVersion: 3 });
    const take = await openDrawer();
    scripted.push({
      method: 'POST',
      suffix: '/update',
      answer: problem(409, 'TEMPLATE_DRAFT_OUTDATED', 'Phiên bản 4 đã được đăng.'),
    });
    const reads = () => calls.filter((call) => call.method === 'GET' && call.path === `${base}/update`);
    expect(reads()).toHaveLength(1);
    fireEvent.click(take);
    expect(await screen.findByText('Phiên bản 4 đã được đăng.')).toBeTruthy();
    await waitFor(() => expect(reads()).toHaveLength(2));
    expect(draftReads()).toHaveLength(1);
  });

  it('closes and loads the draft when another expert brought it onto the version first, with no Retry', async () => {
    await openEditor({ latestVersion: 3 });
    scripted.push({
      method: 'GET',
      suffix: '/update',
      answer: problem(409, 'TEMPLATE_DRAFT_CURRENT', 'Bản nháp đã theo phiên bản mới nhất của mẫu.'),
    });
    draft = { ...draft, baseVersion: 3, process: { ...draft.process, revision: 4 } };
    await waitFor(() => expect(screen.getByTestId('designer-save-state')).toBeTruthy());
    fireEvent.click(screen.getByTestId('draft-update-open'));
    expect(
      await screen.findByText(
        'Bản nháp đã được đưa lên phiên bản mới nhất (có thể bởi chuyên gia khác). Đã tải lại bản nháp.',
        {},
        { timeout: 8000 },
      ),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('draft-update-notice')).toBeNull());
    expect(screen.queryByTestId('draft-update-drawer')).toBeNull();
    expect(screen.queryByText('Thử lại')).toBeNull();
    expect(screen.queryByText('Bản nháp đã theo phiên bản mới nhất của mẫu.')).toBeNull();
    expect(draftReads()).toHaveLength(2);
    expect(screen.getByTestId('editor-base').textContent).toBe('Từ phiên bản 3');
  });

  it('says in the drawer when the choices are too large, keeps them, and takes fewer', async () => {
    await openEditor({ latestVersion: 3 });
    const take = await openDrawer();
    const tooLarge = 'Lấy các thay đổi đã chọn sẽ làm bản nháp vượt giới hạn của một mẫu.';
    scripted.push({
      method: 'POST',
      suffix: '/update',
      answer: problem(422, 'TEMPLATE_UPDATE_TOO_LARGE', tooLarge, '/detailParts'),
    });
    fireEvent.click(take);
    const refused = await screen.findByTestId('draft-update-refused');
    expect(within(refused).getByText(tooLarge)).toBeTruthy();
    expect(screen.getByTestId('draft-update-drawer')).toBeTruthy();
    expect(screen.getByTestId('template-stage-check-hai_che')).toHaveProperty('checked', true);
    expect(screen.getByTestId('draft-part-check-summary')).toHaveProperty('checked', true);
    expect(draftReads()).toHaveLength(1);
    fireEvent.click(screen.getByTestId('draft-part-check-summary'));
    fireEvent.click(take);
    await waitFor(() => expect(screen.queryByTestId('draft-update-notice')).toBeNull());
    const takes = calls.filter((call) => call.method === 'POST' && call.path === `${base}/update`);
    expect(takes.map((call) => (call.body as { detailParts: string[] }).detailParts)).toEqual([
      ['summary'],
      [],
    ]);
  });

  it('loads the draft when a version was published while the publish dialog was open, so the notice shows', async () => {
    await openEditor();
    scripted.push({
      method: 'POST',
      suffix: '/publish',
      answer: problem(409, 'TEMPLATE_DRAFT_OUTDATED', 'Phiên bản 3 đã được đăng sau khi bản nháp này mở.'),
    });
    const publish = screen.getByTestId('editor-publish');
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(publish);
    expect((await screen.findByRole('dialog')).textContent).toContain('Đăng phiên bản 3');
    fireEvent.change(screen.getByTestId('publish-note-vi'), { target: { value: 'Sửa' } });
    fireEvent.change(screen.getByTestId('publish-note-en'), { target: { value: 'Fix' } });
    draft = { ...draft, latestVersion: 3 };
    fireEvent.click(screen.getByTestId('publish-submit'));
    expect(await screen.findByTestId('draft-update-notice')).toBeTruthy();
    expect(draftReads()).toHaveLength(2);
    expect(location()).toBe(`/templates/manage/drafts/${draftId}`);
  });
});

describe('a publish refusal without a place to fix', { timeout: 30_000 }, () => {
  it.each([
    ['', 409, 'TEMPLATE_UNCHANGED', 'Bản nháp không khác phiên bản 2.'],
    ['/key', 409, 'TEMPLATE_KEY_TAKEN', 'Khoá mẫu đã có.'],
  ])('at %o says no "Where" and offers no tab to go to', async (path, status, code, detail) => {
    await openEditor();
    scripted.push({ method: 'POST', suffix: '/publish', answer: problem(status, code, detail, path) });
    const publish = screen.getByTestId('editor-publish');
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(publish);
    fireEvent.change(await screen.findByTestId('publish-note-vi'), { target: { value: 'Sửa' } });
    fireEvent.change(screen.getByTestId('publish-note-en'), { target: { value: 'Fix' } });
    fireEvent.click(screen.getByTestId('publish-submit'));
    const refusal = await screen.findByTestId('publish-refusal');
    expect(within(refusal).getByTestId('problem-message').textContent).toBe(detail);
    expect(within(refusal).queryByTestId('problem-place')).toBeNull();
    expect(within(refusal).queryByTestId('editor-go-to')).toBeNull();
  });
});

describe('discarding a template draft', { timeout: 30_000 }, () => {
  it('is sent at the revisions the editor saved last', async () => {
    await openEditor();
    fireEvent.click(screen.getByTestId('stage-add-next-dong_goi'));
    await waitFor(() => expect(draft.process.revision).toBe(4), { timeout: 3000 });
    await waitFor(() =>
      expect(screen.getByTestId('editor-publish').getAttribute('aria-disabled')).toBe('false'),
    );
    fireEvent.click(screen.getByTestId('editor-discard'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(location()).toBe('/templates/manage'), { timeout: 3000 });
    const discard = calls.find((call) => call.method === 'DELETE' && call.path === base);
    expect(discard?.query).toEqual({ processRevision: '4', detailsRevision: '5' });
  });

  it('says who changed the draft when refused, loads their draft and stays in the editor', async () => {
    await openEditor();
    scripted.push({
      method: 'DELETE',
      suffix: '',
      answer: problem(409, 'TEMPLATE_DRAFT_CONFLICT', 'Minh đã sửa bản nháp mẫu này lúc 08:10.'),
    });
    fireEvent.click(screen.getByTestId('editor-discard'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    const refusal = 'Minh đã sửa bản nháp mẫu này lúc 08:10.';
    expect(await screen.findByText(refusal, {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('Chưa bỏ được bản nháp. Bản nháp đã được tải lại.')).toBeTruthy();
    await waitFor(() => expect(draftReads()).toHaveLength(2));
    expect(location()).toBe(`/templates/manage/drafts/${draftId}`);
    await waitFor(() => expect(screen.queryByTestId('confirm-ok')).toBeNull());
  });
});

describe('the words and rules of a draft update', () => {
  const saved: DesignerStatus = { saveState: 'saved', problemCount: 0, checking: false, stages: [] };

  it('is outdated only when a version above its base exists, and publishes one past the newest', () => {
    expect(newerVersion({ baseVersion: 2, latestVersion: 3 })).toBe(3);
    expect(newerVersion({ baseVersion: 2, latestVersion: 2 })).toBeNull();
    expect(newerVersion({ baseVersion: null, latestVersion: null })).toBeNull();
    expect(nextVersionNumber({ baseVersion: 2, latestVersion: 4 })).toBe(5);
    expect(nextVersionNumber({ baseVersion: null, latestVersion: null })).toBe(1);
  });

  it('takes a version only with every tab and the process saved', () => {
    const clean = { details: false, catalogs: false };
    expect(takeUpdateBlocker(saved, clean)).toBeNull();
    expect(takeUpdateBlocker(saved, { details: true, catalogs: false })).toBe(
      'templateEditor.updateSaveDetails',
    );
    expect(takeUpdateBlocker(saved, { details: false, catalogs: true })).toBe(
      'templateEditor.updateSaveCatalogs',
    );
    expect(takeUpdateBlocker({ ...saved, saveState: 'dirty' }, clean)).toBe(
      'templateEditor.updateSaveProcess',
    );
    expect(takeUpdateBlocker(null, clean)).toBe('templateEditor.updateSaveProcess');
  });

  it('pre-checks the parts not taken and not edited here, and sends the chosen ones in order', () => {
    expect([...preselectedDetailParts(update.details)]).toEqual(['summary']);
    const chosen = new Set(['stageNote:cham_soc', 'catalog:ho_trong', 'summary', 'gone']);
    expect(chosenDetailParts(update.details, chosen)).toEqual(['summary', 'catalog:ho_trong']);
  });

  it('names a catalog or stage the draft no longer has by its key', () => {
    const te = (key: string, params?: Record<string, unknown>) => `${key}:${JSON.stringify(params ?? {})}`;
    const names = { catalogs: [], stages: [] };
    const gone: TemplateDraftDetailChange = {
      id: 'catalog:may',
      part: 'catalog',
      key: 'may',
      name: null,
      change: 'added',
      taken: false,
      editedHere: false,
    };
    expect(detailPartLabel(gone, names, 'vi', te)).toBe('templateEditor.partCatalog:{"name":"may"}');
  });

  it("names a catalog or stage by the server's name first, then the draft's, and never by a stage id", () => {
    const te = (key: string, params?: Record<string, unknown>) => `${key}:${JSON.stringify(params ?? {})}`;
    const names = {
      catalogs: [{ key: 'may', name: { vi: 'Máy cũ', en: 'Old machines' } }],
      stages: [{ id: 's-1', key: 'hai', name: { vi: 'Hái', en: 'Pick' } }],
    };
    const part = (over: Partial<TemplateDraftDetailChange>): TemplateDraftDetailChange => ({
      id: 'x',
      part: 'catalog',
      key: 'may',
      name: null,
      change: 'changed',
      taken: false,
      editedHere: false,
      ...over,
    });
    const named = part({ name: { vi: 'Máy sao', en: 'Roasters' } });
    expect(detailPartLabel(named, names, 'en', te)).toBe('templateEditor.partCatalog:{"name":"Roasters"}');
    expect(detailPartLabel(part({}), names, 'vi', te)).toBe('templateEditor.partCatalog:{"name":"Máy cũ"}');
    const note = part({ part: 'stageNote', key: '3f2a9c1e-added', name: { vi: 'Ủ héo', en: 'Wither' } });
    expect(detailPartLabel(note, names, 'vi', te)).toBe('templateEditor.partStageNote:{"name":"Ủ héo"}');
    const ours = part({ part: 'stageNote', key: 's-1' });
    expect(detailPartLabel(ours, names, 'en', te)).toBe('templateEditor.partStageNote:{"name":"Pick"}');
    const unknown = part({ part: 'stageNote', key: '3f2a9c1e-added' });
    expect(detailPartLabel(unknown, names, 'vi', te)).toBe('templateEditor.partStageNoteUnnamed:{}');
  });
});
