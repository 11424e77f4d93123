import type {
  CloseRecallBody,
  CreateRecallBody,
  RecallDetail,
  RecallListQuery,
  UpdateRecallBody,
} from '@nguon/contracts/client';
import { tenantRoleAllows } from '@nguon/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { currentMembership, useSession } from '../auth/session-context';
import { useLotsKey } from '../lots/lot-api';
import { isFinal } from '../ui/progress-words';
import { randomId } from '../ui/random-id';

export function useRecallsKey(...rest: string[]): readonly string[] {
  return tenantKey(useSession().currentTenantId, 'recalls', ...rest);
}

/** Owners start, publish and close recalls; clerks and viewers read them. */
export function useCanManageRecalls(): boolean {
  const role = currentMembership(useSession())?.role;
  return role !== undefined && tenantRoleAllows(role, 'recalls.manage');
}

/** The lot a recall is started from (the lot view's cache when it was just open); nothing asked without one. */
export function useSeedLot(lotId: string | undefined) {
  return useQuery({
    queryKey: useLotsKey('one', lotId ?? ''),
    queryFn: () => api.call('getLot', { params: { id: lotId ?? '' } }),
    enabled: lotId !== undefined && lotId !== '',
  });
}

/** The tenant's recalls, newest first (the list's cap applies): all of them, or those of a status, drills or not. */
export function useRecallList(query: RecallListQuery = {}) {
  return useQuery({
    queryKey: useRecallsKey('list', query.status ?? '', query.drill ?? ''),
    queryFn: () => api.call('listRecalls', { query }),
  });
}

const reportRunning = (detail: RecallDetail | undefined) =>
  detail?.report !== null && detail?.report !== undefined && !isFinal(detail.report.job);

/** One recall; re-read every second while its report is being made, so the bar moves. */
export function useRecall(id: string) {
  return useQuery({
    queryKey: useRecallsKey('one', id),
    queryFn: () => api.call('getRecall', { params: { id } }),
    refetchInterval: (query) => (reportRunning(query.state.data) ? 1000 : false),
  });
}

/** Every recall write answers with the recall: it replaces the cached one, and the list is read again. */
function useRecallWrite<Input>(id: string, write: (input: Input) => Promise<RecallDetail>) {
  const queryClient = useQueryClient();
  const oneKey = useRecallsKey('one', id);
  const listKey = useRecallsKey('list');
  return useMutation({
    mutationFn: write,
    onSuccess: (detail) => {
      queryClient.setQueryData(oneKey, detail);
      return queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}

export function useCreateRecall() {
  const queryClient = useQueryClient();
  const listKey = useRecallsKey('list');
  return useMutation({
    mutationFn: ({ body, key }: { body: CreateRecallBody; key: string }) =>
      api.call('createRecall', { body }, { idempotencyKey: key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey }),
  });
}

export function usePublishRecall(id: string) {
  return useRecallWrite(id, (key: string) =>
    api.call('publishRecall', { params: { id } }, { idempotencyKey: key }),
  );
}

/** Changes a draft's notice and severity; the same body sent twice changes nothing more, so no key. */
export function useUpdateRecall(id: string) {
  return useRecallWrite(id, (body: UpdateRecallBody) => api.call('updateRecall', { params: { id }, body }));
}

export function useCancelRecall(id: string) {
  // one key per click: the client's own retries of it (a weak signal) replay the first answer
  return useRecallWrite(id, () =>
    api.call('cancelRecall', { params: { id } }, { idempotencyKey: randomId() }),
  );
}

export function useCloseRecall(id: string) {
  return useRecallWrite(id, (body: CloseRecallBody) =>
    api.call('closeRecall', { params: { id }, body }, { idempotencyKey: randomId() }),
  );
}

/** Asks for the report; the recall is read again so its report and history show the new job. */
export function useRequestRecallReport(id: string) {
  const queryClient = useQueryClient();
  const oneKey = useRecallsKey('one', id);
  return useMutation({
    mutationFn: () => api.call('requestRecallReport', { params: { id } }, { idempotencyKey: randomId() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oneKey }),
  });
}

/** An inspector's recalls across the tenants of their provinces: not tenant data, so not under a tenant key. */
export function useInspectedRecalls() {
  return useQuery({
    queryKey: ['inspection', useSession().user.id, 'recalls'],
    queryFn: () => api.call('listInspectedRecalls', {}),
  });
}
