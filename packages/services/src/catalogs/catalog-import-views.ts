import {
  CatalogImportReport,
  type CatalogImportReportSource,
  type CatalogImportViewSource,
  errorMessage,
  localizeCatalogImportReport,
  type TenantJobViewSource,
  tenantJobStates,
} from '@nguon/contracts';
import type { CatalogImportWithCatalog } from '@nguon/db';
import { type CatalogImportWork, catalogImportRetryable, catalogImportStalled, oneOf } from '@nguon/domain';
import { createAjv } from '@nguon/forms';
import { isFinalState, progressRate } from '../jobs-view/job-progress';

/** What the report column holds: the report and the failure worded in both languages when the import ended. */
export interface StoredOutcome {
  vi: CatalogImportReport | null;
  en: CatalogImportReport | null;
  error: { vi: string; en: string } | null;
}
const reportOrNull = { anyOf: [CatalogImportReport, { type: 'null' }] };
const StoredOutcome = {
  type: 'object',
  properties: {
    vi: reportOrNull,
    en: reportOrNull,
    error: {
      anyOf: [
        {
          type: 'object',
          properties: { vi: { type: 'string' }, en: { type: 'string' } },
          required: ['vi', 'en'],
        },
        { type: 'null' },
      ],
    },
  },
  required: ['vi', 'en', 'error'],
};
const validateOutcome = createAjv().compile<StoredOutcome>(StoredOutcome);

/** Worded once, when the import ends: the row faults' words never change afterwards. */
export function storedOutcome(
  report: CatalogImportReportSource | null,
  error: { vi: string; en: string } | null,
): StoredOutcome {
  const vi = report && localizeCatalogImportReport(report, 'vi');
  const en = report && localizeCatalogImportReport(report, 'en');
  return { vi, en, error };
}

/** The report column read back is parsed like any input. */
function parseOutcome(value: unknown): StoredOutcome | null {
  if (value === null) return null;
  if (!validateOutcome(value)) throw new Error('stored catalog import report is malformed');
  return value;
}

/** The fields the stall and retry rules read. */
export const importWork = (
  row: Pick<CatalogImportWithCatalog, 'state' | 'heartbeat_at' | 'error_code'>,
): CatalogImportWork => ({ state: row.state, heartbeatAt: row.heartbeat_at, errorCode: row.error_code });

const stalledError = {
  code: 'CATALOG_IMPORT_STALLED',
  message: {
    vi: errorMessage('CATALOG_IMPORT_STALLED', 'vi'),
    en: errorMessage('CATALOG_IMPORT_STALLED', 'en'),
  },
};

/**
 * A catalog import as any job of the tenant is shown; `canCancel` is decided by the caller's rights. A stalled
 * import is shown as failed, saying so, with no made-up pace (as a stalled label batch is): Retry takes it up.
 */
export function catalogImportJobView(
  row: CatalogImportWithCatalog,
  now: Date,
  mayCancel: boolean,
): TenantJobViewSource {
  const realState = oneOf(tenantJobStates, row.state, 'catalog import state');
  const stalled = catalogImportStalled(importWork(row), now);
  const state = stalled ? 'failed' : realState;
  const outcome = parseOutcome(row.report);
  const facts = { state, done: row.rows_done, total: row.rows_total, startedAt: row.started_at };
  const message = outcome?.error;
  const error = row.error_code && message ? { code: row.error_code, message } : null;
  return {
    id: row.id,
    kind: 'catalog-import',
    title: { vi: row.catalog_name_vi, en: row.catalog_name_en || row.catalog_name_vi },
    state,
    done: row.rows_done,
    total: row.rows_total,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    ...(stalled ? { ratePerSecond: null, secondsLeft: null } : progressRate(facts, now)),
    error: stalled ? stalledError : error,
    // A stalled import has not ended: it may still be cancelled.
    canCancel: mayCancel && !isFinalState(realState),
    links: {
      self: `/api/v1/catalog-imports/${row.id}`,
      subject: `/catalogs/${row.catalog_id}`,
    },
  };
}

export function catalogImportView(
  row: CatalogImportWithCatalog,
  now: Date,
  mayCancel: boolean,
  /** Retrying runs the import again: the catalog's managers only (a clerk who started one, since demoted, may not). */
  mayRetry: boolean,
): CatalogImportViewSource {
  const mode = row.mode === 'all-or-nothing' ? 'all-or-nothing' : 'valid-only';
  const outcome = parseOutcome(row.report);
  const job = catalogImportJobView(row, now, mayCancel);
  const counted = (report: CatalogImportReport) => ({ ...report, imported: row.imported });
  const report = outcome?.vi && outcome.en ? { vi: counted(outcome.vi), en: counted(outcome.en) } : null;
  const work = importWork(row);
  const stalled = catalogImportStalled(work, now);
  const canRetry = mayRetry && catalogImportRetryable(work, now);
  return { id: row.id, catalogId: row.catalog_id, mode, job, report, stalled, canRetry };
}
