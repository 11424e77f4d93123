import type { CreateTenantBody, UpdateTenantBody } from '@nguon/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { sessionKey, tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';

export function useTenant() {
  const queryKey = tenantKey(useSession().currentTenantId, 'details');
  return useQuery({ queryKey, queryFn: () => api.call('getTenant', {}) });
}

export function useUpdateTenant() {
  const queryClient = useQueryClient();
  const queryKey = tenantKey(useSession().currentTenantId, 'details');
  return useMutation({
    mutationFn: (body: UpdateTenantBody) => api.call('updateTenant', { body }),
    onSuccess: async (tenant) => {
      queryClient.setQueryData(queryKey, tenant);
      // the tenant switcher shows the name from the session's memberships
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

export function useCreateTenant() {
  return useMutation({ mutationFn: (body: CreateTenantBody) => api.call('createTenant', { body }) });
}
