import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDrivers } from '@nguon/db/testing';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context/service-context';
import { createInlineQueue } from '../jobs/inline.queue';
import { listJobsOf } from '../jobs-view/tenant-jobs.service';
import {
  bringToDrying,
  createTwoFarms,
  insertLabelBatch,
  newLot,
  refusalOf,
  type TwoFarms,
} from '../testing';
import { bindLabels, insertRecallFixture } from '../testing/recall-report-kit';
import { recallReportJob } from './recall-report.jobs';
import {
  recallReportCsv,
  recallReportPdf,
  recallReportView,
  requestRecallReport,
} from './recall-report.service';
import { recallReportJobs } from './recall-report-views';

async function bytesOf(chunks: AsyncIterable<string | Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe.each(await testDrivers())('the recall report for authorities, on %s', (driver) => {
  let f: TwoFarms;
  let ctx: ServiceContext;
  let dir: string;
  const lots: { id: string; code: string }[] = [];
  let recallId: string;
  let asked: Awaited<ReturnType<typeof requestRecallReport>>;

  beforeAll(async () => {
    f = await createTwoFarms(driver, ['Bao cao', 'Khac']);
    // A process whose in-process queue runs recall reports.
    ctx = { ...f.kit.ctx, queue: createInlineQueue() };
    ctx.queue.register(recallReportJob.name, recallReportJob.processorFor(ctx));
    await ctx.queue.start();
    dir = await mkdtemp(join(tmpdir(), 'nguon-recall-report-'));
    for (const quantity of [1000, 400, 250]) {
      const lot = await newLot(ctx, f.tenant, f.farm, quantity);
      lots.push({ id: lot.id, code: lot.code });
    }
    const [seed, blend, pack] = lots.map((lot) => lot.id);
    if (!seed || !blend || !pack) throw new Error('lots not made');
    await bringToDrying(ctx, f.tenant, f.farm, seed);
    const batch = await insertLabelBatch(ctx, f.tenant, { quantity: 12, productId: f.farm.productId });
    await bindLabels(ctx, batch.id, blend, 1, 4);
    await bindLabels(ctx, batch.id, blend, 6, 8);
    await bindLabels(ctx, batch.id, pack, 9, 10);
    recallId = await insertRecallFixture(ctx, f.tenant, {
      lots: [
        { lotId: seed, seed: true },
        { lotId: blend, depth: 1, fromLotIds: [seed] },
        { lotId: pack, depth: 2, fromLotIds: [blend] },
      ],
    });
    asked = await requestRecallReport(ctx, f.tenant.as.owner, recallId);
    await ctx.queue.waitFor(asked.job.id, 60_000);
  });
  afterAll(async () => {
    await ctx?.queue.close();
    await f?.kit.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is built in the background, its lots counted, and shows in the jobs list and the recall', async () => {
    expect(asked.job).toMatchObject({ kind: 'recall-report', title: { vi: 'Báo cáo triệu hồi #1' } });
    const view = await recallReportView(ctx, f.tenant.id, recallId);
    expect(view).toMatchObject({
      job: { id: asked.job.id, state: 'completed', done: 3, total: 3, error: null },
      csv: `/api/v1/recalls/${recallId}/report.csv`,
      pdf: `/api/v1/recalls/${recallId}/report.pdf`,
    });
    const page = await listJobsOf([recallReportJobs], ctx, f.tenant.as.owner, {});
    expect(page.items.map((job) => [job.kind, job.id, job.state])).toContainEqual([
      'recall-report',
      asked.job.id,
      'completed',
    ]);
    const events = await ctx.db
      .selectFrom('recall_events')
      .select(['kind', 'by_user'])
      .where('recall_id', '=', recallId)
      .orderBy('at')
      .orderBy('kind')
      .execute();
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['report_requested', 'report_ready']));
  });

  it('gives a CSV with a row per lot: label runs, quantities, stages with their times, who recorded them', async () => {
    const file = await recallReportCsv(ctx, f.tenant.as.viewer, recallId);
    const text = (await bytesOf(file.chunks)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows]: string[][] = parse(text.slice(1), { relaxColumnCount: false });
    expect(header?.slice(0, 3)).toEqual([
      'Số triệu hồi / Recall number',
      'Mã lô / Lot code',
      'Sản phẩm / Product',
    ]);
    const byCode = new Map(rows.map((row) => [row[1], row]));
    const [seed, blend, pack] = lots;
    expect(rows).toHaveLength(3);
    expect(byCode.get(seed?.code)?.slice(0, 11)).toEqual([
      '1',
      seed?.code,
      'Lúa ST25',
      '',
      '1000',
      'kg',
      'đang sản xuất / in progress',
      'true',
      '0',
      '',
      '0',
    ]);
    const blendRow = byCode.get(blend?.code);
    expect(blendRow?.[9]).toBe(seed?.code);
    expect(blendRow?.[10]).toBe('7');
    expect(blendRow?.[11]).toMatch(/^#1: \w{13} – \w{13}; #1: \w{13} – \w{13}$/);
    expect(byCode.get(pack?.code)?.slice(8, 11)).toEqual(['2', blend?.code, '2']);
    const seedRow = byCode.get(seed?.code) ?? [];
    // Vietnam's time, offset written: 01:30 UTC is 08:30 in Hà Nội
    expect(seedRow[12]).toBe('2026-03-02T08:30:00.000+07:00');
    expect(seedRow[14]?.split('; ').map((stage) => stage.split(' 20')[0])).toEqual([
      'Công đoạn plant',
      'Công đoạn fertilise',
      'Công đoạn irrigate',
      'Công đoạn harvest',
    ]);
    expect(seedRow[15]).toBe('clerk Bao cao');
    expect(file).toMatchObject({ fileName: 'trieu-hoi-1.csv', caching: 'private' });
  });

  it('gives an A4 PDF naming every lot, its label runs and the history, pages numbered', async () => {
    const file = await recallReportPdf(ctx, f.tenant.as.clerk, recallId);
    const bytes = await bytesOf(file.chunks);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const path = join(dir, 'report.pdf');
    await writeFile(path, bytes);
    const info = execFileSync('pdfinfo', [path]).toString();
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    for (const lot of lots) expect(text).toContain(lot.code);
    expect(text).toContain('Báo cáo triệu hồi #1 / Recall report #1');
    expect(text).toContain('HTX Bao cao');
    expect(text).toContain('Nhiễm nấm mốc ở lô phân bón');
    expect(text).toContain('Yêu cầu lập báo cáo / Report requested');
    expect(text).toContain('(UTC+7)');
    expect(text).not.toContain(' UTC ');
    expect(text).toContain(`Trang ${pages}/${pages} / Page ${pages} of ${pages}`);
  });

  it('refuses a download before a report is ready, a clerk asking for one, and another tenant', async () => {
    const draft = await insertRecallFixture(ctx, f.tenant, {
      lots: [{ lotId: lots[0]?.id ?? '', seed: true }],
    });
    const before = await refusalOf(recallReportCsv(ctx, f.tenant.as.owner, draft));
    expect(before.code).toBe('RECALL_REPORT_NOT_READY');
    expect((await refusalOf(requestRecallReport(ctx, f.tenant.as.clerk, draft))).code).toBe('FORBIDDEN');
    expect((await refusalOf(requestRecallReport(ctx, f.other.as.owner, draft))).code).toBe('NOT_FOUND');
    expect((await refusalOf(recallReportPdf(ctx, f.other.as.owner, recallId))).code).toBe('NOT_FOUND');
    expect(await recallReportView(ctx, f.other.id, recallId)).toBeNull();
    // Asking twice while one is queued builds it once.
    const dead: ServiceContext = { ...ctx, queue: createInlineQueue() };
    const first = await requestRecallReport(dead, f.tenant.as.owner, draft);
    const second = await requestRecallReport(dead, f.tenant.as.owner, draft);
    expect(second.job.id).toBe(first.job.id);
    expect((await refusalOf(recallReportPdf(ctx, f.tenant.as.owner, draft))).code).toBe(
      'RECALL_REPORT_NOT_READY',
    );
    await dead.queue.close();
  });
});

