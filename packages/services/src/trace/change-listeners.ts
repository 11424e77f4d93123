type ChangeListener = (tags: readonly string[]) => void;

export interface ChangeListeners {
  add(listener: ChangeListener): () => void;
  deliver(tags: readonly string[]): void;
  clear(): void;
}

/** Fans tags out to this process's listeners; one faulty listener must not keep the others' caches stale. */
export function createChangeListeners(): ChangeListeners {
  const listeners = new Set<ChangeListener>();
  return {
    add(listener) {
      // A wrapper per subscription, so the same function can subscribe twice and unsubscribe once.
      const entry: ChangeListener = (tags) => listener(tags);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    deliver(tags) {
      for (const listener of [...listeners]) {
        try {
          listener(tags);
        } catch {
          // Ignored on purpose: a writer's committed change must not fail because a cache listener did.
        }
      }
    },
    clear: () => listeners.clear(),
  };
}
