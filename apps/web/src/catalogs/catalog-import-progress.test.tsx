import type { CatalogImportView, TenantJobView } from '@nguon/contracts/client';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../app-providers';
import { SessionContext } from '../auth/session-context';
import { fakeSession } from '../processes/testing/fake-process-api';
import { checkedAnswer } from '../test/contract-answers';
import { CatalogImportProgress } from './catalog-import-progress';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const importId = '00000000-0000-4000-8000-0000000000f2';
const stalledJob: TenantJobView = {
  id: importId,
  kind: 'catalog-import',
  title: { vi: 'Thửa ruộng', en: 'Plots' },
  state: 'failed',
  done: 40_000,
  total: 100_000,
  createdAt: '2026-12-06T01:00:00Z',
  startedAt: '2026-12-06T01:00:01Z',
  finishedAt: null,
  ratePerSecond: null,
  secondsLeft: null,
  error: {
    code: 'CATALOG_IMPORT_STALLED',
    message: 'Hơn 10 phút nay lượt nhập không nhích thêm: việc nền có thể đã bị mất.',
  },
  canCancel: true,
  links: {
    self: `/api/v1/catalog-imports/${importId}`,
    subject: '/catalogs/00000000-0000-4000-8000-0000000000c1',
  },
};
const stalled: CatalogImportView = {
  id: importId,
  catalogId: '00000000-0000-4000-8000-0000000000c1',
  mode: 'valid-only',
  job: stalledJob,
  report: null,
  stalled: true,
  canRetry: true,
};
const resumed: CatalogImportView = {
  ...stalled,
  job: { ...stalledJob, state: 'queued', error: null },
  stalled: false,
  canRetry: false,
};

describe('a background import on its screen', { timeout: 30_000 }, () => {
  it('says a stalled import stalled and retries it, carrying on where it stopped', async () => {
    const calls: string[] = [];
    let current = stalled;
    server.fetch = async (input, init) => {
      const url = new URL(String(input), 'http://app.test');
      const method = init?.method ?? 'GET';
      calls.push(`${method} ${url.pathname}`);
      if (method === 'POST' && url.pathname.endsWith('/retry')) current = resumed;
      const checked = checkedAnswer(method, url.pathname, { status: 200, body: current });
      return new Response(JSON.stringify(checked.body), {
        status: checked.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    render(
      <AppProviders>
        <SessionContext value={fakeSession('owner')}>
          <MemoryRouter>
            <CatalogImportProgress started={stalled} />
          </MemoryRouter>
        </SessionContext>
      </AppProviders>,
    );
    expect((await screen.findByTestId('job-error')).textContent).toContain('không nhích thêm');
    expect(screen.getByTestId('job-state').textContent).toBe('Lỗi');
    fireEvent.click(screen.getByTestId('job-retry'));
    await waitFor(() => expect(calls).toContain(`POST /api/v1/catalog-imports/${importId}/retry`));
    await waitFor(() => expect(screen.queryByTestId('job-retry')).toBeNull());
    expect(screen.queryByTestId('job-error')).toBeNull();
  });
});
