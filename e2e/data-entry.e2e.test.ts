import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotPage, StageEntryPage, TransformationPage, WorkListPage } from './pages/lots.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { StageJobsPage } from './pages/stage-jobs.page';
import { expectAccessible } from './support/accessibility';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';
import { productPng } from './support/png';

/**
 * The demo co-op's clerk on a 390 px phone: the work list, the care stage's fertilising job filled with a
 * fertiliser and a grower picked from catalogs and a photo, the record in the lot's timeline, then two picked
 * lots roasted together into one batch.
 */
/** From the work list to the care stage's jobs, then the fertilising job's form. */
async function openFertilising(page: Page, lotCode: string): Promise<void> {
  await new WorkListPage(page).openStage(lotCode, 'Chăm sóc');
  const jobs = new StageJobsPage(page);
  await jobs.waitForJobs();
  await jobs.openJob('Bón phân');
}

describe('a clerk in the field records a stage with a photo and merges two lots', () => {
  let platform: RunningPlatform;
  let clerk: BrowserSession;
  const year = String(new Date().getFullYear() % 100).padStart(2, '0');
  const [first, second, third] = ['0001', '0002', '0003'].map((n) => `SG${year}-${n}`);

  beforeAll(async () => {
    platform = await startPlatform();
    clerk = await openBrowser(viewports.fieldPhone);
  });
  afterAll(async () => {
    await clerk?.close();
    await platform?.stop();
  });

  it('opens on the work list with the lots and the stages waiting for them', async () => {
    const signIn = new SignInPage(clerk.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.clerk.login, platform.clerk.password);
    const work = new WorkListPage(clerk.page);
    await clerk.page.getByTestId('work-card-0').waitFor();
    expect(new URL(clerk.page.url()).pathname).toBe('/lots');
    expect(await work.stagesOf(`${first}`)).toEqual(['Sao chè']);
    expect(await work.stagesOf(`${third}`)).toEqual(['Chăm sóc']);
    await expectAccessible(clerk.page, 'work list (clerk, phone)');
    await screenshot(clerk.page, '40-work-list-clerk-phone');
  });

  it('keeps what the clerk typed: a decimal in a whole number, an empty lookup and a language switch', async () => {
    const work = new WorkListPage(clerk.page);
    const entry = new StageEntryPage(clerk.page);
    const shell = new ShellPage(clerk.page);
    await openFertilising(clerk.page, `${third}`);
    await entry.waitForForm();
    await entry.pickFromCatalog('loai_phan', 'chuồng', 'Phân chuồng hoai');
    await entry.fill('luong', '25');
    await entry.fill('so_bao', '2,5');
    expect(await entry.submitRefused()).toBe('Còn 2 mục cần sửa; xem các dòng báo đỏ.');
    expect(await entry.valueOf('so_bao')).toBe('2,5');
    expect(await entry.errorOf('so_bao')).toBe(
      'Cần một số nguyên, không có dấu phẩy hay dấu chấm (ví dụ 25).',
    );
    expect(await entry.errorOf('nguoi_bon')).toBe('Cần điền mục này.');
    expect(new URL(clerk.page.url()).pathname).toMatch(/\/stages\//);
    await clerk.page.evaluate(() => window.scrollTo(0, 0));
    await entry.tapErrorsSummary();
    expect(await entry.focusedField()).toBe('so_bao');
    await screenshot(clerk.page, '40b-stage-form-refused-phone');

    // the rule shows the certificate number; switching language keeps the form and every value
    expect(await entry.isShown('chung_nhan')).toBe(false);
    await entry.choose('huu_co', true);
    await entry.fill('chung_nhan', 'HC-0425');
    await shell.switchLanguage('en');
    expect(await entry.fieldText('chung_nhan')).toContain('Organic certificate number');
    expect(await entry.valueOf('chung_nhan')).toBe('HC-0425');
    expect(await entry.valueOf('luong')).toBe('25');
    expect(await entry.valueOf('so_bao')).toBe('2,5');
    expect(await entry.errorOf('so_bao')).toBe(
      'Needs a whole number, without a comma or dot (for example 25).',
    );
    await screenshot(clerk.page, '40c-stage-form-english-phone');
    await shell.switchLanguage('vi');
    expect(await entry.valueOf('chung_nhan')).toBe('HC-0425');
    expect(await entry.fieldText('chung_nhan')).toContain('Số chứng nhận hữu cơ');
    await work.open(platform.baseUrl);
  });

  it('fills fertilising with a photo, then picking with a grower from the catalog, and sees both in the timeline', async () => {
    const work = new WorkListPage(clerk.page);
    const entry = new StageEntryPage(clerk.page);
    await openFertilising(clerk.page, `${third}`);
    await entry.waitForForm();
    await expectAccessible(clerk.page, 'stage form (clerk, phone)');
    await entry.pickFromCatalog('loai_phan', 'chuồng', 'Phân chuồng hoai');
    await entry.fill('luong', '25');
    await entry.pickFromCatalog('nguoi_bon', 'chu', 'Vàng A Chu');
    await entry.addPhotos('anh', [{ name: 'bon-phan.png', mimeType: 'image/png', buffer: productPng() }]);
    await expectAccessible(clerk.page, 'stage form filled, with a photo (clerk, phone)');
    await screenshot(clerk.page, '41-stage-form-filled-phone');
    await entry.submit();
    const lot = new LotPage(clerk.page);
    await lot.record(2).waitFor();
    expect(await lot.recordText(2)).toContain('Bón phân');
    expect(await lot.recordText(2)).toContain('Phân chuồng hoai');
    expect(await lot.record(2).locator('img').count()).toBeGreaterThan(0);

    await work.open(platform.baseUrl);
    await work.openStage(`${third}`, 'Hái chè');
    await entry.waitForForm();
    await entry.fill('khoi_luong', '95,5');
    await entry.pickFromCatalog('nguoi_hai', 'say', 'Giàng Thị Say');
    await entry.submit();
    // picking closes the care stage: its close record comes first in the chain, then the picking
    await lot.record(4).waitFor();
    expect(await lot.recordText(3)).toContain('Đã kết thúc công đoạn Chăm sóc (khi ghi Hái chè)');
    const picked = await lot.recordText(4);
    expect(picked).toContain('Hái chè');
    expect(picked).toContain('Giàng Thị Say');
    expect(await lot.recordCount()).toBe(4);
    // picking sets the lot's quantity: the declared 150 kg stays beside the 95,5 kg weighed
    const quantities = await lot.quantities();
    expect([quantities.declared, quantities.recorded]).toEqual(['150\u00a0kg', '95,5\u00a0kg']);
    expect(quantities.recordedLabel).toContain('Ghi nhận khi Hái chè');
    await expectAccessible(clerk.page, 'lot page with its timeline (clerk, phone)');
    await screenshot(clerk.page, '42-lot-timeline-phone');
  });

  it('roasts two picked lots together into one batch and shows where it came from', async () => {
    const work = new WorkListPage(clerk.page);
    await work.open(platform.baseUrl);
    await work.openStage(`${first}`, 'Sao chè');
    const transform = new TransformationPage(clerk.page);
    await transform.waitForInputs();
    await transform.takeAlso(`${second}`);
    await transform.setOutputQuantity(0, '42');
    await clerk.page.getByTestId('yield-value').filter({ hasText: '21' }).waitFor();
    expect(await clerk.page.getByTestId('yield-warning').count()).toBe(0);
    await expectAccessible(clerk.page, 'transformation (clerk, phone)');
    await screenshot(clerk.page, '43-transformation-merge-phone');
    await transform.submit();
    const batch = new LotPage(clerk.page);
    const parents = (await batch.parents()).join('\n');
    expect(parents).toContain(`${first}`);
    expect(parents).toContain(`${second}`);
    expect(await batch.code()).toMatch(new RegExp(`^SG${year}-0004$`));
    await expectAccessible(clerk.page, 'merged batch lot page (clerk, phone)');
    await screenshot(clerk.page, '44-merged-batch-phone');
    await work.open(platform.baseUrl);
    expect(await work.card(`${first}`).count()).toBe(0);
  });
});
