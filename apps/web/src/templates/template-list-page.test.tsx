import type { TemplateSummary } from '@nguon/contracts/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeApi } from '../recalls/testing/fake-api';
import { renderTemplates } from './testing/render-templates';
import { fakeTemplateSummary, templateId } from './testing/template-fixtures';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const rice = fakeTemplateSummary(2, {
  key: 'lua-vietgap',
  productType: 'rice',
  name: { vi: 'Lúa VietGAP', en: 'VietGAP rice' },
  summary: { vi: 'Từ làm đất đến đóng bao.', en: 'From land preparation to bagging.' },
  stageCount: 7,
  jobCount: 4,
  catalogCount: 3,
  latestVersion: null,
});
const library: { items: TemplateSummary[] } = { items: [fakeTemplateSummary(1), rice] };

/** The server's search, roughly: accents folded, by name; and the product type filter. */
function serve(items = library.items) {
  const api = createFakeApi({
    'GET /api/v1/templates': ({ query }) => {
      const q = (query.get('q') ?? '')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      const type = query.get('productType');
      const found = items.filter(
        (item) =>
          (type === null || item.productType === type) &&
          item.name.vi
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .includes(q),
      );
      return { status: 200, body: { items: found } };
    },
  });
  server.fetch = api.fetch;
  renderTemplates('/templates', fakeSession('owner'));
  return api;
}

const listed = (api: ReturnType<typeof createFakeApi>) =>
  api.requests.filter((request) => request.path === '/api/v1/templates');

describe('the template library', { timeout: 20_000 }, () => {
  it('shows each template with its product type, summary, counts and the version an owner gets', async () => {
    serve();
    const cards = await screen.findAllByTestId('template-card');
    expect(cards).toHaveLength(2);
    const tea = cards[0] as HTMLElement;
    expect(within(tea).getByText('Chè (trà)')).toBeTruthy();
    expect(within(tea).getByText('Chè Shan tuyết cổ thụ')).toBeTruthy();
    expect(within(tea).getByText('Từ đồi chè đến gói chè.')).toBeTruthy();
    expect(within(tea).getByTestId('template-counts').textContent).toBe(
      '3 công đoạn · 1 công việc · 1 danh mục',
    );
    expect(within(tea).getByText('Phiên bản 2')).toBeTruthy();
    expect(within(tea).getByTestId('template-card-open').getAttribute('href')).toBe(
      `/templates/${templateId(1)}`,
    );
    expect(within(cards[1] as HTMLElement).getByText('Mọi phiên bản đã ngừng dùng')).toBeTruthy();
  });

  it('asks the server once the typing rests, words without accents finding the accented name', async () => {
    const api = serve();
    await screen.findAllByTestId('template-card');
    const before = listed(api).length;
    const search = screen.getByTestId('template-search');
    for (const typed of ['l', 'lu', 'lua']) fireEvent.change(search, { target: { value: typed } });
    await waitFor(() => expect(screen.getAllByTestId('template-card')).toHaveLength(1));
    expect(screen.getByText('Lúa VietGAP')).toBeTruthy();
    const asked = listed(api).slice(before);
    expect(asked.map((request) => request.query.get('q'))).toEqual(['lua']);
  });

  it('filters by product type on the server', async () => {
    const api = serve();
    await screen.findAllByTestId('template-card');
    const select = screen.getByTestId('template-product-type');
    fireEvent.focus(select);
    fireEvent.click(select);
    fireEvent.click(await screen.findByRole('option', { name: 'Lúa gạo', hidden: true }));
    await waitFor(() => expect(screen.getAllByTestId('template-card')).toHaveLength(1));
    expect(listed(api).at(-1)?.query.get('productType')).toBe('rice');
    expect(screen.getByTestId('location').textContent).toBe('/templates?type=rice');
  });

  it('says what to do when nothing matches', async () => {
    serve();
    await screen.findAllByTestId('template-card');
    fireEvent.change(screen.getByTestId('template-search'), { target: { value: 'nuoc mam' } });
    const empty = await screen.findByTestId('templates-empty');
    expect(empty.textContent).toContain('Không có mẫu nào khớp');
    expect(empty.textContent).toContain('Thử từ khác');
  });

  it('tells an owner facing an empty library that they can still draw a process', async () => {
    serve([]);
    expect((await screen.findByTestId('templates-empty')).textContent).toContain('Thư viện chưa có mẫu nào');
  });
});
