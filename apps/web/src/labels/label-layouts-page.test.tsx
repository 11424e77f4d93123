import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLabelApi } from './testing/fake-label-api';
import { builtInLayoutList } from './testing/label-fixtures';
import { renderLabelScreens } from './testing/render-labels';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

function serve(role: 'owner' | 'clerk') {
  const api = createFakeLabelApi(fakeSession(role), {
    batches: [],
    products: [],
    lots: [],
    layouts: builtInLayoutList(),
  });
  server.fetch = api.fetch;
  renderLabelScreens('/labels/layouts', fakeSession(role));
  return api;
}

const layouts = /^\/api\/v1\/label-layouts$/;
const type = (field: string, value: string) =>
  fireEvent.change(screen.getByTestId(`layout-${field}`), { target: { value } });

describe('label layouts', { timeout: 30_000 }, () => {
  it('lists the built-in sheets and rolls; a clerk cannot change them', async () => {
    serve('clerk');
    expect((await screen.findByTestId('layout-card-0')).textContent).toContain('24 tem/trang');
    expect(screen.queryByTestId('layout-new')).toBeNull();
    expect(screen.queryByTestId('layout-copy-0')).toBeNull();
  });

  it('checks a copied sheet as it is typed, redraws it, and saves it once it fits', async () => {
    const api = serve('owner');
    fireEvent.click(await screen.findByTestId('layout-copy-0'));
    expect(screen.getAllByTestId('label-preview-cell')).toHaveLength(24);
    type('columns', '4');
    expect(await screen.findByText('Không vừa trang: cần 280 mm, trang chỉ có 210 mm.')).toBeTruthy();
    expect(screen.getAllByTestId('label-preview-cell')).toHaveLength(32);
    fireEvent.click(screen.getByTestId('layout-save'));
    expect(api.callsTo('POST', layouts)).toHaveLength(0);
    type('labelWidthMm', '49');
    type('marginLeftMm', '5');
    type('gapXMm', '2,5');
    await waitFor(() => expect(screen.queryByText(/Không vừa trang/)).toBeNull());
    fireEvent.click(screen.getByTestId('layout-save'));
    await waitFor(() => expect(api.callsTo('POST', layouts)).toHaveLength(1));
    expect(api.callsTo('POST', layouts)[0]?.body).toMatchObject({
      name: 'A4, 24 tem 70 × 37 mm (3 × 8) (bản sao)',
      columns: 4,
      labelWidthMm: 49,
      gapXMm: 2.5,
    });
  });

  it('shows the server’s refusal at the field it names and keeps what was typed', async () => {
    const api = serve('owner');
    const message = 'Tên mẫu tem Tờ HTX đã được dùng cho một mẫu khác của đơn vị.';
    api.answerOnce('POST', layouts, {
      status: 409,
      body: {
        type: 'about:blank',
        title: 'LABEL_LAYOUT_NAME_TAKEN',
        status: 409,
        code: 'LABEL_LAYOUT_NAME_TAKEN',
        detail: message,
        requestId: 'r1',
      },
    });
    fireEvent.click(await screen.findByTestId('layout-new'));
    type('name', 'Tờ HTX');
    fireEvent.click(screen.getByTestId('layout-save'));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('layout-name').value).toBe('Tờ HTX');
  });
});
