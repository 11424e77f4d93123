import { useProcessList } from '../processes/process-api';
import { useCanManageProcesses } from '../processes/use-can-manage';

/** An owner's account with no process yet, archived ones included: the overview then offers templates first. */
export function useIsNewAccount(): boolean {
  const canManage = useCanManageProcesses();
  const active = useProcessList(false);
  const archived = useProcessList(true);
  return canManage && active.data?.items.length === 0 && archived.data?.items.length === 0;
}
