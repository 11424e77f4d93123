import type { TenantJobView } from '@nguon/contracts/client';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../app-providers';
import { SessionContext } from '../auth/session-context';
import { fakeSession } from '../processes/testing/fake-process-api';
import { checkedAnswer } from '../test/contract-answers';
import { JobsPage } from './jobs-page';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const importId = '00000000-0000-4000-8000-0000000000f1';
const running: TenantJobView = {
  id: importId,
  kind: 'catalog-import',
  title: { vi: 'Thửa ruộng', en: 'Plots' },
  state: 'running',
  done: 40_000,
  total: 100_000,
  createdAt: '2026-12-06T01:00:00Z',
  startedAt: '2026-12-06T01:00:01Z',
  finishedAt: null,
  ratePerSecond: 2000,
  secondsLeft: 30,
  error: null,
  canCancel: true,
  links: {
    self: `/api/v1/catalog-imports/${importId}`,
    subject: '/catalogs/00000000-0000-4000-8000-0000000000c1',
  },
};

/** Answers the jobs list with `jobs` and a cancel by ending the job; records the calls. */
function serve(jobs: TenantJobView[]) {
  const calls: string[] = [];
  server.fetch = async (input, init) => {
    const url = new URL(String(input), 'http://app.test');
    const method = init?.method ?? 'GET';
    calls.push(`${method} ${url.pathname}`);
    const answer =
      method === 'POST' && url.pathname.endsWith('/cancel')
        ? {
            status: 200,
            body: {
              id: importId,
              catalogId: '00000000-0000-4000-8000-0000000000c1',
              mode: 'all-or-nothing',
              job: { ...running, state: 'cancelled', canCancel: false, secondsLeft: null },
              report: null,
              stalled: false,
              canRetry: false,
            },
          }
        : { status: 200, body: { items: jobs, next: null } };
    if (method === 'POST') jobs.splice(0, jobs.length, { ...running, state: 'cancelled', canCancel: false });
    const checked = checkedAnswer(method, url.pathname, answer);
    return new Response(JSON.stringify(checked.body), {
      status: checked.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  render(
    <AppProviders>
      <SessionContext value={fakeSession('owner')}>
        <MemoryRouter>
          <JobsPage />
        </MemoryRouter>
      </SessionContext>
    </AppProviders>,
  );
  return calls;
}

describe('the background jobs page', { timeout: 30_000 }, () => {
  it('says what appears here when there is nothing yet', async () => {
    serve([]);
    expect((await screen.findByTestId('jobs-empty')).textContent).toContain('nhập một tệp CSV lớn');
  });

  it('lists a running import with its progress, and cancels it after asking', async () => {
    const calls = serve([{ ...running }]);
    const card = await screen.findByTestId('job-card');
    expect(within(card).getByText('Thửa ruộng')).toBeTruthy();
    expect(within(card).getByTestId('job-count').textContent).toBe('40.000 / 100.000');
    expect(within(card).getByTestId('job-rate').textContent).toBe('2.000 dòng/giây · còn khoảng 30 giây');
    fireEvent.click(within(card).getByTestId('job-cancel'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(calls).toContain(`POST /api/v1/catalog-imports/${importId}/cancel`));
    await waitFor(() => expect(screen.getByTestId('job-state').textContent).toBe('Đã hủy'));
    expect(screen.queryByTestId('job-cancel')).toBeNull();
  });
});
