import type { Db } from '@nguon/db';

/** Runs `work` in a transaction, or in the caller's when there is one (an idempotent request's, say). */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
