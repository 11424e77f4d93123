import type { SaveState } from '../editing/save-state';

/** Why Publish is disabled, in the order the person can act on it; null when it may be pressed. */
export type PublishBlocker = 'readOnly' | 'unsaved' | 'checking' | 'problems' | 'unchanged';

export interface PublishFacts {
  editable: boolean;
  saveState: SaveState;
  /** The problem list is for an older definition. */
  checking: boolean;
  problemCount: number;
  /** The draft differs from the latest version; null while the latest version is loading. */
  changed: boolean | null;
}

export function publishBlocker({
  editable,
  saveState,
  checking,
  problemCount,
  changed,
}: PublishFacts): PublishBlocker | null {
  if (!editable) return 'readOnly';
  if (saveState !== 'saved') return 'unsaved';
  if (checking || changed === null) return 'checking';
  if (problemCount > 0) return 'problems';
  return changed ? null : 'unchanged';
}
