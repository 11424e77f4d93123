import type { UseTemplateBody } from '@nguon/contracts/client';
import type { ProductType } from '@nguon/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';

/** The library is the platform's, not a tenant's: its queries live under one key for everyone. */
const templatesKey = ['templates'] as const;

export interface TemplateFilters {
  q: string;
  productType: ProductType | null;
}

/** The library as the server searches it (accents optional); the previous answer stays while the next loads. */
export function useTemplateList({ q, productType }: TemplateFilters) {
  const words = q.trim().slice(0, 200);
  return useQuery({
    queryKey: [...templatesKey, 'list', words, productType ?? ''],
    queryFn: () =>
      api.call('listTemplates', {
        query: { ...(words ? { q: words } : {}), ...(productType ? { productType } : {}) },
      }),
    placeholderData: keepPreviousData,
  });
}

/** One template with its file: the latest usable version, or `version` when given. */
export function useTemplate(id: string, version: number | null) {
  return useQuery({
    queryKey: [...templatesKey, 'one', id, String(version ?? 'latest')],
    queryFn: () =>
      api.call('getTemplate', {
        params: { id },
        query: version === null ? {} : { version: String(version) },
      }),
  });
}

export function useTemplateVersions(id: string) {
  return useQuery({
    queryKey: [...templatesKey, 'versions', id],
    queryFn: () => api.call('listTemplateVersions', { params: { id } }),
  });
}

/** Creates the draft process, catalogs and sample product; the tenant's lists are read again afterwards. */
export function useUseTemplate() {
  const queryClient = useQueryClient();
  const tenantQueries = tenantKey(useSession().currentTenantId);
  return useMutation({
    mutationFn: ({ id, body, key }: { id: string; body: UseTemplateBody; key: string }) =>
      api.call('useTemplate', { params: { id }, body }, { idempotencyKey: key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantQueries }),
  });
}
