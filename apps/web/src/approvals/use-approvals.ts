import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

const pendingKey = ['admin', 'pending-tenants'] as const;

/** Tenants that signed up and wait for a platform admin. */
export function usePendingTenants() {
  return useQuery({ queryKey: pendingKey, queryFn: () => api.call('listPendingTenants', {}) });
}

/** Approves or refuses one; the list is read again. */
export function useDecideTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'refuse' }) =>
      api.call('decideTenant', { params: { id }, body: { decision } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: pendingKey }),
  });
}