describe('the PDF of a large recall', () => {
  let f: TwoFarms;
  let dir: string;
  beforeAll(async () => {
    f = await createTwoFarms('pglite', ['Lon', 'Khac']);
    dir = await mkdtemp(join(tmpdir(), 'nguon-recall-report-'));
  });
  afterAll(async () => {
    await f?.kit.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs over several numbered pages, with every lot in it', async () => {
    const ctx: ServiceContext = { ...f.kit.ctx, queue: createInlineQueue() };
    ctx.queue.register(recallReportJob.name, recallReportJob.processorFor(ctx));
    await ctx.queue.start();
    const lots = [];
    for (let i = 0; i < 120; i++) lots.push(await newLot(ctx, f.tenant, f.farm, 10 + i));
    const recallId = await insertRecallFixture(ctx, f.tenant, {
      lots: lots.map((lot, i) => ({ lotId: lot.id, seed: i === 0, depth: i === 0 ? 0 : 1 })),
    });
    const asked = await requestRecallReport(ctx, f.tenant.as.owner, recallId);
    await ctx.queue.waitFor(asked.job.id, 60_000);
    await ctx.queue.close();
    const path = join(dir, 'large.pdf');
    await writeFile(path, await bytesOf((await recallReportPdf(ctx, f.tenant.as.owner, recallId)).chunks));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    for (const lot of lots) expect(text).toContain(lot.code);
    for (let page = 1; page <= pages; page++)
      expect(text).toContain(`Trang ${page}/${pages} / Page ${page} of ${pages}`);
    // the totals: one product, 120 lots, 10 + 11 + … + 129 kg
    expect(text).toMatch(/Lúa ST25\s+120\s+8340 kg\s+0/);
  });
});
