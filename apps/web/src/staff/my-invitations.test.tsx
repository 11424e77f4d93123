import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contractFetch, renderWholeApp } from '../test/whole-app';

const tenantId = '00000000-0000-4000-8000-000000000001';
const invitationId = '00000000-0000-4000-8000-0000000000b1';
const alone = {
  user: {
    id: '00000000-0000-4000-8000-0000000000aa',
    name: 'Lò Thị Hoa',
    email: 'hoa@htx.test',
    phone: null,
  },
  memberships: [],
  platformRoles: [],
  inspectorProvinces: [],
  currentTenantId: null,
  pendingTenants: [],
  csrfToken: 'csrf',
  expiresAt: '2030-01-01T00:00:00Z',
};
const joined = {
  ...alone,
  memberships: [{ tenantId, tenantName: 'HTX Chè Suối Giàng', role: 'clerk' }],
  currentTenantId: tenantId,
};
const invitation = {
  id: invitationId,
  tenantId,
  tenantName: 'HTX Chè Suối Giàng',
  role: 'clerk',
  invitedBy: 'Vàng A Sình',
  createdAt: '2029-12-01T00:00:00Z',
  expiresAt: '2029-12-15T00:00:00Z',
};
const state = { accepted: false };

const fetchStub = contractFetch(({ method, path }) => {
  if (path === '/api/v1/auth/session-state')
    return { status: 200, body: { signedIn: true, session: state.accepted ? joined : alone } };
  if (path === '/api/v1/me/invitations')
    return { status: 200, body: { items: state.accepted ? [] : [invitation] } };
  if (method === 'POST' && path === `/api/v1/me/invitations/${invitationId}/accept`) {
    state.accepted = true;
    return { status: 200, body: { tenantId, tenantName: 'HTX Chè Suối Giàng', role: 'clerk' } };
  }
  if (method === 'POST' && path === '/api/v1/auth/switch-tenant') return { status: 200, body: joined };
  // The screens behind the shell may ask for more; an error there is not what this test is about.
  return {
    status: 404,
    body: { type: 'about:blank', title: 'x', status: 404, code: 'NOT_FOUND', detail: 'x' },
  };
});

beforeAll(() => {
  vi.stubGlobal('fetch', fetchStub);
  window.history.pushState({}, '', '/');
});
afterAll(() => vi.unstubAllGlobals());

describe('invitations for the signed-in person', () => {
  it('someone with no tenant sees who invited them where, accepts, and lands in that tenant', async () => {
    await renderWholeApp();
    const card = await screen.findByTestId('my-invitation', {}, { timeout: 10_000 });
    expect(window.location.pathname).toBe('/welcome');
    expect(card.textContent).toMatch(
      /Vàng A Sình mời bạn vào HTX Chè Suối Giàng với vai trò Nhân viên nhập liệu/,
    );
    fireEvent.click(screen.getByTestId('my-invitation-accept'));
    await waitFor(() => expect(window.location.pathname).not.toBe('/welcome'), { timeout: 10_000 });
    expect(fetchStub.mock.calls.some(([url]) => String(url).endsWith(`/${invitationId}/accept`))).toBe(true);
    await waitFor(() => expect(screen.queryByTestId('my-invitation')).toBeNull());
  }, 30_000);
});
