import { type SetStateAction, useCallback, useState } from 'react';

// Unsaved edits outlive the tab's component: the page may unmount a tab when another is shown.
const kept = new Map<string, unknown>();

/**
 * State kept under `key` for as long as the app runs, so a tab shown again finds what was typed in it;
 * `isKept` tells a stored value from one of another type (never the case for one key's owner).
 */
export function useKeptState<T>(key: string, initial: () => T, isKept: (value: unknown) => value is T) {
  const [value, setValue] = useState<T>(() => {
    const stored = kept.get(key);
    return isKept(stored) ? stored : initial();
  });
  const set = useCallback(
    (update: SetStateAction<T>) =>
      setValue((old) => {
        const next = update instanceof Function ? update(old) : update;
        kept.set(key, next);
        return next;
      }),
    [key],
  );
  return [value, set] as const;
}

/** Drops what is kept under `key` (a saved catalog form), or everything (between tests). */
export function forgetKept(key?: string): void {
  if (key === undefined) kept.clear();
  else kept.delete(key);
}

/**
 * Where one draft's edits are kept: its id (the template's id for an existing template) and when it was started,
 * so the next draft of the same template (after someone else publishes or discards) never finds these edits.
 */
export function draftEditsKey(draft: { id: string; createdAt: string }): string {
  return `${draft.id}:${draft.createdAt}`;
}

/** Drops every edit kept for a draft id, whenever it was started: once it is published or thrown away. */
export function forgetDraftEdits(draftId: string): void {
  for (const key of [...kept.keys()]) if (key.startsWith(`${draftId}:`)) kept.delete(key);
}
