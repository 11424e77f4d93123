import type { CreateTenantBody, TenantView, UpdateTenantBody } from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { sessionKey, tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';

function useTenantKey() {
  return tenantKey(useSession().currentTenantId, 'details');
}

/** The current tenant; idle while the person has not chosen one. */
export function useTenant() {
  const { currentTenantId } = useSession();
  const queryKey = useTenantKey();
  return useQuery({
    queryKey,
    queryFn: () => api.call('getTenant', {}),
    enabled: currentTenantId !== null,
  });
}

export function useUpdateTenant() {
  const queryClient = useQueryClient();
  const queryKey = useTenantKey();
  return useMutation({
    mutationFn: (body: UpdateTenantBody) => api.call('updateTenant', { body }),
    onSuccess: async (tenant) => {
      queryClient.setQueryData(queryKey, tenant);
      // the tenant switcher shows the name from the session's memberships
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

/** Sends the file's bytes as they are; the answer's new logoUrl replaces the cached tenant, header included. */
export function useUploadTenantLogo() {
  const queryClient = useQueryClient();
  const queryKey = useTenantKey();
  return useMutation({
    mutationFn: async (file: File) =>
      api.call('uploadTenantLogo', {
        body: { contentType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
      }),
    onSuccess: (tenant: TenantView) => queryClient.setQueryData(queryKey, tenant),
  });
}

export function useRemoveTenantLogo() {
  const queryClient = useQueryClient();
  const queryKey = useTenantKey();
  return useMutation({
    mutationFn: () => api.call('removeTenantLogo', {}),
    onSuccess: (tenant: TenantView) => queryClient.setQueryData(queryKey, tenant),
  });
}

/** Opens a tenant; one that waits for approval (SIGNUP=approval) reloads the session, which then lists it as pending. */
export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTenantBody) => api.call('createTenant', { body }),
    onSuccess: async (tenant) => {
      if (tenant.status !== 'active') await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
