import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { OverviewPage } from '../overview/overview-page';
import { ProcessListPage } from '../processes/list/process-list-page';
import { fakeProcess, fakeSession, processId } from '../processes/testing/fake-process-api';
import { createFakeApi, type Handler } from '../recalls/testing/fake-api';
import { renderRoutes } from '../test/render-routes';
import { fakeTemplateSummary, templateId } from './testing/template-fixtures';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const ok = (body: unknown) => () => ({ status: 200, body });
const { draft: _draft, ...oneProcess } = fakeProcess(processId(1), {
  schemaVersion: 1,
  stages: [],
  edges: [],
});
const templates = [1, 2, 3, 4, 5].map((n) =>
  fakeTemplateSummary(n, { name: { vi: `Mẫu ${n}`, en: `Template ${n}` } }),
);

const quietOverview: Record<string, Handler> = {
  'GET /api/v1/recalls': ok({ items: [], readiness: null }),
  'GET /api/v1/work-list': ok({ items: [], total: 0, page: 1, pageSize: 1, products: [], stages: [] }),
  'GET /api/v1/jobs': ok({ items: [], next: null }),
  'GET /api/v1/scan-statistics': ok({
    from: '2026-03-01',
    to: '2026-03-07',
    total: 0,
    days: [],
    byProduct: [],
    byLot: [],
    topLabels: [],
    suspicious: [],
  }),
  'GET /api/v1/templates': ok({ items: templates }),
};

function serve(path: string, processes: unknown[], role: 'owner' | 'viewer' = 'owner') {
  const api = createFakeApi({ ...quietOverview, 'GET /api/v1/processes': ok({ items: processes }) });
  server.fetch = api.fetch;
  renderRoutes(
    path,
    fakeSession(role),
    <>
      <Route path="/overview" element={<OverviewPage />} />
      <Route path="/processes" element={<ProcessListPage />} />
      <Route path="/templates" element={<output data-testid="library-stand-in" />} />
    </>,
  );
  return api;
}

describe('a new account starts from a template', { timeout: 20_000 }, () => {
  it("puts four templates first on a new owner's overview, with the way to the library", async () => {
    serve('/overview', []);
    const block = await screen.findByTestId('start-from-template');
    expect(screen.getByTestId('overview').querySelector('section')).toBe(block);
    const cards = await within(block).findAllByTestId('template-card');
    expect(cards).toHaveLength(4);
    expect(
      within(cards[0] as HTMLElement)
        .getByTestId('template-card-open')
        .getAttribute('href'),
    ).toBe(`/templates/${templateId(1)}`);
    fireEvent.click(within(block).getByTestId('start-from-template-all'));
    expect(await screen.findByTestId('library-stand-in')).toBeTruthy();
  });

  it('is not offered once the account has a process', async () => {
    const api = serve('/overview', [oneProcess]);
    await waitFor(() =>
      expect(api.requests.filter((request) => request.path === '/api/v1/processes')).toHaveLength(2),
    );
    await screen.findByTestId('overview-scans');
    expect(screen.queryByTestId('start-from-template')).toBeNull();
  });

  it('is not offered to a viewer of a new account', async () => {
    serve('/overview', [], 'viewer');
    await screen.findByTestId('overview-scans');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('start-from-template')).toBeNull();
  });

  it('sits under the empty processes list for an owner', async () => {
    serve('/processes', []);
    await screen.findByTestId('processes-empty');
    const block = await screen.findByTestId('start-from-template');
    expect(await within(block).findAllByTestId('template-card')).toHaveLength(4);
  });
});
