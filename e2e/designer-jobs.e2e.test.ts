import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './pages/designer.page';
import { ProcessesPage } from './pages/processes.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { expectAccessible } from './support/accessibility';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

describe('an owner gives a care stage its jobs and the harvest a waiting period after spraying', () => {
  let platform: RunningPlatform;
  let owner: BrowserSession;
  let designer: DesignerPage;

  beforeAll(async () => {
    platform = await startPlatform();
    owner = await openBrowser(viewports.desktop);
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

  it('draws planting → care → harvest, each recorded stage with a field', async () => {
    await new ProcessesPage(owner.page).create('Quy trình lúa hữu cơ', 'Lúa gạo');
    await designer.addFirstStage('Gieo trồng', 'gieo_trong');
    const form = await designer.openForm();
    await form.addField('date', 'Ngày gieo');
    await designer.addStageAfter('gieo_trong', 'Chăm sóc', 'cham_soc');
    await designer.addStageAfter('cham_soc', 'Thu hoạch', 'thu_hoach');
    await designer.openForm();
    await form.addField('number', 'Sản lượng');
    await form.setUnit(/kilôgam/);
    await designer.autoLayout();
    await designer.waitSaved();
  });

  it('adds fertilising, spraying and weeding jobs to the care stage, each with its own form', async () => {
    await designer.selectStage('cham_soc');
    await designer.addJob('Bón phân');
    await designer.setJobChoice('repeatable');
    const form = await designer.openJobForm();
    await form.addField('text', 'Loại phân');
    await designer.backToJobs();

    await designer.addJob('Phun thuốc');
    await designer.setJobChoice('repeatable');
    await designer.openJobForm();
    await form.addField('text', 'Tên thuốc');
    await form.addField('number', 'Thời gian cách ly (ngày)');
    await designer.backToJobs();

    await designer.addJob('Làm cỏ');
    await designer.setJobChoice('optional');
    await designer.openJobForm();
    await form.addField('longText', 'Ghi chú');
    await designer.backToJobs();
    await designer.setCloseWhenFollowed();

    expect(await designer.jobNames()).toEqual(['Bón phân', 'Phun thuốc', 'Làm cỏ']);
    const card = await owner.page.getByTestId('stage-node-cham_soc').innerText();
    expect(card).toContain('Phun thuốc');
    await designer.waitSaved();
    await expectAccessible(owner.page, 'designer, a stage with jobs (owner)');
    await screenshot(owner.page, '60-designer-stage-jobs-desktop');
  });

  it("sets the harvest's waiting period after spraying from the spray's own field", async () => {
    await designer.selectStage('thu_hoach');
    await owner.page.getByTestId('stage-tab-props').click();
    const sentence = await designer.addWaitingPeriod(/Chăm sóc — Phun thuốc/, 7, 'Thời gian cách ly (ngày)');
    expect(sentence).toBe(
      'Không sớm hơn 7 ngày sau lần Phun thuốc gần nhất (hoặc số ngày ghi ở trường Thời gian cách ly (ngày))',
    );
    await designer.waitSaved();
    await owner.page.getByTestId('waiting-periods').scrollIntoViewIfNeeded();
    await screenshot(owner.page, '61-designer-waiting-period-desktop');
    expect(await designer.problemsText()).toMatch(/Không có vấn đề/);
  });

  it('publishes the process with its jobs', async () => {
    expect(await designer.publish('Nhật ký chăm sóc')).toBe('Đã phát hành phiên bản 1.');
  });

  it('shows a job-level change between version 1 and the draft', async () => {
    await designer.selectStage('cham_soc');
    await designer.openJob('phun_thuoc');
    await designer.setJobMinCount(2);
    await designer.waitSaved();
    await designer.openVersions();
    const diff = await designer.compare('Phiên bản 1', 'Bản nháp');
    expect(diff).toContain('Công việc Phun thuốc');
    expect(diff).toMatch(/Số lần tối thiểu: \(trống\) → 2/);
    await screenshot(owner.page, '65-designer-job-diff-desktop');
    await owner.page.keyboard.press('Escape');
  });

  it('reads on a 390 px phone', async () => {
    const phone = await openBrowser(viewports.fieldPhone);
    try {
      const signIn = new SignInPage(phone.page);
      await signIn.open(platform.baseUrl);
      await signIn.signIn(platform.owner.login, platform.owner.password);
      await phone.page.goto(owner.page.url());
      await phone.page.getByTestId('designer-canvas').waitFor();
      await screenshot(phone.page, '62-designer-phone');
      const onPhone = new DesignerPage(phone.page);
      await onPhone.selectStage('cham_soc');
      await phone.page.getByTestId('stage-tab-jobs').click();
      await screenshot(phone.page, '63-designer-stage-jobs-phone');
      await phone.page.getByTestId('job-open-phun_thuoc').click();
      await screenshot(phone.page, '64-designer-job-phone');
    } finally {
      await phone.close();
    }
  });
});
