import { type CatalogImportViewSource, resourceNames } from '@nguon/contracts';
import { type CatalogImportWithCatalog, findCatalogImport, finishCatalogImport } from '@nguon/db';
import type { Principal } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { type JobAudience, jobAudience, reaches } from '../jobs-view/job-audience';
import { withUnitOfWork } from '../unit-of-work';
import { undoImportedRows } from './catalog-import-run';
import { catalogImportView } from './catalog-import-views';

const notFound = () => new AppError('NOT_FOUND', { resource: resourceNames.catalogImport });

/** Another tenant's import, or one a clerk did not start, is not found: its existence is not told. */
async function requireReachableImport(
  ctx: ServiceContext,
  audience: JobAudience,
  id: string,
): Promise<CatalogImportWithCatalog> {
  const row = await findCatalogImport(ctx.db, id, audience.actor.tenantId);
  if (!row || !reaches(audience, row.created_by)) throw notFound();
  return row;
}

export async function getCatalogImport(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<CatalogImportViewSource> {
  const audience = jobAudience(principal);
  const row = await requireReachableImport(ctx, audience, id);
  return catalogImportView(row, ctx.now(), true);
}

/**
 * Cancels a queued or running import. The state changes first, under the row's lock, so a batch committing
 * at the same time either counted before (and is undone here) or finds the import cancelled and rolls back.
 * An all-or-nothing import keeps nothing; a valid-only one keeps the batches already committed.
 */
export async function cancelCatalogImport(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<CatalogImportViewSource> {
  const audience = jobAudience(principal);
  const row = await requireReachableImport(ctx, audience, id);
  const ended = await withUnitOfWork(ctx, async ({ db }) => {
    const end = { state: 'cancelled', report: null, errorCode: null, now: ctx.now() } as const;
    const rowsDone = await finishCatalogImport(db, id, end);
    if (rowsDone === null) return false;
    if (row.mode === 'all-or-nothing') await undoImportedRows(db, row.tenant_id, id, rowsDone);
    return true;
  });
  if (!ended) throw new AppError('JOB_ALREADY_ENDED');
  // The job notices at its next batch anyway; this only stops it sooner.
  await ctx.queue.cancel(id);
  return getCatalogImport(ctx, principal, id);
}
