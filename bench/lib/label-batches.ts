import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DriverName } from '@nguon/db';
import { createTestDatabase, postgresTestUrl, type TestDatabase } from '@nguon/db/testing';
import { builtInLabelLayouts, labelsPerPage } from '@nguon/domain';
import pg from 'pg';
import { startNode } from './processes';

const stepScript = fileURLToPath(new URL('./label-step.ts', import.meta.url));
/** The A4 4 x 10 sheet of 48.5 x 25.4 mm labels the issue names. */
export const benchLayoutKey = 'a4-4x10-48.5x25.4';

/** What one child reports: its seconds and its own peak resident set (the whole process, MB of 10^6 bytes). */
export interface StepFigures {
  seconds: number;
  peakRssMb: number;
}

interface Generated extends StepFigures {
  batchId: string;
  tenantId: string;
  userId: string;
}

export interface LabelBatchFigures {
  /** A child that only imports the services and opens the database: the floor under the others' peaks. */
  idle: StepFigures;
  generate: StepFigures;
  csv: StepFigures;
  /** PostgreSQL's own COPY of the same rows into a table of the same shape (null on PGlite). */
  copySeconds: number | null;
}

export interface LabelPdfFigures {
  csv: StepFigures;
  /** pdfkit alone drawing as many plain rectangles on as many pages. */
  rects: StepFigures;
  job: StepFigures;
  inline: StepFigures;
  worker: StepFigures;
}

/** The child's own line, written by label-step.ts: checked for its two figures. */
function isStepFigures(value: unknown): value is StepFigures & Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'seconds' in value &&
    typeof value.seconds === 'number' &&
    'peakRssMb' in value &&
    typeof value.peakRssMb === 'number'
  );
}

/** Runs label-step.ts with `args` and resolves with the figures it prints; rejects with its output if it fails. */
function runStep(args: Record<string, string>): Promise<StepFigures & Record<string, unknown>> {
  const child = startNode(stepScript, {}, [JSON.stringify(args)]);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = /^result (.*)$/m.exec(output)?.[1];
      const figures: unknown = line ? JSON.parse(line) : null;
      if (code === 0 && isStepFigures(figures)) resolve(figures);
      else reject(new Error(`label step ${args.step} exited ${code}:\n${output}`));
    });
  });
}

/** Seconds for PostgreSQL to COPY the batch's rows (from a file it reads itself) into a table built like labels. */
async function copySeconds(t: TestDatabase, batchId: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'nguon-bench-labels-'));
  const file = join(dir, 'labels.csv');
  const rows = await t.db
    .selectFrom('labels')
    .select(['serial', 'seq'])
    .where('batch_id', '=', batchId)
    .orderBy('seq')
    .execute();
  await writeFile(file, rows.map((row) => `${row.serial},${batchId},${row.seq}`).join('\n'));
  await chmod(dir, 0o755);
  await chmod(file, 0o644);
  const client = new pg.Client({ connectionString: postgresTestUrl() });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${t.schema}`);
    // The same columns, defaults, checks, primary key and unique index as labels; LIKE leaves out foreign keys,
    // added back so COPY checks each row's batch as the labels table does (a fifth of the time of either load).
    await client.query('CREATE TABLE bench_labels (LIKE labels INCLUDING ALL)');
    await client.query(
      `ALTER TABLE bench_labels
         ADD FOREIGN KEY (batch_id) REFERENCES label_batches (id) ON DELETE CASCADE,
         ADD FOREIGN KEY (lot_id) REFERENCES lots (id)`,
    );
    const started = performance.now();
    const result = await client.query(
      `COPY bench_labels (serial, batch_id, seq) FROM '${file}' WITH (FORMAT csv)`,
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.rowCount !== rows.length) throw new Error(`COPY loaded ${result.rowCount} of ${rows.length}`);
    return seconds;
  } finally {
    await client.end();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A schema on PostgreSQL (migrated here, dropped at the end) or a fresh PGlite directory the children open. */
async function withStore<R>(
  driver: DriverName,
  use: (where: Record<string, string>, t: TestDatabase | null) => Promise<R>,
): Promise<R> {
  const dir = await mkdtemp(join(tmpdir(), 'nguon-bench-label-'));
  const t = driver === 'postgres' ? await createTestDatabase('postgres') : null;
  try {
    const where: Record<string, string> = t
      ? { driver, schema: t.schema }
      : { driver, dataDir: join(dir, 'db') };
    return await use({ ...where, filesDir: join(dir, 'files') }, t);
  } finally {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function generateIn(where: Record<string, string>, quantity: number): Promise<Generated> {
  const figures = await runStep({
    ...where,
    step: 'generate',
    quantity: String(quantity),
    layoutKey: benchLayoutKey,
  });
  const { batchId, tenantId, userId } = figures;
  if (typeof batchId !== 'string' || typeof tenantId !== 'string' || typeof userId !== 'string')
    throw new Error(`the generate step printed no batch: ${JSON.stringify(figures)}`);
  return { ...figures, batchId, tenantId, userId };
}

/** One batch of `quantity` labels ordered, generated and stored through the jobs, then exported as CSV. */
export function measureLabelBatch(driver: DriverName, quantity: number): Promise<LabelBatchFigures> {
  return withStore(driver, async (where, t) => {
    const generate = await generateIn(where, quantity);
    // Right after the step it is the baseline of, so both meet the same load on a shared machine.
    const copy = t ? await copySeconds(t, generate.batchId) : null;
    const batch = { batchId: generate.batchId, tenantId: generate.tenantId, userId: generate.userId };
    const csv = await runStep({ ...where, ...batch, step: 'csv' });
    const idle = await runStep({ ...where, step: 'idle' });
    return { idle, generate, csv, copySeconds: copy };
  });
}

/** A PDF step that drew fewer labels or pages than the batch holds would flatter its time. */
function drewAll(step: StepFigures & Record<string, unknown>, field: string, expected: number): StepFigures {
  if (step[field] !== expected)
    throw new Error(`expected ${field} ${expected}, the step printed ${JSON.stringify(step)}`);
  return step;
}

/** A completed batch of `quantity` labels on PostgreSQL, then its CSV, its PDF drawn three ways, and pdfkit alone. */
export function measureLabelPdf(quantity: number): Promise<LabelPdfFigures> {
  return withStore('postgres', async (where) => {
    const generate = await generateIn(where, quantity);
    const batch = { batchId: generate.batchId, tenantId: generate.tenantId, userId: generate.userId };
    const drawn = { ...where, ...batch, layoutKey: benchLayoutKey, quantity: String(quantity) };
    const pdf = async (workers: number) =>
      drewAll(await runStep({ ...drawn, step: 'pdf', qrWorkers: String(workers) }), 'labels', quantity);
    const csv = await runStep({ ...where, ...batch, step: 'csv' });
    const rects = await runStep({ ...drawn, step: 'pdf-rects' });
    const layout = builtInLabelLayouts.find(({ key }) => key === benchLayoutKey)?.layout;
    if (!layout) throw new Error(`no built-in layout ${benchLayoutKey}`);
    const pages = Math.ceil(quantity / labelsPerPage(layout));
    const job = drewAll(await runStep({ ...where, ...batch, step: 'pdf-job' }), 'pages', pages);
    return { csv, rects, job, inline: await pdf(0), worker: await pdf(1) };
  });
}
