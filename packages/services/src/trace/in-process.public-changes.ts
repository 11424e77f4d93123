import { createChangeListeners } from './change-listeners';
import type { PublicChanges } from './trace-ports';

/** Embedded mode (and tests): one process, so its own listeners are everyone; delivered synchronously. */
export function createInProcessPublicChanges(): PublicChanges {
  const listeners = createChangeListeners();
  let closed = false;
  return {
    changed(tags) {
      if (!closed && tags.length > 0) listeners.deliver([...tags]);
    },
    subscribe: (listener) => listeners.add(listener),
    async close() {
      closed = true;
      listeners.clear();
    },
  };
}
