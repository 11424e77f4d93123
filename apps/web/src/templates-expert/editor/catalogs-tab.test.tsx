import type { SaveTemplateDraftDetailsBody, TemplateDraftView } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { inProcessValidatorFactory } from '../../form-renderer/in-process-validator';
import { FormValidatorFactoryContext } from '../../form-renderer/use-form-validator';
import { renderRoutes } from '../../test/render-routes';
import { contractFetch, type FakeAnswer, type FakeRequest } from '../../test/whole-app';
import { expertSession } from '../template-fixtures';
import { TemplateCatalogsTab } from './catalogs-tab';
import { draftId, FakeEditorPage, fakeDraft } from './details-fixtures';
import { forgetKept } from './details-kept-state';

// the API client binds fetch when the module loads: the stand-in is in place before it
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const saves: SaveTemplateDraftDetailsBody[] = [];
let latest: TemplateDraftView = fakeDraft();
let refuse: FakeAnswer | null = null;

function answer(request: FakeRequest): FakeAnswer {
  if (request.method === 'PUT' && request.path === `/api/v1/template-drafts/${draftId}/details`) {
    const body = request.body as SaveTemplateDraftDetailsBody;
    saves.push(body);
    if (refuse) return refuse;
    latest = { ...latest, details: { ...latest.details, ...body.details, revision: body.revision + 1 } };
    return { status: 200, body: latest };
  }
  if (request.method === 'GET' && request.path === `/api/v1/template-drafts/${draftId}`)
    return { status: 200, body: latest };
  throw new Error(`unexpected ${request.method} ${request.path}`);
}

