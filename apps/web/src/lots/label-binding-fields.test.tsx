import { generateLabelSerials } from '@nguon/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLotApi } from './testing/fake-lot-api';
import { fakeEntry, fakeLot, harvest, harvestFormV1 } from './testing/lot-fixtures';
import { renderLotScreens } from './testing/render-lots';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const recordsPath = /^\/api\/v1\/lots\/[^/]+\/records$/;
const [a = '', b = ''] = generateLabelSerials(2, (size) =>
  Uint8Array.from({ length: size }, (_, i) => i * 5 + 1),
);

function serve(bindsLabels: boolean) {
  const entry = fakeEntry(fakeLot(1), harvest, harvestFormV1, { bindsLabels });
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

describe('labels at a packing stage', { timeout: 30_000 }, () => {
  it('sends the labels typed one by one with the record, counted once each', async () => {
    const api = serve(true);
    fireEvent.change(await screen.findByLabelText(/Khối lượng/), { target: { value: '12' } });
    fireEvent.click(screen.getByText('Từng tem'));
    fireEvent.change(screen.getByTestId('labels-list'), {
      target: { value: `${a}\n${b.toLowerCase()}\n${a}` },
    });
    expect(screen.getByTestId('labels-count').textContent).toBe('2 tem sẽ được kích hoạt cho lô');
    fireEvent.click(screen.getByTestId('entry-submit'));
    await waitFor(() => expect(api.callsTo('POST', recordsPath)).toHaveLength(1));
    expect(api.callsTo('POST', recordsPath)[0]?.body).toMatchObject({ labels: { serials: [a, b] } });
  });

  it('says a mistyped code at once and does not send the record without it', async () => {
    const api = serve(true);
    fireEvent.change(await screen.findByLabelText(/Khối lượng/), { target: { value: '12' } });
    const typo = `${a.slice(0, 12)}${a.endsWith('2') ? '3' : '2'}`;
    fireEvent.change(screen.getByTestId('labels-first'), { target: { value: typo } });
    expect(await screen.findByText(/có vẻ gõ nhầm/)).toBeTruthy();
    expect(screen.queryByText('Hãy sửa phần tem trước khi gửi.')).toBeNull();
    fireEvent.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText('Hãy sửa phần tem trước khi gửi.')).toBeTruthy();
    expect(api.callsTo('POST', recordsPath)).toHaveLength(0);
  });

  it('shows no labels section at a stage that binds none', async () => {
    serve(false);
    await screen.findByLabelText(/Khối lượng/);
    expect(screen.queryByTestId('labels-section')).toBeNull();
  });
});
