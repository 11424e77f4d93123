import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type RecallReportMessageKey,
  recallReportHeading,
  recallReportKey,
  recallReportWord,
} from '@nguon/contracts';
import { neutralizeFormula } from '@nguon/forms';
import { stringify } from 'csv-stringify/sync';
import type { RecallReportContent, ReportLot, ReportStage } from './recall-report-content';

const vietnamOffsetMs = 7 * 3_600_000;

/** An instant as the report writes it: ISO 8601 in Vietnam's time, offset written (2026-03-02T15:30:00.000+07:00). */
export const reportTime = (at: Date | null | undefined): string =>
  at ? new Date(at.getTime() + vietnamOffsetMs).toISOString().replace('Z', '+07:00') : '';

const columns: readonly RecallReportMessageKey[] = [
  'column.recall',
  'column.lot',
  'column.product',
  'column.gtin',
  'column.quantity',
  'column.unit',
  'column.status',
  'column.seed',
  'column.depth',
  'column.madeFrom',
  'column.labelCount',
  'column.labelRuns',
  'column.firstRecord',
  'column.lastRecord',
  'column.stages',
  'column.recordedBy',
];

/** A lot's status in both languages, as the headings are ("hoàn thành / completed"); as stored if unknown. */
function lotStatusCell(status: string): string {
  const key = recallReportKey('lotStatus', status);
  return key ? `${recallReportWord('vi', key)} / ${recallReportWord('en', key)}` : status;
}

/** A lot's label runs as one cell: "#12: SERIAL – SERIAL; #13: …". */
export const labelRunsCell = (lot: ReportLot): string =>
  lot.labelRuns.map((run) => `#${run.batch_number}: ${run.first_serial} – ${run.last_serial}`).join('; ');

/** A stage's waiting-period flags, in Vietnamese as the report's cells are: " (ghi trong thời gian cách ly …)". */
export const flagsText = (stage: ReportStage, contentLanguage: 'vi' | 'en' = 'vi'): string =>
  stage.flags
    .map(
      (flag) =>
        ` (${recallReportWord(contentLanguage, 'report.waitingFlag', { job: flag.job[contentLanguage] || flag.job.vi, days: flag.days, day: flag.firstAllowedDay })})`,
    )
    .join('');

/** One row per affected lot; every cell an owner typed (codes, names) is formula-neutralised. */
function cellsOf(recallNumber: number, entry: ReportLot): string[] {
  const { lot, madeFrom, labelCount, stages } = entry;
  const recorders = [...new Set(stages.flatMap((stage) => (stage.by ? [stage.by] : [])))];
  return [
    String(recallNumber),
    neutralizeFormula(lot.code),
    neutralizeFormula(lot.product_name_vi),
    lot.gtin ?? '',
    String(lot.quantity),
    neutralizeFormula(lot.unit),
    lotStatusCell(lot.status),
    lot.seed ? 'true' : 'false',
    String(lot.depth),
    neutralizeFormula(madeFrom.join(' ')),
    String(labelCount),
    labelRunsCell(entry),
    reportTime(stages[0]?.at),
    reportTime(stages.at(-1)?.at),
    neutralizeFormula(
      stages.map((stage) => `${stage.name.vi} ${reportTime(stage.at)}${flagsText(stage)}`).join('; '),
    ),
    neutralizeFormula(recorders.join('; ')),
  ];
}

const rowsPerChunk = 500;

/** The CSV body: UTF-8 with BOM and CRLF as our other exports, bilingual headings, a chunk of rows at a time. */
export async function* recallReportCsvChunks(content: RecallReportContent): AsyncGenerator<string> {
  yield stringify([columns.map((key) => recallReportHeading(key))], { bom: true, record_delimiter: '\r\n' });
  for (let from = 0; from < content.lots.length; from += rowsPerChunk) {
    const rows = content.lots
      .slice(from, from + rowsPerChunk)
      .map((lot) => cellsOf(content.recall.number, lot));
    yield stringify(rows, { record_delimiter: '\r\n' });
  }
}

/** Writes the CSV into `out`, waiting whenever it is full; ends it. */
export function writeRecallReportCsv(content: RecallReportContent, out: Writable): Promise<void> {
  return pipeline(Readable.from(recallReportCsvChunks(content)), out);
}
