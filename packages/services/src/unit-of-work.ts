import type { Db } from '@nguon/db';

/**
 * Runs one use case's writes in one transaction: `work` gets the context with `db` bound to it, and its
 * result is returned after the commit; any error rolls everything back. A unit entered inside another
 * (an idempotent request's, or one service calling another) joins the outer transaction: there is one
 * commit per use case. No savepoints: no use case recovers from a failed statement and goes on (PostgreSQL
 * aborts the whole transaction on an error anyway), so an inner failure is the whole unit's failure.
 * The only place services open a transaction (`npm run deps:check` enforces it).
 */
export function withUnitOfWork<C extends { db: Db }, T>(ctx: C, work: (ctx: C) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}
