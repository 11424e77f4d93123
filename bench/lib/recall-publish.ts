import { setTimeout as delay } from 'node:timers/promises';
import type { DriverName } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { apiSession } from '../../e2e/support/api-session';
import { makeTracedLabels } from '../../e2e/support/traced-label';
import type { PlatformChild } from './platform-child';
import { withPlatform } from './platform-modes';
import { resolverBenchEnv } from './resolver';
import type { Row } from './row';

/** The figure: a recall that touches this many labels. */
export const recalledLabels = 100_000;

const banner = 'id="recall" role="alert"';
const notice = {
  reason: { vi: 'Nhiễm nấm mốc ở lô sao', en: 'Mould found in the roasting batch' },
  instructions: { vi: 'Ngừng sử dụng', en: 'Stop using it' },
  contact: '0912 345 678',
};

export interface RecallPublishFigures {
  driver: DriverName;
  /** One label page made from the database (the baseline): the first read of a label nobody scanned. */
  coldPageMs: number;
  /** Creating the draft: the closure, the label runs and totals of the preview. */
  draftMs: number;
  /** The publish request, answered. */
  publishMs: number;
  /** From the publish request to the moment the last label (in print order) answers with the banner. */
  lastBannerMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function pageShowsBanner(url: string): Promise<boolean> {
  return (
    await (await fetch(url, { headers: { 'user-agent': 'Mozilla/5.0 Chrome/124.0 Mobile' } })).text()
  ).includes(banner);
}

/** Seeds a lot with 100,000 activated labels, warms the pages of its first and last label, recalls the lot. */
async function measurePublish(driver: DriverName, platform: PlatformChild): Promise<RecallPublishFigures> {
  const step = (what: string) => console.info(`recall publish bench (${driver}): ${what}`);
  step(`seeding a traced lot with ${recalledLabels.toLocaleString('en')} activated labels`);
  const traced = await makeTracedLabels(platform, platform.owner, { activated: recalledLabels });
  const first = traced.activated.url;
  const last = traced.activatedUrls.at(-1) ?? first;
  const coldPageMs = (await timed(() => pageShowsBanner(traced.activatedUrls[1] ?? first))).ms;
  if ((await pageShowsBanner(first)) || (await pageShowsBanner(last)))
    throw new Error('a label page warns before any recall');
  const owner = await apiSession(platform, platform.owner);
  step('a draft from the lot (the preview)');
  const draft = await timed(() =>
    owner.call<{ recall: { id: string }; scope: { labelCount: number } }>('POST', '/api/v1/recalls', {
      source: { kind: 'lots', lotIds: [traced.lot.id] },
      notice,
      severity: 'high',
      drill: false,
    }),
  );
  if (draft.result.scope.labelCount !== recalledLabels)
    throw new Error(`the preview counts ${draft.result.scope.labelCount} labels, not ${recalledLabels}`);
  step('publishing, then reading the last label page until it warns');
  const started = performance.now();
  await owner.call('POST', `/api/v1/recalls/${draft.result.recall.id}/publish`);
  const publishMs = performance.now() - started;
  while (!(await pageShowsBanner(last))) {
    if (performance.now() - started > 120_000) throw new Error(`${last} did not warn within 2 minutes`);
    await delay(5);
  }
  const lastBannerMs = performance.now() - started;
  if (!(await pageShowsBanner(first))) throw new Error('the first label page does not warn');
  return { driver, coldPageMs, draftMs: draft.ms, publishMs, lastBannerMs };
}

/** The recall publish bench per driver: PGlite always, PostgreSQL + Redis when reachable. */
export async function recallPublishRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const driver of await testDrivers()) {
    const on = driver === 'pglite' ? 'PGlite, embedded' : 'PostgreSQL + Redis';
    const figures = await withPlatform(driver, resolverBenchEnv, (platform) =>
      measurePublish(driver, platform),
    );
    const baseline = `one cold label page, read from the database (${on})`;
    const of = (name: string, value: number): Row => ({
      name: `${name}, ${recalledLabels.toLocaleString('en')} labels (${on})`,
      value,
      unit: 'ms',
      baseline,
      ratio: value / figures.coldPageMs,
    });
    rows.push(
      { name: baseline, value: figures.coldPageMs, unit: 'ms' },
      of('recall draft: closure, label runs and totals (the preview)', figures.draftMs),
      of('recall publish, answered', figures.publishMs),
      of('recall publish until the last affected label page shows the banner', figures.lastBannerMs),
    );
  }
  return rows;
}
