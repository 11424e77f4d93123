import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './pages/designer.page';
import { ProcessesPage } from './pages/processes.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { expectAccessible } from './support/accessibility';
import { apiSession } from './support/api-session';
import { type BrowserSession, openBrowser, screenshot } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

/** A Plots catalog with two items, as the catalogs screens (next issue) would leave it. */
async function seedPlotsCatalog(platform: RunningPlatform): Promise<void> {
  const owner = await apiSession(platform, platform.owner);
  const text = (vi: string, en: string) => ({
    type: 'string',
    title: vi,
    'x-label': { vi, en },
    maxLength: 200,
  });
  const catalog = await owner.call<{ id: string }>('POST', '/api/v1/catalogs', {
    name: { vi: 'Thửa ruộng', en: 'Plots' },
    form: {
      schema: {
        type: 'object',
        properties: {
          code: text('Mã thửa', 'Plot code'),
          name: text('Tên thửa', 'Plot name'),
        },
        required: ['code', 'name'],
        unevaluatedProperties: false,
      },
      uiSchema: { 'ui:order': ['code', 'name'] },
    },
    labelFields: ['code', 'name'],
  });
  for (const [code, name] of [
    ['A-01', 'Đồng Bãi'],
    ['A-02', 'Đồng Sau'],
  ]) {
    await owner.call('POST', `/api/v1/catalogs/${catalog.id}/items`, { data: { code, name } });
  }
}

describe('an owner draws a five-stage process with forms, publishes two versions and compares them', () => {
  let platform: RunningPlatform;
  let owner: BrowserSession;
  let designer: DesignerPage;

  beforeAll(async () => {
    platform = await startPlatform();
    await seedPlotsCatalog(platform);
    // an American browser: the app in Vietnamese must still write dates its own way
    owner = await openBrowser({ width: 1440, height: 900 }, { locale: 'en-US' });
    designer = new DesignerPage(owner.page);
    const signIn = new SignInPage(owner.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.owner.login, platform.owner.password);
    await new ShellPage(owner.page).openSection('processes');
  });
  afterAll(async () => {
    await owner?.close();
    await platform?.stop();
  });

  it('creates a rice process and draws planting → fertilising → harvest → drying → packing', async () => {
    await expectAccessible(owner.page, 'processes list (owner)');
    await new ProcessesPage(owner.page).create('Quy trình lúa ST25', 'Lúa gạo');
    await designer.addFirstStage('Gieo cấy', 'gieo_cay');
    await designer.addStageAfter('gieo_cay', 'Bón phân', 'bon_phan');
    await designer.addStageAfter('bon_phan', 'Thu hoạch', 'thu_hoach');
    await designer.addStageAfter('thu_hoach', 'Phơi sấy', 'phoi_say', 'Chuyển đổi lô');
    await designer.addStageAfter('phoi_say', 'Đóng gói', 'dong_goi', 'Đóng gói');
    await designer.autoLayout();
    await designer.waitSaved();
    for (const key of ['gieo_cay', 'bon_phan', 'thu_hoach', 'phoi_say', 'dong_goi']) {
      expect(await owner.page.getByTestId(`stage-node-${key}`).isVisible()).toBe(true);
    }
    await expectAccessible(owner.page, 'designer, five stages (owner)');
    await screenshot(owner.page, '10-designer-five-stages-desktop');
  });

  it('defines forms with a catalog lookup, a quantity in kg and a conditional field', async () => {
    await designer.selectStage('gieo_cay');
    const form = await designer.openForm();
    await form.addField('catalog', 'Thửa ruộng');
    await form.setCatalog('Thửa ruộng');
    await form.setRequired();

    await designer.selectStage('bon_phan');
    await designer.openForm();
    await form.addField('number', 'Lượng phân bón');
    await form.setUnit(/kilôgam/);
    await form.setRequired();
    await form.addField('yesNo', 'Có phun thuốc không');
    await form.addField('text', 'Tên thuốc');
    await form.addRule('Có phun thuốc không', 'Có', 'hiện và bắt buộc', 'Tên thuốc');
    await expectAccessible(owner.page, 'form builder with a rule (owner)');
    await screenshot(owner.page, '11-form-builder-rule-desktop');

    await form.openPreview();
    const frame = owner.page.getByTestId('fb-preview-frame');
    expect(await frame.innerText()).toContain('kg');
    expect(await frame.innerText()).not.toContain('Tên thuốc');
    await frame.getByText('Có', { exact: true }).click();
    await frame.getByText('Tên thuốc').waitFor();
    await expectAccessible(owner.page, 'form preview (owner)');
    await screenshot(owner.page, '12-form-preview-desktop');

    await designer.selectStage('thu_hoach');
    await designer.openForm();
    await form.addField('number', 'Sản lượng');
    await form.setUnit(/kilôgam/);
    await form.setPublic();
    await designer.waitSaved();
    expect(await designer.problemsText()).toMatch(/Không có vấn đề/);
  });

  it('publishes version 1, then edits and publishes version 2', async () => {
    expect(await designer.publish('Vụ đông xuân 2026')).toBe('Đã phát hành phiên bản 1.');
    await designer.selectStage('thu_hoach');
    await designer.nameSelectedStage('Thu hoạch lúa', 'thu_hoach');
    const form = await designer.openForm();
    await form.addField('date', 'Ngày thu hoạch');
    await form.setRequired();
    expect(await designer.publish('Thêm ngày thu hoạch')).toBe('Đã phát hành phiên bản 2.');
  });

  it('shows what changed between version 1 and version 2, at stage and field level', async () => {
    await designer.openVersions();
    expect(await owner.page.getByTestId('version-row-2').innerText()).toContain('Thêm ngày thu hoạch');
    // dd/mm/yyyy and the 24-hour clock, as the app language says, not the browser's en-US
    expect(await owner.page.getByTestId('version-row-2').innerText()).toMatch(
      /\b\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\b/,
    );
    const diff = await designer.compare('Phiên bản 1', 'Phiên bản 2');
    expect(diff).toContain('Thu hoạch lúa');
    expect(diff).toContain('Ngày thu hoạch');
    await expectAccessible(owner.page, 'versions and their diff (owner)');
    await screenshot(owner.page, '13-version-diff-desktop');
  });
});
