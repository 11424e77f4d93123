import type { CreateProductBody, ProductListQuery, UpdateProductBody } from '@nguon/contracts/client';
import { tenantRoleAllows } from '@nguon/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { currentMembership, useSession } from '../auth/session-context';

export function useProductsKey(...rest: string[]): readonly string[] {
  return tenantKey(useSession().currentTenantId, 'products', ...rest);
}

/** Owners change products; clerks and viewers look. */
export function useCanManageProducts(): boolean {
  const role = currentMembership(useSession())?.role;
  return role !== undefined && tenantRoleAllows(role, 'products.manage');
}

export function useProductList(query: ProductListQuery) {
  return useQuery({
    queryKey: [...useProductsKey('list'), JSON.stringify(query)],
    queryFn: () => api.call('listProducts', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useProduct(id: string | null) {
  return useQuery({
    queryKey: useProductsKey('one', id ?? ''),
    queryFn: () => api.call('getProduct', { params: { id: id ?? '' } }),
    enabled: id !== null,
  });
}

/** The published processes a product may follow. */
export function usePublishedProcesses() {
  return useQuery({
    queryKey: tenantKey(useSession().currentTenantId, 'processes', 'list', 'false'),
    queryFn: () => api.call('listProcesses', { query: { archived: 'false' } }),
    select: (list) => list.items.filter((process) => process.latestVersion !== null),
  });
}

function useProductMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  const queryKey = useProductsKey();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey }) });
}

export function useCreateProduct() {
  return useProductMutation((body: CreateProductBody) => api.call('createProduct', { body }));
}

export function useUpdateProduct(id: string) {
  return useProductMutation((body: UpdateProductBody) => api.call('updateProduct', { params: { id }, body }));
}
