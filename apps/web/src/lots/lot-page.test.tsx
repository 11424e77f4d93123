import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/lang-store';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLotApi } from './testing/fake-lot-api';
import { fakeDetail, fakeLot, fakeRecord, harvest, lotId, recordId, version2 } from './testing/lot-fixtures';
import { renderLotScreens } from './testing/render-lots';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

/** Record 1 (version 1) was corrected by record 2 (version 1); record 3 was entered after version 2 came out. */
function history() {
  return [
    fakeRecord(1, {
      data: { khoi_luong: 1200 },
      supersededBy: recordId(2),
      location: { lat: 9.6, lon: 105.97, accuracy: 8 },
    }),
    fakeRecord(2, {
      data: { khoi_luong: 1020 },
      supersedes: recordId(1),
      reason: 'Cân nhầm bao',
      location: { lat: 9.601, lon: 105.972 },
    }),
    fakeRecord(3, {
      processVersionId: version2,
      processVersion: 2,
      data: { khoi_luong: 300, ghi_chu: 'Ruộng B' },
    }),
  ];
}

function serve(role: 'owner' | 'clerk' | 'viewer' = 'owner', records = history(), lot = fakeLot(1)) {
  const detail = fakeDetail(lot, records, {
    children: [
      { lot: fakeLot(5, { code: 'S25-0001' }), transformationId: recordId(50), quantity: 480, unit: 'kg' },
    ],
  });
  const api = createFakeLotApi(fakeSession(role), {
    work: [],
    lots: [],
    details: [detail],
    entries: [],
    products: [],
  });
  server.fetch = api.fetch;
  renderLotScreens(`/lots/${lot.id}`, fakeSession(role));
  return api;
}

