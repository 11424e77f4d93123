import type { DeprecateTemplateBody } from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

const templatesKey = ['templates', 'manage'] as const;

/** Every template, also those whose every version is deprecated (experts see them all). */
export function useManagedTemplates() {
  return useQuery({
    queryKey: [...templatesKey, 'list'],
    queryFn: () => api.call('listTemplates', { query: { deprecated: 'true' } }),
  });
}

/** One template's versions, newest first. */
export function useTemplateVersions(id: string) {
  return useQuery({
    queryKey: [...templatesKey, 'versions', id],
    queryFn: () => api.call('listTemplateVersions', { params: { id } }),
  });
}

/** A new template (no id) or the next version of one, from a parsed template file; the lists are read again. */
export function usePublishTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ templateId, file }: { templateId: string | null; file: unknown }) =>
      templateId === null
        ? api.call('createTemplate', { body: { file } })
        : api.call('publishTemplateVersion', { params: { id: templateId }, body: { file } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

export function useDeprecateVersion(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, message }: { number: number } & DeprecateTemplateBody) =>
      api.call('deprecateTemplateVersion', {
        params: { id: templateId, number: String(number) },
        body: { message },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}
