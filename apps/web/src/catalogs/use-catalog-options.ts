import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';
import type { FormBuilderCatalog } from '../form-builder';
import type { CatalogItemRef } from '../form-renderer/renderer-context';

/** The catalogs a form's lookup may pick from: the tenant's own and those other tenants share. */
export function useCatalogOptions(): FormBuilderCatalog[] {
  const queryKey = tenantKey(useSession().currentTenantId, 'catalogs');
  const query = useQuery({ queryKey, queryFn: () => api.call('listCatalogs', { query: {} }) });
  return useMemo(
    () => (query.data?.items ?? []).map((catalog) => ({ id: catalog.id, name: catalog.name })),
    [query.data],
  );
}

/** The first items of a catalog whose text matches the query, for a catalog-lookup field. */
export async function searchCatalogItems(catalogId: string, query: string): Promise<CatalogItemRef[]> {
  const page = await api.call('listCatalogItems', {
    params: { id: catalogId },
    query: { q: query.slice(0, 200), pageSize: '20' },
  });
  return page.items.map((item) => ({ id: item.id, label: item.label }));
}
