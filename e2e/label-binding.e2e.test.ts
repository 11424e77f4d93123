import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInPage } from './pages/sign-in.page';
import { type ApiSession, apiSession } from './support/api-session';
import { type BrowserSession, openBrowser, screenshot, screenshotsDir, viewports } from './support/browser';
import { batchAtPacking } from './support/packing';
import { type RunningPlatform, startPlatform } from './support/platform-process';

interface BatchView {
  id: string;
  state: string;
  links: { csv: string };
}

interface LabelView {
  state: 'generated' | 'activated' | 'voided';
  seq: number;
  lot: { id: string; code: string } | null;
  /** The URL the label prints in its QR code. */
  url: string;
}

/** The CSV as the owner downloads it (a text file, not JSON). */
async function csvOf(platform: RunningPlatform, path: string): Promise<string> {
  const signIn = await fetch(`${platform.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(platform.owner),
  });
  const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const response = await fetch(`${platform.baseUrl}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.text();
}

/** The owner orders a roll of labels for the lot's product and reads its CSV (seq, serial, URL, code), as a printing house gets it. */
async function orderedRoll(platform: RunningPlatform, productId: string, quantity: number) {
  const owner = await apiSession(platform, platform.owner);
  const ordered = await owner.call<BatchView>('POST', '/api/v1/label-batches', { quantity, productId });
  let batch = ordered;
  for (let tries = 0; batch.state !== 'completed' && tries < 120; tries++) {
    if (batch.state === 'failed' || batch.state === 'cancelled') throw new Error(`batch ${batch.state}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    batch = await owner.call<BatchView>('GET', `/api/v1/label-batches/${ordered.id}`);
  }
  expect(batch.state).toBe('completed');
  const csv = await csvOf(platform, batch.links.csv);
  const rows = csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
  expect(rows).toHaveLength(quantity);
  return { batchId: batch.id, rows };
}

describe('a clerk binds a roll of labels while packing, on a 390 px phone', () => {
  let platform: RunningPlatform;
  let clerk: BrowserSession;
  let clerkApi: ApiSession;
  let lotId = '';
  let stageId = '';

  beforeAll(async () => {
    platform = await startPlatform();
    clerk = await openBrowser(viewports.fieldPhone);
    clerkApi = await apiSession(platform, platform.clerk);
    ({ lotId, stageId } = await batchAtPacking(clerkApi));
    const signIn = new SignInPage(clerk.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.clerk.login, platform.clerk.password);
    // signed in only once the app has left the sign-in page: a goto before that cancels the sign-in request
    await clerk.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  });
  afterAll(async () => {
    await clerk?.close();
    await platform?.stop();
  });

  it('shows the labels section, counts a typed list and flags a mistyped code', async () => {
    await clerk.page.goto(`${platform.baseUrl}/lots/${lotId}/stages/${stageId}`);
    const page = clerk.page;
    await page.getByTestId('labels-section').waitFor();
    // two well-formed codes (right check symbols) that no batch printed
    const [a, b] = ['258BEHLPSVY3N', '69CFJMQTWZ47S'];
    await page.getByTestId('labels-first').fill('258BEHLPSVY32');
    await page.getByText('có vẻ gõ nhầm').waitFor();
    await screenshot(page, '60-packing-labels-roll-phone');
    await page.getByTestId('labels-mode').getByText('Từng tem').click();
    await page.getByTestId('labels-list').fill(`${a}\n${b}\n${a}`);
    expect(await page.getByTestId('labels-count').textContent()).toBe('2 tem sẽ được kích hoạt cho lô');
    await screenshot(page, '61-packing-labels-list-phone');
  });

  it("binds labels 11 to 60 of the owner's roll by their first and last code; 10 and 61 stay unused", async () => {
    const lot = await clerkApi.call<{ lot: { code: string; productId: string } }>(
      'GET',
      `/api/v1/lots/${lotId}`,
    );
    const { batchId, rows } = await orderedRoll(platform, lot.lot.productId, 1000);
    const [first, middle, last, before, after] = [rows[10], rows[34], rows[59], rows[9], rows[60]].map(
      (row) => ({
        serial: row?.[1] ?? '',
        code: row?.[3] ?? '',
      }),
    );
    if (!first || !middle || !last || !before || !after)
      throw new Error('the roll is shorter than 61 labels');
    const page = clerk.page;
    await page.goto(`${platform.baseUrl}/lots/${lotId}/stages/${stageId}`);
    await page.getByTestId('labels-section').waitFor();
    await page.getByTestId('form-input-root_so_goi').fill('50');
    // the first code as printed under the QR (groups of 4-4-5), the last as the CSV's serial
    await page.getByTestId('labels-first').fill(first.code);
    await page.getByTestId('labels-last').fill(last.serial);
    await page.getByText('50 tem sẽ được kích hoạt cho lô').waitFor();
    expect(await page.getByTestId('labels-section').innerText()).toContain('Số 11 · đợt #1 · chưa dùng');
    await screenshot(page, '62-packing-labels-roll-bound-phone');
    await page.getByTestId('entry-submit').click();
    await page.waitForURL(/\/lots\/[0-9a-f-]+#record-/);
    await page.getByTestId('genealogy').or(page.getByTestId('genealogy-empty')).first().waitFor();
    await screenshot(page, '63-packing-lot-after-binding-phone');
    // the packing record's card shows the roll it bound, its ends linking to the labels' pages
    const boundLabels = page.getByTestId('record-labels');
    await boundLabels.scrollIntoViewIfNeeded();
    expect(await boundLabels.innerText()).toContain('Đợt tem #1 · tem 11–60 (50 tem)');
    expect(await boundLabels.getByTestId('record-label-link').first().getAttribute('href')).toBe(
      `/labels/l/${first.serial}`,
    );
    expect(await page.getByTestId('lot-labels-activated').innerText()).toContain('50');
    await boundLabels.screenshot({ path: join(screenshotsDir, '63b-packing-record-labels-phone.png') });

    // the lot's record holds the run it bound (covered by its hash)
    const detail = await clerkApi.call<{ records: { stageName: { vi: string }; labels?: unknown }[] }>(
      'GET',
      `/api/v1/lots/${lotId}`,
    );
    const packing = detail.records.filter((record) => record.labels !== undefined);
    expect(packing.map((record) => record.labels)).toEqual([[{ batchId, firstSeq: 11, lastSeq: 60 }]]);
    // each label of the roll says activated for this lot; the neighbours outside it are untouched
    for (const [{ serial }, seq] of [
      [first, 11],
      [middle, 35],
      [last, 60],
    ] as const) {
      const label = await clerkApi.call<LabelView>('GET', `/api/v1/labels/${serial}`);
      expect({ state: label.state, seq: label.seq, lot: label.lot?.id }).toEqual({
        state: 'activated',
        seq,
        lot: lotId,
      });
    }
    for (const outside of [before, after]) {
      const label = await clerkApi.call<LabelView>('GET', `/api/v1/labels/${outside.serial}`);
      expect({ state: label.state, lot: label.lot }).toEqual({ state: 'generated', lot: null });
    }

    // and the clerk's phone shows it: the first label of the roll bound to the lot, the one before it not
    await page.goto(`${platform.baseUrl}/labels/l/${first.serial}`);
    await page.getByTestId('label-details').waitFor();
    expect(await page.getByTestId('label-state').innerText()).toMatch(/^đã kích hoạt$/i);
    expect(await page.getByTestId('label-details').innerText()).toContain(`Gắn vào lô ${lot.lot.code}`);
    await screenshot(page, '64-label-activated-phone');
    // the page a buyer sees after scanning it: a new tab at the URL the label prints
    const printed = await clerkApi.call<LabelView>('GET', `/api/v1/labels/${first.serial}`);
    const consumerLink = page.getByRole('link', { name: 'Trang người mua thấy' });
    expect(await consumerLink.getAttribute('href')).toBe(printed.url);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), consumerLink.click()]);
    await tab.waitForLoadState('domcontentloaded');
    expect(await tab.locator('body').innerText()).toContain(lot.lot.code);
    await screenshot(tab, '64b-label-consumer-page-phone');
    await tab.close();
    // and the lot's packing record links the roll to the same page
    await page.goto(`${platform.baseUrl}/lots/${lotId}`);
    const fromLot = page.getByTestId('record-label-consumer-page').first();
    await fromLot.waitFor();
    expect(await fromLot.getAttribute('href')).toBe(printed.url);
    await screenshot(page, '64c-lot-labels-consumer-link-phone');
    await page.goto(`${platform.baseUrl}/labels/l/${before.serial}`);
    await page.getByTestId('label-details').waitFor();
    expect(await page.getByTestId('label-state').innerText()).toMatch(/^chưa kích hoạt$/i);
  });
});
