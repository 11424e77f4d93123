import type { AddStaffBody } from '@nguon/contracts/client';
import type { TenantRole } from '@nguon/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tenantKey } from '../api/query-keys';
import { useSession } from '../auth/session-context';

function useStaffKey() {
  return tenantKey(useSession().currentTenantId, 'staff');
}

export function useStaffList() {
  const queryKey = useStaffKey();
  return useQuery({ queryKey, queryFn: () => api.call('listStaff', {}) });
}

/** A mutation of the staff list that refreshes the list when it succeeds. */
function useStaffMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  const queryKey = useStaffKey();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey }) });
}

export function useAddStaff() {
  return useStaffMutation((body: AddStaffBody) => api.call('addStaff', { body }));
}

export function useChangeStaffRole() {
  return useStaffMutation(({ userId, role }: { userId: string; role: TenantRole }) =>
    api.call('updateStaff', { params: { userId }, body: { role } }),
  );
}

export function useRemoveStaff() {
  return useStaffMutation((userId: string) => api.call('removeStaff', { params: { userId } }));
}

export function useIssueSetPasswordCode() {
  return useMutation({
    mutationFn: (userId: string) => api.call('issueSetPasswordCode', { params: { userId } }),
  });
}
