import { RecallNotice } from '@nguon/contracts';
import {
  type Db,
  findRecallReportHeader,
  listRecallEvents,
  listRecallReportLots,
  listReportLabelRuns,
  listReportRecords,
  type RecallEventRow,
  type RecallReportHeaderRow,
  type RecallReportLabelRunRow,
  type RecallReportLotRow,
  type RecallReportRecordRow,
} from '@nguon/db';
import { findStageJob, type LocalizedText, stageJobName } from '@nguon/domain';
import { createAjv } from '@nguon/forms';
import type { Static } from '@sinclair/typebox';
import { pinnedVersions } from '../lots/version-definitions';

/** One stage done for a lot: its name as the lot's version calls it, when, and who recorded it. */
export interface ReportStage {
  name: LocalizedText;
  at: Date;
  by: string | null;
}

/** An affected lot with everything the report says of it. */
export interface ReportLot {
  lot: RecallReportLotRow;
  /** Codes of the affected lots it was made from. */
  madeFrom: string[];
  labelRuns: RecallReportLabelRunRow[];
  labelCount: number;
  stages: ReportStage[];
}

export interface ReportProductTotal {
  productId: string;
  name: LocalizedText;
  gtin: string | null;
  lotCount: number;
  quantities: { quantity: number; unit: string }[];
  labelCount: number;
}

/** What the CSV and the PDF are written from: read once per run. */
export interface RecallReportContent {
  recall: RecallReportHeaderRow & { notice: Static<typeof RecallNotice> };
  publishedBy: string | null;
  events: RecallEventRow[];
  lots: ReportLot[];
  products: ReportProductTotal[];
  labelCount: number;
  madeAt: Date;
}

/** Lots read per step: one step is three queries and a heartbeat. */
export const reportLotsPerStep = 500;

const validateNotice = createAjv().compile<Static<typeof RecallNotice>>(RecallNotice);

function parseNotice(value: unknown): Static<typeof RecallNotice> {
  if (!validateNotice(value)) throw new Error('stored recall notice is malformed');
  return value;
}

const groupBy = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
};

async function stagesOf(db: Db, tenantId: string, records: RecallReportRecordRow[]) {
  const versions = await pinnedVersions(
    db,
    tenantId,
    records.map((r) => r.process_version_id),
  );
  return groupBy(
    records.map((record) => {
      const stage = versions
        .get(record.process_version_id)
        ?.definition.stages.find((s) => s.id === record.stage_id);
      // a job record reads "Stage — Job"
      const job = stage && record.job_id !== null ? findStageJob(stage, record.job_id) : undefined;
      const name =
        stage && job
          ? stageJobName(stage, job)
          : (stage?.name ?? { vi: record.stage_id, en: record.stage_id });
      return { lotId: record.lot_id, stage: { name, at: record.event_time, by: record.recorded_by_name } };
    }),
    (entry) => entry.lotId,
  );
}

/** Totals per product, a sum per unit (a product's lots may be counted in different units). */
export function productTotals(lots: readonly ReportLot[]): ReportProductTotal[] {
  const totals = new Map<string, ReportProductTotal>();
  for (const { lot, labelCount } of lots) {
    const total = totals.get(lot.product_id) ?? {
      productId: lot.product_id,
      name: { vi: lot.product_name_vi, en: lot.product_name_en },
      gtin: lot.gtin,
      lotCount: 0,
      quantities: [],
      labelCount: 0,
    };
    total.lotCount += 1;
    total.labelCount += labelCount;
    const same = total.quantities.find((q) => q.unit === lot.unit);
    // what is still in each lot: a kilogram taken into a blend is counted once, in the blend
    if (same) same.quantity += lot.remaining;
    else total.quantities.push({ quantity: lot.remaining, unit: lot.unit });
    totals.set(lot.product_id, total);
  }
  return [...totals.values()];
}

/**
 * Reads a recall's report content a step of lots at a time; `onStep` is told how many lots are read so far (it
 * beats the heartbeat and may throw to stop). Null when the recall is not the tenant's.
 */
export async function readRecallReportContent(
  db: Db,
  target: { tenantId: string; recallId: string; madeAt: Date },
  onStep: (lotsDone: number) => Promise<void>,
): Promise<RecallReportContent | null> {
  const header = await findRecallReportHeader(db, target.tenantId, target.recallId);
  if (!header) return null;
  const rows = await listRecallReportLots(db, target.recallId);
  const codes = new Map(rows.map((row) => [row.lot_id, row.code]));
  const lots: ReportLot[] = [];
  for (let from = 0; from < rows.length; from += reportLotsPerStep) {
    const step = rows.slice(from, from + reportLotsPerStep);
    const ids = step.map((row) => row.lot_id);
    const runs = groupBy(await listReportLabelRuns(db, ids), (run) => run.lot_id);
    const stages = await stagesOf(db, target.tenantId, await listReportRecords(db, target.tenantId, ids));
    for (const lot of step) {
      const labelRuns = runs.get(lot.lot_id) ?? [];
      lots.push({
        lot,
        madeFrom: lot.from_lot_ids.map((id) => codes.get(id) ?? id),
        labelRuns,
        labelCount: labelRuns.reduce((sum, run) => sum + run.last_seq - run.first_seq + 1, 0),
        stages: (stages.get(lot.lot_id) ?? []).map((entry) => entry.stage),
      });
    }
    await onStep(lots.length);
  }
  const events = await listRecallEvents(db, target.recallId);
  const products = productTotals(lots);
  return {
    recall: { ...header, notice: parseNotice(header.notice) },
    publishedBy: events.find((event) => event.kind === 'published')?.by_name ?? null,
    events,
    lots,
    products,
    labelCount: products.reduce((sum, product) => sum + product.labelCount, 0),
    madeAt: target.madeAt,
  };
}
