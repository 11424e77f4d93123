import type { ProcessDefinition } from '@nguon/domain';
import { useCallback, useReducer } from 'react';
import {
  canRedo,
  canUndo,
  type DefinitionChange,
  designerHistoryReducer,
  startHistory,
} from '../editing/designer-history';

/** The draft being edited with its undo history; `edit` and friends are stable functions. */
export function useDesignerHistory(initial: ProcessDefinition) {
  const [history, dispatch] = useReducer(designerHistoryReducer, initial, startHistory);
  const edit = useCallback(
    (change: DefinitionChange, burstKey?: string) =>
      dispatch({ type: 'edit', change, burstKey, at: Date.now() }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  return { present: history.present, canUndo: canUndo(history), canRedo: canRedo(history), edit, undo, redo };
}

export type DesignerHistoryControls = ReturnType<typeof useDesignerHistory>;
