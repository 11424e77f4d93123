import { tenantRoleAllows } from '@nguon/domain';
import { currentMembership, useSession } from '../auth/session-context';

/** Whether the signed-in person may change processes in the current tenant (owners); others only look. */
export function useCanManageProcesses(): boolean {
  const role = currentMembership(useSession())?.role;
  return role !== undefined && tenantRoleAllows(role, 'processes.manage');
}
