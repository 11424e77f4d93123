import type { ProcessDefinition } from '@nguon/domain';

export type SaveState = 'saved' | 'saving' | 'dirty' | 'conflict' | 'error';

export interface SaveFacts {
  present: ProcessDefinition;
  /** The definition the server holds at `revision` (as far as this page knows). */
  saved: ProcessDefinition;
  inFlight: boolean;
  conflict: boolean;
  failed: boolean;
}

/** What the header says about saving; a conflict wins, then a save in flight, then a failure. */
export function saveStateOf({ present, saved, inFlight, conflict, failed }: SaveFacts): SaveState {
  if (conflict) return 'conflict';
  if (inFlight) return 'saving';
  if (present === saved) return 'saved';
  return failed ? 'error' : 'dirty';
}

/** Waits before saving: a second after the last change, longer after a failure so a dead network is not hammered. */
export function saveDelayMs(failed: boolean): number {
  return failed ? 5000 : 1000;
}
