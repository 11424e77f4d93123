import type {
  CreateTemplateDraftBody,
  PublishTemplateDraftBody,
  SaveTemplateDraftDetailsBody,
  TakeTemplateDraftUpdateBody,
} from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** The platform's templates being written; shared with the experts' template list (same root key). */
const draftsKey = ['templates', 'manage', 'drafts'] as const;
const templatesKey = ['templates'] as const;

export function useTemplateDrafts() {
  return useQuery({ queryKey: [...draftsKey, 'list'], queryFn: () => api.call('listTemplateDrafts', {}) });
}

/** One draft; the editor owns it once loaded (autosave), so it is read once and dropped on leaving. */
export function useTemplateDraft(id: string) {
  return useQuery({
    queryKey: [...draftsKey, 'one', id],
    queryFn: () => api.call('getTemplateDraft', { params: { id } }),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function useCreateTemplateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTemplateDraftBody) => api.call('createTemplateDraft', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: draftsKey }),
  });
}

/** The template's draft, started from its newest version when none is open. */
export function useOpenTemplateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) => api.call('openTemplateDraft', { params: { id: templateId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: draftsKey }),
  });
}

export function useSaveTemplateDraftDetails(id: string) {
  return useMutation({
    mutationFn: (body: SaveTemplateDraftDetailsBody) =>
      api.call('saveTemplateDraftDetails', { params: { id }, body }),
  });
}

export function usePublishTemplateDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishTemplateDraftBody) =>
      api.call('publishTemplateDraft', { params: { id }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

export function useDiscardTemplateDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (read: { processRevision: number; detailsRevision: number }) =>
      api.call('discardTemplateDraft', {
        params: { id },
        query: {
          processRevision: String(read.processRevision),
          detailsRevision: String(read.detailsRevision),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: draftsKey }),
  });
}

/** An outdated draft against the template's newest version; read fresh each time the drawer opens. */
export function useTemplateDraftUpdate(id: string) {
  return useQuery({
    queryKey: [...draftsKey, 'update', id],
    queryFn: () => api.call('getTemplateDraftUpdate', { params: { id } }),
    gcTime: 0,
  });
}

/** Brings the draft onto the newest version with the chosen changes; the list then shows it current. */
export function useTakeTemplateDraftUpdate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TakeTemplateDraftUpdateBody) =>
      api.call('takeTemplateDraftUpdate', { params: { id }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...draftsKey, 'list'] }),
  });
}
