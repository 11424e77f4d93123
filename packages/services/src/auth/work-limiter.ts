import { AppError } from '../errors/app-error';

export interface WorkLimiterStats {
  running: number;
  waiting: number;
  /** Pieces of work begun since the process started. */
  started: number;
  /** Pieces of work refused because the queue was full. */
  refused: number;
}

export interface WorkLimiter {
  /** Runs the work when a slot is free; refuses it at once (503 with Retry-After) when too many already wait. */
  run<T>(work: () => Promise<T>): Promise<T>;
  stats(): WorkLimiterStats;
}

/** A semaphore with a bounded queue: at most `running` at once, at most `waiting` more queued, the rest refused. */
export function createWorkLimiter(limits: { running: number; waiting: number }): WorkLimiter {
  const queue: (() => void)[] = [];
  const counts = { running: 0, started: 0, refused: 0 };
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else counts.running--;
  };
  const acquire = (): Promise<void> => {
    if (counts.running < limits.running) {
      counts.running++;
      return Promise.resolve();
    }
    if (queue.length >= limits.waiting) {
      counts.refused++;
      throw new AppError('PASSWORD_CHECKS_BUSY', { retryAfter: 1 });
    }
    // the releasing work hands its slot straight to the next in line
    return new Promise((resolve) => queue.push(resolve));
  };
  return {
    async run(work) {
      await acquire();
      counts.started++;
      try {
        return await work();
      } finally {
        release();
      }
    },
    stats: () => ({ ...counts, waiting: queue.length }),
  };
}
