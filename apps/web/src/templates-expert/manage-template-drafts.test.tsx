import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../test/render-routes';
import { contractFetch, type FakeAnswer, type FakeRequest } from '../test/whole-app';
import { draftId, fakeDraftSummary, fakeTemplateDraft } from './editor/draft-fixtures';
import { ManageTemplatesPage } from './manage-templates-page';
import { expertSession, teaTemplate, templateId } from './template-fixtures';

// the API client binds fetch when the module loads: the stand-in is in place before it
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const calls: FakeRequest[] = [];
const newDraftId = '00000000-0000-4000-8000-00000000d002';

const outdatedId = '00000000-0000-4000-8000-00000000d002';

function answer(request: FakeRequest): FakeAnswer {
  calls.push(request);
  const { method, path } = request;
  if (method === 'GET' && path === '/api/v1/templates')
    return { status: 200, body: { items: [teaTemplate] } };
  if (method === 'GET' && path === `/api/v1/templates/${templateId}/versions`)
    return { status: 200, body: { items: [] } };
  if (method === 'GET' && path === '/api/v1/template-drafts')
    return {
      status: 200,
      body: {
        items: [
          fakeDraftSummary({ baseVersion: null, latestVersion: null, templateId: null }),
          fakeDraftSummary({ id: outdatedId, key: 'lua-vietgap', baseVersion: 1, latestVersion: 2 }),
        ],
      },
    };
  if (method === 'POST' && path === '/api/v1/template-drafts')
    return {
      status: 201,
      body: fakeTemplateDraft({ id: newDraftId, key: 'lua-vietgap', baseVersion: null, templateId: null }),
    };
  if (method === 'POST' && path === `/api/v1/templates/${templateId}/draft`)
    return { status: 200, body: fakeTemplateDraft() };
  throw new Error(`unexpected ${method} ${path}`);
}

const routes = (
  <>
    <Route path="/templates/manage" element={<ManageTemplatesPage />} />
    <Route path="/templates/manage/drafts/:id" element={<p>editor</p>} />
  </>
);

const location = () => screen.getByTestId('location').textContent;

beforeEach(() => {
  calls.length = 0;
  const fetch = contractFetch(answer);
  server.fetch = (input, init) => fetch(String(input), init ?? {});
});

describe('templates written in the app, from the managing page', () => {
  it('checks the new template dialog before sending, then creates the draft and opens it', async () => {
    renderRoutes('/templates/manage', expertSession(), routes);
    fireEvent.click(await screen.findByTestId('template-create'));
    fireEvent.change(await screen.findByTestId('new-template-key'), { target: { value: 'Lúa VietGAP' } });
    fireEvent.click(screen.getByTestId('new-template-submit'));
    expect(await screen.findByText('Mã chưa đúng dạng, ví dụ “lua-vietgap”')).toBeTruthy();
    expect(screen.getByText('Hãy chọn loại sản phẩm')).toBeTruthy();
    expect(screen.getByText('Hãy nhập tên tiếng Việt')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByTestId('new-template-key'), { target: { value: 'lua-vietgap' } });
    fireEvent.click(screen.getByTestId('new-template-type'));
    fireEvent.click(await screen.findByRole('option', { name: 'Lúa gạo', hidden: true }));
    fireEvent.change(screen.getByTestId('new-template-name-vi'), { target: { value: 'Lúa VietGAP' } });
    fireEvent.click(screen.getByTestId('new-template-submit'));
    await waitFor(() => expect(location()).toBe(`/templates/manage/drafts/${newDraftId}`));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      key: 'lua-vietgap',
      productType: 'rice',
      name: { vi: 'Lúa VietGAP', en: '' },
    });
  });

  it('opens a template in the editor, and lists the drafts being written', async () => {
    renderRoutes('/templates/manage', expertSession(), routes);
    const row = await screen.findByTestId('template-draft-che-shan-tuyet');
    expect(row.textContent).toContain('Mẫu mới');
    expect(row.textContent).toContain('bởi Hà');
    expect(within(row).queryByTestId('template-draft-outdated-che-shan-tuyet')).toBeNull();
    // a version published since the draft was opened from its base
    expect(screen.getByTestId('template-draft-outdated-lua-vietgap').textContent).toBe(
      'Đã có phiên bản 2 mới đăng',
    );
    expect(within(row).getByTestId('template-draft-open-che-shan-tuyet').getAttribute('href')).toBe(
      `/templates/manage/drafts/${draftId}`,
    );
    const card = await screen.findByTestId('template-card-che-shan-tuyet');
    fireEvent.click(within(card).getByTestId(`template-edit-${templateId}`));
    await waitFor(() => expect(location()).toBe(`/templates/manage/drafts/${draftId}`));
    expect(
      calls.some((call) => call.method === 'POST' && call.path === `/api/v1/templates/${templateId}/draft`),
    ).toBe(true);
  });
});
