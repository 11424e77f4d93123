// One label measurement in its own process, so the peak RSS it reports (resourceUsage().maxRSS) is its own.
// Usage: node --import tsx label-step.ts '{"step":"generate"|"idle"|"csv"|"pdf-job"|"pdf"|"pdf-rects",...}' (the fields
// read below); prints one line `result {json}` at its end.
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  type Database,
  findLabelBatch,
  insertMembership,
  insertTenant,
  insertUser,
  migrateToLatest,
  openDatabase,
} from '@nguon/db';
import { postgresTestUrl } from '@nguon/db/testing';
import { builtInLabelLayouts, type LabelLayout, labelCells } from '@nguon/domain';
import {
  batchPrintItems,
  createInlineQueue,
  createInProcessPublicChanges,
  createLocalFileStore,
  defaultServiceConfig,
  type LabelPrintItem,
  labelBatchJobs,
  orderLabelBatch,
  type Principal,
  renderBatchPdf,
  renderLabelPdfJob,
  type ServiceContext,
  streamBatchCsv,
  systemSources,
  writeLabelsPdf,
} from '@nguon/services';
import PDFDocument from 'pdfkit';

const args: unknown = JSON.parse(process.argv[2] ?? '{}');
const arg = (name: string): string => {
  const value =
    typeof args === 'object' && args !== null && name in args ? Reflect.get(args, name) : undefined;
  if (typeof value !== 'string') throw new Error(`label-step.ts needs the string argument ${name}`);
  return value;
};

/** PostgreSQL in the schema the bench made, else the embedded PGlite persisted in a directory. */
async function open(): Promise<Database> {
  if (arg('driver') === 'postgres')
    return openDatabase({ url: postgresTestUrl(), schema: arg('schema'), poolSize: 5 });
  return openDatabase({ dataDir: arg('dataDir') });
}

function contextOn(database: Database): ServiceContext {
  return {
    db: database.db,
    driver: database.driver,
    queue: createInlineQueue(),
    files: createLocalFileStore(arg('filesDir')),
    publicChanges: createInProcessPublicChanges(),
    ...systemSources,
    config: {
      ...defaultServiceConfig,
      sessionSecret: 'x'.repeat(32),
      publicBaseUrl: 'https://nguon.example.vn',
    },
  };
}

const ownerOf = (tenantId: string, userId: string): Principal => ({
  kind: 'person',
  userId,
  sessionIdHash: 'b',
  csrfToken: 'b',
  tenantId,
  role: 'owner',
  platformRoles: [],
  inspectorProvinces: [],
});

async function newOwner(ctx: ServiceContext): Promise<{ tenantId: string; userId: string }> {
  const tenantId = ctx.newId();
  await insertTenant(ctx.db, {
    id: tenantId,
    name: 'HTX',
    kind: 'coop',
    address: 'Xã A',
    province: 'lao-cai',
  });
  const user = await insertUser(ctx.db, {
    id: ctx.newId(),
    name: 'Chủ',
    email: `b-${tenantId}@htx.test`,
    phone: null,
    passwordHash: null,
    now: ctx.now(),
  });
  await insertMembership(ctx.db, tenantId, user.id, 'owner');
  return { tenantId, userId: user.id };
}

