import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInPage } from './pages/sign-in.page';
import { type ApiSession, apiSession } from './support/api-session';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

interface WorkItem {
  lot: { id: string; code: string };
  stages: { stageId: string; key: string }[];
}

/** The demo's first lot roasted into a batch through the API: the batch then waits at packing (Đóng gói). */
async function batchAtPacking(api: ApiSession): Promise<{ lotId: string; stageId: string }> {
  const work = await api.call<{ items: WorkItem[] }>('GET', '/api/v1/work-list?stageKey=sao_che');
  const item = work.items[0];
  const roast = item?.stages.find((stage) => stage.key === 'sao_che');
  if (!item || !roast) throw new Error('the demo has no lot waiting to be roasted');
  const made = await api.call<{ outputs: { lot: { id: string } }[] }>('POST', '/api/v1/transformations', {
    stageId: roast.stageId,
    inputs: [{ lotId: item.lot.id, quantity: 10, unit: 'kg' }],
    outputs: [{ quantity: 2, unit: 'kg' }],
    data: {},
  });
  const lotId = made.outputs[0]?.lot.id ?? '';
  const packing = await api.call<{ items: WorkItem[] }>('GET', '/api/v1/work-list?stageKey=dong_goi');
  const stage = packing.items.find((entry) => entry.lot.id === lotId)?.stages[0];
  if (!stage) throw new Error('the roasted batch does not wait at packing');
  return { lotId, stageId: stage.stageId };
}

describe('a clerk binds a roll of labels while packing, on a 390 px phone', () => {
  let platform: RunningPlatform;
  let clerk: BrowserSession;

  beforeAll(async () => {
    platform = await startPlatform();
    clerk = await openBrowser(viewports.fieldPhone);
  });
  afterAll(async () => {
    await clerk?.close();
    await platform?.stop();
  });

  it('shows the labels section, counts a typed list and flags a mistyped code', async () => {
    const { lotId, stageId } = await batchAtPacking(await apiSession(platform, platform.clerk));
    const signIn = new SignInPage(clerk.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.clerk.login, platform.clerk.password);
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
});
