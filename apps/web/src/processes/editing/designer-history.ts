import type { ProcessDefinition } from '@nguon/domain';

/**
 * The designer's one undo history, for canvas and form edits alike. Edits of the same burst (typing in
 * one field, editing one form) within `burstWindowMs` of each other become one step; selection and the
 * viewport are not history.
 */
export interface DesignerHistory {
  past: ProcessDefinition[];
  present: ProcessDefinition;
  future: ProcessDefinition[];
  burst: { key: string; at: number } | null;
}

export type DefinitionChange = (definition: ProcessDefinition) => ProcessDefinition;

export type HistoryAction =
  /** `burstKey` names what is edited (e.g. `name.vi:<stageId>`); `at` is a timestamp in ms. */
  | { type: 'edit'; change: DefinitionChange; burstKey?: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A definition from the server (load, reload after a conflict): history starts again. */
  | { type: 'reset'; definition: ProcessDefinition };

export const historyLimit = 200;
export const burstWindowMs = 1000;

export function startHistory(definition: ProcessDefinition): DesignerHistory {
  return { past: [], present: definition, future: [], burst: null };
}

export function canUndo(history: DesignerHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: DesignerHistory): boolean {
  return history.future.length > 0;
}

export function designerHistoryReducer(history: DesignerHistory, action: HistoryAction): DesignerHistory {
  switch (action.type) {
    case 'edit':
      return applyEdit(history, action.change, action.burstKey, action.at);
    case 'undo':
      return undo(history);
    case 'redo':
      return redo(history);
    case 'reset':
      return startHistory(action.definition);
  }
}

function applyEdit(
  history: DesignerHistory,
  change: DefinitionChange,
  burstKey: string | undefined,
  at: number,
): DesignerHistory {
  const next = change(history.present);
  if (next === history.present) return history;
  const burst = burstKey === undefined ? null : { key: burstKey, at };
  const continuesBurst =
    burst !== null &&
    history.burst !== null &&
    history.burst.key === burst.key &&
    at - history.burst.at <= burstWindowMs;
  if (continuesBurst) return { ...history, present: next, future: [], burst };
  const past = [...history.past, history.present].slice(-historyLimit);
  return { past, present: next, future: [], burst };
}

function undo(history: DesignerHistory): DesignerHistory {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    burst: null,
  };
}

function redo(history: DesignerHistory): DesignerHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, burst: null };
}
