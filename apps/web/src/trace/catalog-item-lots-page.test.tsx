import type { CatalogItemLots } from '@nguon/contracts/client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeApi } from '../recalls/testing/fake-api';
import { renderRecallScreens } from '../recalls/testing/render-screens';
import { traceLot, traceLotId } from './trace-fixtures';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const catalogId = '00000000-0000-4000-8000-0000000000d7';
const itemId = '00000000-0000-4000-8000-0000000000d8';
const path = `/catalogs/${catalogId}/items/${itemId}/lots`;

function serve(role: 'owner' | 'viewer', lots: CatalogItemLots['lots']) {
  const answer: CatalogItemLots = {
    item: { id: itemId, catalogId, catalogName: { vi: 'Phân bón', en: 'Fertilisers' }, label: 'NPK lô F-7' },
    lots,
  };
  server.fetch = createFakeApi({ [`GET /api/v1${path}`]: () => ({ status: 200, body: answer }) }).fetch;
  renderRecallScreens(path, fakeSession(role));
}

const used = (n: number, code: string) => ({
  lot: traceLot(n, code),
  recordCount: 2,
  firstAt: '2026-03-01T03:00:00.000Z',
  lastAt: '2026-03-03T03:00:00.000Z',
});

describe('the lots that used a catalog item', { timeout: 30_000 }, () => {
  it('lists each lot with its records and opens its trace; an owner may recall them all', async () => {
    serve('owner', [used(1, 'H-1'), used(2, 'H-2')]);
    expect(await screen.findByText('Lô đã dùng “NPK lô F-7”')).toBeTruthy();
    const rows = screen.getAllByTestId('item-lot');
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe(`/lots/${traceLotId(1)}/trace`);
    expect(rows[0]?.textContent).toContain('2 bản ghi');
    expect(screen.getByTestId('item-lots-recall').getAttribute('href')).toBe(
      `/recalls/new?catalogId=${catalogId}&itemId=${itemId}`,
    );
  });

  it('says so when no lot used it, and a viewer gets no recall button', async () => {
    serve('viewer', []);
    expect((await screen.findByTestId('item-lots-empty')).textContent).toContain(
      'Chưa có lô nào ghi nhận mục này.',
    );
    expect(screen.queryByTestId('item-lots-recall')).toBeNull();
  });
});
