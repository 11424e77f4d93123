import type { Db } from '@nguon/db';

/** The after-commit hooks of each open unit, keyed by its transaction. */
const openUnits = new WeakMap<Db, Array<() => void>>();

/**
 * Runs one use case's writes in one transaction: `work` gets the context with `db` bound to it, and its
 * result is returned after the commit; any error rolls everything back. A unit entered inside another
 * (an idempotent request's, or one service calling another) joins the outer transaction: there is one
 * commit per use case. No savepoints: no use case recovers from a failed statement and goes on (PostgreSQL
 * aborts the whole transaction on an error anyway), so an inner failure is the whole unit's failure.
 * The only place services open a transaction (`npm run deps:check` enforces it).
 */
export async function withUnitOfWork<C extends { db: Db }, T>(
  ctx: C,
  work: (ctx: C) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  const hooks: Array<() => void> = [];
  const result = await ctx.db.transaction().execute((trx) => {
    openUnits.set(trx, hooks);
    return work({ ...ctx, db: trx });
  });
  for (const hook of hooks) hook();
  return result;
}

/**
 * Runs `hook` once the unit `ctx.db` belongs to has committed, and never if it rolls back; outside a unit a
 * write has committed already, so it runs now. Hooks tell others what changed: they must not throw.
 */
export function afterCommit(ctx: { db: Db }, hook: () => void): void {
  const hooks = openUnits.get(ctx.db);
  if (hooks) hooks.push(hook);
  else if (ctx.db.isTransaction)
    throw new Error('afterCommit inside a transaction withUnitOfWork did not open');
  else hook();
}
