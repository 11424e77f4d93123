import type { CatalogImportView, TenantJobPage } from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';
import { isFinal } from '../ui/progress-words';

/** Once a second while something runs, then not at all: a weak signal pays only for live progress. */
const whileRunning = 1000;

export function useJobsKey(...rest: string[]): readonly string[] {
  return tenantKey(useSession().currentTenantId, 'jobs', ...rest);
}

/** The tenant's newest jobs (owners: all; others: their own), polled while any of them runs. */
export function useTenantJobs(limit: number) {
  return useQuery({
    queryKey: [...useJobsKey('list'), String(limit)],
    queryFn: () => api.call('listTenantJobs', { query: { limit: String(limit) } }),
    refetchInterval: (query) => {
      const page: TenantJobPage | undefined = query.state.data;
      return page?.items.some((job) => !isFinal(job)) ? whileRunning : false;
    },
  });
}

/** One background catalog import, polled until it ends. */
export function useCatalogImport(id: string, initial?: CatalogImportView) {
  return useQuery({
    queryKey: useJobsKey('catalog-import', id),
    queryFn: () => api.call('getCatalogImport', { params: { id } }),
    initialData: initial,
    refetchInterval: (query) => {
      const view: CatalogImportView | undefined = query.state.data;
      return view && isFinal(view.job) ? false : whileRunning;
    },
  });
}

export function useCancelCatalogImport() {
  const queryClient = useQueryClient();
  const queryKey = useJobsKey();
  return useMutation({
    mutationFn: (id: string) => api.call('cancelCatalogImport', { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

/** Runs an interrupted or stalled import again, after its last committed batch. */
export function useRetryCatalogImport() {
  const queryClient = useQueryClient();
  const queryKey = useJobsKey();
  return useMutation({
    mutationFn: (id: string) => api.call('retryCatalogImport', { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}
