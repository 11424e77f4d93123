import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotPage, StageEntryPage, TransformationPage, WorkListPage } from './pages/lots.page';
import { SignInPage } from './pages/sign-in.page';
import { expectAccessible } from './support/accessibility';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';
import { productPng } from './support/png';

/**
 * The demo co-op's clerk on a 390 px phone: the work list, a stage filled with a grower picked from a
 * catalog and a photo, the record in the lot's timeline, then two picked lots roasted together into one batch.
 */
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
    expect(await work.stagesOf(`${third}`)).toEqual(['Bón phân']);
    await expectAccessible(clerk.page, 'work list (clerk, phone)');
    await screenshot(clerk.page, '40-work-list-clerk-phone');
  });

  it('fills fertilising with a photo, then picking with a grower from the catalog, and sees both in the timeline', async () => {
    const work = new WorkListPage(clerk.page);
    const entry = new StageEntryPage(clerk.page);
    await work.openStage(`${third}`, 'Bón phân');
    await entry.waitForForm();
    await expectAccessible(clerk.page, 'stage form (clerk, phone)');
    await entry.fill('loai_phan', 'Phân hữu cơ vi sinh');
    await entry.fill('luong', '25');
    await entry.addPhotos('anh', [{ name: 'bon-phan.png', mimeType: 'image/png', buffer: productPng() }]);
    await expectAccessible(clerk.page, 'stage form filled, with a photo (clerk, phone)');
    await screenshot(clerk.page, '41-stage-form-filled-phone');
    await entry.submit();
    const lot = new LotPage(clerk.page);
    await lot.record(2).waitFor();
    expect(await lot.recordText(2)).toContain('Bón phân');
    expect(await lot.recordText(2)).toContain('Phân hữu cơ vi sinh');
    expect(await lot.record(2).locator('img').count()).toBeGreaterThan(0);

    await work.open(platform.baseUrl);
    await work.openStage(`${third}`, 'Hái chè');
    await entry.waitForForm();
    await entry.fill('khoi_luong', '95,5');
    await entry.pickFromCatalog('nguoi_hai', 'say', 'Giàng Thị Say');
    await entry.submit();
    await lot.record(3).waitFor();
    const picked = await lot.recordText(3);
    expect(picked).toContain('Hái chè');
    expect(picked).toContain('Giàng Thị Say');
    expect(await lot.recordCount()).toBe(3);
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
