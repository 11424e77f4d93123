import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contractFetch, renderWholeApp } from '../test/whole-app';

const tenantId = '00000000-0000-4000-8000-000000000001';
const ownerId = '00000000-0000-4000-8000-0000000000aa';
const invitationId = '00000000-0000-4000-8000-0000000000b1';
const session = {
  user: { id: ownerId, name: 'Vàng A Sình', email: 'sinh@htx.test', phone: null },
  memberships: [{ tenantId, tenantName: 'HTX Chè Suối Giàng', role: 'owner' }],
  platformRoles: [],
  inspectorProvinces: [],
  currentTenantId: tenantId,
  pendingTenants: [],
  csrfToken: 'csrf',
  expiresAt: '2030-01-01T00:00:00Z',
};
const owner = {
  userId: ownerId,
  name: 'Vàng A Sình',
  email: 'sinh@htx.test',
  phone: null,
  role: 'owner',
  joinedAt: '2029-11-01T00:00:00Z',
  passwordSet: true,
};
const invitation = {
  id: invitationId,
  name: 'Lò Văn Minh',
  email: 'minh@htx.test',
  phone: null,
  role: 'clerk',
  invitedBy: 'Vàng A Sình',
  createdAt: '2029-12-01T00:00:00Z',
  expiresAt: '2029-12-15T00:00:00Z',
  status: 'pending',
};
const state = { withdrawn: false };

const fetchStub = contractFetch(({ method, path }) => {
  if (path === '/api/v1/auth/session-state') return { status: 200, body: { signedIn: true, session } };
  if (path === '/api/v1/staff') return { status: 200, body: { items: [owner] } };
  if (path === '/api/v1/staff/invitations')
    return { status: 200, body: { items: state.withdrawn ? [] : [invitation] } };
  if (method === 'DELETE' && path === `/api/v1/staff/invitations/${invitationId}`) {
    state.withdrawn = true;
    return { status: 204, body: undefined };
  }
  if (path === '/api/v1/me/invitations') return { status: 200, body: { items: [] } };
  return {
    status: 404,
    body: { type: 'about:blank', title: 'x', status: 404, code: 'NOT_FOUND', detail: 'x', requestId: 'x' },
  };
});
const withdrawCalls = () =>
  fetchStub.mock.calls.filter(
    ([url, init]) => String(url).endsWith(invitationId) && init?.method === 'DELETE',
  );

beforeAll(() => {
  vi.stubGlobal('fetch', fetchStub);
  window.history.pushState({}, '', '/staff');
});
afterAll(() => vi.unstubAllGlobals());

describe("the owner's invitations", () => {
  it('withdraws an invitation only after the owner confirms, naming the person', async () => {
    await renderWholeApp();
    fireEvent.click(await screen.findByTestId('staff-invitation-revoke', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Thu hồi lời mời Lò Văn Minh?');
    expect(withdrawCalls()).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));
    await waitFor(() => expect(withdrawCalls()).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('staff-invitation')).toBeNull());
  }, 30_000);
});
