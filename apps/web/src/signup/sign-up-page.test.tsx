import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contractFetch, renderWholeApp } from '../test/whole-app';

const userId = '00000000-0000-4000-8000-0000000000aa';
const tenantId = '00000000-0000-4000-8000-000000000001';
const state = { mode: 'open', signedUp: false };
const session = () => ({
  user: { id: userId, name: 'Lò Thị Hoa', email: null, phone: '0912000111' },
  memberships: [{ tenantId, tenantName: 'HTX Mật ong Bắc Hà', role: 'owner' }],
  platformRoles: [],
  inspectorProvinces: [],
  currentTenantId: tenantId,
  pendingTenants: [],
  csrfToken: 'csrf',
  expiresAt: '2030-01-01T00:00:00Z',
});

function answer(method: string, path: string) {
  if (path === '/api/v1/sign-up' && method === 'GET') return { status: 200, body: { mode: state.mode } };
  if (path === '/api/v1/sign-up') {
    state.signedUp = true;
    return { status: 201, body: { userId, tenantId, status: 'active' } };
  }
  if (path === '/api/v1/auth/session-state')
    return {
      status: 200,
      body: state.signedUp ? { signedIn: true, session: session() } : { signedIn: false },
    };
  return { status: 200, body: { items: [], nextCursor: null } };
}

// A stand-in for the API that remembers the sign-up and answers as the contract says.
const fetchStub = contractFetch(({ method, path }) => answer(method, path));

beforeAll(() => vi.stubGlobal('fetch', fetchStub));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  state.signedUp = false;
  window.history.pushState({}, '', '/sign-in');
});

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('sign-up', () => {
  it('goes from the sign-in page through the person and the co-op to a signed-in session', async () => {
    state.mode = 'open';
    const view = await renderWholeApp();
    fireEvent.click(await screen.findByTestId('sign-up-link'));
    fireEvent.click(await screen.findByTestId('sign-up-next'));
    expect(await screen.findByText('Hãy nhập email hoặc số điện thoại.')).toBeTruthy();
    type('sign-up-name', 'Lò Thị Hoa');
    type('sign-up-phone', '0912 000 111');
    type('sign-up-password', 'Mat-ong-Bac-Ha-2026');
    type('sign-up-repeat', 'Mat-ong-Bac-Ha-2026');
    fireEvent.click(screen.getByTestId('sign-up-next'));
    type('tenant-name', 'HTX Mật ong Bắc Hà');
    type('tenant-address', 'Xã Bảo Nhai');
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect((await screen.findAllByText('Cần điền mục này.')).length).toBeGreaterThan(0);
    expect(
      fetchStub.mock.calls.some(([url, init]) => String(url).endsWith('/sign-up') && init.method === 'POST'),
    ).toBe(false);
    const province = screen.getByTestId('tenant-province');
    fireEvent.focus(province);
    fireEvent.click(province);
    fireEvent.click(await screen.findByRole('option', { name: 'Lào Cai', hidden: true }, { timeout: 5000 }));
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    await waitFor(() => expect(state.signedUp).toBe(true));
    const [, init] =
      fetchStub.mock.calls.find(([url, i]) => String(url).endsWith('/sign-up') && i.method === 'POST') ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({
      person: { name: 'Lò Thị Hoa', phone: '0912 000 111', password: 'Mat-ong-Bac-Ha-2026' },
      tenant: { name: 'HTX Mật ong Bắc Hà', kind: 'coop', province: 'lao-cai', address: 'Xã Bảo Nhai' },
    });
    expect(new Headers(init?.headers).get('idempotency-key')).toMatch(/^sign-up-[0-9a-f]{32}$/);
    await waitFor(() => expect(window.location.pathname).not.toBe('/sign-up'));
    view.unmount();
  }, 30_000);

  it('shows no sign-up link when the operator closed sign-up', async () => {
    state.mode = 'closed';
    await renderWholeApp();
    expect(await screen.findByTestId('sign-in-submit')).toBeTruthy();
    await waitFor(() =>
      expect(fetchStub.mock.calls.some(([url]) => String(url).endsWith('/sign-up'))).toBe(true),
    );
    expect(screen.queryByTestId('sign-up-link')).toBeNull();
  }, 30_000);
});
