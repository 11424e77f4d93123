import type { ScanSettingsView, ScanStatistics } from '@nguon/contracts/client';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../app-providers';
import { SessionContext } from '../auth/session-context';
import { fakeSession } from '../processes/testing/fake-process-api';
import { checkedAnswer } from '../test/contract-answers';
import { ScansPage } from './scans-page';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const productId = '00000000-0000-4000-8000-0000000000a1';
const lotId = '00000000-0000-4000-8000-0000000000b1';
const product = { id: productId, name: { vi: 'Gạo ST25', en: 'ST25 rice' } };

function statsFor(from: string, to: string): ScanStatistics {
  return {
    from,
    to,
    total: 57,
    days: [
      { day: from, scans: 55 },
      { day: to, scans: 2 },
    ],
    byProduct: [
      { product, scans: 55 },
      { product: null, scans: 2 },
    ],
    byLot: [{ lot: { id: lotId, code: 'R26-1' }, product, scans: 55 }],
    topLabels: [
      {
        serial: 'KKKKKKKKKKKK2',
        product,
        lot: { id: lotId, code: 'R26-1' },
        periodScans: 55,
        totalScans: 55,
        firstAt: '2026-03-02T03:00:00.000Z',
        lastAt: '2026-03-02T03:10:00.000Z',
        flags: [],
      },
    ],
    suspicious: [
      {
        serial: 'KKKKKKKKKKKK2',
        product,
        lot: { id: lotId, code: 'R26-1' },
        periodScans: 55,
        totalScans: 55,
        firstAt: '2026-03-02T03:00:00.000Z',
        lastAt: '2026-03-02T03:10:00.000Z',
        flags: [
          { kind: 'scan_count', at: '2026-03-02T03:05:00.000Z', threshold: 50 },
          { kind: 'spread', at: '2026-03-02T03:06:00.000Z', networks: 10, regions: 3, hours: 24 },
        ],
      },
    ],
  };
}

const defaults: ScanSettingsView = {
  countThreshold: 50,
  spreadNetworks: 10,
  spreadRegions: 3,
  spreadHours: 24,
  customized: false,
  updatedAt: null,
};

/** Answers statistics for any period and the settings; records the calls with their query and body. */
function serve(role: 'owner' | 'viewer') {
  const calls: string[] = [];
  let settings = defaults;
  server.fetch = async (input, init) => {
    const url = new URL(String(input), 'http://app.test');
    const method = init?.method ?? 'GET';
    calls.push(`${method} ${url.pathname}${url.search}${init?.body ? ` ${String(init.body)}` : ''}`);
    let answer: { status: number; body: unknown };
    if (url.pathname === '/api/v1/scan-statistics')
      answer = {
        status: 200,
        body: statsFor(url.searchParams.get('from') ?? '', url.searchParams.get('to') ?? ''),
      };
    else if (method === 'PUT') {
      settings = {
        ...JSON.parse(String(init?.body)),
        customized: true,
        updatedAt: '2026-03-02T04:00:00.000Z',
      };
      answer = { status: 200, body: settings };
    } else answer = { status: 200, body: settings };
    const checked = checkedAnswer(method, url.pathname, answer);
    return new Response(JSON.stringify(checked.body), {
      status: checked.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  render(
    <AppProviders>
      <SessionContext value={fakeSession(role)}>
        <MemoryRouter>
          <ScansPage />
        </MemoryRouter>
      </SessionContext>
    </AppProviders>,
  );
  return calls;
}

describe('the scans dashboard', { timeout: 30_000 }, () => {
  it('shows the period’s total, a bar per day, products, lots, top labels and why labels are suspicious', async () => {
    serve('owner');
    expect((await screen.findByTestId('scans-total')).textContent).toBe('57 lượt quét');
    expect(screen.getAllByTestId('scan-bar')).toHaveLength(2);
    expect(within(screen.getByTestId('scans-by-product')).getByText('Tem chưa gắn sản phẩm')).toBeTruthy();
    expect(within(screen.getByTestId('scans-by-lot')).getByText('R26-1')).toBeTruthy();
    expect(within(screen.getByTestId('scans-top-labels')).getByText('KKKK KKKK KKKK2')).toBeTruthy();
    const why = screen.getByTestId('scans-suspicious').textContent ?? '';
    expect(why).toContain('Quét 55 lần, vượt ngưỡng 50');
    expect(why).toContain('10 mạng, 3 tỉnh khác nhau trong 24 giờ');
  });

  it('asks for the period typed, and the CSV link follows it', async () => {
    const calls = serve('owner');
    await screen.findByTestId('scans-total');
    // typed day first, whatever the browser's locale
    fireEvent.change(screen.getByTestId('scans-from'), { target: { value: '01/01/2026' } });
    fireEvent.change(screen.getByTestId('scans-to'), { target: { value: '31/01/2026' } });
    await waitFor(() => expect(calls).toContain('GET /api/v1/scan-statistics?from=2026-01-01&to=2026-01-31'));
    expect(screen.getByTestId('scans-csv').getAttribute('href')).toBe(
      '/api/v1/scans.csv?from=2026-01-01&to=2026-01-31',
    );
  });

  it('lets the owner change the thresholds', async () => {
    const calls = serve('owner');
    const threshold = await screen.findByTestId('scan-setting-countThreshold');
    fireEvent.change(threshold, { target: { value: '120' } });
    fireEvent.click(screen.getByTestId('scan-settings-save'));
    await waitFor(() =>
      expect(calls).toContain(
        'PUT /api/v1/scan-settings {"countThreshold":120,"spreadNetworks":10,"spreadRegions":3,"spreadHours":24}',
      ),
    );
  });

  it('shows a viewer the thresholds without a way to change them', async () => {
    serve('viewer');
    const threshold = await screen.findByTestId('scan-setting-countThreshold');
    expect((threshold as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByTestId('scan-settings-save')).toBeNull();
  });
});
