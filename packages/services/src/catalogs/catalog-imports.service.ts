import { type CatalogImportViewSource, resourceNames } from '@nguon/contracts';
import {
  type CatalogImportWithCatalog,
  claimStalledCatalogImport,
  findCatalogImport,
  finishCatalogImport,
  requeueFailedCatalogImport,
} from '@nguon/db';
import { catalogImportRetryable, tenantRoleAllows } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { type JobAudience, jobAudience, reaches } from '../jobs-view/job-audience';
import { withUnitOfWork } from '../unit-of-work';
import { requeueCatalogImport } from './catalog-import-background';
import { undoImportedRows } from './catalog-import-run';
import { catalogImportView, importWork } from './catalog-import-views';

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
  const role = principal.kind === 'anonymous' ? null : principal.role;
  const mayRetry = role !== null && tenantRoleAllows(role, 'catalogs.manage');
  return catalogImportView(row, ctx.now(), true, mayRetry);
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

/**
 * Runs again an import whose job failed or was interrupted, or one that stalled (its job was lost without
 * marking it), after its last committed batch: a row is never imported twice. The update is conditional on the
 * heartbeat read, so of two retries (or a retry and a restart) one wins and the other is refused.
 */
export async function retryCatalogImport(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<CatalogImportViewSource> {
  requireTenantAction(principal, 'catalogs.manage');
  const audience = jobAudience(principal);
  const row = await requireReachableImport(ctx, audience, id);
  const now = ctx.now();
  const refused = () => new AppError('CATALOG_IMPORT_NOT_RETRYABLE');
  if (!catalogImportRetryable(importWork(row), now)) throw refused();
  const claimed =
    row.state === 'failed'
      ? await requeueFailedCatalogImport(ctx.db, id, row.heartbeat_at, now)
      : await claimStalledCatalogImport(ctx.db, id, row.heartbeat_at, now);
  if (!claimed) throw refused();
  await requeueCatalogImport(ctx, row, now.getTime());
  return getCatalogImport(ctx, principal, id);
}