describe('lot view', { timeout: 30_000 }, () => {
  afterEach(() => setLang('vi'));

  it('shows the declared quantity beside the one recorded at harvest, with the stage and date, in both languages', async () => {
    const recorded = {
      quantity: 1200.5,
      remaining: 1200.5,
      recordedQuantity: 1020.25,
      recordedAt: '2025-03-04T08:00:00Z',
      recordedStageId: harvest.stageId,
      recordedRecordId: recordId(2),
    };
    serve('owner', history(), fakeLot(1, recorded));
    const facts = await screen.findByTestId('lot-facts');
    expect(within(facts).getByTestId('lot-declared-quantity').textContent).toBe('1.200,5\u00a0kg');
    expect(within(facts).getByTestId('lot-recorded-quantity').textContent).toBe('1.020,25\u00a0kg');
    expect(within(facts).getByText('Ghi nhận khi Thu hoạch')).toBeTruthy();
    expect(within(facts).getByText('ngày 04/03/2025')).toBeTruthy();
    act(() => setLang('en'));
    expect(await within(facts).findByText('Recorded at Harvest')).toBeTruthy();
    expect(within(facts).getByTestId('lot-recorded-quantity').textContent).toBe('1,020.25\u00a0kg');
    expect(within(facts).getByText('Declared quantity')).toBeTruthy();
  });

  it('shows only the declared quantity while nothing recorded it', async () => {
    serve();
    const facts = await screen.findByTestId('lot-facts');
    expect(within(facts).getByTestId('lot-declared-quantity').textContent).toBe('500\u00a0kg');
    expect(within(facts).queryByTestId('lot-recorded-quantity')).toBeNull();
  });

  it('shows every record with the form of its own version, and the correction with its reason', async () => {
    serve();
    const first = await screen.findByTestId('record-1');
    const third = screen.getByTestId('record-3');
    expect(within(first).getByTestId('record-superseded').textContent).toBe('Đã được sửa');
    expect(within(first).getByTestId('record-see-correction').getAttribute('href')).toBe(
      `#record-${recordId(2)}`,
    );
    // the corrected record is folded away; open it to read what it said
    expect(within(first).queryByTestId('record-form')).toBeNull();
    fireEvent.click(within(first).getByTestId('record-toggle'));
    await within(first).findByTestId('record-form');
    const weight = /^Khối lượng( \*)?$/;
    expect(within(first).getByLabelText<HTMLInputElement>(weight).value).toContain('1200');
    const second = screen.getByTestId('record-2');
    expect(within(second).getByTestId('record-reason').textContent).toContain('Cân nhầm bao');
    expect(within(second).getByTestId('record-correction')).toBeTruthy();
    expect(within(third).getByLabelText<HTMLInputElement>(/^Khối lượng tươi/).value).toContain('300');
    expect(within(third).getByLabelText<HTMLInputElement>('Ghi chú nông hộ').value).toBe('Ruộng B');
    expect(within(first).queryByLabelText(/tươi/)).toBeNull();
    expect(within(third).queryByLabelText(weight)).toBeNull();
  });

  it('shows the labels a packing record bound: rolls with their ends, single labels as links, a long list folded', async () => {
    const batch = '00000000-0000-4000-8000-0000000030a1';
    const other = '00000000-0000-4000-8000-0000000030a2';
    const serial = (n: number) => `ABCD${String(n).padStart(4, '2').replace(/[01]/g, '7')}XYZWK`.slice(0, 13);
    const roll = {
      batchId: batch,
      batchNumber: 12,
      firstSeq: 11,
      lastSeq: 60,
      firstSerial: serial(11),
      lastSerial: serial(60),
      urlPrefix: 'https://nguon.example.vn/q/',
    };
    // nine labels scanned one by one from another batch: one line, folded after six
    const singles = [3, 5, 7, 9, 12, 14, 16, 18, 20].map((seq) => ({
      batchId: other,
      batchNumber: 3,
      firstSeq: seq,
      lastSeq: seq,
      firstSerial: serial(seq),
      lastSerial: serial(seq),
    }));
    const bound = [roll, ...singles];
    const packed = fakeRecord(4, {
      labels: bound.map(({ batchId, firstSeq, lastSeq }) => ({ batchId, firstSeq, lastSeq })),
      boundLabels: bound,
    });
    serve('clerk', [...history(), packed]);
    const card = await screen.findByTestId('record-4');
    const labels = within(card).getByTestId('record-labels');
    expect(within(labels).getByText('Đã gắn 59 tem cho lô')).toBeTruthy();
    expect(within(labels).getByTestId('record-label-run').textContent).toContain(
      'Đợt tem #12 · tem 11–60 (50 tem)',
    );
    const links = within(labels).getAllByTestId('record-label-link');
    expect(links[0]?.getAttribute('href')).toBe(`/labels/l/${serial(11)}`);
    expect(links[0]?.textContent).toBe(
      `${serial(11).slice(0, 4)} ${serial(11).slice(4, 8)} ${serial(11).slice(8)}`,
    );
    expect(links[1]?.getAttribute('href')).toBe(`/labels/l/${serial(60)}`);
    // the roll's first label as a buyer sees it, in a new tab; single labels of an older answer without a prefix: none
    const consumer = within(labels).getAllByTestId('record-label-consumer-page');
    expect(consumer).toHaveLength(1);
    expect(consumer[0]?.getAttribute('href')).toBe(`https://nguon.example.vn/q/${serial(11)}`);
    expect(consumer[0]?.getAttribute('target')).toBe('_blank');
    expect(consumer[0]?.textContent).toBe('Trang người mua thấy');
    expect(within(labels).getByTestId('record-label-singles').textContent).toContain('Đợt tem #3 · 9 tem lẻ');
    expect(links).toHaveLength(2 + 6);
    fireEvent.click(within(labels).getByTestId('record-labels-all'));
    expect(within(labels).getAllByTestId('record-label-link')).toHaveLength(2 + 9);
    expect(within(labels).getByTestId('record-labels-all').textContent).toBe('Thu gọn');
    // the lot's facts count every label its records activated
    expect(within(screen.getByTestId('lot-facts')).getByTestId('lot-labels-activated').textContent).toContain(
      '59',
    );
    act(() => setLang('en'));
    expect(await within(labels).findByText('59 labels bound to the lot')).toBeTruthy();
    expect(within(labels).getByTestId('record-label-run').textContent).toContain(
      'Batch #12 · labels 11–60 (50 labels)',
    );
    expect(within(screen.getByTestId('lot-facts')).getByText('Labels activated')).toBeTruthy();
    // a record without labels shows none
    expect(within(screen.getByTestId('record-3')).queryByTestId('record-labels')).toBeNull();
  });

  it('draws the GPS points numbered like the timeline and links the lots made from this one', async () => {
    serve('viewer');
    const map = await screen.findByTestId('lot-map');
    expect(map.querySelectorAll('circle')).toHaveLength(2);
    expect(within(map).getByTestId('lot-map-link-1').getAttribute('href')).toContain(
      'mlat=9.600000&mlon=105.970000',
    );
    const child = screen.getByTestId('genealogy-child');
    expect(within(child).getByText('S25-0001').getAttribute('href')).toBe(`/lots/${lotId(5)}`);
    expect(child.textContent).toContain('480');
    expect(screen.getByTestId('genealogy-trace').getAttribute('href')).toBe(`/lots/${lotId(1)}/trace`);
    expect(screen.queryByTestId('record-correct')).toBeNull();
  });

  it('shows what a transformation took from the lot and flags a batch yield outside the range', async () => {
    const taken = fakeRecord(1, {
      kind: 'transformation',
      transformation: {
        id: recordId(50),
        role: 'input',
        quantity: 600,
        unit: 'kg',
        yieldPercent: 41.5,
        yieldFlag: 'below',
      },
    });
    serve('clerk', [taken]);
    const line = await screen.findByTestId('record-yield');
    expect(line.textContent).toBe('Hiệu suất cả mẻ: 41,5%, thấp hơn khoảng dự kiến');
    expect(screen.getByTestId('record-transformation').textContent).toContain('600');
    expect(screen.queryByTestId('record-correct')).toBeNull();
  });

  it('corrects a current record with a reason, keyed for a safe retry', async () => {
    const api = serve('clerk');
    const third = await screen.findByTestId('record-3');
    expect(within(screen.getByTestId('record-1')).queryByTestId('record-correct')).toBeNull();
    fireEvent.click(within(third).getByTestId('record-correct'));
    const drawer = await screen.findByTestId('correct-drawer');
    const weight = await within(drawer).findByLabelText<HTMLInputElement>(/Khối lượng tươi/);
    expect(weight.value).toContain('300');
    fireEvent.click(within(drawer).getByTestId('correct-submit'));
    expect(await within(drawer).findByText('Hãy nhập lý do sửa.')).toBeTruthy();
    fireEvent.change(within(drawer).getByTestId('correct-reason'), { target: { value: 'Nhập thiếu số 0' } });
    fireEvent.change(weight, { target: { value: '3000' } });
    fireEvent.click(within(drawer).getByTestId('correct-submit'));
    await waitFor(() => expect(api.callsTo('POST', /corrections$/)).toHaveLength(1));
    const [call] = api.callsTo('POST', /corrections$/);
    expect(call?.path).toBe(`/api/v1/lots/${lotId(1)}/records/${recordId(3)}/corrections`);
    expect(call?.body).toMatchObject({
      reason: 'Nhập thiếu số 0',
      data: { khoi_luong: 3000, ghi_chu: 'Ruộng B' },
    });
    expect(call?.idempotencyKey).toBeTruthy();
  });
});
