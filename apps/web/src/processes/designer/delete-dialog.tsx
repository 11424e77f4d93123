import type { ProcessDefinition } from '@nguon/domain';
import { useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { Selection } from '../canvas/use-flow-elements';

interface DeleteDialogProps {
  deleting: Selection | null;
  definition: ProcessDefinition;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before stages or arrows go; names the stage when there is one. */
export function DeleteDialog({ deleting, definition, onConfirm, onClose }: DeleteDialogProps) {
  const t = useT();
  const stages = deleting?.stageIds.size ?? 0;
  const edges = deleting?.edgeIds.size ?? 0;
  const single =
    stages === 1 ? definition.stages.find((stage) => deleting?.stageIds.has(stage.id)) : undefined;
  const title = single
    ? t('designer.deleteOneTitle', { name: single.name.vi || single.key })
    : t('designer.deleteTitle', { stages, edges });
  return (
    <ConfirmDialog
      opened={deleting !== null}
      title={title}
      body={t(stages > 0 ? 'designer.deleteBody' : 'designer.deleteEdgesBody')}
      confirmLabel={t('designer.delete')}
      loading={false}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
