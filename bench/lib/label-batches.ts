import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type DriverName, insertMembership, insertTenant, insertUser } from '@nguon/db';
import { createTestDatabase, postgresTestUrl, type TestDatabase } from '@nguon/db/testing';
import {
  createInlineQueue,
  createLocalFileStore,
  defaultServiceConfig,
  labelBatchJobs,
  orderLabelBatch,
  type Principal,
  type ServiceContext,
  streamBatchCsv,
  systemSources,
} from '@nguon/services';
import pg from 'pg';

export interface LabelBatchFigures {
  /** Order to completed: every label generated and stored. */
  generateSeconds: number;
  /** PostgreSQL's own COPY of the same rows into a table of the same shape (null on PGlite). */
  copySeconds: number | null;
  csvSeconds: number;
  /** Highest resident set size seen while the CSV streamed, MiB. */
  csvPeakRssMib: number;
}

async function contextOn(t: TestDatabase, filesDir: string): Promise<ServiceContext> {
  const queue = createInlineQueue();
  const ctx: ServiceContext = {
    db: t.db,
    driver: t.driver,
    queue,
    files: createLocalFileStore(filesDir),
    ...systemSources,
    config: {
      ...defaultServiceConfig,
      sessionSecret: 'x'.repeat(32),
      publicBaseUrl: 'https://nguon.example.vn',
    },
  };
  for (const job of labelBatchJobs) queue.register(job.name, job.processorFor(ctx), { concurrency: 2 });
  await queue.start();
  return ctx;
}

async function owner(ctx: ServiceContext): Promise<Principal> {
  const tenant = await insertTenant(ctx.db, {
    id: ctx.newId(),
    name: 'HTX',
    kind: 'coop',
    address: 'Xã A',
    province: 'lao-cai',
  });
  const user = await insertUser(ctx.db, {
    id: ctx.newId(),
    name: 'Chủ',
    email: 'b@htx.test',
    phone: null,
    passwordHash: null,
    now: ctx.now(),
  });
  await insertMembership(ctx.db, tenant.id, user.id, 'owner');
  return {
    kind: 'person',
    userId: user.id,
    sessionIdHash: 'b',
    csrfToken: 'b',
    tenantId: tenant.id,
    role: 'owner',
    platformRoles: [],
    inspectorProvinces: [],
  };
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

/** Seconds for PostgreSQL to COPY the batch's rows (from a file it reads itself) into a same-shaped table. */
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
    // The same columns, defaults, checks, primary key and unique index as labels (LIKE leaves out foreign keys).
    await client.query('CREATE TABLE bench_labels (LIKE labels INCLUDING ALL)');
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

async function csvFigures(ctx: ServiceContext, principal: Principal, batchId: string) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const started = performance.now();
  await streamBatchCsv(ctx, principal, batchId, sink);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (bytes === 0) throw new Error('empty CSV');
  return { csvSeconds: seconds, csvPeakRssMib: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
}

/** One batch of `quantity` labels ordered, generated and stored through the jobs, then exported as CSV. */
export async function measureLabelBatch(driver: DriverName, quantity: number): Promise<LabelBatchFigures> {
  const t = await createTestDatabase(driver);
  const filesDir = await mkdtemp(join(tmpdir(), 'nguon-bench-label-files-'));
  const ctx = await contextOn(t, filesDir);
  try {
    const principal = await owner(ctx);
    const started = performance.now();
    const batch = await orderLabelBatch(ctx, principal, { quantity });
    await untilCompleted(ctx, batch.id);
    const generateSeconds = (performance.now() - started) / 1000;
    const csv = await csvFigures(ctx, principal, batch.id);
    return {
      generateSeconds,
      copySeconds: driver === 'postgres' ? await copySeconds(t, batch.id) : null,
      ...csv,
    };
  } finally {
    await ctx.queue.close();
    await t.close();
    await rm(filesDir, { recursive: true, force: true });
  }
}
