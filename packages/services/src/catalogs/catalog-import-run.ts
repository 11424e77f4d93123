import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type CatalogImportPayload, errorMessage, wordParams } from '@nguon/contracts';
import {
  advanceCatalogImport,
  type CatalogImportWithCatalog,
  type Db,
  type DriverName,
  deleteCatalogItems,
  findCatalogImport,
  findVisibleCatalog,
  finishCatalogImport,
  insertCatalogItems,
  startCatalogImport,
} from '@nguon/db';
import type { JobProgress } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { fileKey } from '../file-store/file-store.port';
import { UnrecoverableJobError } from '../jobs/queue.port';
import { withUnitOfWork } from '../unit-of-work';
import { type ConvertedRows, convertCsvRows } from './catalog-csv-rows';
import { itemsOf, maxReportedErrors, type ReadImport, readImportFile, reportOf } from './catalog-import-read';
import { storedOutcome } from './catalog-import-views';

export const catalogImportFilePurpose = 'catalog_import';
export const catalogImportAttempts = 3;
/**
 * Rows per committed batch. The embedded database has one connection, so a request waits for at most one
 * batch: 250 rows hold it ~0.1 s on PGlite (1,000 held it ~0.5 s, and GETs waited a median 560 ms).
 * PostgreSQL serves other requests from its pool meanwhile, and 1,000 rows import twice as fast there.
 */
export const batchRowsOf = (driver: DriverName): number => (driver === 'pglite' ? 250 : 1000);

type RunResult = { state: string; imported: number };

