import { CatalogImportPayload } from '@nguon/contracts';
import { defineJob } from '../context/feature-job';
import { runCatalogImport } from './catalog-import-run';

/** A large catalog import, in committed batches that each advance the import's counter: a retry resumes, never repeats. */
export const catalogImportJob = defineJob<CatalogImportPayload, { state: string; imported: number }>({
  name: 'catalogs.import',
  payload: CatalogImportPayload,
  process: (ctx, payload, progress) => runCatalogImport(ctx, payload, progress),
});
