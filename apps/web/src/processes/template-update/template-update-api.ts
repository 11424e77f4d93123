import type { TakeTemplateChangesBody } from '@nguon/contracts/client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useProcessesKey } from '../process-api';

/** The newer template version's changes against the process's base version, per stage. */
export function useTemplateUpdate(processId: string) {
  const queryKey = useProcessesKey('template-update', processId);
  return useQuery({
    queryKey,
    queryFn: () => api.call('getProcessTemplateUpdate', { params: { id: processId } }),
    gcTime: 0,
  });
}

export function useTakeTemplateChanges(processId: string) {
  return useMutation({
    mutationFn: (body: TakeTemplateChangesBody) =>
      api.call('takeTemplateChanges', { params: { id: processId }, body }),
  });
}
