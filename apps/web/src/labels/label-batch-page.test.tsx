import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeProduct } from '../lots/testing/lot-fixtures';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLabelApi } from './testing/fake-label-api';
import { batchId, fakeBatch, runningBatch } from './testing/label-fixtures';
import { renderLabelScreens } from './testing/render-labels';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

function serve(role: 'owner' | 'clerk', batch: ReturnType<typeof fakeBatch>) {
  const api = createFakeLabelApi(fakeSession(role), {
    batches: [batch],
    products: [fakeProduct()],
    lots: [],
    layouts: [],
  });
  server.fetch = api.fetch;
  renderLabelScreens(`/labels/batches/${batch.id}`, fakeSession(role));
  return api;
}

describe('label batch page', { timeout: 30_000 }, () => {
  it('offers every file of a finished batch, with who ordered it and the URL its labels carry', async () => {
    serve('clerk', fakeBatch(3));
    const pdf = await screen.findByTestId('label-download-pdf');
    expect(pdf.getAttribute('href')).toBe(`/api/v1/label-batches/${batchId(3)}/labels.pdf`);
    expect(screen.getByTestId('label-download-csv').getAttribute('href')).toContain('labels.csv');
    expect(screen.getByTestId('label-download-zip').getAttribute('href')).toContain('labels.zip');
    expect(screen.getByTestId('label-batch-facts').textContent).toContain('Do Lan đặt lúc');
    expect(screen.getByTestId('label-batch-sample-url').textContent).toBe(
      'https://nguon.example.vn/q/7KQM3XWP9D2FH',
    );
    expect(screen.queryByTestId('label-batch-cancel')).toBeNull();
  });

  it('shows the PDF being built page by page, its button waiting until it is ready', async () => {
    serve('owner', fakeBatch(4, { pdf: { state: 'running', pagesDone: 120, pagesTotal: 400 } }));
    expect((await screen.findByTestId('label-pdf-progress-count')).textContent).toBe(
      'Đang dựng PDF: trang 120 / 400',
    );
    expect(screen.getByTestId('label-download-pdf').hasAttribute('href')).toBe(false);
    expect(screen.getByTestId('label-download-csv').getAttribute('href')).toContain('labels.csv');
  });

  it('asks before cancelling, naming the batch and what becomes of the labels made so far', async () => {
    const api = serve('owner', runningBatch(5, 30_000));
    expect((await screen.findByTestId('label-batch-progress-count')).textContent).toBe('30.000 / 100.000');
    expect(screen.getByTestId('label-downloads-wait')).toBeTruthy();
    fireEvent.click(screen.getByTestId('label-batch-cancel'));
    expect(await screen.findByText('Huỷ đợt tem #5?')).toBeTruthy();
    expect(screen.getByText(/30\.000 \/ 100\.000 tem đã tạo sẽ bị huỷ/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('label-batch-state').textContent).toBe('Đã huỷ'));
    expect(api.callsTo('POST', /\/cancel$/)).toHaveLength(1);
  });

  it('shows why a batch failed and runs it again', async () => {
    const failed = runningBatch(6, 20_000);
    Object.assign(failed, {
      state: 'failed',
      retry: 'labels',
      error: { code: 'INTERNAL', message: 'Máy chủ dừng giữa chừng.' },
    });
    const api = serve('owner', failed);
    expect((await screen.findByTestId('label-batch-error')).textContent).toContain(
      'Máy chủ dừng giữa chừng.',
    );
    fireEvent.click(screen.getByTestId('label-batch-retry'));
    await waitFor(() => expect(api.callsTo('POST', /\/retry$/)).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('label-batch-state').textContent).toBe('Đang tạo'));
  });

  it('says plainly that a batch has stalled, with no made-up pace, and runs it again', async () => {
    const stalled = runningBatch(7, 40_000);
    Object.assign(stalled, { stalled: true, retry: 'labels', ratePerSecond: null, secondsLeft: null });
    const api = serve('owner', stalled);
    expect((await screen.findByTestId('label-batch-progress-stalled')).textContent).toContain('Hơn 10 phút');
    expect(screen.getByTestId('label-batch-state').textContent).toBe('Không nhích');
    expect(screen.getByTestId('label-batch-progress-count').textContent).toBe('40.000 / 100.000');
    expect(screen.queryByTestId('label-batch-progress-rate')).toBeNull();
    expect(screen.getByTestId('label-batch-cancel')).toBeTruthy();
    fireEvent.click(screen.getByTestId('label-batch-retry'));
    await waitFor(() => expect(api.callsTo('POST', /\/retry$/)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('label-batch-progress-stalled')).toBeNull());
  });

  it.each([
    ['stalled', { state: 'running', pagesDone: 120, pagesTotal: 400 }, 'label-pdf-stalled'],
    ['failed', { state: 'failed', pagesDone: 0, pagesTotal: 400 }, 'label-pdf-failed'],
  ] as const)('offers to build a %s PDF again, beside the PDF', async (_case, pdf, notice) => {
    const batch = fakeBatch(8, { pdf: { ...pdf }, stalled: pdf.state === 'running', retry: 'pdf' });
    const api = serve('owner', batch);
    expect(await screen.findByTestId(notice)).toBeTruthy();
    expect(screen.queryByTestId('label-batch-retry')).toBeNull();
    fireEvent.click(screen.getByTestId('label-pdf-retry'));
    await waitFor(() => expect(api.callsTo('POST', /\/retry$/)).toHaveLength(1));
    expect((await screen.findByTestId('label-pdf-progress-count')).textContent).toBe(
      'Đang dựng PDF: trang 0 / 400',
    );
    expect(screen.queryByTestId('label-pdf-retry')).toBeNull();
  });
});
