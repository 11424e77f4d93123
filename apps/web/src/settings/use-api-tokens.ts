import type { ApiTokenView, CreateApiTokenBody } from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';

function useTokensKey() {
  return tenantKey(useSession().currentTenantId, 'api-tokens');
}

export function useApiTokens() {
  const queryKey = useTokensKey();
  return useQuery({ queryKey, queryFn: () => api.call('listApiTokens', {}) });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  const queryKey = useTokensKey();
  return useMutation({
    mutationFn: (body: CreateApiTokenBody) => api.call('createApiToken', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  const queryKey = useTokensKey();
  return useMutation({
    mutationFn: (id: string) => api.call('revokeApiToken', { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(token: ApiTokenView, now: Date): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) <= now) return 'expired';
  return 'active';
}
