import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsumerTracePage } from './pages/consumer-trace.page';
import { OverviewPage } from './pages/overview.page';
import { type RecallNoticeInput, type RecallPage, RecallsPage, TracePage } from './pages/recalls.page';
import { SignInPage } from './pages/sign-in.page';
import { expectAccessible } from './support/accessibility';
import { apiSession } from './support/api-session';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';
import { makeRecallGenealogy, type RecallGenealogy } from './support/recall-genealogy';
import { makeTracedLabels, type TracedLabels } from './support/traced-label';

const notice: RecallNoticeInput = {
  reasonVi: 'Phát hiện dư lượng thuốc bảo vệ thực vật vượt ngưỡng ở mẻ sao này',
  reasonEn: 'Pesticide residue above the limit found in this roasting batch',
  instructionsVi: 'Ngừng sử dụng và mang gói chè về nơi mua để được hoàn tiền',
  instructionsEn: 'Stop using it and bring the pack back where you bought it for a refund',
  contact: '0912 345 678',
};

/** The second recall's notice: its own reason, so a page that shows it was reached by that recall. */
const mergeNotice: RecallNoticeInput = {
  reasonVi: 'Lá chè hái ở đồi SG-01 nhiễm nấm mốc, đã trộn vào mẻ sao chung',
  reasonEn: 'Leaves picked on hill SG-01 carry mould and went into a shared roasting batch',
  instructionsVi: 'Không pha gói chè này; đổi gói mới tại nơi mua',
  instructionsEn: 'Do not brew this pack; exchange it where you bought it',
  contact: '0912 345 679',
};

