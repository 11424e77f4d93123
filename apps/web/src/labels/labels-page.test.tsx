import { formatLabelCode, generateLabelSerials } from '@nguon/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeLot, fakeProduct } from '../lots/testing/lot-fixtures';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLabelApi, type FakeLabelState } from './testing/fake-label-api';
import { batchId, builtInLayoutList, fakeBatch, runningBatch } from './testing/label-fixtures';
import { renderLabelScreens } from './testing/render-labels';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

function serve(role: 'owner' | 'clerk', state: Partial<FakeLabelState> = {}, path = '/labels') {
  const api = createFakeLabelApi(fakeSession(role), {
    batches: [],
    products: [fakeProduct()],
    lots: [],
    layouts: builtInLayoutList(),
    ...state,
  });
  server.fetch = api.fetch;
  renderLabelScreens(path, fakeSession(role));
  return api;
}

async function chooseOption(testId: string, label: string | RegExp) {
  const input = screen.getByTestId(testId);
  fireEvent.focus(input);
  fireEvent.click(input);
  fireEvent.click(await screen.findByRole('option', { name: label, hidden: true }));
}

const batches = /^\/api\/v1\/label-batches$/;

describe('label batches', { timeout: 30_000 }, () => {
  it('tells an owner with no batch what labels are and offers to order', async () => {
    serve('owner');
    const empty = await screen.findByTestId('label-batches-empty');
    expect(empty.textContent).toContain('mã QR in trên từng gói hàng');
    fireEvent.click(within(empty).getByTestId('label-empty-order'));
    expect(await screen.findByTestId('label-order-submit')).toBeTruthy();
  });

  it('shows a clerk the batches without ordering', async () => {
    serve('clerk', { batches: [fakeBatch(1, { kind: 'blank', product: null })] });
    const row = await screen.findByTestId('label-batch-row-0');
    expect(row.textContent).toContain('Đợt tem #1');
    expect(row.textContent).toContain('Tem trắng');
    expect(row.textContent).toContain('Hoàn tất');
    expect(screen.queryByTestId('label-order')).toBeNull();
  });

  it('moves a running batch’s progress without a reload and stops asking once it is final', async () => {
    const api = serve('owner', { batches: [runningBatch(2, 12_000)] });
    const progress = await screen.findByTestId('label-batch-progress-0-count');
    expect(progress.textContent).toBe('12.000 / 100.000');
    expect(screen.getByTestId('label-batch-progress-0-rate').textContent).toBe(
      '2.300 tem/giây · còn khoảng 40 giây',
    );
    const [batch] = api.state.batches;
    if (batch)
      Object.assign(batch, {
        generated: 100_000,
        state: 'completed',
        ratePerSecond: null,
        secondsLeft: null,
      });
    await waitFor(() => expect(screen.getByTestId('label-batch-row-0').textContent).toContain('Hoàn tất'), {
      timeout: 3000,
    });
    expect(screen.queryByTestId('label-batch-progress-0')).toBeNull();
    const polls = api.callsTo('GET', batches).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(api.callsTo('GET', batches)).toHaveLength(polls);
  });

  it('catches a mistyped label code before asking the server, and opens a good one', async () => {
    const api = serve('clerk');
    const input = await screen.findByTestId('label-lookup-input');
    fireEvent.change(input, { target: { value: '7KQM 3XWP 9D2FA' } });
    fireEvent.click(screen.getByTestId('label-lookup-submit'));
    expect(await screen.findByText(/có vẻ bị gõ nhầm/)).toBeTruthy();
    expect(api.calls.filter((call) => call.path.startsWith('/api/v1/labels/'))).toEqual([]);
    fireEvent.change(input, { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('label-lookup-submit'));
    expect(await screen.findByText(/13 ký tự/)).toBeTruthy();
    const [serial = ''] = generateLabelSerials(1, (size) => new Uint8Array(size).fill(9));
    fireEvent.change(input, { target: { value: formatLabelCode(serial).toLowerCase() } });
    fireEvent.click(screen.getByTestId('label-lookup-submit'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/labels/l/${serial}`));
  });
});

describe('ordering labels', { timeout: 30_000 }, () => {
  it('refuses a missing product and a grouped quantity before sending, keeping what was typed', async () => {
    const api = serve('owner', {}, '/labels?order=1');
    const quantity = await screen.findByTestId('label-order-quantity');
    fireEvent.change(quantity, { target: { value: '100.000' } });
    fireEvent.change(screen.getByTestId('label-order-note'), { target: { value: 'Tết' } });
    fireEvent.click(screen.getByTestId('label-order-submit'));
    expect(
      await screen.findByText('Nhập một số nguyên, viết liền không dấu chấm hay dấu phẩy.'),
    ).toBeTruthy();
    expect(screen.getByText('Cần điền mục này.')).toBeTruthy();
    expect(api.callsTo('POST', batches)).toHaveLength(0);
    expect(screen.getByTestId<HTMLInputElement>('label-order-quantity').value).toBe('100.000');
    expect(screen.getByTestId<HTMLTextAreaElement>('label-order-note').value).toBe('Tết');
    fireEvent.change(quantity, { target: { value: '100000' } });
    expect(screen.getByText('100.000 tem')).toBeTruthy();
  });

  it('orders a lot’s labels with one Idempotency-Key kept across a dropped connection', async () => {
    const api = serve('owner', { lots: [fakeLot(1)] }, '/labels?order=1');
    api.answerOnce('POST', batches, 'network');
    fireEvent.click(within(await screen.findByTestId('label-order-kind')).getByText('Một lô'));
    await chooseOption('label-order-product', /^Lúa ST25/);
    await chooseOption('label-order-lot', 'R25-0001');
    fireEvent.change(screen.getByTestId('label-order-quantity'), { target: { value: '1000' } });
    fireEvent.click(screen.getByTestId('label-order-submit'));
    await waitFor(
      () => expect(screen.getByTestId('location').textContent).toBe(`/labels/batches/${batchId(1)}`),
      {
        timeout: 5000,
      },
    );
    const sent = api.callsTo('POST', batches);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.body).toEqual({
      quantity: 1000,
      productId: fakeProduct().id,
      lotId: fakeLot(1).id,
      layoutKey: 'a4-3x8-70x37',
    });
    expect(sent[0]?.idempotencyKey).toBeTruthy();
    expect(sent[1]?.idempotencyKey).toBe(sent[0]?.idempotencyKey);
  });

  it('shows the server’s refusal at the field it names and takes a new key for the corrected order', async () => {
    const api = serve('owner', {}, '/labels?order=1');
    const message = 'Mỗi đợt tối đa 1.000.000 tem.';
    api.answerOnce('POST', batches, {
      status: 422,
      body: {
        type: 'about:blank',
        title: 'LABEL_QUANTITY_OUT_OF_RANGE',
        status: 422,
        code: 'LABEL_QUANTITY_OUT_OF_RANGE',
        detail: message,
        path: '/quantity',
        requestId: 'r1',
      },
    });
    fireEvent.click(within(await screen.findByTestId('label-order-kind')).getByText('Tem trắng'));
    fireEvent.change(screen.getByTestId('label-order-quantity'), { target: { value: '500' } });
    fireEvent.click(screen.getByTestId('label-order-submit'));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('label-order-quantity').value).toBe('500');
    fireEvent.click(screen.getByTestId('label-order-submit'));
    await waitFor(() => expect(api.callsTo('POST', batches)).toHaveLength(2));
    const [first, second] = api.callsTo('POST', batches);
    expect(second?.body).toEqual({ quantity: 500, layoutKey: 'a4-3x8-70x37' });
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it('previews the chosen layout live: a 40-up sheet draws 40 cells', async () => {
    serve('owner', {}, '/labels?order=1');
    expect((await screen.findAllByTestId('label-preview-cell')).length).toBe(24);
    await chooseOption('label-order-layout', 'A4, 40 tem 48,5 × 25,4 mm (4 × 10)');
    await waitFor(() => expect(screen.getAllByTestId('label-preview-cell')).toHaveLength(40));
    expect(screen.getByTestId('label-order-sample-url').textContent).toMatch(/\/q\/[2-9A-HJ-NP-Z]{13}$/);
  });
});
