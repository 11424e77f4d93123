import type { LabelBatchListQuery, LabelBatchView } from '@nguon/contracts/client';
import { type TenantAction, tenantRoleAllows } from '@nguon/domain';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { currentMembership, useSession } from '../auth/session-context';

/** Poll once a second while a batch or its PDF is being made; never when everything shown is final. */
export const labelPollMs = 1000;

/** Every label query of the tenant lives under this key, so one order or cancel refreshes list and batch. */
export function useLabelsKey(...rest: string[]): readonly string[] {
  return tenantKey(useSession().currentTenantId, 'labels', ...rest);
}

function useAllows(action: TenantAction): boolean {
  const role = currentMembership(useSession())?.role;
  return role !== undefined && tenantRoleAllows(role, action);
}

/** Owners order, cancel and retry batches; clerks look and download. */
export const useCanOrderLabels = () => useAllows('labels.order');
/** Owners save their own sheets and rolls. */
export const useCanManageLayouts = () => useAllows('labelLayouts.manage');

/** True while the server is still working on the batch: its labels, or its PDF. */
export function batchIsMoving(batch: Pick<LabelBatchView, 'state' | 'pdf'>): boolean {
  return (
    batch.state === 'queued' ||
    batch.state === 'running' ||
    batch.pdf.state === 'queued' ||
    batch.pdf.state === 'running'
  );
}

export function useLabelBatches(query: LabelBatchListQuery) {
  return useQuery({
    queryKey: [...useLabelsKey('batches'), JSON.stringify(query)],
    queryFn: () => api.call('listLabelBatches', { query }),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (current.state.data?.items.some(batchIsMoving) ? labelPollMs : false),
  });
}

export function useLabelBatch(id: string) {
  return useQuery({
    queryKey: useLabelsKey('batch', id),
    queryFn: () => api.call('getLabelBatch', { params: { id } }),
    refetchInterval: (current) =>
      current.state.data && batchIsMoving(current.state.data) ? labelPollMs : false,
  });
}

/** Forgets every label answer after a write: the list, the batch and its progress all move. */
export function useRefreshLabels(): () => Promise<void> {
  const queryClient = useQueryClient();
  const queryKey = useLabelsKey();
  return useCallback(() => queryClient.invalidateQueries({ queryKey }), [queryClient, queryKey]);
}

/** The tenant's lots of one product, for the lot picker of an order (newest first, the first hundred). */
export function useLotsOfProduct(productId: string | null) {
  return useQuery({
    queryKey: tenantKey(useSession().currentTenantId, 'lots', 'list', 'for-labels', productId ?? ''),
    queryFn: () => api.call('listLots', { query: { productId: productId ?? '', pageSize: '100' } }),
    enabled: productId !== null,
  });
}

/** The products labels may be ordered for: every product that is not archived. */
export function useLabelProducts() {
  return useQuery({
    queryKey: tenantKey(useSession().currentTenantId, 'products', 'list', 'for-labels'),
    queryFn: () => api.call('listProducts', { query: { archived: 'false', pageSize: '100' } }),
    select: (page) => page.items,
  });
}
