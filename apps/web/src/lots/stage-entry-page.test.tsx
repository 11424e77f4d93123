import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLotApi, problemAnswer } from './testing/fake-lot-api';
import { fakeEntry, fakeLot, harvest, harvestFormV1, lotId, recordId } from './testing/lot-fixtures';
import { renderLotScreens } from './testing/render-lots';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const recordsPath = /^\/api\/v1\/lots\/[^/]+\/records$/;

function serve(entry = fakeEntry(fakeLot(1), harvest, harvestFormV1)) {
  const api = createFakeLotApi(fakeSession('clerk'), {
    work: [],
    lots: [],
    details: [],
    entries: [entry],
    products: [],
  });
  server.fetch = api.fetch;
  renderLotScreens(`/lots/${entry.lot.id}/stages/${entry.stage.stageId}`, fakeSession('clerk'));
  return api;
}

async function fillWeight(value: string) {
  fireEvent.change(await screen.findByLabelText(/Khối lượng/), { target: { value } });
}

describe('stage entry', { timeout: 30_000 }, () => {
  it('shows the lot and stage, sends the form once with an Idempotency-Key and opens the record in the lot', async () => {
    const api = serve();
    expect((await screen.findByRole('heading', { name: 'Thu hoạch' })).textContent).toBe('Thu hoạch');
    expect(screen.getByTestId('lot-title-line').textContent).toContain('Lô R25-0001 · Lúa ST25');
    await fillWeight('1200');
    fireEvent.click(screen.getByTestId('entry-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(`/lots/${lotId(1)}#record-${recordId(9)}`),
    );
    const calls = api.callsTo('POST', recordsPath);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toEqual({ stageId: 'st_harvest', data: { khoi_luong: 1200 }, location: null });
    expect(calls[0]?.idempotencyKey).toBeTruthy();
  });

  it('sends again with the same key after the connection drops, saying so', async () => {
    const api = serve();
    api.answerOnce('POST', recordsPath, 'network');
    await fillWeight('980');
    fireEvent.click(screen.getByTestId('entry-submit'));
    expect((await screen.findByTestId('submit-retrying')).textContent).toContain('đang gửi lại');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('#record-'), {
      timeout: 5000,
    });
    const keys = api.callsTo('POST', recordsPath).map((call) => call.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows the server’s message on the field it names and stays on the form', async () => {
    const api = serve();
    const message = 'Khối lượng phải nhỏ hơn hoặc bằng 100000.';
    api.answerOnce(
      'POST',
      recordsPath,
      problemAnswer(422, 'RECORD_INVALID', `Dữ liệu nhập chưa đúng: ${message}`, {
        errors: [{ path: '/data/khoi_luong', message }],
      }),
    );
    await fillWeight('250000');
    fireEvent.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByTestId('form-field-root_khoi_luong').textContent).toContain(message);
    expect(screen.getByTestId('lot-problem').textContent).toContain('Dữ liệu nhập chưa đúng');
    expect(screen.getByTestId('location').textContent).toContain('/stages/st_harvest');
  });

  it('refuses an event time in the future before sending, and sends a past one', async () => {
    const api = serve();
    await fillWeight('700');
    fireEvent.change(screen.getByTestId('event-time'), { target: { value: '2999-01-01T08:00' } });
    fireEvent.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText('Thời điểm thực hiện không được ở tương lai.')).toBeTruthy();
    expect(api.callsTo('POST', recordsPath)).toHaveLength(0);
    fireEvent.change(screen.getByTestId('event-time'), { target: { value: '2025-03-01T06:30' } });
    fireEvent.click(screen.getByTestId('entry-submit'));
    await waitFor(() => expect(api.callsTo('POST', recordsPath)).toHaveLength(1));
    const sent = api.callsTo('POST', recordsPath)[0]?.body;
    expect(sent).toMatchObject({ eventTime: new Date(2025, 2, 1, 6, 30).toISOString() });
  });

  it('says when the stage is not available yet instead of showing a form', async () => {
    serve(fakeEntry(fakeLot(1), harvest, harvestFormV1, { state: 'waiting' }));
    expect((await screen.findByTestId('entry-not-available')).textContent).toContain('chưa ghi được');
    expect(screen.queryByTestId('entry-submit')).toBeNull();
  });
});
