import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLotApi, type FakeLotState } from './testing/fake-lot-api';
import { drying, fakeLot, fakeProduct, fakeWorkItem, harvest, lotId } from './testing/lot-fixtures';
import { renderLotScreens } from './testing/render-lots';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

function serve(role: 'owner' | 'clerk' | 'viewer', state: Partial<FakeLotState> = {}, path = '/lots') {
  const api = createFakeLotApi(fakeSession(role), {
    work: [],
    lots: [],
    details: [],
    entries: [],
    products: [fakeProduct()],
    ...state,
  });
  server.fetch = api.fetch;
  renderLotScreens(path, fakeSession(role));
  return api;
}

const twoLots = () => [
  fakeWorkItem(fakeLot(1), [harvest]),
  fakeWorkItem(fakeLot(2, { remaining: 120 }), [drying]),
];

async function chooseOption(testId: string, label: string) {
  const input = screen.getByTestId(testId);
  fireEvent.focus(input);
  fireEvent.click(input);
  // an option's name ends with its SKU, shown beside it
  fireEvent.click(await screen.findByRole('option', { name: new RegExp(`^${label}`), hidden: true }));
}

describe('work list', { timeout: 30_000 }, () => {
  it('shows each lot with a button per waiting stage; a tap opens its form or the transformation screen', async () => {
    serve('clerk', { work: twoLots() });
    const first = await screen.findByTestId('work-card-0');
    expect(within(first).getByText('R25-0001')).toBeTruthy();
    expect(first.textContent).toContain('Lúa ST25');
    expect(first.textContent).toContain('500');
    const second = screen.getByTestId('work-card-1');
    expect(second.textContent).toContain('Còn 120');
    expect(within(second).getByTestId('work-stage-1-0').textContent).toContain('Gộp hoặc tách lô');
    expect(within(second).getByTestId('work-stage-1-0').getAttribute('href')).toBe(
      `/transformations/new?stageId=st_drying&lotId=${lotId(2)}`,
    );
    fireEvent.click(within(first).getByTestId('work-stage-0-0'));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(`/lots/${lotId(1)}/stages/st_harvest`),
    );
  });

  it('shows the declared and the recorded quantity of a harvested lot, and what is left of it', async () => {
    const recorded = { quantity: 100, recordedQuantity: 95.5, recordedAt: '2025-03-04T08:00:00Z' };
    const work = [
      fakeWorkItem(fakeLot(1, { ...recorded, remaining: 95.5, recordedStageId: harvest.stageId }), [drying]),
      fakeWorkItem(fakeLot(2, { ...recorded, remaining: 40, recordedStageId: harvest.stageId }), [drying]),
    ];
    serve('clerk', { work });
    const first = await screen.findByTestId('work-card-0');
    expect(first.textContent).toContain('Khai báo 100\u00a0kg · Ghi nhận 95,5\u00a0kg');
    expect(first.textContent).not.toContain('còn');
    expect(screen.getByTestId('work-card-1').textContent).toContain(
      'Khai báo 100\u00a0kg · Ghi nhận 95,5\u00a0kg · còn 40\u00a0kg',
    );
  });

  it('filters by stage with the choices the server lists, and by lot code', async () => {
    const api = serve('clerk', { work: twoLots() });
    await screen.findByTestId('work-card-1');
    await chooseOption('work-filter-stage', 'Sấy');
    await waitFor(() => expect(screen.queryByTestId('work-card-1')).toBeNull());
    expect(screen.getByTestId('work-card-0').textContent).toContain('R25-0002');
    expect(
      api
        .callsTo('GET', /work-list/)
        .at(-1)
        ?.query.get('stageKey'),
    ).toBe('say');
    fireEvent.change(screen.getByTestId('work-search'), { target: { value: 'R25-0001' } });
    expect((await screen.findByTestId('work-empty')).textContent).toContain('Không có lô nào khớp');
    fireEvent.click(screen.getByTestId('work-clear-filters'));
    expect(await screen.findByTestId('work-card-1')).toBeTruthy();
  });

  it('tells a clerk with nothing waiting how to start a lot', async () => {
    serve('clerk');
    expect((await screen.findByTestId('work-empty')).textContent).toContain('Tạo lô');
    expect(screen.getByTestId('lot-create')).toBeTruthy();
    expect(screen.queryByTestId('lots-verify')).toBeNull();
  });

  it('starts a lot with a code made from the product pattern, sent once with an Idempotency-Key', async () => {
    const api = serve('clerk');
    api.answerOnce('POST', /^\/api\/v1\/lots$/, { status: 201, body: fakeLot(7, { code: 'R25-0007' }) });
    fireEvent.click(await screen.findByTestId('lot-create'));
    await chooseOption('lot-create-product', 'Lúa ST25');
    expect(screen.getByTestId<HTMLInputElement>('lot-create-code').placeholder).toMatch(/^R\d\d-0001$/);
    fireEvent.change(screen.getByTestId('lot-create-quantity'), { target: { value: '1250,5' } });
    fireEvent.click(screen.getByTestId('lot-create-submit'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/lots/${lotId(7)}`));
    const [call] = api.callsTo('POST', /^\/api\/v1\/lots$/);
    expect(call?.body).toEqual({ productId: fakeProduct().id, quantity: 1250.5, unit: 'kg' });
    expect(call?.idempotencyKey).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('finds any of 150 products on the server, never one without a published process', async () => {
    const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    const ready = Array.from({ length: 150 }, (_, i) =>
      fakeProduct({
        id: id(i + 1),
        name: { vi: `Sản phẩm ${String(i + 1).padStart(3, '0')}`, en: `Product ${i + 1}` },
        sku: `SP-${i + 1}`,
      }),
    );
    const noProcess = fakeProduct({
      id: id(999),
      name: { vi: 'Chè chưa quy trình', en: 'Tea' },
      processId: null,
    });
    const api = serve('clerk', { products: [...ready, noProcess] });
    api.answerOnce('POST', /^\/api\/v1\/lots$/, { status: 201, body: fakeLot(8, { code: 'R25-0008' }) });
    fireEvent.click(await screen.findByTestId('lot-create'));
    const input = await screen.findByTestId('lot-create-product');
    act(() => input.focus());
    fireEvent.click(input);
    // the first page, and how many there are in all
    expect(await screen.findByRole('option', { name: /^Sản phẩm 001/, hidden: true })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /^Sản phẩm 149/, hidden: true })).toBeNull();
    expect(await screen.findByText('Đang hiện 50 trong 150; gõ thêm để thu hẹp.')).toBeTruthy();
    const asked = api.callsTo('GET', /^\/api\/v1\/products$/).at(-1)?.query;
    expect(asked?.get('hasPublishedProcess')).toBe('true');
    expect(asked?.get('archived')).toBe('false');
    act(() => input.focus());
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: 'chưa quy trình' } });
    expect(
      await screen.findByText('Không có sản phẩm nào (đã gắn quy trình đã công bố) khớp “chưa quy trình”.'),
    ).toBeTruthy();
    // Mantine's Select takes typing only while focused, as a finger on a phone gives it
    act(() => input.focus());
    fireEvent.change(input, { target: { value: '149' } });
    fireEvent.click(await screen.findByRole('option', { name: /^Sản phẩm 149/, hidden: true }));
    expect(
      api
        .callsTo('GET', /^\/api\/v1\/products$/)
        .at(-1)
        ?.query.get('q'),
    ).toBe('149');
    fireEvent.change(screen.getByTestId('lot-create-quantity'), { target: { value: '40' } });
    fireEvent.click(screen.getByTestId('lot-create-submit'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/lots/${lotId(8)}`));
    expect(api.callsTo('POST', /^\/api\/v1\/lots$/)[0]?.body).toEqual({
      productId: id(149),
      quantity: 40,
      unit: 'kg',
    });
  });

  it('opens on all lots for a viewer, who cannot start one', async () => {
    serve('viewer', { lots: [fakeLot(3, { status: 'completed' })] });
    const row = await screen.findByTestId('lot-row-0');
    expect(row.textContent).toContain('R25-0003');
    expect(row.textContent).toContain('Hoàn thành');
    expect(screen.queryByTestId('lot-create')).toBeNull();
  });

  it('lets an owner check the records’ integrity and names the faulty record', async () => {
    serve('owner', {
      verification: {
        checkedAt: '2025-03-02T08:00:00Z',
        lots: 12,
        records: 80,
        faults: [{ lotId: lotId(1), lotCode: 'R25-0001', recordId: null, seq: 3, kind: 'content_changed' }],
      },
    });
    fireEvent.click(await screen.findByTestId('lots-verify'));
    const faults = await screen.findByTestId('verify-faults');
    expect(faults.textContent).toContain('12 lô, 80 bản ghi');
    expect(faults.textContent).toContain('Lô R25-0001, bản ghi #3: nội dung đã bị thay đổi');
  });
});
