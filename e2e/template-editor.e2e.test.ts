import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './pages/designer.page';
import { SignInPage } from './pages/sign-in.page';
import { TemplateEditorPage } from './pages/template-editor.page';
import { expectAccessible } from './support/accessibility';
import { apiSession } from './support/api-session';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

const note = { vi: 'Hái chè búp một tôm hai lá.', en: 'Pick one bud and two leaves.' };
const roastNote = { vi: 'Sao chè bằng chảo gang.', en: 'Roast in a cast-iron pan.' };

interface TemplateFile {
  changeNote: { vi: string; en: string };
  process: { definition: { stages: { key: string; name: { vi: string; en: string } }[] } };
}

/**
 * Another expert uploads the next version of the tea template meanwhile: the file of the newest version (the
 * repository's templates/che-shan-tuyet/template.json as published so far) with the roasting stage renamed.
 */
async function uploadRenamedRoast(platform: RunningPlatform): Promise<number> {
  const other = await apiSession(platform, platform.expert);
  const { items } = await other.call<{ items: { id: string; key: string }[] }>('GET', '/api/v1/templates');
  const tea = items.find((template) => template.key === 'che-shan-tuyet');
  if (!tea) throw new Error('no tea template');
  const newest = await other.call<{ file: TemplateFile }>('GET', `/api/v1/templates/${tea.id}`);
  const file = structuredClone(newest.file);
  const roast = file.process.definition.stages.find((stage) => stage.key === 'sao_che');
  if (!roast) throw new Error('no roasting stage');
  roast.name = { vi: 'Sao chè chảo gang', en: 'Pan-roast' };
  file.changeNote = roastNote;
  const published = await other.call<{ version: { number: number } }>(
    'POST',
    `/api/v1/templates/${tea.id}/versions`,
    { file },
  );
  return published.version.number;
}

/**
 * Issue 17: a centre expert with no tenant edits the tea template in the app (the designer on the template's
 * process, the details tab), is refused with the place of the problem, fixes it there and publishes version 2
 * with a note; the demo co-op's process, made from version 1, is offered the change and is not changed by it.
 */
