import type { SessionView } from '@nguon/contracts/client';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { traceEdge, traceLot, traceLotId, traceNode } from '../trace/trace-fixtures';
import { createFakeApi } from './testing/fake-api';
import { fakeRecall, fakeRecallDetail, recallId } from './testing/recall-fixtures';
import { renderRecallScreens } from './testing/render-screens';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const inspector: SessionView = {
  user: {
    id: '00000000-0000-4000-8000-0000000000ab',
    name: 'Minh',
    email: 'minh@sokhcn.gov.vn',
    phone: null,
  },
  memberships: [],
  platformRoles: ['inspector'],
  inspectorProvinces: ['can-tho'],
  currentTenantId: null,
  pendingTenants: [],
  csrfToken: 'csrf',
  expiresAt: '2030-01-01T00:00:00Z',
};

describe('the inspectors’ recalls', { timeout: 30_000 }, () => {
  it('lists the published recalls of the province’s tenants with whose they are', async () => {
    const tenant = {
      id: '00000000-0000-4000-8000-0000000000e7',
      name: 'HTX Lúa Sóc Trăng',
      province: 'can-tho',
    };
    const recall = fakeRecall({ status: 'published', publishedAt: '2026-03-05T05:00:00.000Z' });
    server.fetch = createFakeApi({
      'GET /api/v1/inspection/recalls': () => ({ status: 200, body: { items: [{ tenant, recall }] } }),
    }).fetch;
    renderRecallScreens('/oversight', inspector);
    const row = await screen.findByTestId('inspected-recall');
    expect(row.textContent).toContain('Triệu hồi #3');
    expect(row.textContent).toContain('HTX Lúa Sóc Trăng (Cần Thơ)');
    expect(row.textContent).toContain('Đang công bố');
  });

  it('says when there is none', async () => {
    server.fetch = createFakeApi({
      'GET /api/v1/inspection/recalls': () => ({ status: 200, body: { items: [] } }),
    }).fetch;
    renderRecallScreens('/oversight', inspector);
    expect(await screen.findByTestId('inspected-empty')).toBeTruthy();
  });

  const tenant = {
    id: '00000000-0000-4000-8000-0000000000e7',
    name: 'HTX Lúa Sóc Trăng',
    province: 'can-tho',
  };

  it('leads from a recall’s lots to the inspector’s own read-only walk, not the tenant’s pages', async () => {
    server.fetch = createFakeApi({
      [`GET /api/v1/inspection/recalls/${recallId}`]: () => ({
        status: 200,
        body: {
          tenant,
          detail: fakeRecallDetail({ status: 'published', publishedAt: '2026-03-05T05:00:00.000Z' }),
        },
      }),
    }).fetch;
    renderRecallScreens(`/oversight/recalls/${recallId}`, inspector);
    const lot = await screen.findByRole('link', { name: 'P-4' });
    expect(lot.getAttribute('href')).toBe(`/oversight/lots/${traceLotId(4)}/trace`);
    expect(screen.queryByTestId('recall-publish')).toBeNull();
  });

  it('walks a lot of a tenant in the province back to its farms, naming the tenant, with no CSV nor recall', async () => {
    const api = createFakeApi({
      [`GET /api/v1/inspection/lots/${traceLotId(4)}/genealogy`]: (request) => ({
        status: 200,
        body: {
          tenant,
          genealogy: {
            rootLotId: traceLotId(4),
            direction: request.query.get('direction') === 'down' ? 'down' : 'up',
            nodes: [traceNode(traceLot(4, 'P-4'), 0, 150), traceNode(traceLot(2, 'B-2'), 1)],
            edges: [traceEdge(2, 4, 50)],
            truncated: false,
          },
        },
      }),
    });
    server.fetch = api.fetch;
    renderRecallScreens(`/oversight/lots/${traceLotId(4)}/trace`, inspector);
    expect(await screen.findByText('HTX Lúa Sóc Trăng (Cần Thơ)', { exact: false })).toBeTruthy();
    expect(screen.queryByTestId('trace-csv')).toBeNull();
    expect(screen.queryByTestId('trace-recall')).toBeNull();
  });
});
