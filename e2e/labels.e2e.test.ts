import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabelBatchPage, LabelsPage } from './pages/labels.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { expectAccessible } from './support/accessibility';
import { apiSession } from './support/api-session';
import { type BrowserSession, openBrowser, screenshot, screenshotsDir, viewports } from './support/browser';
import {
  decodeQr,
  decodeSheet,
  pdfPagePng,
  rasteriseSvg,
  renderPdfPage,
  type SheetLayout,
} from './support/label-qr';
import { type RunningPlatform, startPlatform } from './support/platform-process';

const serialPattern = /^[2-9A-HJ-NP-Z]{13}$/;

/** Clicks a download link and keeps the file the browser received (the download event, not a side fetch). */
async function download(page: Page, testId: string, file: string, timeout = 30_000): Promise<string> {
  const event = page.waitForEvent('download', { timeout });
  await page.locator(`a[data-testid="${testId}"][href]`).click({ timeout });
  const received = await event;
  await received.saveAs(file);
  return received.suggestedFilename();
}

describe('an owner orders 1,000 labels, watches them being made and downloads the list', () => {
  let platform: RunningPlatform;
  let owner: BrowserSession;
  let labels: LabelsPage;
  let batch: LabelBatchPage;
  /** The CSV's rows in print order: seq, serial, URL, code. */
  let rows: string[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'nguon-e2e-labels-'));

  beforeAll(async () => {
    platform = await startPlatform();
    owner = await openBrowser(viewports.desktop);
    labels = new LabelsPage(owner.page);
    const signIn = new SignInPage(owner.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.owner.login, platform.owner.password);
    await new ShellPage(owner.page).openSection('labels');
  });
  afterAll(async () => {
    await owner?.close();
    await platform?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says what labels are when there are none', async () => {
    expect(await labels.emptyText()).toContain('mã QR in trên từng gói hàng');
    await expectAccessible(owner.page, 'labels, empty (owner)');
  });

  it('previews the sheet and the URL a label will carry, then orders', async () => {
    const sampleUrl = await labels.fillOrder({
      kind: 'product',
      product: /Chè/,
      quantity: 1000,
    });
    expect(sampleUrl).toMatch(new RegExp(`^${platform.baseUrl}/(q|01/\\d{14}/21)/[2-9A-HJ-NP-Z]{13}$`));
    expect(await labels.previewCells()).toBe(24);
    await expectAccessible(owner.page, 'label order dialog (owner)');
    await screenshot(owner.page, '60-labels-order-desktop');
    batch = await labels.submitOrder();
  });

  it('shows the batch move to completed without a reload', async () => {
    const counts = await batch.watchProgress();
    // 1,000 labels may be made before the first poll; every count shown is of 1.000 and none goes back
    for (const count of counts) expect(count).toMatch(/^[\d.]+ \/ 1\.000$/);
    expect(await batch.state()).toBe('Hoàn tất');
    expect(await batch.facts()).toContain('Đã tạo 1.000 / 1.000 tem');
    await expectAccessible(owner.page, 'label batch (owner)');
    await screenshot(owner.page, '61-labels-batch-desktop');
  });

  it('then shows the PDF being drawn page by page, without a reload, until it can be downloaded', async () => {
    const page = owner.page;
    const seen: number[] = [];
    const ready = page.locator('a[data-testid="label-download-pdf"][href]');
    const until = Date.now() + 60_000;
    while (Date.now() < until && (await ready.count()) === 0) {
      const text = await page
        .getByTestId('label-pdf-progress')
        .innerText({ timeout: 100 })
        .catch(() => '');
      const done = text.match(/([\d.]+)\s*\/\s*42\b/)?.[1];
      if (done !== undefined && seen.at(-1) !== Number(done.replace('.', '')))
        seen.push(Number(done.replace('.', '')));
      await page.waitForTimeout(100);
    }
    console.info(`PDF pages seen on the progress bar: ${seen.join(', ')}`);
    expect(await ready.count()).toBe(1);
    // 42 sheets of 24 labels take about a second and a half here, beside a 1 s poll: one or two figures show;
    // each is a page of them and none goes back
    expect(seen.every((done, index) => done >= 0 && done <= 42 && done >= (seen[index - 1] ?? 0))).toBe(true);
  });

  it('downloads a CSV of the 1,000 labels in print order, each URL ending in its serial', async () => {
    const lines = (await batch.downloadCsv()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(1001);
    rows = lines.slice(1).map((line) => line.split(','));
    const serials = rows.map((row) => row[1] ?? '');
    expect(serials.every((serial) => serialPattern.test(serial))).toBe(true);
    expect(new Set(serials).size).toBe(1000);
    expect(rows[0]?.[0]).toBe('1');
    expect(rows.every((row) => row[2]?.endsWith(row[1] ?? '-'))).toBe(true);
  });

  it('downloads the PDF whose first sheet, rendered by poppler, holds QR codes of the first CSV rows in print order', async () => {
    const page = owner.page;
    const batchId = page.url().split('/').at(-1) ?? '';
    const view = await page.request.get(`${platform.baseUrl}/api/v1/label-batches/${batchId}`);
    const { layout } = (await view.json()) as { layout: SheetLayout & { pageWidthMm: number } };
    // the PDF is drawn after the labels exist: its link appears once it is ready, without a reload
    const name = await download(page, 'label-download-pdf', join(dir, 'labels.pdf'), 60_000);
    expect(name).toMatch(/\.pdf$/);
    await screenshot(page, '62-labels-batch-downloads-desktop');
    const pages = execFileSync('pdfinfo', [join(dir, 'labels.pdf')]).toString();
    const perSheet = layout.columns * layout.rows;
    expect(pages).toMatch(new RegExp(`Pages:\\s+${Math.ceil(1000 / perSheet)}\\n`));
    const dpi = 300;
    const decoded = decodeSheet(
      renderPdfPage(join(dir, 'labels.pdf'), 1, dpi, join(dir, 'page1')),
      layout,
      dpi,
    );
    expect(decoded).toEqual(rows.slice(0, perSheet).map((row) => row[2]));
    // the last sheet ends with the last label of the CSV
    const lastPage = Math.ceil(1000 / perSheet);
    const last = decodeSheet(
      renderPdfPage(join(dir, 'labels.pdf'), lastPage, dpi, join(dir, 'last')),
      layout,
      dpi,
    );
    const onLast = 1000 - (lastPage - 1) * perSheet;
    expect(last.slice(0, onLast)).toEqual(rows.slice(1000 - onLast).map((row) => row[2]));
    expect(last.slice(onLast).every((text) => text === null)).toBe(true);
    pdfPagePng(join(dir, 'labels.pdf'), 1, 100, join(screenshotsDir, '63-labels-pdf-page1'));
  });

  it('downloads the ZIP whose SVGs, drawn by Chromium, hold the QR codes of their CSV rows', async () => {
    const page = owner.page;
    const name = await download(page, 'label-download-zip', join(dir, 'labels.zip'));
    expect(name).toMatch(/\.zip$/);
    const names = execFileSync('unzip', ['-Z1', join(dir, 'labels.zip')])
      .toString()
      .trim()
      .split('\n');
    expect(names).toHaveLength(1000);
    for (const index of [0, 999]) {
      const row = rows[index] ?? [];
      expect(names[index]).toBe(`${String(index + 1).padStart(7, '0')}-${row[1]}.svg`);
      const svg = execFileSync('unzip', ['-p', join(dir, 'labels.zip'), names[index] ?? '']).toString();
      expect(svg).not.toContain('<image'); // vector modules, never an embedded bitmap
      const { image, png } = await rasteriseSvg(page, svg, 3);
      if (index === 0) writeFileSync(join(screenshotsDir, '64-labels-svg-first.png'), png);
      expect(decodeQr(image)).toBe(row[2]);
    }
  });

  it('shows a big batch counting up while it is made (embedded database), and cancels it midway', async () => {
    const api = await apiSession(platform, platform.owner);
    // Big enough to be still in the making when cancelled on a loaded machine (about 10,000 labels/s here).
    const { id } = await api.call<{ id: string }>('POST', '/api/v1/label-batches', { quantity: 500_000 });
    const page = owner.page;
    await page.goto(`${platform.baseUrl}/labels/batches/${id}`);
    const big = new LabelBatchPage(page);
    const moving: number[] = [];
    const until = Date.now() + 60_000;
    while (Date.now() < until && moving.length < 2) {
      const text = await page
        .getByTestId('label-batch-progress-count')
        .innerText({ timeout: 200 })
        .catch(() => '');
      const made = Number(text.match(/^([\d.]+) \//)?.[1]?.replaceAll('.', '') ?? Number.NaN);
      if (made > 0 && made < 500_000 && moving.at(-1) !== made) moving.push(made);
      await page.waitForTimeout(100);
    }
    console.info(`labels made, as the progress bar showed them: ${moving.join(', ')}`);
    // two different counts on the way: the page was answered while the embedded database was making labels
    expect(moving).toHaveLength(2);
    await screenshot(page, '65-labels-batch-making-desktop');
    await page.getByTestId('label-batch-cancel').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => big.state(), { timeout: 30_000 }).toBe('Đã huỷ');
    const after = await api.call<{ generated: number; state: string }>('GET', `/api/v1/label-batches/${id}`);
    expect(after.state).toBe('cancelled');
    expect(after.generated).toBeLessThan(500_000);
  });
});
