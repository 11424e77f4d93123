import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeCatalogApi, fakeCatalog } from './testing/fake-catalog-api';
import { renderCatalogScreens } from './testing/render-catalogs';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

function serve(role: 'owner' | 'viewer', catalogs = [fakeCatalog()]) {
  const api = createFakeCatalogApi(fakeSession(role), { catalogs, items: [], products: [] });
  server.fetch = api.fetch;
  renderCatalogScreens('/catalogs', fakeSession(role));
  return api;
}

describe('catalogs list', { timeout: 30_000 }, () => {
  it('shows own and shared catalogs with their item counts and owners', async () => {
    serve('owner', [
      fakeCatalog({ itemCount: 12 }),
      fakeCatalog({
        id: '00000000-0000-4000-8000-0000000000c9',
        name: { vi: 'Thuốc BVTV được phép', en: '' },
        shared: true,
        own: false,
        ownerName: 'Trung tâm Khuyến nông',
        itemCount: 480,
      }),
    ]);
    const own = await screen.findByTestId('catalog-row-0');
    expect(within(own).getByText('Nông hộ')).toBeTruthy();
    expect(within(own).getByText('12')).toBeTruthy();
    const shared = screen.getByTestId('catalog-row-1');
    expect(within(shared).getByText('Dùng chung')).toBeTruthy();
    expect(within(shared).getByText('Trung tâm Khuyến nông')).toBeTruthy();
  });

  it('tells an owner what to do first, and creates a Plots catalog from its template', async () => {
    const api = serve('owner', []);
    expect((await screen.findByTestId('catalogs-empty')).textContent).toContain('Tạo danh mục');
    fireEvent.click(screen.getByTestId('catalog-create'));
    fireEvent.click(await screen.findByTestId('catalog-template-plots'));
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('catalog-name-vi').value).toBe('Thửa đất'),
    );
    fireEvent.click(screen.getByTestId('catalog-create-submit'));
    await waitFor(() => expect(api.callsTo('POST', /^\/api\/v1\/catalogs$/)).toHaveLength(1));
    const body = api.callsTo('POST', /^\/api\/v1\/catalogs$/)[0]?.body;
    expect(body).toMatchObject({
      name: { vi: 'Thửa đất', en: 'Plots' },
      labelFields: ['ma_thua', 'cay_trong'],
    });
    expect(JSON.stringify(body)).toContain('dien_tich');
    expect(await screen.findByTestId('item-add')).toBeTruthy();
  });

  it('asks for a name before creating', async () => {
    const api = serve('owner', []);
    fireEvent.click(await screen.findByTestId('catalog-create'));
    fireEvent.click(await screen.findByTestId('catalog-create-submit'));
    expect(await screen.findByText('Cần điền mục này.')).toBeTruthy();
    expect(api.callsTo('POST', /^\/api\/v1\/catalogs$/)).toHaveLength(0);
  });

  it('shows viewers the list read-only', async () => {
    serve('viewer');
    await screen.findByTestId('catalog-row-0');
    expect(screen.getByTestId('catalogs-read-only')).toBeTruthy();
    expect(screen.queryByTestId('catalog-create')).toBeNull();
  });
});
