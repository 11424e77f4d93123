import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import {
  catalogId,
  createFakeCatalogApi,
  fakeCatalog,
  fakeItem,
  problemAnswer,
} from './testing/fake-catalog-api';
import { renderCatalogScreens } from './testing/render-catalogs';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const farmers = [
  fakeItem(1, { ho_ten: 'Nguyễn Văn An', ma_ho: 'H01', thon: 'Tân Cương' }),
  fakeItem(2, { ho_ten: 'Trần Thị Bình', ma_ho: 'H02' }),
];

function serve(role: 'owner' | 'viewer', catalog = fakeCatalog({ itemCount: 2 }), items = [...farmers]) {
  const api = createFakeCatalogApi(fakeSession(role), {
    catalogs: [catalog],
    items,
    products: [],
    importReport: {
      mode: 'preview',
      rows: 50,
      valid: 48,
      invalid: 2,
      imported: 0,
      errors: [
        { line: 8, column: 'Diện tích', field: 'dien_tich', message: '"abc" không phải là số' },
        { line: 24, column: 'Mã hộ', field: 'ma_ho', message: 'Cần điền mục này' },
      ],
      errorsTruncated: false,
    },
  });
  server.fetch = api.fetch;
  renderCatalogScreens(`/catalogs/${catalogId}`, fakeSession(role));
  return api;
}

describe('one catalog', { timeout: 30_000 }, () => {
  it('lists items with their fields and searches on the server', async () => {
    const api = serve('owner');
    const first = await screen.findByTestId('item-row-0');
    expect(within(first).getByText('H01 · Nguyễn Văn An')).toBeTruthy();
    expect(within(first).getByText('Tân Cương')).toBeTruthy();
    fireEvent.change(screen.getByTestId('item-search'), { target: { value: 'binh' } });
    await waitFor(() => expect(api.calls.some((call) => call.query.get('q') === 'binh')).toBe(true));
    await waitFor(() => expect(screen.queryByTestId('item-row-1')).toBeNull());
  });

  it('adds an item through the clerk form and shows the server’s field errors', async () => {
    const api = serve('owner', fakeCatalog(), []);
    expect((await screen.findByTestId('items-empty')).textContent).toContain('Nhập CSV');
    fireEvent.click(screen.getByTestId('item-add'));
    const drawer = await screen.findByTestId('item-form');
    fireEvent.change(await within(drawer).findByLabelText(/Họ và tên/), {
      target: { value: 'Lê Văn Cường' },
    });
    fireEvent.change(within(drawer).getByLabelText(/Mã hộ/), { target: { value: 'H09' } });
    api.answerOnce(
      'POST',
      /\/items$/,
      problemAnswer(422, 'CATALOG_ITEM_INVALID', 'Mục danh mục chưa hợp lệ', {
        errors: [{ path: '/data/ma_ho', message: 'Mã hộ đã có' }],
      }),
    );
    fireEvent.click(screen.getByTestId('item-submit'));
    expect((await screen.findByTestId('item-server-errors')).textContent).toContain('Mã hộ: Mã hộ đã có');
    fireEvent.click(screen.getByTestId('item-submit'));
    await waitFor(() => expect(api.callsTo('POST', /\/items$/)).toHaveLength(2));
    expect(api.callsTo('POST', /\/items$/)[1]?.body).toEqual({
      data: { ho_ten: 'Lê Văn Cường', ma_ho: 'H09' },
    });
    expect(await screen.findByText('H09 · Lê Văn Cường')).toBeTruthy();
  });

  it('previews a CSV import with per-row errors, then imports the valid rows only', async () => {
    const api = serve('owner');
    fireEvent.click(await screen.findByTestId('catalog-import'));
    const input = await screen.findByTestId('catalog-import-file');
    const file = new File(['Mã hộ,Họ và tên\nH10,An\n'], 'nong-ho.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    const preview = await screen.findByTestId('catalog-import-preview');
    expect(preview.textContent).toContain('50 dòng: 48 hợp lệ, 2 có lỗi.');
    expect(within(preview).getByText('24')).toBeTruthy();
    expect(within(preview).getByText('"abc" không phải là số')).toBeTruthy();
    expect(api.callsTo('POST', /\/import$/)[0]?.query.get('mode')).toBe('preview');
    fireEvent.click(screen.getByTestId('catalog-import-valid-only'));
    await waitFor(() => expect(api.callsTo('POST', /\/import$/)).toHaveLength(2));
    expect(api.callsTo('POST', /\/import$/)[1]?.query.get('mode')).toBe('valid-only');
    expect(await screen.findByText('Đã nhập 48 mục.')).toBeTruthy();
  });

  it('shows the server’s conflict message when the form was changed elsewhere', async () => {
    const api = serve('owner');
    fireEvent.click(await screen.findByTestId('catalog-edit-form'));
    api.answerOnce(
      'PATCH',
      /\/catalogs\/[^/]+$/,
      problemAnswer(409, 'EDIT_CONFLICT', 'Người khác vừa sửa danh mục này.'),
    );
    fireEvent.click(await screen.findByTestId('catalog-form-save'));
    expect((await screen.findByTestId('catalog-form-conflict')).textContent).toBe(
      'Người khác vừa sửa danh mục này.',
    );
  });

  it('lets a viewer of a shared catalog read but not write', async () => {
    serve('viewer', fakeCatalog({ own: false, shared: true, ownerName: 'Trung tâm Khuyến nông' }));
    await screen.findByTestId('item-row-0');
    expect(screen.getByTestId('catalog-read-only').textContent).toContain('Trung tâm Khuyến nông');
    expect(screen.queryByTestId('item-add')).toBeNull();
    expect(screen.queryByTestId('catalog-import')).toBeNull();
    expect(screen.getByTestId('item-edit-0').textContent).toBe('Xem');
  });
});