describe('an owner recalls a lot, and every consumer who scans one of its labels is warned', () => {
  let platform: RunningPlatform;
  let traced: TracedLabels;
  /** The picked tea lot the packed lot was made from: the recall starts one step back from the labels. */
  let source: { id: string; code: string };
  /** A, B merged into M, M split into P1..P3; C made into U on its own. */
  let genealogy: RecallGenealogy;
  const sessions: BrowserSession[] = [];
  const signedIn = async (viewport: (typeof viewports)[keyof typeof viewports]) => {
    const session = await openBrowser(viewport);
    sessions.push(session);
    const signIn = new SignInPage(session.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.owner.login, platform.owner.password);
    return session;
  };
  const consumerText = async (url: string) => {
    const session = await openBrowser(viewports.phone, { locale: 'vi-VN' });
    sessions.push(session);
    const trace = new ConsumerTracePage(session.page);
    expect((await trace.open(url)).status()).toBe(200);
    return { page: session.page, text: await trace.visibleText() };
  };

  beforeAll(async () => {
    platform = await startPlatform();
    traced = await makeTracedLabels(platform, platform.owner);
    const owner = await apiSession(platform, platform.owner);
    const detail = await owner.call<{ parents: { lot: { id: string; code: string } }[] }>(
      'GET',
      `/api/v1/lots/${traced.lot.id}`,
    );
    const parent = detail.parents[0]?.lot;
    if (!parent) throw new Error(`the traced lot ${traced.lot.code} was made from no lot`);
    source = parent;
    genealogy = await makeRecallGenealogy(platform, platform.owner);
  });
  afterAll(async () => {
    for (const session of sessions) await session.close();
    await platform?.stop();
  });

  it('before: the label page carries no recall warning', async () => {
    const { text } = await consumerText(traced.activated.url);
    expect(text).toContain('Chưa có thông báo thu hồi nào cho sản phẩm này.');
    expect(text).not.toContain(notice.reasonVi);
  });

  it('the trace explorer walks from the picked lot forward to the packed lot, and back', async () => {
    const { page } = await signedIn(viewports.desktop);
    const trace = new TracePage(page);
    await trace.open(platform.baseUrl, source.id);
    await trace.walk('down');
    expect(await trace.listedLots()).toEqual([source.code, traced.lot.code]);
    await screenshot(page, '95-trace-explorer-desktop');
    await trace.open(platform.baseUrl, traced.lot.id);
    await trace.walk('up');
    expect(await trace.listedLots()).toEqual([traced.lot.code, source.code]);
  });

  it('at desktop: a draft from the picked lot reaches the packed lot; publishing asks first, naming the labels', async () => {
    const { page } = await signedIn(viewports.desktop);
    const recalls = new RecallsPage(page);
    await recalls.open(platform.baseUrl);
    const recall: RecallPage = await recalls.start([source.code], notice);
    expect(await recall.affectedLots()).toEqual([source.code, traced.lot.code]);
    await expectAccessible(page, 'recall draft (owner)');
    await screenshot(page, '96-recall-draft-desktop');
    const confirmation = await recall.publish();
    // the packing record bound ten labels to the lot: the owner is told how many consumers will be warned
    expect(confirmation).toContain('10');
    await screenshot(page, '97-recall-published-desktop');
  });

  it('after: the label page warns at once, in the visitor’s language, with the owner’s instructions', async () => {
    const { page, text } = await consumerText(traced.activated.url);
    expect(text).toContain('Cảnh báo thu hồi sản phẩm');
    expect(text).toContain(notice.reasonVi);
    expect(text).toContain(notice.instructionsVi);
    expect(text).toContain(notice.contact);
    expect(text).toContain('Mức độ: nghiêm trọng');
    await screenshot(page, '98-trace-label-recalled-phone');
    const status = await fetch(`${traced.activated.url}?linkType=gs1:recallStatus`, { redirect: 'manual' });
    expect(status.status).toBe(307);
    expect(status.headers.get('location')).toContain('#recall');
  });

  it('a printed label never bound to the lot shows no warning (it carries no product data)', async () => {
    const { text } = await consumerText(traced.notActivated.url);
    expect(text).not.toContain(notice.reasonVi);
  });

  it('a recall from a picked lot that was merged, then split, reaches the batch and all three pack lots, and nothing beside', async () => {
    const { sources, merged, packs, unaffected } = genealogy;
    const { page } = await signedIn(viewports.desktop);
    const recalls = new RecallsPage(page);
    await recalls.open(platform.baseUrl);
    const recall = await recalls.start([sources.a.code], mergeNotice);
    const affected = await recall.affectedLots();
    const downstream = [sources.a, merged, ...packs].map((lot) => lot.code);
    expect([...affected].sort()).toEqual([...downstream].sort());
    // B went into the same batch but is not made from A; C and U share nothing with A
    for (const lot of [sources.b, sources.c, unaffected]) expect(affected).not.toContain(lot.code);
    await screenshot(page, '96b-recall-merge-split-preview');
    const confirmation = await recall.publish();
    // two labels bound to each of the three pack lots
    expect(confirmation).toContain('6');
    await screenshot(page, '96c-recall-merge-split-published');
  });

  it('after: a label of each pack lot warns with the second reason; a label of the unaffected lot does not', async () => {
    for (const [index, pack] of genealogy.packs.entries()) {
      const { page, text } = await consumerText(pack.labels[0]?.url ?? '');
      expect(text, pack.code).toContain('Cảnh báo thu hồi sản phẩm');
      expect(text, pack.code).toContain(mergeNotice.reasonVi);
      await screenshot(page, `98b-recall-pack-lot-${index + 1}-phone`);
    }
    const { page, text } = await consumerText(genealogy.unaffected.labels[0]?.url ?? '');
    expect(text).toContain('Chưa có thông báo thu hồi nào cho sản phẩm này.');
    expect(text).not.toContain('Cảnh báo thu hồi sản phẩm');
    expect(text).not.toContain(mergeNotice.reasonVi);
    await screenshot(page, '98c-recall-unaffected-lot-phone');
  });

  it('the owner’s home is the overview, with both published recalls first, in red', async () => {
    const { page } = await signedIn(viewports.desktop);
    const overview = new OverviewPage(page);
    await overview.openHome(platform.baseUrl);
    const open = await overview.openRecalls();
    expect(open.alarm).toBe(true);
    expect(open.banner).toContain('2 đợt triệu hồi đang công bố');
    expect(open.rows.some((row) => row.includes(notice.reasonVi))).toBe(true);
    expect(open.rows.some((row) => row.includes(mergeNotice.reasonVi))).toBe(true);
    await screenshot(page, '99a-overview-open-recalls-desktop');
  });

  it('at 360 px: the recalls list and the published recall read on a phone', async () => {
    const { page } = await signedIn(viewports.phone);
    const recalls = new RecallsPage(page);
    await recalls.open(platform.baseUrl);
    await screenshot(page, '99-recalls-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
  });
});
