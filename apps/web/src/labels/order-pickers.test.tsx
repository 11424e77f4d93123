import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeLot, fakeProduct } from '../lots/testing/lot-fixtures';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLabelApi } from './testing/fake-label-api';
import { batchId, builtInLayoutList } from './testing/label-fixtures';
import { renderLabelScreens } from './testing/render-labels';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

// answers wait for the typing to settle (250 ms) on two shared cores
configure({ asyncUtilTimeout: 4000 });

const numbered = (prefix: string, n: number) => `${prefix}${String(n).padStart(12 - prefix.length, '0')}`;
const honeyId = (n: number) => `00000000-0000-4000-8000-${numbered('9', n)}`;
const lotOfId = (n: number) => `00000000-0000-4000-8000-${numbered('7', n)}`;

/** 150 products: more than one page of the API (at most 100) and than the picker's page. */
const products = Array.from({ length: 150 }, (_, index) =>
  fakeProduct({
    id: honeyId(index + 1),
    name: { vi: `Mật ong rừng số ${index + 1}`, en: `Wild honey no. ${index + 1}` },
    sku: `MO-${String(index + 1).padStart(3, '0')}`,
    gtin: index + 1 === 142 ? '08938500000010' : null,
  }),
);
const product142 = products[141] ?? fakeProduct();

/** 120 lots of product 142, newest first as the server lists them. */
const lots = Array.from({ length: 120 }, (_, index) =>
  fakeLot(1, {
    id: lotOfId(120 - index),
    code: `M26-${String(120 - index).padStart(4, '0')}`,
    productId: product142.id,
    productName: product142.name,
  }),
);

function serve() {
  const api = createFakeLabelApi(fakeSession('owner'), {
    batches: [],
    products,
    lots,
    layouts: builtInLayoutList(),
  });
  server.fetch = api.fetch;
  renderLabelScreens('/labels?order=1', fakeSession('owner'));
  return api;
}

const productInput = () => screen.getByTestId<HTMLInputElement>('label-order-product');
const productAsks = (api: ReturnType<typeof serve>) =>
  api.callsTo('GET', /^\/api\/v1\/products$/).map((call) => call.query.get('q'));

/** Typed by the owner: Mantine takes a change to an input without focus for autofill, not typing. */
async function typeIn(input: HTMLElement, text: string) {
  act(() => input.focus());
  fireEvent.click(input);
  fireEvent.change(input, { target: { value: text } });
}

