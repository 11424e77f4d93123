import {
  benchLayoutKey,
  type LabelBatchFigures,
  measureLabelBatch,
  measureLabelPdf,
  type StepFigures,
} from './label-batches';
import { against, type Row } from './row';

/** The targets: 1M labels within 2x COPY, 10,000 as PDF under 10 s, every step under 512 MB resident. */
const targets = { copyRatio: 2, pdfSeconds: 10, peakMb: 512 };

const peakRow = (name: string, step: StepFigures, floor?: string, floorMb?: number): Row => ({
  name: against(`peak RSS of the child process: ${name}`, step.peakRssMb, targets.peakMb, 'MB'),
  value: step.peakRssMb,
  unit: 'MB',
  ...(floor && floorMb ? { baseline: floor, ratio: step.peakRssMb / floorMb } : {}),
});

function copyRatioRow(name: string, seconds: number, baseline: string, copySeconds: number): Row {
  const ratio = seconds / copySeconds;
  return {
    name: `${name}${ratio <= targets.copyRatio ? '' : ' MISSED'}`,
    value: seconds,
    unit: 's',
    baseline,
    ratio,
  };
}

function driverRows(on: string, figures: LabelBatchFigures, baseline: string, copySeconds: number): Row[] {
  const stored = figures.generate.seconds + figures.csv.seconds;
  const floor = `peak RSS of a child that only loads the services and opens the database, ${on} (MB)`;
  return [
    copyRatioRow(
      `1,000,000 labels generated and stored, ${on} (s)`,
      figures.generate.seconds,
      baseline,
      copySeconds,
    ),
    { name: `1,000,000 labels as CSV, ${on} (s)`, value: figures.csv.seconds, unit: 's' },
    copyRatioRow(
      `1,000,000 labels generated, stored and exported as CSV, ${on} (target <= ${targets.copyRatio}x COPY)`,
      stored,
      baseline,
      copySeconds,
    ),
    { name: floor, value: figures.idle.peakRssMb, unit: 'MB' },
    peakRow(`1,000,000 labels generated, ${on}`, figures.generate, floor, figures.idle.peakRssMb),
    peakRow(`1,000,000 labels as CSV, ${on}`, figures.csv, floor, figures.idle.peakRssMb),
  ];
}

/**
 * A million labels ordered, generated and stored by the batch jobs (not the PDF a completed batch queues), then
 * exported as CSV, against PostgreSQL's own COPY of the same rows into a same-shaped table; the same on PGlite.
 * Each step runs in its own child process, so each peak RSS is that step's own.
 */
export async function labelBatchRows(): Promise<Row[]> {
  const quantity = 1_000_000;
  const server = await measureLabelBatch('postgres', quantity);
  const embedded = await measureLabelBatch('pglite', quantity);
  const baseline = 'PostgreSQL COPY of 1,000,000 label rows into a same-shaped table (s)';
  const copySeconds = server.copySeconds ?? Number.NaN;
  return [
    { name: baseline, value: copySeconds, unit: 's' },
    ...driverRows('PostgreSQL', server, baseline, copySeconds),
    // PGlite is the database itself, in the same process: about 1 GB resident before a label is made.
    ...driverRows(
      'PGlite on disk, database in the same process (~1 GB alone)',
      embedded,
      baseline,
      copySeconds,
    ),
  ];
}

/**
 * A completed 10,000-label batch on PostgreSQL drawn as a PDF on the A4 4 x 10 sheet: by the render job's own
 * path, and by writeLabelsPdf with QR codes encoded inline and in one worker thread; its CSV is the baseline.
 */
export async function labelPdfRows(): Promise<Row[]> {
  const quantity = 10_000;
  const figures = await measureLabelPdf(quantity);
  const csv = '10,000 labels as CSV, the same batch (s)';
  const inline = `10,000 labels as PDF (${benchLayoutKey}), QR encoded inline, qrWorkers: 0 (s)`;
  const pdfRow = (name: string, step: StepFigures, baseline: string, baseSeconds: number): Row => ({
    name: against(name, step.seconds, targets.pdfSeconds, 's'),
    value: step.seconds,
    unit: 's',
    baseline,
    ratio: step.seconds / baseSeconds,
  });
  return [
    { name: csv, value: figures.csv.seconds, unit: 's' },
    pdfRow(
      `10,000 labels as PDF (${benchLayoutKey}), the render job's renderBatchPdf (s)`,
      figures.job,
      csv,
      figures.csv.seconds,
    ),
    pdfRow(inline, figures.inline, csv, figures.csv.seconds),
    pdfRow(
      `10,000 labels as PDF (${benchLayoutKey}), QR encoded in 1 worker thread, the default (s)`,
      figures.worker,
      inline,
      figures.inline.seconds,
    ),
    peakRow('10,000 labels as CSV', figures.csv),
    peakRow("10,000 labels as PDF, the render job's path", figures.job),
    peakRow('10,000 labels as PDF, QR inline', figures.inline),
    peakRow('10,000 labels as PDF, 1 QR worker thread', figures.worker),
  ];
}
