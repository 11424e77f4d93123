import type { Db } from '@nguon/db';
import { PURGE_SESSIONS_JOB, purgeExpiredSessions } from '../system/session-purge';
import type { JobQueue } from './queue.port';

/** What processors need from the composition root; grows as processors land. */
export interface JobDeps {
  db: Db;
  now: () => Date;
}

/** Registers every job processor on the queue; the API (embedded mode) and apps/worker (server mode) both call it. */
export function registerJobProcessors(queue: JobQueue, deps: JobDeps): void {
  queue.register(PURGE_SESSIONS_JOB, () => purgeExpiredSessions(deps.db, deps.now()));
}
