import { createHash } from 'node:crypto';
import { type CatalogImportMode, type CatalogImportViewSource, errorMessage } from '@nguon/contracts';
import {
  type CatalogRow,
  claimStalledCatalogImport,
  findCatalogImport,
  finishCatalogImport,
  insertCatalogImport,
  insertFile,
  listUnfinishedCatalogImports,
} from '@nguon/db';
import { catalogImportStalled } from '@nguon/domain';
import type { TenantActor } from '../auth/principal';
import { enqueueJob } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import { fileKey } from '../file-store/file-store.port';
import { withUnitOfWork } from '../unit-of-work';
import { catalogImportJob } from './catalog-import.jobs';
import { catalogImportAttempts, catalogImportFilePurpose } from './catalog-import-run';
import { catalogImportView, storedOutcome } from './catalog-import-views';

type StoringMode = Exclude<CatalogImportMode, 'preview'>;

/** Stores the CSV as a private file and the import as queued; the bytes go when the rows cannot be stored. */
async function storeImport(
  ctx: ServiceContext,
  actor: TenantActor,
  input: { catalog: CatalogRow; mode: StoringMode; bytes: Uint8Array; rows: number },
): Promise<string> {
  const fileId = ctx.newId();
  const key = fileKey(fileId, 'original');
  await ctx.files.put(key, input.bytes);
  const id = ctx.newId();
  const now = ctx.now();
  const byteSize = input.bytes.length;
  const variant = { name: 'original', key, contentType: 'text/csv', byteSize, width: null, height: null };
  try {
    await withUnitOfWork(ctx, async ({ db }) => {
      await insertFile(db, {
        id: fileId,
        tenantId: actor.tenantId,
        purpose: catalogImportFilePurpose,
        contentType: 'text/csv',
        byteSize,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        public: false,
        originalName: null,
        variants: [variant],
        createdBy: actor.userId,
        now,
      });
      const row = { id, tenantId: actor.tenantId, catalogId: input.catalog.id, mode: input.mode };
      await insertCatalogImport(db, { ...row, rowsTotal: input.rows, fileId, createdBy: actor.userId, now });
    });
  } catch (error) {
    await ctx.files.delete(key);
    throw error;
  }
  return id;
}

/** Keeps a storing import of many rows and enqueues its job; the job's id is the import's, so it runs once. */
export async function startBackgroundImport(
  ctx: ServiceContext,
  actor: TenantActor,
  input: { catalog: CatalogRow; mode: CatalogImportMode; bytes: Uint8Array; rows: number },
): Promise<CatalogImportViewSource> {
  if (input.mode === 'preview') throw new Error('a preview never runs in the background');
  const id = await storeImport(ctx, actor, { ...input, mode: input.mode });
  const payload = { importId: id, tenantId: actor.tenantId };
  try {
    await enqueueJob(ctx.queue, catalogImportJob, payload, jobOptions(id));
  } catch (error) {
    const words = { vi: errorMessage('JOB_INTERRUPTED', 'vi'), en: errorMessage('JOB_INTERRUPTED', 'en') };
    const end = {
      state: 'failed',
      report: storedOutcome(null, words),
      errorCode: 'JOB_INTERRUPTED',
    } as const;
    await finishCatalogImport(ctx.db, id, { ...end, now: ctx.now() });
    throw error;
  }
  const row = await findCatalogImport(ctx.db, id, actor.tenantId);
  if (!row) throw new Error(`catalog import ${id} vanished after it was stored`);
  return catalogImportView(row, ctx.now(), true, true);
}

/**
 * The first run's job id is the import's own, so it runs once; a run queued again (a retry, a stalled import
 * taken up) needs a new one, since BullMQ keeps a failed job under its id for days and an enqueue under that id
 * gives the kept job back unrun. `attempt` is 0 for the first run, the time for the others.
 */
const jobOptions = (id: string, attempt = 0) => ({
  jobId: attempt === 0 ? id : `catalog-import-${id}-${attempt}`,
  attempts: catalogImportAttempts,
  backoffMs: 2000,
});

/** Queues an import's run again, after its last committed batch; the caller has claimed it. */
export async function requeueCatalogImport(
  ctx: ServiceContext,
  row: { id: string; tenant_id: string },
  attempt: number,
): Promise<void> {
  const payload = { importId: row.id, tenantId: row.tenant_id };
  await enqueueJob(ctx.queue, catalogImportJob, payload, jobOptions(row.id, attempt));
}

/**
 * Enqueues again every import that has not ended, at start: the in-process queue forgets its jobs when the
 * process stops, and a run resumes after the import's last committed batch. On BullMQ the same job id
 * gives back the job it still holds, so this never runs one twice. A stalled import's job is lost (and BullMQ
 * may keep it, failed, under that id): it is claimed, by one process only, and queued under a new id.
 */
export async function resumeCatalogImports(ctx: ServiceContext): Promise<number> {
  const unfinished = await listUnfinishedCatalogImports(ctx.db);
  let resumed = 0;
  for (const row of unfinished) {
    const now = ctx.now();
    const work = { state: row.state, heartbeatAt: row.heartbeat_at, errorCode: row.error_code };
    let attempt = 0;
    if (catalogImportStalled(work, now)) {
      if (!(await claimStalledCatalogImport(ctx.db, row.id, row.heartbeat_at, now))) continue;
      attempt = now.getTime();
    }
    await requeueCatalogImport(ctx, row, attempt);
    resumed += 1;
  }
  return resumed;
}
