import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotPage, StageEntryPage, WorkListPage } from './pages/lots.page';
import { SignInPage } from './pages/sign-in.page';
import { StageJobsPage, WaitingEntryPage } from './pages/stage-jobs.page';
import { expectAccessible } from './support/accessibility';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type JobsLot, makeJobsLot } from './support/jobs-process';
import { type RunningPlatform, startPlatform } from './support/platform-process';

const dayMs = 86_400_000;

/** At 08:00 local time, `days` days ago: what the clerk picks in the event time field. */
function daysAgo(days: number): Date {
  const at = new Date(Date.now() - days * dayMs);
  at.setHours(8, 0, 0, 0);
  return at;
}

/** The first allowed day after a spraying at `time` with a 7-day wait, counted on Vietnam's calendar. */
function firstAllowedDay(time: Date, days: number): string {
  const local = new Date(time.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return new Date(Date.parse(`${local}T00:00:00Z`) + days * dayMs)
    .toISOString()
    .slice(0, 10)
    .split('-')
    .reverse()
    .join('/');
}

/**
 * A clerk on a 390 px phone records the jobs of the care stage (two fertilisings and a spraying), tries to
 * harvest inside the spraying's waiting period and is refused with the first allowed day, then finishes
 * the care stage and harvests after the period.
 */
describe('a clerk records the jobs of a stage, is held by a waiting period, and finishes the stage', () => {
  let platform: RunningPlatform;
  let clerk: BrowserSession;
  let lot: JobsLot;
  const sprayedAt = daysAgo(10);

  beforeAll(async () => {
    platform = await startPlatform();
    lot = await makeJobsLot(platform, platform.owner);
    clerk = await openBrowser(viewports.fieldPhone);
    const signIn = new SignInPage(clerk.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.clerk.login, platform.clerk.password);
  });
  afterAll(async () => {
    await clerk?.close();
    await platform?.stop();
  });

  it('opens the care stage from the work list: its jobs, what they need, and why it cannot finish yet', async () => {
    const work = new WorkListPage(clerk.page);
    await work.open(platform.baseUrl);
    expect(await work.stagesOf(lot.code)).toEqual(['Chăm sóc']);
    await work.openStage(lot.code, 'Chăm sóc');
    const jobs = new StageJobsPage(clerk.page);
    await jobs.waitForJobs();
    expect(await jobs.countOf('Bón phân')).toBe('0/2');
    expect(await jobs.countOf('Phun thuốc')).toBe('0 · tuỳ chọn');
    expect(await jobs.finishButton().isDisabled()).toBe(true);
    expect(await jobs.finishReason()).toBe('Chưa kết thúc được: còn thiếu Bón phân (0/2).');
    await expectAccessible(clerk.page, 'stage jobs (clerk, phone)');
    await screenshot(clerk.page, '90-stage-jobs-phone');
    await clerk.page.setViewportSize(viewports.desktop);
    await screenshot(clerk.page, '90b-stage-jobs-desktop');
    await clerk.page.setViewportSize(viewports.fieldPhone);
  });

  it('records two fertilisings and a spraying, each with its own form', async () => {
    const work = new WorkListPage(clerk.page);
    const jobs = new StageJobsPage(clerk.page);
    const entry = new StageEntryPage(clerk.page);
    const waiting = new WaitingEntryPage(clerk.page);
    for (const amount of ['20', '15']) {
      await work.open(platform.baseUrl);
      await work.openStage(lot.code, 'Chăm sóc');
      await jobs.waitForJobs();
      await jobs.openJob('Bón phân');
      expect(await waiting.heading()).toBe('Chăm sóc › Bón phân');
      await entry.fill('loai_phan', 'Phân hữu cơ');
      await entry.fill('luong', amount);
      await entry.submit();
    }
    await work.open(platform.baseUrl);
    await work.openStage(lot.code, 'Chăm sóc');
    await jobs.waitForJobs();
    expect(await jobs.countOf('Bón phân')).toBe('2/2');
    await jobs.openJob('Phun thuốc');
    await entry.fill('thuoc', 'Abamectin');
    await entry.fill('lieu', '2');
    await waiting.setEventTime(sprayedAt);
    await screenshot(clerk.page, '91-job-entry-phone');
    await entry.submit();
    const page = new LotPage(clerk.page);
    await page.record(4).waitFor();
    expect(await page.recordText(4)).toContain('Chăm sóc › Phun thuốc');
    await screenshot(clerk.page, '92-lot-timeline-jobs-phone');
  });

  it('is refused a harvest inside the waiting period, at the event time, keeping the weight typed', async () => {
    const work = new WorkListPage(clerk.page);
    const entry = new StageEntryPage(clerk.page);
    const waiting = new WaitingEntryPage(clerk.page);
    await work.open(platform.baseUrl);
    expect(await work.stagesOf(lot.code)).toEqual(['Chăm sóc', 'Thu hoạch']);
    await work.openStage(lot.code, 'Thu hoạch');
    await entry.waitForForm();
    const firstDay = firstAllowedDay(sprayedAt, 7);
    expect((await waiting.waitNotices()).join('\n')).toContain(firstDay);
    await entry.fill('khoi_luong', '42');
    await waiting.setEventTime(daysAgo(5));
    await clerk.page.getByTestId('entry-submit').click();
    expect(await waiting.eventTimeError()).toContain(`sớm nhất từ ngày ${firstDay}`);
    expect(await entry.valueOf('khoi_luong')).toBe('42');
    expect(new URL(clerk.page.url()).pathname).toMatch(/\/stages\/thu_hoach$/);
    await screenshot(clerk.page, '93-harvest-refused-waiting-phone');
    await clerk.page.setViewportSize(viewports.desktop);
    await screenshot(clerk.page, '93b-harvest-refused-waiting-desktop');
    await clerk.page.setViewportSize(viewports.fieldPhone);
  });

  it('finishes the care stage after confirming, then harvests after the period', async () => {
    const work = new WorkListPage(clerk.page);
    const jobs = new StageJobsPage(clerk.page);
    const entry = new StageEntryPage(clerk.page);
    await work.open(platform.baseUrl);
    await work.openStage(lot.code, 'Chăm sóc');
    await jobs.waitForJobs();
    expect(await jobs.finishButton().isDisabled()).toBe(false);
    await jobs.finish();
    await screenshot(clerk.page, '94-stage-finished-phone');
    await work.open(platform.baseUrl);
    expect(await work.stagesOf(lot.code)).toEqual(['Thu hoạch']);
    await work.openStage(lot.code, 'Thu hoạch');
    await entry.waitForForm();
    await entry.fill('khoi_luong', '42');
    await entry.submit();
    const page = new LotPage(clerk.page);
    await page.record(6).waitFor();
    expect(await page.recordText(5)).toContain('Đã kết thúc công đoạn Chăm sóc (bởi nhân viên)');
    expect(await page.recordText(6)).toContain('Thu hoạch');
    await expectAccessible(clerk.page, 'lot with jobs (clerk, phone)');
    await screenshot(clerk.page, '95-lot-jobs-closed-phone');
    await clerk.page.setViewportSize(viewports.desktop);
    await screenshot(clerk.page, '96-lot-jobs-closed-desktop');
  });
});
