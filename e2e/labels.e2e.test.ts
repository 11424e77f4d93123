import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LabelBatchPage, LabelsPage } from './pages/labels.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { expectAccessible } from './support/accessibility';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

const serialPattern = /^[2-9A-HJ-NP-Z]{13}$/;

describe('an owner orders 1,000 labels, watches them being made and downloads the list', () => {
  let platform: RunningPlatform;
  let owner: BrowserSession;
  let labels: LabelsPage;
  let batch: LabelBatchPage;

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

  it('downloads a CSV of the 1,000 labels in print order, each URL ending in its serial', async () => {
    const lines = (await batch.downloadCsv()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(1001);
    const rows = lines.slice(1).map((line) => line.split(','));
    const serials = rows.map((row) => row[1] ?? '');
    expect(serials.every((serial) => serialPattern.test(serial))).toBe(true);
    expect(new Set(serials).size).toBe(1000);
    expect(rows[0]?.[0]).toBe('1');
    expect(rows.every((row) => row[2]?.endsWith(row[1] ?? '-'))).toBe(true);
  });
});