function renderTab(initial = fakeDraft()) {
  latest = initial;
  return renderRoutes(
    '/t',
    expertSession(),
    <Route
      path="/t"
      element={
        <FormValidatorFactoryContext value={inProcessValidatorFactory}>
          <FakeEditorPage initial={initial} render={(props) => <TemplateCatalogsTab {...props} />} />
        </FormValidatorFactoryContext>
      }
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

// the form builder and the renderer render slowly when the machine is busy: more than the default 5 s is no fault
describe('the template catalogs tab', { timeout: 20_000 }, () => {
  it('lists each catalog with its key, name, fields and samples', () => {
    renderTab();
    const card = screen.getByTestId('catalog-card-ho_trong');
    expect(card.textContent).toContain('Hộ trồng chè');
    expect(card.textContent).toContain('ho_trong');
    expect(card.textContent).toContain('1 trường');
    expect(card.textContent).toContain('2 mục mẫu');
  });

  it('marks the catalog and the sample item the publishing check is about', () => {
    const draft = fakeDraft();
    draft.check = {
      code: 'TEMPLATE_SAMPLE_INVALID',
      message: 'Thiếu họ tên',
      path: '/catalogs/0/samples/1/ten',
    };
    renderTab(draft);
    expect(screen.getByTestId('catalog-problem-ho_trong').textContent).toContain('Thiếu họ tên');
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    const rows = screen.getAllByTestId('sample-row');
    expect(within(rows[0] as HTMLElement).queryByTestId('sample-problem')).toBeNull();
    expect(within(rows[1] as HTMLElement).getByTestId('sample-problem').textContent).toBe('Thiếu họ tên');
  });

  it('adds a catalog with a checked key and opens it; nothing is sent while the key is wrong', async () => {
    renderTab();
    fireEvent.click(screen.getByTestId('catalog-add'));
    type('catalog-add-key', 'Vật tư');
    type('catalog-add-name-vi', 'Vật tư');
    fireEvent.click(screen.getByTestId('catalog-add-submit'));
    expect(await screen.findByText(/Mã chỉ gồm chữ thường không dấu/)).toBeTruthy();
    type('catalog-add-key', 'ho_trong');
    fireEvent.click(screen.getByTestId('catalog-add-submit'));
    expect(await screen.findByText('Mẫu đã có danh mục mã ho_trong.')).toBeTruthy();
    expect(saves).toHaveLength(0);
    type('catalog-add-key', 'vat_tu');
    type('catalog-add-name-en', 'Supplies');
    fireEvent.click(screen.getByTestId('catalog-add-submit'));
    expect(await screen.findByTestId('catalog-editor-vat_tu')).toBeTruthy();
    expect(saves[0]?.revision).toBe(5);
    const sent = saves[0]?.details.catalogs ?? [];
    expect(sent.map((catalog) => catalog.key)).toEqual(['ho_trong', 'vat_tu']);
    expect(sent[1]).toMatchObject({
      name: { vi: 'Vật tư', en: 'Supplies' },
      labelFields: ['ten'],
      samples: [],
    });
    expect(saves[0]?.details.name).toEqual(fakeDraft().details.name);
  });

  it("edits a catalog's item form in the form builder and saves it with its label fields", async () => {
    renderTab();
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    fireEvent.click(await screen.findByTestId('fb-palette-number'));
    type('fb-prop-label-vi', 'Diện tích chè');
    expect(screen.getByTestId('catalog-state').textContent).toBe('Biểu mẫu có thay đổi chưa lưu');
    fireEvent.click(screen.getByTestId('catalog-save'));
    await waitFor(() => expect(saves).toHaveLength(1));
    const [catalog] = saves[0]?.details.catalogs ?? [];
    const properties = Object.values(catalog?.form.schema.properties ?? {});
    expect(JSON.stringify(properties)).toContain('Diện tích chè');
    expect(catalog?.labelFields).toEqual(['ten']);
    expect(catalog?.samples).toEqual(fakeDraft().details.catalogs[0]?.samples);
    await waitFor(() => expect(screen.getByTestId('catalog-state').textContent).toBe('Đã lưu hết'));
  });

  it("adds a sample item through the catalog's own rendered form", async () => {
    renderTab();
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    expect(screen.getAllByTestId('sample-row')).toHaveLength(2);
    fireEvent.click(screen.getByTestId('sample-add'));
    const form = await screen.findByTestId('sample-form');
    const name = await within(form).findByLabelText(/Họ tên/);
    fireEvent.change(name, { target: { value: 'Sùng A Páo' } });
    fireEvent.click(screen.getByTestId('sample-submit'));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.details.catalogs[0]?.samples).toEqual([
      { ten: 'Vàng A Chu' },
      { ten: 'Giàng Thị Say' },
      { ten: 'Sùng A Páo' },
    ]);
    await waitFor(() => expect(screen.getAllByTestId('sample-row')).toHaveLength(3));
  });

  it('deletes a sample item after asking', async () => {
    renderTab();
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    fireEvent.click(screen.getAllByTestId('sample-delete')[0] as HTMLElement);
    fireEvent.click(await screen.findByTestId('sample-delete-confirm'));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.details.catalogs[0]?.samples).toEqual([{ ten: 'Giàng Thị Say' }]);
    await waitFor(() => expect(screen.getAllByTestId('sample-row')).toHaveLength(1));
  });

  it('keeps a refused sample item in its form and shows the server message on its field', async () => {
    refuse = {
      status: 400,
      body: {
        type: 'about:blank',
        title: 'VALIDATION_FAILED',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'Dữ liệu không hợp lệ',
        requestId: 'r1',
        errors: [{ path: '/details/catalogs/0/samples/2/ten', message: 'Tên này đã có' }],
      },
    };
    renderTab();
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    fireEvent.click(screen.getByTestId('sample-add'));
    const form = await screen.findByTestId('sample-form');
    fireEvent.change(await within(form).findByLabelText(/Họ tên/), { target: { value: 'Vàng A Chu' } });
    fireEvent.click(screen.getByTestId('sample-submit'));
    expect(await within(form).findByText('Tên này đã có')).toBeTruthy();
    expect(within(form).getByLabelText<HTMLInputElement>(/Họ tên/).value).toBe('Vàng A Chu');
    expect(screen.getByTestId('sample-drawer')).toBeTruthy();
  });

  it('warns, before deleting a catalog, which stage forms still pick from its key', async () => {
    renderTab();
    fireEvent.click(screen.getByTestId('catalog-delete-ho_trong'));
    const dialog = await screen.findByTestId('catalog-delete-dialog');
    expect(within(dialog).getByTestId('catalog-delete-users').textContent).toContain('Chọn đồi chè');
    expect(saves).toHaveLength(0);
    fireEvent.click(within(dialog).getByTestId('catalog-delete-confirm'));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.details.catalogs).toEqual([]);
    await waitFor(() => expect(screen.queryByTestId('catalog-card-ho_trong')).toBeNull());
  });

  it("after a conflict and a reload, saves only the settings this expert touched over the other's rename", async () => {
    refuse = {
      status: 409,
      body: {
        type: 'about:blank',
        title: 'TEMPLATE_DRAFT_CONFLICT',
        status: 409,
        code: 'TEMPLATE_DRAFT_CONFLICT',
        detail: 'Lan đã sửa bản nháp mẫu này; hãy tải lại.',
        requestId: 'r1',
      },
    };
    renderTab();
    fireEvent.click(screen.getByTestId('catalog-open-ho_trong'));
    type('catalog-name-en', 'Growers');
    fireEvent.click(screen.getByTestId('catalog-save'));
    expect(await screen.findByTestId('details-conflict')).toBeTruthy();
    refuse = null;
    latest = fakeDraft(9);
    const renamed = latest.details.catalogs[0];
    if (renamed) renamed.name = { vi: 'Hộ trồng (Lan đặt)', en: 'Tea households' };
    fireEvent.click(screen.getByTestId('details-reload'));
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('catalog-name-vi').value).toBe('Hộ trồng (Lan đặt)'),
    );
    expect(screen.getByTestId<HTMLInputElement>('catalog-name-en').value).toBe('Growers');
    fireEvent.click(screen.getByTestId('catalog-save'));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]?.revision).toBe(9);
    expect(saves[1]?.details.catalogs[0]?.name).toEqual({ vi: 'Hộ trồng (Lan đặt)', en: 'Growers' });
    await waitFor(() => expect(screen.getByTestId('catalog-state').textContent).toBe('Đã lưu hết'));
  });
});
