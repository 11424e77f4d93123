import type {
  CatalogImportMode,
  CatalogItemQuery,
  CreateCatalogBody,
  UpdateCatalogBody,
  UpdateCatalogItemBody,
} from '@nguon/contracts/client';
import { tenantRoleAllows } from '@nguon/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { currentMembership, useSession } from '../auth/session-context';

/** Every catalog query of the tenant lives under this key (useCatalogOptions' list included). */
export function useCatalogsKey(...rest: string[]): readonly string[] {
  return tenantKey(useSession().currentTenantId, 'catalogs', ...rest);
}

/** Owners change catalogs; clerks and viewers look. */
export function useCanManageCatalogs(): boolean {
  const role = currentMembership(useSession())?.role;
  return role !== undefined && tenantRoleAllows(role, 'catalogs.manage');
}

export function useCatalogList(archived: boolean) {
  const base = useCatalogsKey();
  // the active list shares useCatalogOptions' key and query, so both stay one request
  const queryKey = archived ? [...base, 'archived'] : base;
  return useQuery({
    queryKey,
    queryFn: () => api.call('listCatalogs', { query: archived ? { archived: 'true' } : {} }),
  });
}

export function useCatalog(id: string) {
  return useQuery({
    queryKey: useCatalogsKey('one', id),
    queryFn: () => api.call('getCatalog', { params: { id } }),
  });
}

export function useCatalogItems(id: string, query: CatalogItemQuery) {
  return useQuery({
    queryKey: [...useCatalogsKey('items', id), JSON.stringify(query)],
    queryFn: () => api.call('listCatalogItems', { params: { id }, query }),
    placeholderData: keepPreviousData,
  });
}

/** The lots whose records name a catalog item; asks nothing while either id is blank. */
export function useCatalogItemLots(id: string, itemId: string) {
  return useQuery({
    queryKey: useCatalogsKey('item-lots', id, itemId),
    queryFn: () => api.call('listCatalogItemLots', { params: { id, itemId } }),
    enabled: id !== '' && itemId !== '',
  });
}

export function useItemHistory(id: string, itemId: string | null) {
  return useQuery({
    queryKey: useCatalogsKey('history', id, itemId ?? ''),
    queryFn: () => api.call('getCatalogItemHistory', { params: { id, itemId: itemId ?? '' } }),
    enabled: itemId !== null,
  });
}

function useCatalogMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  const queryKey = useCatalogsKey();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey }) });
}

export function useCreateCatalog() {
  return useCatalogMutation((body: CreateCatalogBody) => api.call('createCatalog', { body }));
}

export function useUpdateCatalog(id: string) {
  return useCatalogMutation((body: UpdateCatalogBody) => api.call('updateCatalog', { params: { id }, body }));
}

export function useCreateItem(id: string) {
  return useCatalogMutation((data: Record<string, unknown>) =>
    api.call('createCatalogItem', { params: { id }, body: { data } }),
  );
}

export function useUpdateItem(id: string) {
  return useCatalogMutation(({ itemId, body }: { itemId: string; body: UpdateCatalogItemBody }) =>
    api.call('updateCatalogItem', { params: { id, itemId }, body }),
  );
}

export function useImportCsv(id: string) {
  return useCatalogMutation(async ({ file, mode }: { file: File; mode: CatalogImportMode }) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return api.call('importCatalogItems', {
      params: { id },
      query: { mode },
      body: { contentType: 'text/csv', bytes },
    });
  });
}

export function useExportCsv(id: string) {
  return useMutation({
    mutationFn: async (fileName: string) => {
      const file = await api.call('exportCatalogItems', { params: { id } });
      downloadBytes(file.bytes, file.contentType || 'text/csv', fileName);
    },
  });
}

/** `Nông hộ` -> `Nông hộ.csv`, without characters file systems refuse. */
export function csvFileName(name: string): string {
  const safe = [...name]
    .filter((char) => char.charCodeAt(0) >= 32)
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe || 'catalog'}.csv`;
}

function downloadBytes(bytes: Uint8Array, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
