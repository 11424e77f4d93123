import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contractFetch, renderWholeApp } from '../test/whole-app';

const adminId = '00000000-0000-4000-8000-0000000000ad';
const pendingId = '00000000-0000-4000-8000-000000000077';
const state = { decided: null as string | null, approvedInSession: false };
const adminSession = {
  user: { id: adminId, name: 'Quản trị', email: 'admin@nguon.vn', phone: null },
  memberships: [],
  platformRoles: ['admin'],
  inspectorProvinces: [],
  currentTenantId: null,
  pendingTenants: [],
  csrfToken: 'csrf',
  expiresAt: '2030-01-01T00:00:00Z',
};
const pendingTenant = {
  id: pendingId,
  name: 'HTX Mật ong Bắc Hà',
  kind: 'coop',
  province: 'lao-cai',
  address: 'Xã Bảo Nhai',
  taxCode: null,
  ownerName: 'Lò Thị Hoa',
  ownerEmail: null,
  ownerPhone: '0912000111',
  createdAt: '2026-12-05T01:00:00Z',
};

function answer(method: string, path: string, body: unknown) {
  if (path === '/api/v1/auth/session-state')
    return { status: 200, body: { signedIn: true, session: adminSession } };
  if (path === '/api/v1/admin/tenants/pending')
    return { status: 200, body: { items: state.decided ? [] : [pendingTenant] } };
  if (path === `/api/v1/admin/tenants/${pendingId}/decision` && method === 'POST') {
    state.decided = JSON.stringify(body);
    return {
      status: 200,
      body: { id: pendingId, status: state.decided.includes('refuse') ? 'refused' : 'active' },
    };
  }
  throw new Error(`unexpected ${method} ${path}`);
}

const fetchStub = contractFetch(({ method, path, body }) => answer(method, path, body));

beforeAll(() => {
  vi.stubGlobal('fetch', fetchStub);
  window.history.pushState({}, '', '/approvals');
});
afterAll(() => vi.unstubAllGlobals());

describe('approvals', () => {
  it('lists a signed-up co-op for the platform admin, who approves it; then none is waiting', async () => {
    await renderWholeApp();
    expect(await screen.findByText('HTX Mật ong Bắc Hà')).toBeTruthy();
    expect(screen.getByText(/Lò Thị Hoa · 0912000111/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('pending-approve'));
    await waitFor(() => expect(state.decided).toBe('{"decision":"approve"}'));
    expect(await screen.findByText('Không có đơn vị nào chờ duyệt.')).toBeTruthy();
  }, 30_000);

  it('asks before refusing, naming the co-op; cancelling sends nothing', async () => {
    state.decided = null;
    vi.resetModules(); // a fresh app: the list is cached for the page's life
    window.history.pushState({}, '', '/approvals');
    const view = await renderWholeApp();
    fireEvent.click(await screen.findByTestId('pending-refuse', {}, { timeout: 10_000 }));
    expect(screen.getByTestId('refuse-confirm').textContent).toContain('Từ chối HTX Mật ong Bắc Hà?');
    fireEvent.click(screen.getByText('Huỷ'));
    expect(state.decided).toBeNull();
    fireEvent.click(screen.getByTestId('pending-refuse'));
    fireEvent.click(screen.getByTestId('pending-refuse-final'));
    await waitFor(() => expect(state.decided).toBe('{"decision":"refuse"}'));
    view.unmount();
  }, 30_000);
});
