import type { SaveTemplateDraftDetailsBody, TemplateDraftView } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeTemplateView, fakeVersion, templateId } from '../../templates/testing/template-fixtures';
import { contractFetch, type FakeAnswer, type FakeRequest } from '../../test/whole-app';
import { forgetKept } from './details-kept-state';
import { draftId, fakeTemplateDraft } from './draft-fixtures';
import { templatePublishBlocker } from './editor-header';
import { renderTemplateEditor } from './editor-render';

// How the editor page joins its parts: the designer's process, the tabs' answers, their unsaved edits.

// the API client binds fetch when the module loads: the stand-in is in place before it
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

// happy-dom has no document.fonts; Mantine's autosizing textareas listen on it
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });

let draft: TemplateDraftView;
const calls: FakeRequest[] = [];
const base = `/api/v1/template-drafts/${draftId}`;
/** Holds back GET answers of the draft until released (answers coming back out of order). */
const heldGets: Array<() => void> = [];
let holdGets = false;

function answer(request: FakeRequest): FakeAnswer {
  calls.push(request);
  const { method, path, body } = request;
  if (method === 'GET' && path === base) return { status: 200, body: structuredClone(draft) };
  if (method === 'GET' && path === `/api/v1/templates/${templateId(1)}`)
    return { status: 200, body: fakeTemplateView(fakeVersion(2)) };
  if (method === 'PUT' && path === `${base}/details`) {
    const { revision, details } = body as SaveTemplateDraftDetailsBody;
    draft = { ...draft, details: { ...draft.details, ...details, revision: revision + 1 } };
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
  if (method === 'POST' && path === `${base}/publish`)
    return { status: 201, body: fakeTemplateView(fakeVersion(3)) };
  throw new Error(`unexpected ${method} ${path}`);
}

async function openEditor(overrides: Partial<TemplateDraftView> = {}) {
  draft = fakeTemplateDraft(overrides);
  await renderTemplateEditor();
}

const publishButton = () => screen.getByTestId('editor-publish');
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

/** Saves the details tab with one edit, as the expert does. */
async function saveDetails(summaryEn: string) {
  fireEvent.click(screen.getByTestId('editor-tab-details'));
  type('details-summary-en', summaryEn);
  fireEvent.click(screen.getByTestId('details-save'));
  await waitFor(() => expect(screen.getByTestId('details-state').textContent).toBe('Đã lưu hết'));
}

async function publish() {
  await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('false'));
  fireEvent.click(publishButton());
  fireEvent.change(await screen.findByTestId('publish-note-vi'), { target: { value: 'Sửa' } });
  fireEvent.change(screen.getByTestId('publish-note-en'), { target: { value: 'Fix' } });
  fireEvent.click(screen.getByTestId('publish-submit'));
  await waitFor(() => expect(calls.some((call) => call.path.endsWith('/publish'))).toBe(true));
  return calls.find((call) => call.path.endsWith('/publish'))?.body;
}

beforeEach(() => {
  forgetKept();
  calls.length = 0;
  heldGets.length = 0;
  holdGets = false;
  const fetch = contractFetch(answer);
  server.fetch = async (input, init) => {
    const response = await fetch(String(input), init ?? {});
    const held = holdGets && (init?.method ?? 'GET') === 'GET' && String(input).endsWith(base);
    if (held) await new Promise<void>((release) => heldGets.push(release));
    return response;
  };
});

