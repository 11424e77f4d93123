import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contractFetch, renderWholeApp } from '../test/whole-app';

const waiting = {
  user: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Lò Thị Hoa', email: null, phone: '0912000111' },
  memberships: [],
  platformRoles: [],
  inspectorProvinces: [],
  currentTenantId: null,
  pendingTenants: [
    { tenantId: '00000000-0000-4000-8000-000000000001', tenantName: 'HTX Mật ong Bắc Hà', status: 'pending' },
  ],
  csrfToken: 'csrf',
  expiresAt: '2030-01-01T00:00:00Z',
};

const refused = {
  ...waiting,
  pendingTenants: waiting.pendingTenants.map((tenant) => ({ ...tenant, status: 'refused' })),
};
const state = { session: waiting };

const fetchStub = contractFetch(({ path }) => {
  if (path !== '/api/v1/auth/session-state') throw new Error(`unexpected ${path}`);
  return { status: 200, body: { signedIn: true, session: state.session } };
});

beforeAll(() => {
  vi.stubGlobal('fetch', fetchStub);
  window.history.pushState({}, '', '/');
});
afterAll(() => vi.unstubAllGlobals());

describe('waiting for approval', () => {
  it('sends the owner of a pending co-op to a plain screen that says so, not to create another', async () => {
    await renderWholeApp();
    expect(await screen.findByText('Đang chờ duyệt')).toBeTruthy();
    expect(screen.getByText(/HTX Mật ong Bắc Hà đã được đăng ký/)).toBeTruthy();
    expect(window.location.pathname).toBe('/pending');
    expect(screen.queryByTestId('tenant-create-submit')).toBeNull();
  }, 30_000);

  it('sends someone whose only sign-up was refused back to create another, saying why', async () => {
    state.session = refused;
    vi.resetModules(); // a fresh app: the session is cached for the page's life
    window.history.pushState({}, '', '/pending');
    const view = await renderWholeApp();
    expect((await screen.findByTestId('welcome-refused', {}, { timeout: 10_000 })).textContent).toMatch(
      /HTX Mật ong Bắc Hà không được duyệt.*tạo đơn vị khác/,
    );
    expect(window.location.pathname).toBe('/welcome');
    expect(screen.getByTestId('tenant-create-submit')).toBeTruthy();
    view.unmount();
  }, 30_000);
});
