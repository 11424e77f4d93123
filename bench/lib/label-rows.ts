import { cpus, loadavg } from 'node:os';
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

/** Other work on the shared machine slows every figure; the ratios, measured in the same minutes, less so. */
const loadRow = (bench: string): Row => ({
  name: `machine load as the ${bench} bench started (1-min load average, ${cpus().length} cores)`,
  value: loadavg()[0] ?? Number.NaN,
  unit: 'processes',
});

const peakRow = (name: string, step: StepFigures, floor?: { name: string; mb: number }): Row => ({
  name: against(`peak RSS, ${name}`, step.peakRssMb, targets.peakMb, 'MB'),
  value: step.peakRssMb,
  unit: 'MB',
  ...(floor && { baseline: floor.name, ratio: step.peakRssMb / floor.mb }),
});

function driverRows(on: string, figures: LabelBatchFigures, copy: { name: string; seconds: number }): Row[] {
  const { generate, csv, idle } = figures;
  const stored = generate.seconds + csv.seconds;
  const ratio = stored / copy.seconds;
  const target = `(target <= ${targets.copyRatio}x COPY)${ratio <= targets.copyRatio ? '' : ' MISSED'}`;
  const floor = {
    name: `peak RSS, a child that only loads the services and opens ${on}`,
    mb: idle.peakRssMb,
  };
  return [
    {
      name: `1,000,000 labels generated and stored, ${on}`,
      value: generate.seconds,
      unit: 's',
      baseline: copy.name,
      ratio: generate.seconds / copy.seconds,
    },
    { name: `1,000,000 labels as CSV, ${on}`, value: csv.seconds, unit: 's' },
    {
      name: `1,000,000 labels generated, stored and exported as CSV, ${on} ${target}`,
      value: stored,
      unit: 's',
      baseline: copy.name,
      ratio,
    },
    { name: floor.name, value: floor.mb, unit: 'MB' },
    peakRow(`1,000,000 labels generated, ${on}`, generate, floor),
    peakRow(`1,000,000 labels as CSV, ${on}`, csv, floor),
  ];
}

/**
 * A million labels ordered, generated and stored by the batch jobs (not the PDF a completed batch queues), then
 * exported as CSV, against PostgreSQL's own COPY of the same rows into a table with the labels table's constraints; the same on PGlite.
 * Each step runs in its own child process, so each peak RSS is that step's own.
 */
export async function labelBatchRows(): Promise<Row[]> {
  const quantity = 1_000_000;
  const load = loadRow('1,000,000-label');
  const server = await measureLabelBatch('postgres', quantity);
  const embedded = await measureLabelBatch('pglite', quantity);
  const copy = {
    name: 'PostgreSQL COPY of the same 1,000,000 label rows into a table with the keys, checks and foreign keys of labels',
    seconds: server.copySeconds ?? Number.NaN,
  };
  return [
    load,
    { name: copy.name, value: copy.seconds, unit: 's' },
    ...driverRows('PostgreSQL', server, copy),
    // PGlite is the database itself, running inside the measured process: its memory counts in every peak.
    ...driverRows('PGlite on disk (the database inside the process)', embedded, copy),
  ];
}

/**
 * A completed 10,000-label batch on PostgreSQL drawn as a PDF on the A4 4 x 10 sheet: by the render job's own
 * path, and by writeLabelsPdf with QR codes encoded inline and in one worker thread; against pdfkit drawing as
 * many plain rectangles on as many pages, and the same batch as CSV.
 */
export async function labelPdfRows(): Promise<Row[]> {
  const load = loadRow('10,000-label PDF');
  const figures = await measureLabelPdf(10_000);
  const rects = `pdfkit alone: 10,000 plain rectangles, 40 per A4 page`;
  const inline = `10,000 labels as PDF (${benchLayoutKey}), writeLabelsPdf, QR encoded inline (qrWorkers: 0)`;
  const pdfRow = (name: string, step: StepFigures, baseline: string, baseSeconds: number): Row => ({
    name: against(name, step.seconds, targets.pdfSeconds, 's'),
    value: step.seconds,
    unit: 's',
    baseline,
    ratio: step.seconds / baseSeconds,
  });
  return [
    load,
    { name: '10,000 labels as CSV, the same batch', value: figures.csv.seconds, unit: 's' },
    { name: rects, value: figures.rects.seconds, unit: 's' },
    pdfRow(
      `10,000 labels as PDF (${benchLayoutKey}), the render job's renderBatchPdf (1 QR worker)`,
      figures.job,
      rects,
      figures.rects.seconds,
    ),
    pdfRow(inline, figures.inline, rects, figures.rects.seconds),
    pdfRow(
      `10,000 labels as PDF (${benchLayoutKey}), writeLabelsPdf, QR encoded in 1 worker thread (default)`,
      figures.worker,
      inline,
      figures.inline.seconds,
    ),
    peakRow('10,000 labels as CSV', figures.csv),
    peakRow('pdfkit alone, 10,000 rectangles', figures.rects),
    peakRow("10,000 labels as PDF, the render job's path", figures.job),
    peakRow('10,000 labels as PDF, QR inline', figures.inline),
    peakRow('10,000 labels as PDF, 1 QR worker thread', figures.worker),
  ];
}