describe('the template editor page and its parts', { timeout: 30_000 }, () => {
  it("publishes at the designer's process revision, not at another expert's newer one a details answer carries", async () => {
    await openEditor();
    // another expert saves the process meanwhile
    draft = { ...draft, process: { ...draft.process, revision: 7 } };
    await saveDetails('A summary');
    expect(await publish()).toMatchObject({ processRevision: 3, detailsRevision: 6 });
  });

  it("takes the server's problems for the designer's revision: a missing catalog added elsewhere no longer blocks", async () => {
    const stage = fakeTemplateDraft().process.definition.stages.find((item) => item.key === 'chon_doi');
    const missing = {
      code: 'TEMPLATE_UNKNOWN_CATALOG',
      stageId: stage?.id ?? '',
      edgeId: null,
      path: '/ho',
      message: 'Mẫu chưa có danh mục giong.',
    };
    await openEditor({ process: { ...fakeTemplateDraft().process, problems: [missing] } });
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('true'));
    expect(screen.getByText('Mẫu chưa có danh mục giong.')).toBeTruthy();
    // the server checks the process against the catalogs as they are after this save
    draft = { ...draft, process: { ...draft.process, problems: [] } };
    await saveDetails('A summary');
    // a hidden tab's effects wait (Mantine keeps tabs mounted in an Activity): the designer takes them when shown
    fireEvent.click(screen.getByTestId('editor-tab-process'));
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('false'));
    expect(screen.queryByText('Mẫu chưa có danh mục giong.')).toBeNull();
  });

  it('unblocks Publish right after the missing catalog is added on the Catalogs tab, the Process tab hidden', async () => {
    const stage = fakeTemplateDraft().process.definition.stages.find((item) => item.key === 'chon_doi');
    const missing = {
      code: 'TEMPLATE_UNKNOWN_CATALOG',
      stageId: stage?.id ?? '',
      edgeId: null,
      path: '/ho',
      message: 'Mẫu chưa có danh mục giong.',
    };
    await openEditor({ process: { ...fakeTemplateDraft().process, problems: [missing] } });
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('true'));
    fireEvent.click(screen.getByTestId('editor-tab-catalogs'));
    // the server checks the process against the catalogs as they are after the catalogs save
    draft = { ...draft, process: { ...draft.process, problems: [] } };
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    type('catalog-name-en', 'Growers');
    fireEvent.click(screen.getByTestId('catalog-save'));
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('false'));
    expect(screen.getByTestId('editor-tab-catalogs').getAttribute('aria-selected')).toBe('true');
  });

  it('blocks Publish again when a catalogs save leaves the saved process with a problem', async () => {
    await openEditor();
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(screen.getByTestId('editor-tab-catalogs'));
    const missing = {
      code: 'TEMPLATE_UNKNOWN_CATALOG',
      stageId: null,
      edgeId: null,
      path: '/ho',
      message: 'Thiếu.',
    };
    draft = { ...draft, process: { ...draft.process, problems: [missing] } };
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    type('catalog-name-en', 'Growers');
    fireEvent.click(screen.getByTestId('catalog-save'));
    await waitFor(() =>
      expect(screen.getByTestId('editor-tab-catalogs').getAttribute('aria-selected')).toBe('true'),
    );
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('true'));
  });

  it('blocks Publish while the Details or a catalog form has unsaved edits, until they are saved', async () => {
    await openEditor();
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(screen.getByTestId('editor-tab-details'));
    type('details-summary-en', 'Typed, not saved');
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('true'));
    fireEvent.click(publishButton());
    expect(screen.queryByTestId('publish-note-vi')).toBeNull();
    fireEvent.click(screen.getByTestId('details-save'));
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('false'));

    fireEvent.click(screen.getByTestId('editor-tab-catalogs'));
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    type('catalog-name-en', 'Growers');
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('true'));
    // leaving the catalog keeps its edits: still unsaved
    fireEvent.click(screen.getByTestId('catalog-back'));
    expect(publishButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    fireEvent.click(screen.getByTestId('catalog-save'));
    await waitFor(() => expect(publishButton().getAttribute('aria-disabled')).toBe('false'));
  });

  it('says which tab to save first, in Vietnamese and English', () => {
    const saved = { checking: false, saveState: 'saved' as const, problemCount: 0, stages: [] };
    const clean = { problems: [] };
    expect(templatePublishBlocker(saved, { details: true, catalogs: false }, clean)).toBe(
      'templateEditor.blockedDetails',
    );
    expect(templatePublishBlocker(saved, { details: false, catalogs: true }, clean)).toBe(
      'templateEditor.blockedCatalogs',
    );
    expect(templatePublishBlocker(saved, { details: false, catalogs: false }, clean)).toBeNull();
  });

  it("ignores a check answer read before the page's latest process revision", async () => {
    await openEditor();
    holdGets = true;
    draft = { ...draft, check: { code: 'TEMPLATE_FORM_INVALID', message: 'Cũ rồi.', path: '/process' } };
    fireEvent.click(screen.getByTestId('stage-add-next-dong_goi'));
    await waitFor(() => expect(heldGets).toHaveLength(1), { timeout: 3000 });
    // the second save's GET answers first, with no check; the first one's comes back last, older
    draft = { ...draft, check: null };
    fireEvent.click(screen.getByTestId('stage-add-next-dong_goi'));
    await waitFor(() => expect(heldGets).toHaveLength(2), { timeout: 3000 });
    heldGets[1]?.();
    heldGets[0]?.();
    await waitFor(() => expect(draft.process.revision).toBe(5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('editor-check')).toBeNull();
  });
});
