import type { LotGenealogy } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeApi } from '../recalls/testing/fake-api';
import { renderRecallScreens } from '../recalls/testing/render-screens';
import { traceEdge, traceLot, traceLotId, traceNode } from './trace-fixtures';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const harvest = traceLotId(1);

const down: LotGenealogy = {
  rootLotId: harvest,
  direction: 'down',
  nodes: [
    traceNode(traceLot(1, 'H-1'), 0),
    traceNode(traceLot(2, 'B-2', { quantity: 150 }), 1),
    traceNode(traceLot(4, 'P-4', { status: 'recalled', quantity: 50 }), 2, 120),
  ],
  edges: [traceEdge(1, 2, 50), traceEdge(2, 4, 50, { transformation: 2, proportional: true })],
  truncated: true,
};

const up: LotGenealogy = {
  rootLotId: harvest,
  direction: 'up',
  nodes: [traceNode(traceLot(1, 'H-1'), 0)],
  edges: [],
  truncated: false,
};

function serve() {
  const api = createFakeApi({
    [`GET /api/v1/lots/${harvest}/genealogy`]: (request) => ({
      status: 200,
      body: request.query.get('direction') === 'up' ? up : down,
    }),
  });
  server.fetch = api.fetch;
  renderRecallScreens(`/lots/${harvest}/trace`, fakeSession('clerk'));
  return api;
}

describe('the trace explorer', { timeout: 30_000 }, () => {
  it('walks forward first and lists every lot with quantity, depth and labels, saying plainly that it was cut short', async () => {
    serve();
    fireEvent.click(await screen.findByRole('radio', { name: 'Danh sách' }));
    const rows = await screen.findAllByTestId('trace-row');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['H-1', 'B-2', 'P-4']);
    expect(rows[2]?.textContent).toContain('50\u00a0kg');
    expect(rows[2]?.textContent).toContain('Đã triệu hồi');
    expect(rows[2]?.textContent).toContain('120');
    expect(screen.getByTestId('trace-truncated').textContent).toContain('Chỉ hiện một phần');
    expect(screen.getByText(/≈: chia theo tỉ lệ/)).toBeTruthy();
    expect(screen.getByTestId('trace-csv').getAttribute('href')).toBe(
      `/api/v1/lots/${harvest}/genealogy.csv?direction=down`,
    );
    // a clerk traces but never starts a recall
    expect(screen.queryByTestId('trace-recall')).toBeNull();
  });

  it('walks backward on the switch, and says when the lot is where the chain starts', async () => {
    const api = serve();
    await screen.findByTestId('trace-count');
    fireEvent.click(screen.getByRole('radio', { name: 'Ngược (nguồn gốc)' }));
    expect((await screen.findByTestId('trace-empty')).textContent).toContain('điểm đầu của chuỗi');
    expect(api.requests.map((r) => r.query.get('direction'))).toEqual(['down', 'up']);
    expect(screen.getByTestId('trace-csv').getAttribute('href')).toContain('direction=up');
  });

  it('draws a card per lot on the graph, the recalled one marked', async () => {
    serve();
    const node = await screen.findByTestId('trace-node-P-4', {}, { timeout: 10_000 });
    expect(node.dataset.status).toBe('recalled');
    expect(node.textContent).toContain('120 tem');
    await waitFor(() => expect(screen.getByTestId('trace-node-H-1').dataset.root).toBe('true'));
  });
});
