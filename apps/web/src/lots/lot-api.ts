import type { LotListQuery, WorkListQuery } from '@nguon/contracts/client';
import { type TenantAction, tenantRoleAllows } from '@nguon/domain';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { currentMembership, useSession } from '../auth/session-context';

/** Every lot query of the tenant lives under this key, so one write refreshes the work list and lot views. */
export function useLotsKey(...rest: string[]): readonly string[] {
  return tenantKey(useSession().currentTenantId, 'lots', ...rest);
}

function useAllows(action: TenantAction): boolean {
  const role = currentMembership(useSession())?.role;
  return role !== undefined && tenantRoleAllows(role, action);
}

/** Owners and clerks create lots, record stages and transformations; viewers read. */
export const useCanRecord = () => useAllows('lots.record');
/** Only owners recompute the record hash chains. */
export const useCanVerify = () => useAllows('records.verify');

export function useWorkList(query: WorkListQuery) {
  return useQuery({
    queryKey: [...useLotsKey('work'), JSON.stringify(query)],
    queryFn: () => api.call('getWorkList', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useLotList(query: LotListQuery) {
  return useQuery({
    queryKey: [...useLotsKey('list'), JSON.stringify(query)],
    queryFn: () => api.call('listLots', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useLot(id: string) {
  return useQuery({
    queryKey: useLotsKey('one', id),
    queryFn: () => api.call('getLot', { params: { id } }),
  });
}

/** A stage's entry; at a stage with jobs, `jobId` names the job whose form is filled. */
export function useStageEntry(
  id: string | null,
  stageId: string,
  jobId: string | null = null,
  enabled = true,
) {
  return useQuery({
    queryKey: useLotsKey('entry', id ?? '', stageId, jobId ?? ''),
    queryFn: () =>
      api.call('getStageEntry', {
        params: { id: id ?? '', stageId },
        query: jobId ? { jobId } : {},
      }),
    enabled: enabled && id !== null && stageId !== '',
    // the form must match the stage's state now, not a minute ago
    staleTime: 0,
  });
}

/** The products following a process, not archived: what a transformation of its lots may make. */
export function useProcessProducts(processId: string) {
  return useQuery({
    queryKey: tenantKey(useSession().currentTenantId, 'products', 'list', 'of-process', processId),
    queryFn: () => api.call('listProducts', { query: { archived: 'false', processId, pageSize: '100' } }),
    select: (page) => page.items,
  });
}

/** How many products the lot-creation picker shows per answer; typing narrows the rest. */
export const lotProductPageSize = 50;

/** The products a lot can start on (a published process), searched on the server by name, SKU or GTIN. */
export function useLotProductSearch(words: string) {
  return useQuery({
    queryKey: tenantKey(useSession().currentTenantId, 'products', 'list', 'for-lots', 'search', words),
    queryFn: () =>
      api.call('listProducts', {
        query: {
          archived: 'false',
          hasPublishedProcess: 'true',
          pageSize: String(lotProductPageSize),
          ...(words ? { q: words } : {}),
        },
      }),
    placeholderData: keepPreviousData,
  });
}

/** Forgets every lot answer after a write: remaining quantities, stage states and timelines all move. */
export function useRefreshLots(): () => Promise<void> {
  const queryClient = useQueryClient();
  const queryKey = useLotsKey();
  return useCallback(() => queryClient.invalidateQueries({ queryKey }), [queryClient, queryKey]);
}
