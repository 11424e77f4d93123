import type { SessionView } from '@nguon/contracts/client';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi } from './testing/fake-api';
import { fakeRecall } from './testing/recall-fixtures';
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
});
