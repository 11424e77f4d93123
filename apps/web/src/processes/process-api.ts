import type { CreateProcessBody, ProcessExportFile, UpdateProcessBody } from '@nguon/contracts/client';
import type { LocalizedText } from '@nguon/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';

/** Every process query of the current tenant lives under this key, so one invalidation refreshes them all. */
export function useProcessesKey(...rest: string[]): readonly string[] {
  return tenantKey(useSession().currentTenantId, 'processes', ...rest);
}

export function useProcessList(archived: boolean) {
  const queryKey = useProcessesKey('list', String(archived));
  return useQuery({
    queryKey,
    queryFn: () => api.call('listProcesses', { query: { archived: archived ? 'true' : 'false' } }),
  });
}

/** A mutation of processes that refreshes every process query when it succeeds. */
function useProcessMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  const queryKey = useProcessesKey();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey }) });
}

export function useCreateProcess() {
  return useProcessMutation((body: CreateProcessBody) => api.call('createProcess', { body }));
}

export function useImportProcess() {
  return useProcessMutation((body: ProcessExportFile) => api.call('importProcess', { body }));
}

export function useUpdateProcess() {
  return useProcessMutation(({ id, body }: { id: string; body: UpdateProcessBody }) =>
    api.call('updateProcess', { params: { id }, body }),
  );
}

export function useDuplicateProcess() {
  return useProcessMutation(({ id, name }: { id: string; name: LocalizedText }) =>
    api.call('duplicateProcess', { params: { id }, body: { name } }),
  );
}

export function useExportProcess() {
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version?: number }) => {
      const file = await api.call('exportProcess', {
        params: { id },
        query: version === undefined ? {} : { version: String(version) },
      });
      downloadJson(file, exportFileName(file.name.vi));
      return file;
    },
  });
}

/** `Quy trình lúa ST25` -> `Quy trình lúa ST25.nguon-process.json`, without characters file systems refuse. */
export function exportFileName(name: string): string {
  const printable = [...name].filter((char) => char.charCodeAt(0) >= 32).join('');
  const safe = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe || 'process'}.nguon-process.json`;
}

function downloadJson(value: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
