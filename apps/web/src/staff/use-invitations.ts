import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';
import { useSwitchTenant } from '../auth/use-auth';

/** Invitations waiting for the signed-in person; per person, not per tenant. */
const myInvitationsKey = ['my-invitations'] as const;

export function useMyInvitations() {
  return useQuery({ queryKey: myInvitationsKey, queryFn: () => api.call('listMyInvitations', {}) });
}

/** Accepting makes the membership; then the person works in that tenant, as after any switch. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  const switchTenant = useSwitchTenant();
  return useMutation({
    mutationFn: async (id: string) => {
      const joined = await api.call('acceptMyInvitation', { params: { id } });
      await switchTenant.mutateAsync(joined.tenantId);
      return joined;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: myInvitationsKey }),
  });
}

export function useDeclineInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.call('declineMyInvitation', { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myInvitationsKey }),
  });
}

function useStaffInvitationsKey() {
  return tenantKey(useSession().currentTenantId, 'staff-invitations');
}

export function useStaffInvitations() {
  const queryKey = useStaffInvitationsKey();
  return useQuery({ queryKey, queryFn: () => api.call('listStaffInvitations', {}) });
}

/** Refreshes the tenant's invitations after adding, withdrawing or renewing one. */
export function useRefreshStaffInvitations() {
  const queryClient = useQueryClient();
  const queryKey = useStaffInvitationsKey();
  return () => queryClient.invalidateQueries({ queryKey });
}

export function useRevokeInvitation() {
  const refresh = useRefreshStaffInvitations();
  return useMutation({
    mutationFn: (id: string) => api.call('revokeStaffInvitation', { params: { id } }),
    onSuccess: refresh,
  });
}

export function useRenewInvitationCode() {
  const refresh = useRefreshStaffInvitations();
  return useMutation({
    mutationFn: (id: string) => api.call('renewStaffInvitationCode', { params: { id } }),
    onSuccess: refresh,
  });
}
