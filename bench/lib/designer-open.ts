import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import { SignInPage } from '../../e2e/pages/sign-in.page';
import { apiSession } from '../../e2e/support/api-session';
import { openBrowser, viewports } from '../../e2e/support/browser';
import type { RunningPlatform } from '../../e2e/support/platform-process';

/** A layered process of `count` stages (10 per column), each with a five-field form. */
export function layeredDefinition(count: number): ProcessDefinition {
  const form = compileFormModel({
    fields: ['text', 'number', 'date', 'yesNo', 'longText'].map((type, i) =>
      newFormField(type === 'number' ? 'number' : (type as 'text'), `f${i}`, {
        vi: `Trường ${i}`,
        en: `Field ${i}`,
      }),
    ),
    rules: [],
  });
  const stages: ProcessStage[] = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    key: `stage_${i}`,
    name: { vi: `Công đoạn ${i}`, en: `Stage ${i}` },
    kind: 'stage',
    start: i < 10,
    repeatable: false,
    businessStep: null,
    yieldRange: null,
    position: { x: Math.floor(i / 10) * 280, y: (i % 10) * 120 },
    form,
  }));
  const edges = stages.slice(10).flatMap((stage, j) => {
    const i = j + 10;
    return [{ id: `e${i}`, source: `s${i - 10}`, target: stage.id }];
  });
  return { schemaVersion: 1, stages, edges };
}

/** Creates a process of `count` stages through the API as the demo owner; returns its id. */
export async function seedProcess(platform: RunningPlatform, count: number): Promise<string> {
  const owner = await apiSession(platform, platform.owner);
  const created = await owner.call<{ id: string; draft: { revision: number } }>('POST', '/api/v1/processes', {
    name: { vi: `Quy trình ${count} công đoạn`, en: '' },
    productType: 'rice',
  });
  await owner.call('PUT', `/api/v1/processes/${created.id}/draft`, {
    revision: created.draft.revision,
    definition: layeredDefinition(count),
  });
  return created.id;
}

/** Milliseconds from navigation to the designer showing its stages, for each process id (same browser). */
export async function measureDesignerOpen(
  platform: RunningPlatform,
  processIds: string[],
): Promise<number[]> {
  const browser = await openBrowser(viewports.desktop);
  try {
    const signIn = new SignInPage(browser.page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.owner.login, platform.owner.password);
    await browser.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const times: number[] = [];
    for (const id of processIds) {
      const started = performance.now();
      await browser.page.goto(`${platform.baseUrl}/processes/${id}`);
      await browser.page.getByTestId('stage-node-stage_0').waitFor({ timeout: 60_000 });
      await browser.page.getByTestId('designer-save-state').waitFor();
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await browser.close();
  }
}
