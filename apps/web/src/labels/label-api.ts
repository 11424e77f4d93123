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

/** One page of picker matches: enough to choose from, small enough to come back at once on a phone. */
export const pickerPageSize = 50;

/** The products labels may be ordered for (not archived), matching the typed name, SKU or GTIN. */
export function useLabelProductSearch(words: string) {
  return useQuery({
    queryKey: tenantKey(useSession().currentTenantId, 'products', 'list', 'for-labels', words),
    queryFn: () =>
      api.call('listProducts', {
        query: { archived: 'false', pageSize: String(pickerPageSize), ...(words ? { q: words } : {}) },
      }),
    placeholderData: keepPreviousData,
  });
}

/** The lots of one product (newest first) whose code holds the typed part: labels never cross products. */
export function useLabelLotSearch(productId: string | null, words: string) {
  return useQuery({
    queryKey: tenantKey(useSession().currentTenantId, 'lots', 'list', 'for-labels', productId ?? '', words),
    queryFn: () =>
      api.call('listLots', {
        query: {
          productId: productId ?? '',
          pageSize: String(pickerPageSize),
          ...(words ? { q: words } : {}),
        },
      }),
    enabled: productId !== null,
    // another product's lots are never shown while this one's are asked for
    placeholderData: (previous, query) =>
      query?.queryKey[query.queryKey.length - 2] === productId ? previous : undefined,
  });
}
