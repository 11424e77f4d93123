import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './pages/designer.page';
import { LotPage, StageEntryPage, WorkListPage } from './pages/lots.page';
import { SetPasswordPage } from './pages/set-password.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { SignUpPage } from './pages/sign-up.page';
import { StaffPage } from './pages/staff.page';
import { TemplatesPage } from './pages/templates.page';
import { expectAccessible } from './support/accessibility';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

const owner = { name: 'Nguyễn Văn Lúa', phone: '0913 222 333', password: 'Lua-VietGAP-2026' };
const coop = {
  name: 'HTX Nông nghiệp Mỹ Xuyên',
  kind: 'Hợp tác xã',
  province: 'Cần Thơ',
  address: 'Xã Mỹ Xuyên, thành phố Cần Thơ',
  taxCode: '2200456789',
} as const;
const clerk = { name: 'Trần Thị Mạ', phone: '0913 444 555', password: 'Ma-ruong-2026' };

/** Counts the person's own clicks (trusted events) in every page of a browser context, across navigations. */
async function countClicks(context: BrowserContext): Promise<() => number> {
  let clicks = 0;
  await context.exposeBinding('nguonCountClick', () => {
    clicks += 1;
  });
  await context.addInitScript(() => {
    const count = (window as unknown as { nguonCountClick: () => void }).nguonCountClick;
    document.addEventListener('click', (event) => event.isTrusted && count(), true);
  });
  return () => clicks;
}

/**
 * The measure of the template library: a new co-op signs up, finds the rice template by typing
 * without accents, reads it at phone width, uses it, publishes it unchanged, starts a lot, invites a clerk,
 * and the clerk records the first stage on a phone. No JSON is seen on the way; the test prints the time and
 * the clicks it took (a person reads and types slower; the target is under 15 minutes for a person).
 */
describe('from sign-up to a first record with the rice template', () => {
  let platform: RunningPlatform;
  let ownerBrowser: BrowserSession;
  let clerkBrowser: BrowserSession;
  let ownerClicks: () => number;
  let clerkClicks: () => number;
  let startedAt = 0;
  let lotCode = '';
  let invitationLink = '';

  beforeAll(async () => {
    platform = await startPlatform();
    ownerBrowser = await openBrowser(viewports.desktop);
    clerkBrowser = await openBrowser(viewports.fieldPhone);
    ownerClicks = await countClicks(ownerBrowser.context);
    clerkClicks = await countClicks(clerkBrowser.context);
  });
  afterAll(async () => {
    await clerkBrowser?.close();
    await ownerBrowser?.close();
    await platform?.stop();
  });

  it('signs up and is offered templates on the first screen', async () => {
    const page = ownerBrowser.page;
    startedAt = performance.now();
    await new SignInPage(page).open(platform.baseUrl);
    const signUp = new SignUpPage(page);
    await signUp.openFromSignIn();
    await signUp.fillPerson(owner);
    await signUp.fillTenant(coop);
    await signUp.submit();
    await page.getByTestId('start-from-template').waitFor();
    await screenshot(page, '95-first-screen-templates-desktop');
  });

  it('finds the rice template without accents and reads it at phone width, with no JSON shown', async () => {
    const page = ownerBrowser.page;
    const templates = new TemplatesPage(page);
    await templates.openFromFirstScreen();
    await templates.search('lua gao', /Lúa gạo/);
    expect((await templates.cardNames()).some((name) => /Lúa gạo VietGAP/.test(name))).toBe(true);
    await templates.openCard(/Lúa gạo VietGAP/);
    await page.setViewportSize(viewports.fieldPhone);
    await screenshot(page, '96-template-preview-phone');
    await page.getByTestId('template-stage').last().scrollIntoViewIfNeeded();
    await screenshot(page, '96b-template-preview-stages-phone');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/"type"\s*:|x-catalog|\{\s*"/);
    await expectAccessible(page, 'template preview (owner, phone)');
    await page.setViewportSize(viewports.desktop);
  });

  it('uses it and publishes the process unchanged', async () => {
    const page = ownerBrowser.page;
    await new TemplatesPage(page).use();
    const designer = new DesignerPage(page);
    await designer.waitSaved();
    expect(await designer.problemsText()).toBe('Không có vấn đề nào');
    expect(await designer.publish('Dùng mẫu lúa VietGAP')).toBe('Đã phát hành phiên bản 1.');
  });

  it('starts a lot of the sample product and invites a clerk', async () => {
    const page = ownerBrowser.page;
    const shell = new ShellPage(page);
    await shell.openSection('lots');
    await page.getByTestId('lot-create').click();
    await page.getByTestId('lot-create-quantity').fill('2500');
    await screenshot(page, '97a-first-lot-desktop');
    await page.getByTestId('lot-create-submit').click();
    await page.waitForURL(/\/lots\/[0-9a-f-]{36}/);
    const lotId = new URL(page.url()).pathname.split('/').pop() ?? '';
    lotCode = await page.evaluate(
      async (id) => (await (await fetch(`/api/v1/lots/${id}`)).json()).lot.code as string,
      lotId,
    );
    await shell.openSection('staff');
    const staff = new StaffPage(page);
    await staff.waitForList();
    invitationLink = (await staff.addClerk({ name: clerk.name, phone: clerk.phone })).link;
    await staff.closeCodeDialog();
  });

  it('lets the clerk record the first stage on a phone', async () => {
    const page = clerkBrowser.page;
    await new SetPasswordPage(page).open(invitationLink);
    await new SetPasswordPage(page).setPassword(clerk.password);
    const work = new WorkListPage(page);
    await page.getByTestId('work-card-0').waitFor();
    expect(await work.stagesOf(lotCode)).toEqual(['Làm đất']);
    await work.openStage(lotCode, 'Làm đất');
    const entry = new StageEntryPage(page);
    await entry.waitForForm();
    await entry.pickFromCatalog('thua_ruong', 'CD1', /CD1-07/);
    await entry.choose('vu', 'dong_xuan');
    await screenshot(page, '97-first-record-form-phone');
    await entry.submit();
    const lot = new LotPage(page);
    await lot.record(1).waitFor();
    expect(await lot.recordText(1)).toContain('Làm đất');
    const seconds = (performance.now() - startedAt) / 1000;
    const clicks = ownerClicks() + clerkClicks();
    console.log(
      `sign-up to first record: ${seconds.toFixed(1)} s of browser time, ${clicks} clicks (owner ${ownerClicks()}, clerk ${clerkClicks()})`,
    );
    await screenshot(page, '98-first-record-phone');
  });
});
