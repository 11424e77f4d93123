import type { SessionView } from '@nguon/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession, processId } from '../processes/testing/fake-process-api';
import { createFakeApi, type Handler, problemAnswer } from '../recalls/testing/fake-api';
import { renderTemplates } from './testing/render-templates';
import {
  deprecatedNote,
  fakeTemplateView,
  fakeVersion,
  teaFile,
  templateId,
} from './testing/template-fixtures';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const id = templateId(1);
const deprecatedOne = fakeVersion(1, {
  deprecated: { at: '2026-03-02T08:00:00.000Z', message: deprecatedNote },
});
const versions = [fakeVersion(2), deprecatedOne];

const used = {
  processId: processId(7),
  productId: '00000000-0000-4000-8000-0000000b0001',
  catalogs: [
    {
      key: 'ho_trong',
      id: '00000000-0000-4000-8000-0000000c0001',
      name: teaFile.catalogs[0]?.name ?? { vi: 'x', en: 'x' },
    },
  ],
  template: { id, version: 2 },
};

function serve(path: string, session: SessionView = fakeSession('owner'), use?: Handler) {
  const api = createFakeApi({
    [`GET /api/v1/templates/${id}`]: ({ query }) => ({
      status: 200,
      body: query.get('version') === '1' ? fakeTemplateView(deprecatedOne) : fakeTemplateView(),
    }),
    [`GET /api/v1/templates/${id}/versions`]: () => ({ status: 200, body: { items: versions } }),
    [`POST /api/v1/templates/${id}/use`]: use ?? (() => ({ status: 201, body: used })),
  });
  server.fetch = api.fetch;
  renderTemplates(path, session);
  return api;
}

describe('a template preview', { timeout: 30_000 }, () => {
  it('shows the guide, the stages in process order with notes and jobs, the catalogs and the sample product', async () => {
    serve(`/templates/${id}`);
    expect((await screen.findByTestId('template-guide')).textContent).toContain('Dành cho HTX chè vùng cao.');
    const stages = screen.getAllByTestId('template-stage');
    expect(stages.map((stage) => within(stage).getByRole('heading').textContent)).toEqual([
      'Chọn đồi chè',
      'Chăm sóc',
      'Đóng gói',
    ]);
    expect(within(stages[0] as HTMLElement).getByText('Bắt đầu')).toBeTruthy();
    expect(within(stages[2] as HTMLElement).getByText('Sau: Chăm sóc')).toBeTruthy();
    expect(within(stages[1] as HTMLElement).getByTestId('template-stage-note').textContent).toBe(
      'Nhật ký bón phân.',
    );
    expect(within(stages[1] as HTMLElement).getByTestId('template-job').textContent).toContain('Bón phân');
    const catalog = screen.getByTestId('template-catalog');
    expect(
      within(catalog)
        .getAllByTestId('template-sample-item')
        .map((item) => item.textContent),
    ).toEqual(['Vàng A Chu', 'Giàng Thị Say']);
    const product = screen.getByTestId('template-sample-product');
    expect(product.textContent).toContain('Chè Shan tuyết 100 g');
    expect(product.textContent).toContain('540 ngày');
  });

  it("draws a stage's and a job's form read-only, its catalog field without a tenant catalog", async () => {
    serve(`/templates/${id}`);
    fireEvent.click(await screen.findByTestId('template-stage-form-chon_doi-toggle'));
    const form = await screen.findByTestId('template-stage-form-chon_doi');
    const area = await within(form).findByText('Diện tích');
    expect(area).toBeTruthy();
    const grower = within(form).getByTestId('form-input-stage_chon_doi_ho');
    expect(grower.hasAttribute('readonly')).toBe(true);
    expect(within(form).queryByTestId('form-submit')).toBeNull();
    expect(within(form).queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByTestId('template-job-form-bon_phan-toggle'));
    expect(
      await within(await screen.findByTestId('template-job-form-bon_phan')).findByText('Lượng bón'),
    ).toBeTruthy();
  });

  it('lists the versions with notes and deprecations, and a deprecated one cannot be used', async () => {
    serve(`/templates/${id}?version=1`);
    expect((await screen.findByTestId('template-deprecated')).textContent).toBe(
      `Phiên bản 1 đã ngừng dùng: ${deprecatedNote.vi}`,
    );
    expect(screen.getByTestId('template-use').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('template-use-blocked').textContent).toContain('đã ngừng dùng');
    const rows = await screen.findAllByTestId('template-version');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Ghi chú bản 2');
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link', { name: 'Xem phiên bản này' })
        .getAttribute('href'),
    ).toBe(`/templates/${id}?version=2`);
    expect(rows[1]?.textContent).toContain('Ngừng dùng');
    expect(rows[1]?.textContent).toContain(deprecatedNote.vi);
  });

  it('tells a viewer-like member why they cannot use it', async () => {
    serve(`/templates/${id}`, fakeSession('viewer'));
    expect((await screen.findByTestId('template-use-blocked')).textContent).toContain('Chỉ chủ tài khoản');
    expect(screen.getByTestId('template-use').hasAttribute('disabled')).toBe(true);
  });

  it('confirms what will be created, uses the template once with a key and opens the new process', async () => {
    const api = serve(`/templates/${id}`);
    fireEvent.click(await screen.findByTestId('template-use'));
    const list = await screen.findByTestId('template-use-list');
    expect(list.textContent).toContain('Một quy trình nháp (3 công đoạn)');
    expect(list.textContent).toContain('1 danh mục với 2 mục mẫu');
    expect(list.textContent).toContain('Một sản phẩm mẫu: Chè Shan tuyết 100 g');
    fireEvent.change(screen.getByTestId('template-use-name'), { target: { value: ' Chè HTX Tả Van ' } });
    fireEvent.click(screen.getByTestId('template-use-confirm'));
    expect(await screen.findByTestId('designer-stand-in')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe(`/processes/${processId(7)}`);
    const posts = api.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ version: 2, processName: { vi: 'Chè HTX Tả Van', en: '' } });
    expect(posts[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('shows a refusal coded in place and keeps the dialog, the retry sending the same key', async () => {
    const answers = [
      problemAnswer(409, 'TEMPLATE_VERSION_DEPRECATED', 'Phiên bản 2 của mẫu này đã ngừng dùng: lỗi'),
      { status: 201, body: used },
    ];
    const api = serve(`/templates/${id}`, fakeSession('owner'), () => answers.shift() ?? answers[0]!);
    fireEvent.click(await screen.findByTestId('template-use'));
    fireEvent.click(await screen.findByTestId('template-use-confirm'));
    const error = await screen.findByTestId('template-use-error');
    expect(error.textContent).toContain('TEMPLATE_VERSION_DEPRECATED');
    expect(error.textContent).toContain('Phiên bản 2 của mẫu này đã ngừng dùng');
    expect(screen.getByTestId('template-use-modal')).toBeTruthy();
    fireEvent.click(screen.getByTestId('template-use-confirm'));
    await screen.findByTestId('designer-stand-in');
    const keys = api.requests.filter((request) => request.method === 'POST').map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    await waitFor(() => expect(screen.queryByTestId('template-use-modal')).toBeNull());
  });
});