async function untilCompleted(ctx: ServiceContext, id: string): Promise<void> {
  for (;;) {
    const row = await ctx.db
      .selectFrom('label_batches')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (row.state === 'completed') return;
    if (row.state !== 'queued' && row.state !== 'running') throw new Error(`label batch ended ${row.state}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Ordered to completed through the plan and chunk jobs; the PDF job a completed batch enqueues is not registered. */
async function generate(ctx: ServiceContext) {
  if (ctx.driver === 'pglite') await migrateToLatest(ctx.db);
  for (const job of labelBatchJobs.filter(({ name }) => name !== renderLabelPdfJob.name))
    ctx.queue.register(job.name, job.processorFor(ctx), { concurrency: 2 });
  await ctx.queue.start();
  const { tenantId, userId } = await newOwner(ctx);
  const principal = ownerOf(tenantId, userId);
  const started = performance.now();
  const batch = await orderLabelBatch(ctx, principal, {
    quantity: Number(arg('quantity')),
    layoutKey: arg('layoutKey'),
  });
  await untilCompleted(ctx, batch.id);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, batchId: batch.id, tenantId, userId };
}

function countingSink(): { sink: Writable; bytes(): number } {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
}

async function* labelItems(
  ctx: ServiceContext,
  tenantId: string,
  batchId: string,
): AsyncGenerator<LabelPrintItem> {
  const batch = await findLabelBatch(ctx.db, tenantId, batchId);
  if (!batch) throw new Error(`label batch ${batchId} not found`);
  for await (const page of batchPrintItems(ctx, batch)) yield* page;
}

function layoutOf(key: string): LabelLayout {
  const layout = builtInLabelLayouts.find((built) => built.key === key)?.layout;
  if (!layout) throw new Error(`no built-in layout ${key}`);
  return layout;
}

/** The stored labels drawn by writeLabelsPdf with `qrWorkers` encoding threads (0: inline). */
async function pdf(ctx: ServiceContext) {
  const layout = layoutOf(arg('layoutKey'));
  const { sink, bytes } = countingSink();
  const started = performance.now();
  const items = labelItems(ctx, arg('tenantId'), arg('batchId'));
  const { labels } = await writeLabelsPdf(items, layout, sink, { qrWorkers: Number(arg('qrWorkers')) });
  return { seconds: (performance.now() - started) / 1000, bytes: bytes(), labels };
}

/** pdfkit alone: one filled rectangle per label cell, as many pages as the labels take; no database read. */
async function pdfRects() {
  const layout = layoutOf(arg('layoutKey'));
  const cells = labelCells(layout);
  const quantity = Number(arg('quantity'));
  const ptPerMm = 72 / 25.4;
  const { sink, bytes } = countingSink();
  const started = performance.now();
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, compress: true });
  doc.pipe(sink);
  for (let drawn = 0; drawn < quantity; drawn += cells.length) {
    doc.addPage({ size: [layout.pageWidthMm * ptPerMm, layout.pageHeightMm * ptPerMm], margin: 0 });
    for (const cell of cells.slice(0, quantity - drawn))
      doc.rect(cell.x * ptPerMm, cell.y * ptPerMm, cell.width * ptPerMm, cell.height * ptPerMm).fill('black');
  }
  doc.end();
  await finished(sink);
  return { seconds: (performance.now() - started) / 1000, bytes: bytes() };
}

const steps: Record<string, (ctx: ServiceContext) => Promise<{ seconds: number }>> = {
  /** Nothing but the imports and an open database: the floor under every other step's peak RSS. */
  idle: async () => ({ seconds: 0 }),
  generate,
  async csv(ctx) {
    const { sink, bytes } = countingSink();
    const started = performance.now();
    await streamBatchCsv(ctx, ownerOf(arg('tenantId'), arg('userId')), arg('batchId'), sink);
    return { seconds: (performance.now() - started) / 1000, bytes: bytes() };
  },
  /** The render job's own path: the batch's stored layout, the default QR worker, the file store. */
  async 'pdf-job'(ctx) {
    const started = performance.now();
    const { pages } = await renderBatchPdf(ctx, arg('batchId'), async () => {});
    return { seconds: (performance.now() - started) / 1000, pages };
  },
  pdf,
  'pdf-rects': pdfRects,
};

const step = steps[arg('step')];
if (!step) throw new Error(`no label step ${arg('step')}; the steps are ${Object.keys(steps).join(', ')}`);
const database = await open();
const ctx = contextOn(database);
try {
  const figures = await step(ctx);
  await ctx.queue.close();
  // maxRSS is in KiB and covers the whole process: this step is all it did. MB as the issue counts them.
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  process.stdout.write(`result ${JSON.stringify({ ...figures, peakRssMb })}\n`);
} finally {
  await database.close();
}
