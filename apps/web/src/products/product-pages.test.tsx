import type { ProductView } from '@nguon/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeCatalogApi, problemAnswer } from '../catalogs/testing/fake-catalog-api';
import { renderCatalogScreens } from '../catalogs/testing/render-catalogs';
import { fakeSession } from '../processes/testing/fake-process-api';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const tea: ProductView = {
  id: '00000000-0000-4000-8000-0000000000d1',
  name: { vi: 'Chè Tân Cương', en: '' },
  sku: 'CHE-01',
  productType: 'tea',
  description: { vi: '', en: '' },
  imageIds: [],
  netQuantity: { value: 200, unit: 'g' },
  shelfLifeDays: 365,
  storage: { vi: '', en: '' },
  country: 'VN',
  province: null,
  gtin: '08934567800006',
  gs1CompanyPrefix: null,
  certifications: [
    {
      kind: 'vietgap',
      number: 'VG-1',
      issuer: 'TT',
      validFrom: '2023-01-01',
      validTo: '2024-01-01',
      documentFileId: null,
      expired: true,
    },
  ],
  processId: null,
  lotCodePattern: null,
  publicFields: ['name'],
  archived: false,
  revision: 1,
  createdAt: '2025-03-01T08:00:00Z',
  updatedAt: '2025-03-01T08:00:00Z',
};

function serve(role: 'owner' | 'viewer', products: ProductView[], path = '/products') {
  const api = createFakeCatalogApi(fakeSession(role), { catalogs: [], items: [], products });
  server.fetch = api.fetch;
  renderCatalogScreens(path, fakeSession(role));
  return api;
}

async function chooseOption(testId: string, label: string) {
  const input = screen.getByTestId(testId);
  fireEvent.focus(input);
  fireEvent.click(input);
  fireEvent.click(await screen.findByRole('option', { name: label, hidden: true }));
}

describe('products', { timeout: 30_000 }, () => {
  it('lists products with expired certifications flagged; viewers cannot add', async () => {
    serve('viewer', [tea]);
    const row = await screen.findByTestId('product-row-0');
    expect(within(row).getByText('Chè Tân Cương')).toBeTruthy();
    expect(within(row).getByText('VietGAP · Hết hạn')).toBeTruthy();
    expect(screen.queryByTestId('product-create')).toBeNull();
    expect(screen.getByTestId('products-read-only')).toBeTruthy();
  });

  it('creates a product, showing the server’s check-digit message on the GTIN field', async () => {
    const api = serve('owner', []);
    expect((await screen.findByTestId('products-empty')).textContent).toContain('Thêm sản phẩm');
    fireEvent.click(screen.getByTestId('product-create'));
    fireEvent.change(await screen.findByTestId('product-name-vi'), { target: { value: 'Gạo ST25' } });
    fireEvent.change(screen.getByTestId('product-sku'), { target: { value: 'ST25-5KG' } });
    await chooseOption('product-type', 'Lúa gạo');
    fireEvent.change(screen.getByTestId('product-gtin'), { target: { value: '8934567800004' } });
    fireEvent.click(screen.getByTestId('product-cert-add'));
    fireEvent.change(screen.getByTestId('product-cert-number-0'), { target: { value: 'VG-123' } });
    fireEvent.change(screen.getByTestId('product-cert-issuer-0'), { target: { value: 'Trung tâm' } });
    // typed day first, as in Vietnam, whatever the browser's locale
    fireEvent.change(screen.getByTestId('product-cert-from-0'), { target: { value: '15/01/2025' } });
    const message = 'Mã GTIN 8934567800004 sai số kiểm tra: chữ số cuối phải là 6.';
    api.answerOnce(
      'POST',
      /^\/api\/v1\/products$/,
      problemAnswer(400, 'GTIN_CHECK_DIGIT', message, { path: '/gtin' }),
    );
    fireEvent.click(screen.getByTestId('product-submit'));
    await waitFor(() => expect(screen.getByTestId('product-gtin').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText(message).length).toBeGreaterThan(0);
    const body = api.callsTo('POST', /^\/api\/v1\/products$/)[0]?.body;
    expect(body).toMatchObject({
      name: { vi: 'Gạo ST25', en: '' },
      sku: 'ST25-5KG',
      productType: 'rice',
      gtin: '8934567800004',
      certifications: [
        { kind: 'vietgap', number: 'VG-123', issuer: 'Trung tâm', validFrom: '2025-01-15', validTo: null },
      ],
    });
  });

  it('refuses to send a product without its required fields', async () => {
    const api = serve('owner', [], '/products/new');
    fireEvent.click(await screen.findByTestId('product-submit'));
    expect((await screen.findAllByText('Cần điền mục này.')).length).toBe(3);
    expect(api.callsTo('POST', /^\/api\/v1\/products$/)).toHaveLength(0);
  });
});
