import { pingDatabase } from '@nguon/db';
import type { ServiceContext } from '../context/service-context';

/** Whether this instance can serve: its database and its queue answer. */
export async function checkHealth(
  ctx: ServiceContext,
): Promise<{ ok: boolean; db: boolean; queue: boolean }> {
  const [db, queue] = await Promise.all([pingDatabase(ctx.db), ctx.queue.ping().catch(() => false)]);
  return { ok: db && queue, db, queue };
}
