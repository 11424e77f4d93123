import type { PublishProcessBody } from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useProcessesKey } from './process-api';

export function useProcess(id: string) {
  const queryKey = useProcessesKey('one', id);
  // the designer holds the draft once loaded; dropped on leaving so coming back reads the newest draft
  return useQuery({
    queryKey,
    queryFn: () => api.call('getProcess', { params: { id } }),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function useProcessVersions(id: string, enabled: boolean) {
  const queryKey = useProcessesKey('versions', id);
  return useQuery({ queryKey, queryFn: () => api.call('listProcessVersions', { params: { id } }), enabled });
}

/** One published version; versions never change, so it is fetched once. */
export function useProcessVersion(id: string, number: number | null) {
  const queryKey = useProcessesKey('version', id, String(number));
  return useQuery({
    queryKey,
    queryFn: () => api.call('getProcessVersion', { params: { id, number: String(number) } }),
    enabled: number !== null,
    staleTime: Infinity,
  });
}

export type VersionRef = number | 'draft';

export function useProcessDiff(
  id: string,
  from: VersionRef | null,
  to: VersionRef | null,
  draftRevision: number,
) {
  // the draft part of a diff is as old as the draft revision it was computed at
  const queryKey = useProcessesKey('diff', id, String(from), String(to), String(draftRevision));
  return useQuery({
    queryKey,
    queryFn: () =>
      api.call('diffProcessVersions', { params: { id }, query: { from: String(from), to: String(to) } }),
    enabled: from !== null && to !== null && from !== to,
  });
}

/** Invalidates the list and versions (not this process's draft, which the designer owns). */
function useRefreshAfterVersionChange(id: string) {
  const queryClient = useQueryClient();
  const listKey = useProcessesKey('list');
  const versionsKey = useProcessesKey('versions', id);
  return () => {
    void queryClient.invalidateQueries({ queryKey: listKey });
    void queryClient.invalidateQueries({ queryKey: versionsKey });
  };
}

export function usePublishProcess(id: string) {
  const refresh = useRefreshAfterVersionChange(id);
  return useMutation({
    mutationFn: (body: PublishProcessBody) => api.call('publishProcess', { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useRestoreVersion(id: string) {
  const refresh = useRefreshAfterVersionChange(id);
  return useMutation({
    mutationFn: ({ number, revision }: { number: number; revision: number }) =>
      api.call('restoreProcessVersion', { params: { id, number: String(number) }, body: { revision } }),
    onSuccess: refresh,
  });
}

/** Fetches one version on demand (to show it on the canvas), sharing the cache with useProcessVersion. */
export function useFetchProcessVersion(id: string) {
  const queryClient = useQueryClient();
  const versionKey = useProcessesKey('version', id);
  return (number: number) =>
    queryClient.fetchQuery({
      queryKey: [...versionKey, String(number)],
      queryFn: () => api.call('getProcessVersion', { params: { id, number: String(number) } }),
      staleTime: Infinity,
    });
}
