import type { Db } from '@nguon/db';
import { afterCommit } from '../unit-of-work';
import { type PublicChanges, traceTags } from './public-changes.port';

/** The tags announced so far by each open unit: one message per commit, each tag once. */
const pending = new WeakMap<Db, Set<string>>();

/**
 * Tells every process's trace caches what a write changed (traceTags), once its unit commits: a refused or
 * rolled-back write announces nothing. Call it with the unit's context (or after the write, outside one).
 */
export function announcePublicChanges(
  ctx: { db: Db; publicChanges: PublicChanges },
  tags: Iterable<string>,
): void {
  const known = pending.get(ctx.db);
  if (known) {
    for (const tag of tags) known.add(tag);
    return;
  }
  const collected = new Set(tags);
  if (collected.size === 0) return;
  if (ctx.db.isTransaction) pending.set(ctx.db, collected);
  const { db, publicChanges } = ctx;
  afterCommit(ctx, () => {
    pending.delete(db);
    publicChanges.changed([...collected]);
  });
}

/** The batch tags of label runs: a million-label range is one tag per batch, never one per label. */
export const batchTagsOf = (runs: readonly { batchId: string }[]): string[] => [
  ...new Set(runs.map((run) => traceTags.batch(run.batchId))),
];
