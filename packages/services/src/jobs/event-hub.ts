import type { JobEvent } from './queue.port';

export interface EventHub {
  on(listener: (event: JobEvent) => void): () => void;
  emit(event: JobEvent): void;
  readonly size: number;
}

/** Fans job events out to listeners; one faulty listener must not break job bookkeeping. */
export function createEventHub(): EventHub {
  const listeners = new Set<(event: JobEvent) => void>();
  return {
    on(listener) {
      // A wrapper per subscription, so the same function can subscribe twice and unsubscribe once.
      const entry = (event: JobEvent) => listener(event);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // Ignored on purpose: see the port's onEvent contract.
        }
      }
    },
    get size() {
      return listeners.size;
    },
  };
}