/** Item ids made from the import and the row's position: undoing an import finds its items without the file. */
export function importedItemId(importId: string, index: number): string {
  const hex = createHash('sha256').update(`${importId}:${index}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Removes the items of an import's first `rows` rows (an all-or-nothing import cancelled halfway). */
export async function undoImportedRows(
  db: Db,
  tenantId: string,
  importId: string,
  rows: number,
): Promise<void> {
  const chunk = 5000;
  for (let from = 0; from < rows; from += chunk) {
    const ids = Array.from({ length: Math.min(chunk, rows - from) }, (_, i) =>
      importedItemId(importId, from + i),
    );
    await deleteCatalogItems(db, tenantId, ids);
  }
}

const wordsOf = (error: AppError) => ({
  vi: errorMessage(error.code, 'vi', wordParams(error.params, 'vi')),
  en: errorMessage(error.code, 'en', wordParams(error.params, 'en')),
});

/** Every row converted, a batch at a time with a turn of the event loop between, so requests get through. */
async function convertInBatches(read: ReadImport, size: number) {
  const batches: ConvertedRows['valid'][] = [];
  const all: ConvertedRows & { errorCount: number } = {
    valid: [],
    invalidRows: 0,
    errors: [],
    errorCount: 0,
  };
  for (let from = 0; from < read.rows.length; from += size) {
    const rows = read.rows.slice(from, from + size);
    const left = Math.max(0, maxReportedErrors - all.errors.length);
    const converted = convertCsvRows(rows, read.columns, read.catalogForm, left);
    batches.push(converted.valid);
    all.valid.push(...converted.valid);
    all.invalidRows += converted.invalidRows;
    all.errorCount += converted.errorCount;
    all.errors.push(...converted.errors);
    await nextTurn();
  }
  return { batches, all };
}

async function readStoredImport(ctx: ServiceContext, row: CatalogImportWithCatalog): Promise<ReadImport> {
  const bytes = await ctx.files.get(fileKey(row.file_id, 'original'));
  if (!bytes)
    throw new Error(`the CSV of catalog import ${row.id} is missing from the ${ctx.files.kind} store`);
  const catalog = await findVisibleCatalog(ctx.db, row.tenant_id, row.catalog_id);
  if (!catalog) throw new UnrecoverableJobError(`catalog ${row.catalog_id} of import ${row.id} is gone`);
  return readImportFile(catalog, bytes);
}

/** One batch: its items and the counter's step in one transaction; false when the counter had moved (cancel). */
async function commitBatch(
  ctx: ServiceContext,
  row: CatalogImportWithCatalog,
  read: ReadImport,
  batch: { index: number; size: number; valid: ConvertedRows['valid'] },
): Promise<boolean> {
  const from = batch.index * batch.size;
  const rows = Math.min(batch.size, row.rows_total - from);
  // Positions, not lines, name the items: a cell may span lines.
  const positions = new Map(read.rows.slice(from, from + rows).map((r, i) => [r.line, from + i]));
  const idOf = (line: number) => importedItemId(row.id, positions.get(line) ?? -1);
  const author = { tenantId: row.tenant_id, userId: row.created_by };
  const items = itemsOf(read, batch.valid, author, ctx.now(), idOf);
  return withUnitOfWork(ctx, async ({ db }) => {
    const counted = await advanceCatalogImport(db, row.id, {
      from,
      rows,
      imported: items.length,
      now: ctx.now(),
    });
    if (counted) await insertCatalogItems(db, items, 'imported');
    return counted;
  });
}

async function importRows(
  ctx: ServiceContext,
  row: CatalogImportWithCatalog,
  progress: JobProgress,
): Promise<RunResult> {
  const read = await readStoredImport(ctx, row);
  const size = batchRowsOf(ctx.driver);
  const { batches, all } = await convertInBatches(read, size);
  const report = reportOf(
    row.mode === 'all-or-nothing' ? 'all-or-nothing' : 'valid-only',
    read.rows.length,
    all,
  );
  if (row.mode === 'all-or-nothing' && all.invalidRows > 0) {
    const error = new AppError('CSV_ROWS_INVALID', { count: all.invalidRows });
    const end = { report: storedOutcome(report, wordsOf(error)), errorCode: error.code, now: ctx.now() };
    // Failed is final: an all-or-nothing import then keeps none of the batches it had committed.
    await withUnitOfWork(ctx, async ({ db }) => {
      const rowsDone = await finishCatalogImport(db, row.id, { state: 'failed', ...end });
      if (rowsDone !== null && row.mode === 'all-or-nothing')
        await undoImportedRows(db, row.tenant_id, row.id, rowsDone);
    });
    return { state: 'failed', imported: 0 };
  }
  for (let index = Math.floor(row.rows_done / size); index < batches.length; index++) {
    if (progress.signal.aborted) return { state: 'cancelled', imported: 0 };
    const counted = await commitBatch(ctx, row, read, { index, size, valid: batches[index] ?? [] });
    if (!counted) return { state: 'cancelled', imported: 0 };
    const done = Math.min((index + 1) * size, row.rows_total);
    await progress.report(Math.floor((done / Math.max(row.rows_total, 1)) * 100));
    await nextTurn();
  }
  const finished = await findCatalogImport(ctx.db, row.id, row.tenant_id);
  const imported = finished?.imported ?? 0;
  const outcome = storedOutcome({ ...report, imported }, null);
  await finishCatalogImport(ctx.db, row.id, {
    state: 'completed',
    report: outcome,
    errorCode: null,
    now: ctx.now(),
  });
  return { state: 'completed', imported };
}

/** Runs a stored import; an import that already ended is left as it is, so a second run does nothing. */
export async function runCatalogImport(
  ctx: ServiceContext,
  payload: CatalogImportPayload,
  progress: JobProgress,
): Promise<RunResult> {
  const row = await findCatalogImport(ctx.db, payload.importId, payload.tenantId);
  if (!row) throw new UnrecoverableJobError(`catalog import ${payload.importId} does not exist`);
  if (!(await startCatalogImport(ctx.db, row.id, ctx.now())))
    return { state: row.state, imported: row.imported };
  try {
    return await importRows(ctx, row, progress);
  } catch (error) {
    if (progress.signal.aborted) return { state: 'cancelled', imported: 0 };
    const lastTry =
      error instanceof AppError ||
      error instanceof UnrecoverableJobError ||
      progress.attempt >= catalogImportAttempts;
    if (!lastTry) throw error;
    const coded = error instanceof AppError ? error : new AppError('JOB_INTERRUPTED');
    const end = { report: storedOutcome(null, wordsOf(coded)), errorCode: coded.code, now: ctx.now() };
    // Failed is final: an all-or-nothing import then keeps none of the batches it had committed.
    await withUnitOfWork(ctx, async ({ db }) => {
      const rowsDone = await finishCatalogImport(db, row.id, { state: 'failed', ...end });
      if (rowsDone !== null && row.mode === 'all-or-nothing')
        await undoImportedRows(db, row.tenant_id, row.id, rowsDone);
    });
    throw error instanceof AppError
      ? new UnrecoverableJobError(`catalog import ${row.id}: ${coded.code}`)
      : error;
  }
}
