import { createContext, useContext } from 'react';

/** What a stage card may ask of the designer; a stable object, so cards do not re-render when the designer does. */
export interface CanvasActions {
  readOnly: boolean;
  addNextStage: (stageId: string) => void;
}

export const CanvasActionsContext = createContext<CanvasActions>({
  readOnly: true,
  addNextStage: () => undefined,
});

export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}
