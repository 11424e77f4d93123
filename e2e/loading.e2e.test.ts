import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StageEntryPage, WorkListPage } from './pages/lots.page';
import { ProcessesPage } from './pages/processes.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { StageJobsPage } from './pages/stage-jobs.page';
import { scriptBudgets } from './script-budgets';
import { type BrowserSession, openBrowser, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';
import { type ScriptTransfer, watchScriptTransfer } from './support/script-transfer';

/** Takes a route's script bytes and prints them beside the budget, so a run shows the headroom. */
async function routeScript(scripts: ScriptTransfer, route: keyof typeof scriptBudgets): Promise<number> {
  const bytes = await scripts.take();
  console.info(
    `${route}: ${(bytes / 1000).toFixed(1)} kB of script (budget ${scriptBudgets[route] / 1000} kB)`,
  );
  return bytes;
}

/** Chunk names of the owner's tools; a clerk's screens must never fetch them. */
const ownerOnlyChunks = /\/assets\/(designer|form-builder|process-list)[^/]*\.js/;

describe('each route downloads only its own script, within its budget', () => {
  let platform: RunningPlatform;
  let clerk: BrowserSession;
  let owner: BrowserSession;
  let clerkScripts: ScriptTransfer;
  const consoleErrors: string[] = [];
  const year = String(new Date().getFullYear() % 100).padStart(2, '0');

  beforeAll(async () => {
    platform = await startPlatform();
    clerk = await openBrowser(viewports.fieldPhone);
    clerk.page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    clerkScripts = await watchScriptTransfer(clerk.page);
  });
  afterAll(async () => {
    await clerk?.close();
    await owner?.close();
    await platform?.stop();
  });

  it('shows the sign-in form within the sign-in budget, with no error in the console', async () => {
    await new SignInPage(clerk.page).open(platform.baseUrl);
    expect(await routeScript(clerkScripts, 'signIn')).toBeLessThanOrEqual(scriptBudgets.signIn);
    expect(consoleErrors).toEqual([]);
  });

  it("adds the clerk's work list and a stage form within their budgets, never the owner's tools", async () => {
    await new SignInPage(clerk.page).signIn(platform.clerk.login, platform.clerk.password);
    const work = new WorkListPage(clerk.page);
    await work.card(`SG${year}-0003`).waitFor();
    expect(await routeScript(clerkScripts, 'workList')).toBeLessThanOrEqual(scriptBudgets.workList);
    await work.openStage(`SG${year}-0003`, 'Chăm sóc');
    const jobs = new StageJobsPage(clerk.page);
    await jobs.waitForJobs();
    await jobs.openJob('Bón phân');
    await new StageEntryPage(clerk.page).waitForForm();
    expect(await routeScript(clerkScripts, 'stageForm')).toBeLessThanOrEqual(scriptBudgets.stageForm);
    expect(clerkScripts.urls.filter((url) => ownerOnlyChunks.test(url))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("adds the owner's designer within its budget", async () => {
    owner = await openBrowser(viewports.desktop);
    const ownerScripts = await watchScriptTransfer(owner.page);
    const signIn = new SignInPage(owner.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.owner.login, platform.owner.password);
    await new ShellPage(owner.page).openSection('processes');
    await owner.page.getByTestId('process-create').waitFor();
    await ownerScripts.take();
    await new ProcessesPage(owner.page).create('Quy trình lúa ST25', 'Lúa gạo');
    expect(await routeScript(ownerScripts, 'designer')).toBeLessThanOrEqual(scriptBudgets.designer);
  });
});