describe('a centre expert edits a template in the app and publishes a new version', () => {
  let platform: RunningPlatform;
  let expert: BrowserSession;
  let owner: BrowserSession;

  beforeAll(async () => {
    platform = await startPlatform();
    expert = await openBrowser(viewports.desktop);
    owner = await openBrowser(viewports.desktop);
  });
  afterAll(async () => {
    await owner?.close();
    await expert?.close();
    await platform?.stop();
  });

  it('renames a stage in the designer of the template draft, autosaved', async () => {
    const page = expert.page;
    await new SignInPage(page).open(platform.baseUrl);
    await new SignInPage(page).signIn(platform.expert.login, platform.expert.password);
    const editor = new TemplateEditorPage(page);
    await editor.openFromManage(platform.baseUrl, 'che-shan-tuyet');
    expect(await page.getByTestId('editor-base').innerText()).toMatch(/1/);
    const designer = new DesignerPage(page);
    await designer.selectStage('hai_che');
    await page.getByTestId('stage-tab-props').click();
    await page.getByTestId('stage-name-vi').fill('Hái chè búp');
    await designer.waitSaved();
    await screenshot(page, '98-template-editor-designer-desktop');
    await expectAccessible(page, 'template editor, process tab (expert)');
  });

  it('is refused with the place of the problem, fixes it on the details tab and publishes version 2', async () => {
    const page = expert.page;
    const editor = new TemplateEditorPage(page);
    await editor.setDetail('summary', 'en', '');
    const refusal = await editor.publish(note);
    expect(refusal).toMatch(/summary|tóm tắt|\/summary\/en/i);
    await screenshot(page, '98b-template-editor-refused');
    await editor.goToRefusal();
    await page.getByTestId('details-summary-en').waitFor();
    await screenshot(page, '98c-template-editor-details');
    await expectAccessible(page, 'template editor, details tab (expert)');
    await editor.setDetail('summary', 'en', 'Ancient Shan tuyết tea, picked by hand and pan-roasted.');
    expect(await editor.publish(note)).toBeNull();
    await page.getByTestId('template-card-che-shan-tuyet').getByTestId('template-version-2').waitFor();
  });

  it("offers the change to the co-op's process made from version 1, without changing it", async () => {
    const page = owner.page;
    await new SignInPage(page).open(platform.baseUrl);
    await new SignInPage(page).signIn(platform.owner.login, platform.owner.password);
    await page.goto(`${platform.baseUrl}/processes`);
    await page.getByTestId('process-list').getByRole('link', { name: /Chè/ }).first().click();
    await page.getByTestId('template-update-banner').waitFor();
    expect(await page.getByTestId('stage-node-hai_che').innerText()).toMatch(/Hái chè/);
    expect(await page.getByTestId('stage-node-hai_che').innerText()).not.toMatch(/Hái chè búp/);
    await page.getByTestId('template-update-open').click();
    // the stage keeps its key (co-ops' records carry it); only its name changed
    expect(await page.getByTestId('template-stage-hai_che').innerText()).toMatch(/Hái chè búp/);
    await screenshot(page, '98d-owner-offered-expert-change');
  });

  it('brings a draft outdated by an upload onto the new version, keeping its own edit, and publishes after it', async () => {
    const page = expert.page;
    const editor = new TemplateEditorPage(page);
    await editor.openFromManage(platform.baseUrl, 'che-shan-tuyet');
    const designer = new DesignerPage(page);
    await designer.selectStage('cham_soc');
    await page.getByTestId('stage-tab-props').click();
    await page.getByTestId('stage-name-vi').fill('Chăm sóc đồi chè');
    await designer.waitSaved();
    // version 3 is uploaded while the expert edits the draft opened from version 2
    expect(await uploadRenamedRoast(platform)).toBe(3);
    await page.reload();
    expect(await editor.updateNotice()).toMatch(/Phiên bản 3 .*phiên bản 2/);
    expect(await page.getByTestId('editor-publish').getAttribute('aria-disabled')).toBe('true');
    await editor.openUpdate();
    expect(await page.getByTestId('draft-update-note').innerText()).toBe(roastNote.vi);
    expect(await editor.stageChosen('sao_che')).toBe(true);
    await page.setViewportSize(viewports.fieldPhone);
    await screenshot(page, '98e-template-draft-update-phone');
    await editor.showUpdateActions();
    await screenshot(page, '98f-template-draft-update-phone-actions');
    await expectAccessible(page, 'template editor, bringing a draft onto the newest version (expert)');
    await page.setViewportSize(viewports.desktop);
    await editor.takeUpdate();
    expect(await page.getByTestId('editor-base').innerText()).toMatch(/3/);
    expect(await page.getByTestId('stage-node-sao_che').innerText()).toMatch(/Sao chè chảo gang/);
    expect(await page.getByTestId('stage-node-cham_soc').innerText()).toMatch(/Chăm sóc đồi chè/);
    await designer.waitSaved();
    expect(await editor.publish({ vi: 'Chăm sóc đồi chè.', en: 'Caring for the tea hill.' })).toBeNull();
    await page.getByTestId('template-card-che-shan-tuyet').getByTestId('template-version-4').waitFor();
  });

  it("names a check's place in words, not the file's JSON pointer", async () => {
    const page = expert.page;
    const editor = new TemplateEditorPage(page);
    await editor.openFromManage(platform.baseUrl, 'che-shan-tuyet');
    await editor.setDetail('summary', 'en', '');
    const check = page.getByTestId('editor-check');
    await check.getByText('Thông tin › Tóm tắt › tiếng Anh').waitFor();
    expect(await check.textContent()).not.toMatch(/\/summary/);
    await screenshot(page, '98g-template-editor-check-worded');
  });

  it('unblocks Publish right after a missing catalog is added back, the Process tab not shown again', async () => {
    const page = expert.page;
    const editor = new TemplateEditorPage(page);
    await editor.waitPublishBlocked(false);
    // the stage Hái chè picks its picker from ho_trong: without it the saved process has a problem
    await editor.deleteCatalog('ho_trong');
    await editor.waitPublishBlocked(true);
    await editor.addCatalog('ho_trong', 'Hộ trồng chè');
    await editor.waitPublishBlocked(false);
    expect(await editor.tabShown('process')).toBe(false);
  });
});
