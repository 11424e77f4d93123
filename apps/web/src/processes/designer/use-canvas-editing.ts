import { useState } from 'react';
import type { Selection } from '../canvas/use-flow-elements';
import type { DesignerModel } from './use-designer';
import { useDesignerShortcuts } from './use-designer-shortcuts';

function runIf(allowed: boolean, action: () => void): boolean {
  if (allowed) action();
  return allowed;
}

/** Keyboard shortcuts and the delete confirmation, over the designer model. */
export function useCanvasEditing(model: DesignerModel) {
  const { readOnly, history, commands, flow } = model;
  const [deleting, setDeleting] = useState<Selection | null>(null);
  const requestDelete = (selection: Selection = flow.selection) => {
    if (readOnly || selection.stageIds.size + selection.edgeIds.size === 0) return false;
    setDeleting(selection);
    return true;
  };
  useDesignerShortcuts(
    {
      undo: () => runIf(!readOnly && history.canUndo, history.undo),
      redo: () => runIf(!readOnly && history.canRedo, history.redo),
      copy: () =>
        runIf(model.version === null && flow.selection.stageIds.size > 0, () =>
          commands.copy(flow.selection.stageIds),
        ),
      paste: () => runIf(!readOnly && commands.hasClipboard(), commands.paste),
      remove: () => requestDelete(),
    },
    true,
  );
  const confirmDelete = () => {
    if (deleting) commands.remove(deleting.stageIds, deleting.edgeIds);
    setDeleting(null);
  };
  return { deleting, requestDelete, confirmDelete, cancelDelete: () => setDeleting(null) };
}