describe('label order pickers with more products and lots than a page', { timeout: 30_000 }, () => {
  it('asks the server as the owner types, once the typing settles, and keeps the chosen product', async () => {
    const api = serve();
    await screen.findByTestId('label-order-product');
    await waitFor(() => expect(productAsks(api)).toEqual([null]));
    expect(api.callsTo('GET', /^\/api\/v1\/products$/)[0]?.query.get('pageSize')).toBe('50');
    // typed letter by letter, without accents: one question when the owner pauses
    act(() => productInput().focus());
    for (const text of ['m', 'ma', 'mat', 'mat o', 'mat ong 14', 'mat ong 142'])
      fireEvent.change(productInput(), { target: { value: text } });
    fireEvent.click(productInput());
    const option = await screen.findByRole('option', { name: /^Mật ong rừng số 142/, hidden: true });
    expect(productAsks(api)).toEqual([null, 'mat ong 142']);
    const list = option.closest<HTMLElement>('[role="listbox"]');
    expect(list && within(list).getAllByRole('option', { hidden: true })).toHaveLength(1);
    fireEvent.click(option);
    await waitFor(() => expect(productInput().value).toBe('Mật ong rừng số 142'));
    // the sample on the preview is the chosen product's: its GTIN, far beyond the first page
    await waitFor(() =>
      expect(screen.getByTestId('label-order-sample-url').textContent).toMatch(/\/01\/08938500000010\/21\//),
    );
    // and the product field's hint names that URL form, from the same rule the server prints with
    expect(
      screen.getByText(
        'Sản phẩm có GTIN 08938500000010: tem mang địa chỉ GS1 Digital Link /01/08938500000010/21/…, máy quét GS1 đọc được.',
      ),
    ).toBeTruthy();
    // reopened, the list starts again from the first page; the choice stays
    fireEvent.click(productInput());
    expect(await screen.findByRole('option', { name: /^Mật ong rừng số 1 /, hidden: true })).toBeTruthy();
    expect(productInput().value).toBe('Mật ong rừng số 142');
    expect(screen.getByRole('option', { name: /^Mật ong rừng số 142/, hidden: true })).toBeTruthy();
    expect(await screen.findByText('Đang hiện 50 trong 150; gõ thêm để thu hẹp.')).toBeTruthy();
    fireEvent.keyDown(productInput(), { key: 'Escape', code: 'Escape' });
    // the modal re-rendered by other fields: the product stays chosen
    fireEvent.change(screen.getByTestId('label-order-quantity'), { target: { value: '200' } });
    fireEvent.click(within(screen.getByTestId('label-order-kind')).getByText('Một lô'));
    expect(productInput().value).toBe('Mật ong rừng số 142');
    fireEvent.click(within(screen.getByTestId('label-order-kind')).getByText('Sản phẩm'));
    fireEvent.click(screen.getByTestId('label-order-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(`/labels/batches/${batchId(1)}`),
    );
    expect(api.callsTo('POST', /^\/api\/v1\/label-batches$/)[0]?.body).toEqual({
      quantity: 200,
      productId: product142.id,
      layoutKey: 'a4-3x8-70x37',
    });
  });

  it('finds by SKU, chooses with the keyboard, and says plainly when nothing matches', async () => {
    const api = serve();
    const input = await screen.findByTestId('label-order-product');
    await typeIn(input, 'khong co dau');
    expect(await screen.findByText('Không có sản phẩm nào khớp “khong co dau”.')).toBeTruthy();
    expect(productAsks(api)).toContain('khong co dau');
    fireEvent.change(input, { target: { value: 'mo-077' } });
    await screen.findByRole('option', { name: /^Mật ong rừng số 77/, hidden: true });
    fireEvent.keyDown(input, { key: 'ArrowDown', code: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(productInput().value).toBe('Mật ong rừng số 77'));
    // no GTIN: the hint says the labels carry the short /q/ address, and why
    expect(
      await screen.findByText(
        'Sản phẩm chưa có GTIN nên tem mang địa chỉ ngắn /q/… thay cho địa chỉ GS1; muốn có mã GS1, thêm GTIN cho sản phẩm trước khi đặt tem.',
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('label-order-sample-url').textContent).toMatch(/\/q\//);
  });

  it('keeps what the owner is typing while answers arrive', async () => {
    serve();
    const input = await screen.findByTestId('label-order-product');
    await typeIn(input, 'rừng số 9');
    await screen.findByRole('option', { name: /^Mật ong rừng số 99/, hidden: true });
    // more answers arrive and the modal re-renders: the typed words are not replaced
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(productInput().value).toBe('rừng số 9');
    expect(screen.queryByText(/Đang hiện/)).toBeNull();
  });

  it('searches the chosen product’s lots by part of the code, beyond the first page', async () => {
    const api = serve();
    fireEvent.click(within(await screen.findByTestId('label-order-kind')).getByText('Một lô'));
    expect(screen.getByTestId<HTMLInputElement>('label-order-lot').disabled).toBe(true);
    await typeIn(productInput(), 'so 142');
    fireEvent.click(await screen.findByRole('option', { name: /^Mật ong rừng số 142/, hidden: true }));
    const lotInput = screen.getByTestId<HTMLInputElement>('label-order-lot');
    await waitFor(() => expect(lotInput.disabled).toBe(false));
    await typeIn(lotInput, 'm26-9');
    expect(await screen.findByText('Không có lô nào của sản phẩm này khớp “m26-9”.')).toBeTruthy();
    fireEvent.change(lotInput, { target: { value: 'm26-0003' } });
    fireEvent.click(await screen.findByRole('option', { name: 'M26-0003', hidden: true }));
    await waitFor(() => expect(lotInput.value).toBe('M26-0003'));
    await waitFor(() =>
      expect(screen.getByTestId('label-order-sample-url').textContent).toMatch(/\/10\/M26-0003\/21\//),
    );
    const asked = api.callsTo('GET', /^\/api\/v1\/lots$/).map((call) => call.query.get('q'));
    expect(asked).toContain('m26-0003');
    expect(
      api.callsTo('GET', /^\/api\/v1\/lots$/).every((call) => call.query.get('productId') === product142.id),
    ).toBe(true);
    fireEvent.change(screen.getByTestId('label-order-quantity'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('label-order-submit'));
    await waitFor(() => expect(api.callsTo('POST', /^\/api\/v1\/label-batches$/)).toHaveLength(1));
    expect(api.callsTo('POST', /^\/api\/v1\/label-batches$/)[0]?.body).toMatchObject({
      productId: product142.id,
      lotId: lotOfId(3),
    });
  });
});
