import type { TenantJobListQuery, TenantJobPageSource, TenantJobViewSource } from '@nguon/contracts';
import type { Principal } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { type JobAudience, jobAudience } from './job-audience';
import type { TenantJobSource } from './tenant-job-source';

const defaultLimit = 20;

function parseCursor(before: string | undefined): { createdAt: Date; id: string } | null {
  if (before === undefined) return null;
  const cut = before.lastIndexOf('_');
  const createdAt = new Date(before.slice(0, cut));
  // The schema checks the shape; a date such as month 13 passes it and is refused here.
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== before.slice(0, cut))
    throw new AppError(
      'VALIDATION_FAILED',
      { path: '/query/before', detail: { kind: 'ajv', keyword: 'format', params: { format: 'date-time' } } },
      '/query/before',
    );
  return { createdAt, id: before.slice(cut + 1) };
}

const cursorOf = (job: TenantJobViewSource) => `${job.createdAt}_${job.id}`;

const newestFirst = (a: TenantJobViewSource, b: TenantJobViewSource) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/** The tenant's jobs of every kind, newest first: each source gives a page, and the pages are merged. */
export async function listJobsOf(
  sources: readonly TenantJobSource[],
  ctx: ServiceContext,
  principal: Principal,
  query: TenantJobListQuery,
): Promise<TenantJobPageSource> {
  const audience: JobAudience = jobAudience(principal);
  const limit = query.limit ? Number(query.limit) : defaultLimit;
  const page = { before: parseCursor(query.before), limit: limit + 1 };
  const now = ctx.now();
  const lists = await Promise.all(sources.map((source) => source.list(ctx, audience, page, now)));
  const all = lists.flat().sort(newestFirst);
  const items = all.slice(0, limit);
  const last = items.at(-1);
  return { items, next: all.length > limit && last ? cursorOf(last) : null };
}
